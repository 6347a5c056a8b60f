"""A database outage and a restart under load, against real gunicorn processes: clean 503s (a styled page, or the
API's JSON error), never a 500 and never a half-written record, and the same processes serve again once the
database is back (persistent connections are health-checked, CONN_HEALTH_CHECKS).

The site runs on a private PostgreSQL cluster holding a copy of the test database; the test stops and restarts it.
"""

from __future__ import annotations

import os
import secrets
import string
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client

from certification.api_keys import api_key_create
from exams.models import Attempt
from exams.services.attempts import attempt_start
from org.models import Notification
from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory

from .servers import PROJECT_DIR, copy_database, database_url, free_port

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

LEARNERS = 6
REQUEST_TIMEOUT = 15
RECOVERY_TIMEOUT = 30


class Site:
    """gunicorn serving lms.wsgi on the private database, as the Procfile's `web` process does."""

    def __init__(self, *, env: dict, log_path: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        command = [sys.executable, "-m", "gunicorn", "lms.wsgi", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", "2", "--timeout", "30", "--graceful-timeout", "5"]
        with open(log_path, "wb") as log:
            self.proc = subprocess.Popen(
                command,
                cwd=PROJECT_DIR,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"gunicorn did not start:\n{self.log()}", pytrace=False)
            time.sleep(0.3)

    def workers(self) -> set[int]:
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()
        return {int(pid) for pid in children}

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


@pytest.fixture
def learners():
    """Learners signed in (their sessions are rows in the database) with an exam attempt each, still open."""
    tag = uuid.uuid4().hex[:8]
    make_bank(category=f"Restart/{tag}", kinds=["single", "truefalse"], chinese=False)
    exam = make_exam(category=f"Restart/{tag}", slug=f"restart-{tag}", questions_per_page=5)
    people = []
    for n in range(LEARNERS):
        person = UserFactory(username=f"restart-{tag}-{n}", preferred_language="en")
        attempt = attempt_start(exam=exam, user=person, language="en")
        client = Client()
        client.force_login(person)
        people.append((person, attempt, client.cookies[settings.SESSION_COOKIE_NAME].value))
    return people


@pytest.fixture
def api_key() -> str:
    return api_key_create(name=f"restart-{uuid.uuid4().hex[:8]}")[1]


@pytest.fixture
def site(api_key, learners, private_postgres, private_redis, tmp_path):
    """The test database copied into the private cluster, and gunicorn on it. Yields (site, private cluster)."""
    url = copy_database(
        source_url=database_url(connection.settings_dict), target=private_postgres, name="reliab_restart"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.services",
        "DATABASE_URL": url,
        "CELERY_BROKER_URL": private_redis.url(0),  # nothing consumes it: the test is about the database
        "MEDIA_ROOT": str(tmp_path / "media"),
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }
    running = Site(env=env, log_path=tmp_path / "gunicorn.log")
    try:
        yield running, private_postgres, url
    finally:
        running.stop()


def session(cookie: str) -> requests.Session:
    """A browser: the session cookie, and a CSRF cookie with its token echoed in the header as forms do."""
    secret = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
    browser = requests.Session()
    browser.cookies.set(settings.SESSION_COOKIE_NAME, cookie)
    browser.cookies.set(settings.CSRF_COOKIE_NAME, secret)
    browser.headers.update({"X-CSRFToken": secret})
    return browser


def outage_response_is_clean(response: requests.Response, path: str) -> bool:
    if response.status_code != 503 or response.headers.get("Retry-After") != "10":
        return False
    if path.startswith("/api/"):
        return response.json()["error"]["code"] == "service_unavailable"
    return "Briefly unavailable" in response.text


def attempts_consistent(url: str, learners) -> dict[int, str]:
    """Each attempt is either untouched (open, no result, no email) or whole (finished, scored, one result email).

    Read straight from the private database. Returns {attempt id: state}.
    """
    ids = [attempt.pk for _person, attempt, _cookie in learners]
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            f"SELECT id, user_id, state, finalised_at, percent FROM {Attempt._meta.db_table} WHERE id = ANY(%s)",  # noqa: S608
            [ids],
        ).fetchall()
        mails = dict(
            conn.execute(
                f"SELECT recipient_id, count(*) FROM {Notification._meta.db_table} "  # noqa: S608
                "WHERE kind = 'exam_result' GROUP BY recipient_id"
            ).fetchall()
        )
    states = {}
    for pk, user_id, state, finalised_at, percent in rows:
        if state == Attempt.State.FINISHED:
            assert finalised_at is not None and percent is not None, f"attempt {pk} finished without a result"
            assert mails.get(user_id) == 1, f"attempt {pk}: {mails.get(user_id)} result emails"
        else:
            assert state == Attempt.State.IN_PROGRESS and finalised_at is None and percent is None, pk
            assert user_id not in mails, f"attempt {pk} is open but its result email exists"
        states[pk] = state
    return states


def test_with_the_database_stopped_pages_and_the_api_answer_a_clean_503_and_the_same_processes_recover(
    site, learners, api_key
):
    running, database, url = site
    _person, attempt, cookie = learners[0]
    browser = session(cookie)
    assert browser.get(f"{running.base}/", timeout=REQUEST_TIMEOUT).status_code == 200
    processes = running.workers()

    database.stop()
    for path in ("/", "/exams/", "/api/v1/interviewers/"):
        response = browser.get(
            f"{running.base}{path}", timeout=REQUEST_TIMEOUT, headers={"Authorization": f"Api-Key {api_key}"}
        )
        assert outage_response_is_clean(response, path), (path, response.status_code, response.text[:300])
    submitted = browser.post(f"{running.base}/exams/attempts/{attempt.pk}/submit/", timeout=REQUEST_TIMEOUT)
    assert outage_response_is_clean(submitted, "/exams/"), (submitted.status_code, submitted.text[:300])
    assert requests.get(f"{running.base}/healthz", timeout=REQUEST_TIMEOUT).status_code == 200
    ready = requests.get(f"{running.base}/readyz", timeout=REQUEST_TIMEOUT)
    assert ready.status_code == 503 and ready.json()["database"] == "unreachable"

    database.start()
    # the same processes, not restarted, answer again: their stale connections are checked and replaced
    assert browser.get(f"{running.base}/", timeout=REQUEST_TIMEOUT).status_code == 200
    assert requests.get(f"{running.base}/readyz", timeout=REQUEST_TIMEOUT).status_code == 200
    assert running.workers() == processes
    assert attempts_consistent(url, learners)[attempt.pk] == Attempt.State.IN_PROGRESS  # the refused submit left it
    submitted = browser.post(f"{running.base}/exams/attempts/{attempt.pk}/submit/", timeout=REQUEST_TIMEOUT)
    assert submitted.status_code == 200 or submitted.history, submitted.status_code
    assert attempts_consistent(url, learners)[attempt.pk] == Attempt.State.FINISHED
    assert " 500 " not in running.log() and "Internal Server Error" not in running.log()


def test_a_database_restart_under_load_gives_only_503s_and_no_half_written_submission(site, learners, api_key):
    running, database, url = site
    statuses: list[tuple[str, int]] = []
    unclean: list[tuple[str, int, str]] = []
    stop = threading.Event()

    def record(path: str, response: requests.Response) -> None:
        statuses.append((path, response.status_code))
        if response.status_code >= 500 and not outage_response_is_clean(response, path):
            unclean.append((path, response.status_code, response.text[:300]))

    def browse(cookie: str) -> None:
        browser = session(cookie)
        while not stop.is_set():
            for path in ("/", "/exams/", "/api/v1/interviewers/", "/readyz"):
                try:
                    response = browser.get(
                        f"{running.base}{path}",
                        timeout=REQUEST_TIMEOUT,
                        headers={"Authorization": f"Api-Key {api_key}"},
                    )
                except requests.RequestException as exc:  # a dropped connection would be a crash, not a 503
                    unclean.append((path, 0, repr(exc)))
                    continue
                if path != "/readyz":
                    record(path, response)
                time.sleep(0.02)

    submitted: dict[int, int] = {}

    def submit_all() -> None:
        # a learner whose submission met the outage submits again, as the 503 page asks
        for _person, attempt, cookie in learners:
            browser = session(cookie)
            deadline = time.monotonic() + RECOVERY_TIMEOUT
            while time.monotonic() < deadline:
                response = browser.post(
                    f"{running.base}/exams/attempts/{attempt.pk}/submit/",
                    timeout=REQUEST_TIMEOUT,
                    allow_redirects=False,
                )
                record("submit", response)
                if response.status_code == 302:
                    submitted[attempt.pk] = submitted.get(attempt.pk, 0) + 1
                    break
                time.sleep(0.2)
            time.sleep(0.3)

    browsers = [threading.Thread(target=browse, args=(learners[n][2],)) for n in range(2)]
    submitter = threading.Thread(target=submit_all)
    for thread in [*browsers, submitter]:
        thread.start()
    try:
        time.sleep(1.0)
        database.restart()  # fast mode: open connections are terminated mid-request
        submitter.join(timeout=LEARNERS * RECOVERY_TIMEOUT)
        time.sleep(1.0)
    finally:
        stop.set()
        for thread in [*browsers, submitter]:
            thread.join(timeout=REQUEST_TIMEOUT + 5)

    assert unclean == [], unclean
    # (the API call names no scope: once its key is checked in the database it is refused with a 400)
    assert {status for _path, status in statuses} <= {200, 302, 400, 503}, sorted(set(statuses))
    assert sorted(submitted) == sorted(a.pk for _p, a, _c in learners), "every learner got their submission in"
    states = attempts_consistent(url, learners)
    assert set(states.values()) == {Attempt.State.FINISHED}
    # and the site is whole again without a restart
    assert requests.get(f"{running.base}/readyz", timeout=REQUEST_TIMEOUT).status_code == 200
    outages = sum(1 for _path, status in statuses if status == 503)
    print(f"\n{len(statuses)} responses during the restart, {outages} of them 503")
