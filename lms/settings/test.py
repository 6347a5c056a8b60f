"""Tests: fast hashing, an in-process cache, Celery run eagerly with errors raised, demo data allowed."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, env

DEBUG = False
DEMO_DATA_ALLOWED = True
SECRET_KEY = "test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = "memory://"
CELERY_BROKER_TRANSPORT_OPTIONS = {}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Lockouts are tested on purpose (tests/org/test_sign_in_throttling.py); elsewhere they would only add noise.
AXES_ENABLED = False

if DATABASES["default"]["ENGINE"] in ("lms.db.sqlite", "django.db.backends.sqlite3"):
    # a named file, so pytest --reuse-db can keep it between runs; LMS_TEST_DB lets parallel runs use their own
    DATABASES["default"]["TEST"] = {"NAME": env("LMS_TEST_DB", default=str(BASE_DIR / "var" / "test-db.sqlite3"))}
