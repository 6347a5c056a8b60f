"""The services suite: real PostgreSQL, Redis and a Celery worker started as a separate process.

Run it with `make services-test` and DJANGO_SETTINGS_MODULE=lms.settings.services, DATABASE_URL (PostgreSQL),
CACHE_URL and CELERY_BROKER_URL (Redis) in the environment; .ci/run sets all of them. Where a server is missing the
whole suite is skipped with the reason printed in the header, except in CI (CI=true), where it is required and the
run fails at once.

The worker is started once per session with the same environment except DATABASE_URL, which names the *test*
database pytest-django created (test_<name>), so it sees the rows the tests commit; that is why the tests use
`django_db(transaction=True)`. Its email goes to a private folder per session (EMAIL_FILE_PATH).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

from .servers import private_postgres, private_redis, workers  # noqa: F401 (fixtures for the reliability tests)
from .support import QUEUE, WORKER_LOG, worker_log_text

SERVICES_DIR = Path(__file__).resolve().parent
PROJECT_DIR = SERVICES_DIR.parent.parent
WORKER_NAME = "services-test@%h"
WORKER_START_TIMEOUT = 60


# --- are the servers there? -----------------------------------------------------------------------------------
@functools.cache
def services_problem() -> str | None:
    """Why the suite cannot run here, or None when PostgreSQL and Redis answer and the settings point at them."""
    if settings.SETTINGS_MODULE != "lms.settings.services":
        return f"DJANGO_SETTINGS_MODULE is {settings.SETTINGS_MODULE!r}; the services suite needs lms.settings.services"
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        return "DATABASE_URL is not a PostgreSQL URL (set DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_services)"
    if settings.CACHES["default"]["BACKEND"] != "lms.cache.RedisCache":  # what a redis:// CACHE_URL gives
        return "CACHE_URL is not a Redis URL (set CACHE_URL=redis://127.0.0.1:6379/1)"
    if not settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
        return "CELERY_BROKER_URL is not a Redis URL (set CELERY_BROKER_URL=redis://127.0.0.1:6379/2)"

    import psycopg
    import redis

    where = f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}"
    try:
        # the maintenance database, as Django does when it creates the test database
        psycopg.connect(
            host=db.get("HOST") or None,
            port=db.get("PORT") or None,
            user=db.get("USER") or None,
            password=db.get("PASSWORD") or None,
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except Exception as exc:
        return f"PostgreSQL unreachable at {where}: {exc}".strip()
    for name, url in (("cache", settings.CACHES["default"]["LOCATION"]), ("broker", settings.CELERY_BROKER_URL)):
        url = url[0] if isinstance(url, list | tuple) else url
        try:
            redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3).ping()
        except Exception as exc:
            return f"Redis ({name}) unreachable at {url}: {exc}"
    return None


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def pytest_report_header(config):
    problem = services_problem()
    if problem is None:
        db = settings.DATABASES["default"]
        return [
            f"services: PostgreSQL {db.get('HOST')}:{db.get('PORT')}/{db['NAME']} (tests use test_{db['NAME']}), "
            f"cache {settings.CACHES['default']['LOCATION']}, broker {settings.CELERY_BROKER_URL}"
        ]
    verdict = "REQUIRED in CI, failing" if _in_ci() else "SKIPPING the services suite"
    return [f"services: {verdict}: {problem}"]


def pytest_collection_modifyitems(config, items):
    ours = [item for item in items if SERVICES_DIR in Path(str(item.path)).parents]
    if not ours:
        return
    for item in ours:
        item.add_marker(pytest.mark.services)
    problem = services_problem()
    if problem is None:
        return
    if _in_ci():
        # every test errors in setup (see services_required) so the run fails with pytest's own summary
        print(f"\nservices suite REQUIRED in CI (CI=true) but cannot run: {problem}")
        return
    print(f"\nservices suite skipped: {problem}")
    for item in ours:
        item.add_marker(pytest.mark.skip(reason=f"services unavailable: {problem}"))


@pytest.fixture(scope="session", autouse=True)
def services_required():
    """Reached with a problem only in CI, where the servers are required: fail before touching the database."""
    problem = services_problem()
    if problem is not None:
        pytest.fail(f"services suite is required in CI (CI=true) but cannot run: {problem}", pytrace=False)


# --- the worker -----------------------------------------------------------------------------------------------
def _test_database_url(test_db_name: str) -> str:
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{test_db_name}"))


def _celery_command() -> list[str]:
    script = Path(sys.executable).parent / "celery"
    base = [str(script)] if script.exists() else [sys.executable, "-m", "celery"]
    return [
        *base,
        "-A",
        "lms",
        "worker",
        "--pool",
        "solo",
        "--concurrency",
        "1",
        "--loglevel",
        "INFO",
        "--hostname",
        WORKER_NAME,
        "--queues",
        QUEUE,
        "--without-gossip",
        "--without-mingle",
    ]


def _purge_broker() -> int:
    """Drop whatever an earlier run left: queued messages, and unacked ones Redis would hand back later."""
    from lms.celery import app

    purged = app.control.purge() or 0
    with app.connection_for_write() as conn:
        client = conn.default_channel.client
        client.delete("unacked", "unacked_index", "unacked_mutex")
    return purged


def _worker_answers(app, name: str) -> bool:
    try:
        replies = app.control.ping(timeout=1.0) or []
    except Exception:
        return False
    return any(name in reply for reply in replies)


@pytest.fixture(scope="session")
def email_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("services-mail")
    previous = settings.EMAIL_FILE_PATH
    settings.EMAIL_FILE_PATH = str(path)  # the worker writes here; this process only reads
    yield path
    settings.EMAIL_FILE_PATH = previous


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, email_dir, tmp_path_factory):
    """A real `celery worker` process on the test database; yields its node name (e.g. services-test@host)."""
    import socket

    from django.db import connection

    from lms.celery import app

    test_db_name = connection.settings_dict["NAME"]  # pytest-django has switched it to test_<name>
    assert test_db_name.startswith("test_"), test_db_name
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.services",
        "DATABASE_URL": _test_database_url(test_db_name),
        "EMAIL_FILE_PATH": str(email_dir),
        "PYTHONUNBUFFERED": "1",
    }
    purged = _purge_broker()
    log_path = tmp_path_factory.mktemp("celery") / "worker.log"
    WORKER_LOG["path"] = log_path
    node = WORKER_NAME.replace("%h", socket.gethostname())
    started = time.monotonic()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            _celery_command(),
            cwd=PROJECT_DIR,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        while not _worker_answers(app, node):
            if proc.poll() is not None:
                pytest.fail(
                    f"the Celery worker exited with {proc.returncode} before answering a ping (log below)",
                    pytrace=False,
                )
            if time.monotonic() - started > WORKER_START_TIMEOUT:
                pytest.fail(
                    f"the Celery worker did not answer a ping within {WORKER_START_TIMEOUT}s (log below)",
                    pytrace=False,
                )
            time.sleep(0.3)
        print(
            f"\ncelery worker {node} (pid {proc.pid}) ready in {time.monotonic() - started:.1f}s on {test_db_name}; "
            f"purged {purged} stale message(s); log: {log_path}"
        )
        yield node
    finally:
        # warm shutdown first (finishes the task in hand), then kill; it must be gone before the test database
        # is dropped, or PostgreSQL refuses to drop a database with open connections
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


_failed_key = pytest.StashKey[list]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        item.config.stash.setdefault(_failed_key, []).append(item.nodeid)
    return report


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if WORKER_LOG.get("path") and (config.stash.get(_failed_key, None) or exitstatus not in (0, 5)):
        terminalreporter.section("celery worker log")
        terminalreporter.write_line(worker_log_text())
