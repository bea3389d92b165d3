"""Two app servers behind nginx work as one: the production settings, one PostgreSQL, one
Redis, and deploy/nginx/kpo.conf from the repository in front (TLS, static files,
X-Accel-Redirect downloads). CI installs nginx; without it the test is skipped locally,
unless KPO_REQUIRE_NGINX=1."""

import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
import redis
import requests
from allauth.account.models import EmailAddress

from accounts.models import User
from documents.models import Document
from knowledge.models import Article, PublicationStatus
from tests.factories import ArticleFactory, OrganisationFactory, partner

from .servers import ROOT, AppServer, free_port, manage, production_env, redis_available, redis_url, wait_until_up

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HOST = "kpo.test"
PASSWORD = "geheim-wachtwoord-123"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not redis_available(), reason="needs Redis at 127.0.0.1:6379"),
]


@pytest.fixture(scope="module", autouse=True)
def _nginx_present():
    if Path(NGINX).exists():
        return
    if os.environ.get("KPO_REQUIRE_NGINX") == "1":
        pytest.fail("KPO_REQUIRE_NGINX=1 but nginx is not installed.")
    pytest.skip("nginx is not installed (apt-get install nginx-light).")


class Visitor:
    """One person's browser: its own cookies, sent to whichever server it talks to. Talking to
    an app server directly, it says what nginx would say (TLS was used, the client address)."""

    def __init__(self):
        self.cookies = {}
        self.set_cookie_headers = []

    def request(self, base, method, path, direct=True, **kwargs):
        headers = {"Host": HOST, "Origin": f"https://{HOST}", **kwargs.pop("headers", {})}
        if direct:
            headers |= {"X-Forwarded-Proto": "https", "X-Forwarded-For": "192.0.2.10"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = requests.request(method, base + path, headers=headers, allow_redirects=False, timeout=30, **kwargs)
        for raw in response.raw.headers.getlist("Set-Cookie"):
            self.set_cookie_headers.append(raw)
            name, _, value = raw.split(";", 1)[0].partition("=")
            if value in ("", '""') or "max-age=0" in raw.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def get(self, base, path, **kwargs):
        return self.request(base, "GET", path, **kwargs)

    def post_form(self, base, path, data, files=None, **kwargs):
        """Fetch the form for its CSRF token, then submit it."""
        page = self.get(base, path, **kwargs)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return self.request(base, "POST", path, data={"csrfmiddlewaretoken": token, **data}, files=files, **kwargs)

    def log_in(self, base, email, password=PASSWORD, **kwargs):
        return self.post_form(base, "/accounts/login/", {"login": email, "password": password}, **kwargs)


def _nginx_config(tmp_path, app_ports, https_port, http_port):
    site = (ROOT / "deploy" / "nginx" / "kpo.conf").read_text()
    upstreams = "".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;\n" for port in app_ports)
    site = re.sub(r"(upstream kpo_app \{\n(?:    #.*\n)*)(?:    server .*\n)+", lambda m: m.group(1) + upstreams, site)
    replacements = {
        "kennisplatform.example.nl": HOST,
        "listen 443 ssl;": f"listen 127.0.0.1:{https_port} ssl;",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "/etc/ssl/kpo/": f"{tmp_path}/tls/",
        "/srv/kpo/staticfiles/": f"{tmp_path}/static/",
        "/srv/kpo/private/": f"{tmp_path}/private/",
        "/var/log/nginx/": f"{tmp_path}/nginx/",
    }
    for old, new in replacements.items():
        assert old in site, f"deploy/nginx/kpo.conf no longer has {old!r}; update this test"
        site = site.replace(old, new)
    (tmp_path / "nginx").mkdir()
    (tmp_path / "nginx" / "kpo.conf").write_text(site)
    main = f"""
user root;
worker_processes 1;
pid {tmp_path}/nginx/nginx.pid;
error_log {tmp_path}/nginx/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    include {tmp_path}/nginx/kpo.conf;
}}
"""
    (tmp_path / "nginx" / "nginx.conf").write_text(main)
    (tmp_path / "tls").mkdir()
    subprocess.run(  # noqa: S603
        ["/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOST}",
         "-addext", f"subjectAltName=DNS:{HOST},IP:127.0.0.1",
         "-keyout", f"{tmp_path}/tls/privkey.pem", "-out", f"{tmp_path}/tls/fullchain.pem"],
        check=True, capture_output=True,
    )  # fmt: skip
    return tmp_path / "nginx" / "nginx.conf"


@pytest.fixture
def site(tmp_path, monkeypatch):
    """Two gunicorn app servers and nginx in front; yields their addresses."""
    redis.Redis.from_url(redis_url()).flushdb()
    env = production_env(
        tmp_path,
        KPO_BEHIND_TLS_PROXY="true",
        KPO_TRUSTED_PROXIES="127.0.0.1,::1",
        KPO_X_ACCEL_REDIRECT_PREFIX="/_protected/",
        CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
    )
    (tmp_path / "private").mkdir()
    manage(env, "collectstatic", "--noinput")
    servers = [AppServer(env, tmp_path / "app1.log")]
    try:
        servers.append(AppServer(env, tmp_path / "app2.log"))
    except BaseException:
        servers[0].stop()
        raise
    https_port, http_port = free_port(), free_port()
    config = _nginx_config(tmp_path, [s.port for s in servers], https_port, http_port)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", f"{tmp_path}/tls/fullchain.pem")  # trust the test certificate
    nginx = subprocess.Popen(  # noqa: S603
        [NGINX, "-p", str(tmp_path / "nginx"), "-c", str(config), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "nginx-stderr.log").open("w"),
    )
    try:
        wait_until_up(f"http://127.0.0.1:{servers[0].port}/healthz")
        deadline = time.monotonic() + 15
        while True:
            try:
                requests.get(f"https://127.0.0.1:{https_port}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                assert nginx.poll() is None, (tmp_path / "nginx-stderr.log").read_text()
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.2)
        yield {
            "a": f"http://127.0.0.1:{servers[0].port}",
            "b": f"http://127.0.0.1:{servers[1].port}",
            "edge": f"https://127.0.0.1:{https_port}",
            "plain": f"http://127.0.0.1:{http_port}",
            "servers": servers,
            "tmp": tmp_path,
        }
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        for server in servers:
            server.stop()


@pytest.fixture
def people(settings):
    # The app servers check passwords with the production hashers, not the tests' fast one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    organisation = OrganisationFactory()
    reader = partner(organisation, email="lezer@deel.nl")
    curator = User.objects.create_user(
        "redacteur@liec.nl", PASSWORD, name="Redacteur", is_staff=True, is_superuser=True
    )
    EmailAddress.objects.create(user=curator, email=curator.email, verified=True, primary=True)
    return {"organisation": organisation, "reader": reader, "curator": curator}


def test_two_app_servers_behind_nginx_work_as_one(site, people):
    a, b, edge = site["a"], site["b"], site["edge"]

    # Logged in through one server, still logged in through the other.
    reader = Visitor()
    assert reader.log_in(a, people["reader"].email).status_code == 302
    assert reader.get(b, "/besloten/").status_code == 200
    assert reader.get(b, "/account/").status_code == 200

    # A document uploaded through one server downloads through the other, and through nginx,
    # which serves the file itself after the application's check (X-Accel-Redirect).
    curator = Visitor()
    assert curator.log_in(a, people["curator"].email).status_code == 302
    upload = curator.post_form(
        a,
        "/admin/documents/document/add/",
        {
            "title": "Verslag over twee servers",
            "summary": "Samenvatting",
            "owner": people["organisation"].pk,
            "status": PublicationStatus.PUBLISHED,
            "published_at_0": "2026-01-01",
            "published_at_1": "10:00:00",
            "organisations": [people["organisation"].pk],
        },
        files={"file": ("verslag.txt", b"Inhoud die over twee servers reist.", "text/plain")},
    )
    assert upload.status_code == 302, upload.text[:2000]
    document = Document.objects.get(title="Verslag over twee servers")
    direct = reader.get(b, f"/besloten/documenten/{document.pk}/download/")
    assert direct.status_code == 200 and direct.headers["X-Accel-Redirect"].startswith("/_protected/")
    served = reader.get(edge, f"/besloten/documenten/{document.pk}/download/", direct=False)
    assert served.status_code == 200 and served.content == b"Inhoud die over twee servers reist."
    assert "X-Accel-Redirect" not in served.headers
    assert served.headers["Content-Disposition"].startswith("attachment")
    assert Visitor().get(edge, f"/_protected/{document.file.name}", direct=False).status_code == 404

    # Publishing through one server shows on the other at once (the cache is shared and reset).
    draft = ArticleFactory(title="Artikel dat wacht op publicatie", status=PublicationStatus.DRAFT)
    anonymous = Visitor()
    assert "Artikel dat wacht" not in anonymous.get(b, "/kennisbank/").text  # now cached on b
    assert anonymous.get(b, f"/kennisbank/{draft.slug}/").status_code == 404
    changelist = curator.post_form(
        a, "/admin/knowledge/article/", {"action": "publish", "_selected_action": [draft.pk], "index": 0}
    )
    assert changelist.status_code == 302
    assert Article.objects.get(pk=draft.pk).status == PublicationStatus.PUBLISHED
    assert "Artikel dat wacht op publicatie" in anonymous.get(b, "/kennisbank/").text
    assert anonymous.get(b, f"/kennisbank/{draft.slug}/").status_code == 200

    # Limits count across both servers: failed logins for one account, alternating (five
    # are free, then each next try waits, even with the right password; accounts.lockouts).
    guesser = Visitor()
    refused = [
        "Te veel inlogpogingen" in guesser.log_in(server, people["reader"].email, password="fout-wachtwoord-00").text
        for server in (a, b, a, b, a)
    ]
    assert refused == [False] * 5
    final = guesser.log_in(b, people["reader"].email)
    assert final.status_code == 200 and "Te veel inlogpogingen" in final.text


def test_nginx_serves_tls_headers_static_files_and_secure_cookies(site, people):
    edge = site["edge"]
    assert requests.get(site["plain"] + "/kennisbank/", allow_redirects=False, timeout=10).status_code == 301

    home = requests.get(edge + "/", headers={"Host": HOST}, timeout=10)
    assert home.status_code == 200
    headers = home.headers
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "unsafe-eval" not in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"])  # nginx's $request_id, passed on

    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', home.text).group(1)
    static = requests.get(edge + stylesheet, headers={"Host": HOST}, timeout=10)
    assert static.status_code == 200 and "immutable" in static.headers["Cache-Control"]

    visitor = Visitor()
    assert visitor.log_in(edge, people["reader"].email, direct=False).status_code == 302
    cookies = {raw.split("=", 1)[0]: raw.lower() for raw in visitor.set_cookie_headers}
    for name in ("sessionid", "csrftoken"):
        assert "; secure" in cookies[name] and "samesite=lax" in cookies[name]
    assert "; httponly" in cookies["sessionid"]
    assert visitor.get(edge, "/besloten/", direct=False).status_code == 200


def test_stopping_one_app_server_loses_no_request(site):
    edge = site["edge"]
    statuses, stop = [], threading.Event()

    def keep_asking():
        with requests.Session() as session:
            while not stop.is_set():
                response = session.get(edge + "/kennisbank/", headers={"Host": HOST}, timeout=30)
                statuses.append(response.status_code)

    workers = [threading.Thread(target=keep_asking) for _ in range(3)]
    for worker in workers:
        worker.start()
    time.sleep(1.5)
    site["servers"][0].stop()  # graceful: finishes what it has, takes nothing new
    time.sleep(2.5)
    stop.set()
    for worker in workers:
        worker.join(timeout=60)

    assert len(statuses) > 20
    assert set(statuses) == {200}, f"{len(statuses)} requests, answers: {sorted(set(statuses))}"
