"""Local development: DEBUG on, mail to the console. Only defaults; env still wins."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("KPO_TASKS", "immediate")
os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
os.environ.setdefault("KPO_REQUIRE_MFA", "false")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402, F403

# Serve static files straight from the source folders; no collectstatic needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# runserver prints every request already.
LOGGING["loggers"]["kpo.request"] = {"level": "WARNING"}  # noqa: F405
