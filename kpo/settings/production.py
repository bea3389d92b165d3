"""Production: refuses to start without a real SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL."""

import os

from django.core.exceptions import ImproperlyConfigured

from kpo.clientip import check_environment as check_proxy_environment

# REDIS_URL: sessions may live in the database, but rate limits (login, sign-up, password
# reset) must be counted in one place for all workers and servers.
for _name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"):
    if not os.environ.get(_name):
        raise ImproperlyConfigured(f"Set the {_name} environment variable for production.")
if len(os.environ["SECRET_KEY"]) < 50 or os.environ["SECRET_KEY"].startswith(("dev-", "test-")):
    raise ImproperlyConfigured("SECRET_KEY must be a random value of at least 50 characters.")

check_proxy_environment(os.environ)

os.environ.setdefault("LOG_FORMAT", "json")

from .base import *  # noqa: E402, F403
from .base import env, env_bool  # noqa: E402

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers and monitoring ask the app servers directly, without TLS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# "preload" in the header; submitting the domain to the browsers' list stays a separate decision.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if env_bool("KPO_BEHIND_TLS_PROXY", False):
    # The proxy in front terminates TLS and says so in X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Closed documents in S3-compatible object storage (optional): the bucket must be private;
# downloads still go through the download view, which checks access and logs the read.
if env("KPO_S3_BUCKET"):
    if env("KPO_X_ACCEL_REDIRECT_PREFIX"):
        raise ImproperlyConfigured("With KPO_S3_BUCKET, leave KPO_X_ACCEL_REDIRECT_PREFIX empty: nginx cannot read S3.")
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("KPO_S3_BUCKET"),
            "endpoint_url": env("KPO_S3_ENDPOINT_URL") or None,
            "region_name": env("KPO_S3_REGION") or None,
            "access_key": env("KPO_S3_ACCESS_KEY_ID") or None,
            "secret_key": env("KPO_S3_SECRET_ACCESS_KEY") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Errors to Sentry (optional), without personal data: no cookies, headers or user details,
# no request bodies or local variables (passwords, codes, messages), no keys in addresses.
if env("SENTRY_DSN"):
    import sentry_sdk

    from kpo.requestlog import scrub_event

    sentry_sdk.init(
        dsn=env("SENTRY_DSN"),
        environment=env("SENTRY_ENVIRONMENT", "production"),
        release=env("SENTRY_RELEASE") or None,
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        before_send=scrub_event,
        before_breadcrumb=scrub_event,
        traces_sample_rate=float(env("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

# Connection pooling (psycopg_pool) in every worker process instead of a connection per
# process kept for CONN_MAX_AGE: Django requires CONN_MAX_AGE = 0 with a pool. A pooled
# connection is checked when it is handed out, so a restarted database costs no errors.
if env_bool("KPO_DB_POOL", True):
    from psycopg_pool import ConnectionPool

    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {  # noqa: F405
        "min_size": int(env("KPO_DB_POOL_MIN_SIZE", "1")),
        "max_size": int(env("KPO_DB_POOL_MAX_SIZE", "4")),
        "timeout": int(env("KPO_DB_POOL_TIMEOUT", "10")),
        "check": ConnectionPool.check_connection,
    }
