"""Private servers for the reliability tests: a Redis, a PostgreSQL cluster and Celery workers that a test may stop,
kill or restart without touching the machine's shared servers (or the session's worker).

Every start and stop waits with a bounded timeout; every server is stopped again by the fixture that started it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
PG_BIN = Path("/usr/lib/postgresql/15/bin")
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(predicate, *, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


# --- Redis ----------------------------------------------------------------------------------------------------
class PrivateRedis:
    """`redis-server` on a free port, no persistence: stop() loses what it held, as a crashed broker does."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def answers(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=0.5, socket_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
        command += ["no", "--daemonize", "no", "--dir", str(self.workdir)]
        log = open(self.workdir / "redis.log", "ab")  # noqa: SIM115 (the child keeps it)
        self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        _wait(self.answers, timeout=START_TIMEOUT, what=f"a private Redis on port {self.port}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        _wait(lambda: not self.answers(), timeout=10, what="the private Redis to stop")


@pytest.fixture
def private_redis():
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    workdir = Path(tempfile.mkdtemp(prefix="reliab-redis-"))
    server = PrivateRedis(workdir)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


# --- PostgreSQL -----------------------------------------------------------------------------------------------
class PrivatePostgres:
    """A throw-away PostgreSQL 15 cluster in a temporary folder, on a free port, trusting local connections.

    As root, PostgreSQL refuses to run, so initdb and pg_ctl run as the `postgres` user, which owns the folder.
    """

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.data = workdir / "data"
        self.port = free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str, timeout: float = 60) -> None:
        result = subprocess.run(
            [*self.as_postgres, *args], capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({result.returncode}): {result.stdout}{result.stderr}")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.workdir, "postgres", "postgres")
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def _ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
        command = [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.workdir / "pg.log")]
        self._run(*command, "-w", "-t", str(int(START_TIMEOUT)), *extra, action, timeout=START_TIMEOUT + 15)

    def start(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        self._ctl("stop", "-m", "fast")

    def restart(self) -> None:
        self._ctl("restart", "-m", "fast")

    def answers(self) -> bool:
        import psycopg

        try:
            psycopg.connect(self.url("postgres"), connect_timeout=1).close()
            return True
        except psycopg.Error:
            return False

    def createdb(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture
def private_postgres():
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL 15 server binaries are not installed in {PG_BIN}")
    workdir = Path(tempfile.mkdtemp(prefix="reliab-pg-"))
    server = PrivatePostgres(workdir)
    server.init()
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def copy_database(*, source_url: str, target: PrivatePostgres, name: str) -> str:
    """Copy a database (schema and rows) into the private cluster with pg_dump | pg_restore; return its URL."""
    target.createdb(name)
    dump = subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", source_url], capture_output=True, timeout=120, check=True
    )
    restore = subprocess.run(
        ["pg_restore", "--no-owner", "--dbname", target.url(name)],
        input=dump.stdout,
        capture_output=True,
        timeout=120,
    )
    if restore.returncode != 0:
        raise RuntimeError(f"pg_restore failed: {restore.stderr.decode(errors='replace')}")
    return target.url(name)


def database_url(settings_dict: dict, name: str | None = None) -> str:
    """The URL of a Django database (by default the test database pytest-django switched to)."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{name or settings_dict['NAME']}"))


# --- Celery workers -------------------------------------------------------------------------------------------
class Worker:
    """A `celery worker` of its own (solo pool) started through tests/services/pausing_worker.py.

    `pause_at` ("module:attribute.path:before|after") makes the worker write `flag` and sleep when it reaches that
    function, so a test can SIGKILL it at a known point in the middle of a task.
    """

    def __init__(self, *, env: dict, log_path: Path, pause_at: str = "", flag: Path | None = None):
        self.env = env
        self.log_path = log_path
        self.pause_at = pause_at
        self.flag = flag
        self.name = f"reliab-{uuid.uuid4().hex[:8]}@{socket.gethostname()}"
        self.proc: subprocess.Popen | None = None

    def start(self, app) -> None:
        env = {**self.env, "PYTHONUNBUFFERED": "1"}
        if self.pause_at:
            env.update(RELIAB_PAUSE_AT=self.pause_at, RELIAB_PAUSE_FLAG=str(self.flag))
        command = [sys.executable, "-m", "tests.services.pausing_worker", "-A", "lms", "worker", "--pool", "solo"]
        command += ["--concurrency", "1", "--loglevel", "INFO", "--hostname", self.name]
        command += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                command,
                cwd=PROJECT_DIR,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def ready():
            if self.proc.poll() is not None:
                raise RuntimeError(f"the worker exited with {self.proc.returncode}:\n{self.log()}")
            try:
                return any(self.name in reply for reply in app.control.ping(timeout=0.5) or [])
            except Exception:
                return False

        _wait(ready, timeout=60, what=f"worker {self.name} to answer a ping", interval=0.3)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL: no warm shutdown, no acknowledgement, no cleanup; as the kernel's OOM killer does."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


@contextlib.contextmanager
def broker(app, url: str):
    """Point this process's Celery app (what `delay`/`delay_on_commit` publish through) at another broker.

    Celery reads CELERY_BROKER_URL from the environment before its configuration, so both are changed.
    """
    previous, previous_env = app.conf.broker_url, os.environ.get("CELERY_BROKER_URL")

    def reset():
        if app._pool is not None:
            with contextlib.suppress(Exception):
                app._pool.force_close_all()
        app._pool = None
        with contextlib.suppress(AttributeError, KeyError):
            app.__dict__["amqp"]._producer_pool = None

    reset()
    app.conf.broker_url = os.environ["CELERY_BROKER_URL"] = url
    try:
        yield
    finally:
        reset()
        app.conf.broker_url = previous
        if previous_env is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = previous_env


@pytest.fixture
def workers(transactional_db, private_redis, tmp_path, settings):
    """start(pause_at="") starts a worker on the private Redis and the test database, with its own media folder
    (start.media) and this process publishing to that Redis (start.redis); every worker is stopped at the end."""
    import redis
    from django.db import connection

    from lms.celery import app

    media = tmp_path / "media"
    media.mkdir()
    settings.MEDIA_ROOT = str(media)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.services",
        "DATABASE_URL": database_url(connection.settings_dict),
        "CELERY_BROKER_URL": private_redis.url(0),
        "MEDIA_ROOT": str(media),
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }
    started: list[Worker] = []

    def start(pause_at: str = "") -> Worker:
        worker = Worker(
            env=env, log_path=tmp_path / f"worker-{len(started)}.log", pause_at=pause_at, flag=tmp_path / "paused"
        )
        started.append(worker)
        worker.start(app)
        return worker

    with broker(app, private_redis.url(0)):
        start.media = media
        start.redis = redis.Redis.from_url(private_redis.url(0))
        try:
            yield start
        finally:
            for worker in started:
                worker.stop()
