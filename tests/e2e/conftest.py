"""Browser journeys: Playwright drives Debian's Chromium against pytest-django's live server.

Playwright cannot download its own browsers here, so it launches /usr/bin/chromium. axe-core (from npm, installed
by `make test`) is injected into each page to check WCAG 2.1 AA.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from the test are still sync.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # bypass_csp only lets the test inject axe-core; the site's own scripts are all external files
    return {**browser_context_args, "bypass_csp": True, "locale": "en-GB"}


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory):
    """Where the seeded database is kept for this session (seeding the curriculum takes tens of seconds)."""
    return tmp_path_factory.mktemp("e2e") / "seeded.sqlite3"


@pytest.fixture
def demo(transactional_db, demo_snapshot):
    """The whole demo (people, curriculum, bank, exams, certificates), rebuilt for each journey.

    A live-server test flushes the database afterwards, so each journey needs the demo again. On SQLite the first
    journey seeds and keeps a copy through the online backup API; later ones copy it back in a fraction of a second.
    """
    if connection.vendor != "sqlite":
        call_command("seed_demo", verbosity=0)
        return
    database = connection.settings_dict["NAME"]
    if demo_snapshot.exists():
        connection.close()
        _sqlite_copy(demo_snapshot, database)
    else:
        call_command("seed_demo", verbosity=0)
        connection.close()
        _sqlite_copy(database, demo_snapshot)


def _sqlite_copy(source, target) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target, timeout=30)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@pytest.fixture
def check_a11y():
    """Run axe-core on the current page and fail on serious or critical WCAG 2.1 A/AA violations."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does)")

    def run(page, context: str = "") -> None:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        )
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], f"accessibility violations on {context or page.url}: {bad}"

    return run


DEMO_PASSWORD = "interview-ready"  # noqa: S105 (the documented demo password)


def sign_in(page, base_url: str, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
