"""Settings come from the environment; production refuses to start without what it needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a" * 20 + "-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "lms.example.com",
    "DATABASE_URL": "sqlite:////tmp/lms-settings-test.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://lms.example.com",
}


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "CACHE_", "CELERY_"))}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def settings_value(expr: str, **env: str) -> str:
    code = f"import django; django.setup(); from django.conf import settings; print({expr})"
    result = run_python(code, **env)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_python("import django; django.setup()", **env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_production_passes_the_deploy_check_at_warning_level():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_default_database_is_sqlite_in_wal_mode_with_immediate_transactions():
    engine = settings_value("settings.DATABASES['default']['ENGINE']", DJANGO_SETTINGS_MODULE="lms.settings.dev")
    options = settings_value("settings.DATABASES['default']['OPTIONS']", DJANGO_SETTINGS_MODULE="lms.settings.dev")
    assert engine == "lms.db.sqlite"  # Django's SQLite backend with a fair wait for the write lock
    assert "'transaction_mode': 'IMMEDIATE'" in options
    assert "'timeout': 20" in options


@pytest.mark.django_db
def test_the_sqlite_connection_really_runs_in_wal_mode():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"


def test_defaults_are_a_shared_file_cache_the_filesystem_broker_and_console_email():
    env = {"DJANGO_SETTINGS_MODULE": "lms.settings.dev"}
    assert settings_value("settings.CACHES['default']['BACKEND']", **env) == "lms.cache.FileCache"
    assert settings_value("settings.CELERY_BROKER_URL", **env) == "filesystem://"
    assert settings_value("settings.EMAIL_BACKEND", **env).endswith("console.EmailBackend")


def test_servers_are_switched_on_by_environment_variables_alone():
    env = {
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DATABASE_URL": "postgres://lms:pw@db.internal:5432/lms",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
        "CELERY_BROKER_URL": "amqp://guest:guest@127.0.0.1:5672//",
        "EMAIL_URL": "smtp+tls://user:pw@smtp.example.com:587",
    }
    values = settings_value(
        "settings.DATABASES['default']['ENGINE'], settings.CACHES['default']['BACKEND'], "
        "settings.CELERY_BROKER_URL, settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_USE_TLS",
        **env,
    )
    assert "postgresql" in values
    assert "lms.cache.RedisCache" in values
    assert "amqp://" in values
    assert "smtp.EmailBackend" in values and "smtp.example.com" in values and "True" in values


def test_tests_run_with_a_fast_hasher_eager_celery_and_demo_data_allowed():
    assert settings.PASSWORD_HASHERS[0].endswith("MD5PasswordHasher")
    assert settings.CELERY_TASK_ALWAYS_EAGER and settings.CELERY_TASK_EAGER_PROPAGATES
    assert settings.DEMO_DATA_ALLOWED is True
