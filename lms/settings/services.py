"""The services suite (tests/services): real PostgreSQL, Redis and a Celery worker in another process.

Everything comes from the environment that .ci/run (or the suite's conftest) sets: DATABASE_URL, CACHE_URL and
CELERY_BROKER_URL. Celery is not eager here: tasks travel through the broker to the worker.
"""

from .base import *  # noqa: F403
from .base import VAR_DIR, env

DEBUG = False
DEMO_DATA_ALLOWED = True
SECRET_KEY = "services-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEF"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(VAR_DIR / "services-mail"))
CELERY_TASK_ALWAYS_EAGER = False
PENDING_WORK_GRACE_SECONDS = 0
# pages render without `collectstatic` (the manifest storage needs it; the suite serves nothing static)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
