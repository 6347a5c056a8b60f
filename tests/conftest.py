from __future__ import annotations

import os

import pytest
from hypothesis import settings as hypothesis_settings

from org.roles import Role
from tests.factories import DepartmentFactory, UserFactory

# The fuzz tests (tests/security) explore new random inputs on every local run; CI draws them from a fixed seed, so
# that a CI run is repeatable and a failure found there can be run again as it was.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture
def department(db):
    return DepartmentFactory(code="SALES", name="Sales", name_zh="销售部")


@pytest.fixture
def other_department(db):
    return DepartmentFactory(code="ENG", name="Engineering", name_zh="工程部")


@pytest.fixture
def personas(db, department, other_department):
    """The people the permission tests speak of, each with the role the design gives them."""
    head = UserFactory(username="p_head", department=department, roles=[Role.DEPARTMENT_HEAD])
    department.head = head
    department.save()
    other_head = UserFactory(username="p_other_head", department=other_department, roles=[Role.DEPARTMENT_HEAD])
    other_department.head = other_head
    other_department.save()
    return {
        "learner": UserFactory(username="p_learner", department=department),
        "other_learner": UserFactory(username="p_other_learner", department=other_department),
        "head": head,
        "other_head": other_head,
        "assessor": UserFactory(username="p_assessor", department=other_department, roles=[Role.ASSESSOR]),
        "hr": UserFactory(username="p_hr", department=other_department, roles=[Role.HR_ADMIN]),
        "editor": UserFactory(username="p_editor", department=other_department, roles=[Role.CONTENT_EDITOR]),
    }


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Locales, Wagtail's root page and the default site come from migrations, and a live-server test's flush
    deletes them; with --reuse-db that emptiness would outlive the run. Put them back once per session."""
    from org.bootstrap import ensure_base_data

    with django_db_blocker.unblock():
        ensure_base_data()


@pytest.fixture(autouse=True)
def _base_data_after_flushes(request):
    """A live-server or transactional test flushes the database, locales and Wagtail's root and site with it; a
    database test that happens to run after one gets them back here (a few queries, before the test body)."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None and not {"db", "transactional_db"} & set(request.fixturenames):
        return
    request.getfixturevalue("_django_db_helper")
    from org.bootstrap import ensure_base_data

    ensure_base_data()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty shared cache: a rolled-back test database hands out the same ids again, and
    entries keyed by id (the exams' data of a used version) must not outlive the rows they describe."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request in Chinese leaves its language active in the thread
    (LocaleMiddleware activates, nothing deactivates), and figures computed outside a request would follow it."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
