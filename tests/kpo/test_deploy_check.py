"""The production settings pass Django's deployment checklist with realistic values, and refuse
to start without the values that must be set."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _env(**overrides):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kpo.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "kennisplatform.example.nl",
        "CSRF_TRUSTED_ORIGINS": "https://kennisplatform.example.nl",
        # The server's maintenance database: model checks (generated fields) connect, and the
        # project's own database need not exist where only test databases are made.
        "DATABASE_URL": urlsplit(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/")
        ._replace(path="/postgres")
        .geturl(),
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "KPO_BEHIND_TLS_PROXY": "true",
        "KPO_TRUSTED_PROXIES": "127.0.0.1",
    }
    for leftover in ("DEBUG", "EMAIL_BACKEND", "KPO_TASKS", "KPO_TEST_DATABASE", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(leftover, None)
    env["EMAIL_HOST"] = "smtp.example.nl"
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def _check(**overrides):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_env(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _shell(script, **overrides):
    """Run `script` in `manage.py shell` with the production settings; its last printed words."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=_env(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_check_deploy_reports_no_issues():
    result = _check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "Set the SECRET_KEY"),
        ({"SECRET_KEY": "kort"}, "at least 50 characters"),
        ({"ALLOWED_HOSTS": None}, "Set the ALLOWED_HOSTS"),
        ({"DATABASE_URL": None}, "Set the DATABASE_URL"),
        ({"REDIS_URL": None}, "Set the REDIS_URL"),
    ],
)
def test_production_refuses_to_start_without_what_it_needs(overrides, message):
    result = _check(**overrides)
    assert result.returncode != 0
    assert message in result.stderr


def test_documents_can_live_in_an_s3_bucket():
    script = (
        "from django.core.files.storage import storages; s = storages['private']; "
        "print(type(s).__name__, s.bucket_name, s.default_acl)"
    )
    words = _shell(script, KPO_S3_BUCKET="kpo-documenten", KPO_S3_ENDPOINT_URL="https://s3.example.nl")
    assert words[-3:] == ["S3Storage", "kpo-documenten", "private"]
    refused = _check(KPO_S3_BUCKET="kpo-documenten", KPO_X_ACCEL_REDIRECT_PREFIX="/_protected/")
    assert "nginx cannot read S3" in refused.stderr


def test_errors_go_to_sentry_without_personal_data_when_a_dsn_is_set():
    script = (
        "import sentry_sdk; c = sentry_sdk.get_client(); "
        "print(c.is_active(), c.options['send_default_pii'], c.options['environment'])"
    )
    words = _shell(script, SENTRY_DSN="https://public@sentry.example.nl/1", SENTRY_ENVIRONMENT="acceptatie")
    assert words[-3:] == ["True", "False", "acceptatie"]


HEADER_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CSP",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
]


@pytest.fixture
def production_headers(settings):
    """The header settings exactly as production.py makes them, applied to this test's site."""
    script = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {HEADER_SETTINGS!r}}}, separators=(',', ':')))"
    )
    import json

    values = json.loads(_shell(script)[-1])
    for name, value in values.items():
        setattr(settings, name, value)
    return values


def _csp(header):
    """{directive: [sources]} of a Content-Security-Policy header."""
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name.lower()] = sources
    return directives


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/kennisbank/", "/accounts/login/", "/bestaat-niet/", "/api/v1/articles", "/robots.txt"]
)
def test_headers_rated_good_by_internet_nl_with_the_production_settings(client, production_headers, url):
    """internet.nl's "security options" test: what it rates good, on every kind of answer."""
    response = client.get(url, secure=True)

    hsts = dict(
        (part.strip().split("=", 1) + [""])[:2] for part in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= 31536000 and "includeSubDomains" in hsts
    csp = _csp(response["Content-Security-Policy"])
    for directive in ("default-src", "frame-ancestors", "base-uri", "form-action"):
        assert directive in csp, directive
    assert csp["default-src"] == ["'self'"] and csp["frame-ancestors"] == ["'none'"]
    for directive, sources in csp.items():
        for source in sources:
            assert not source.startswith("'unsafe-"), (directive, source)
            assert not source.startswith("http:") and source not in ("https:", "*"), (directive, source)
            assert "*" not in source, (directive, source)
    for directive in ("default-src", "script-src", "object-src", "base-uri", "form-action"):
        assert "data:" not in csp.get(directive, []), directive
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in ("same-origin", "no-referrer")
