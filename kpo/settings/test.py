"""Test settings: fast hashing, in-memory mail, immediate tasks."""

import os

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("KPO_TASKS", "immediate")
os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

from .base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A separate test database name lets two test runs share one server.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("KPO_TEST_DATABASE", "test_kpo")}  # noqa: F405
