from __future__ import annotations

import pytest

from courses.models import CoursePage
from courses.services.seeding import curriculum_seed
from tests.courses.fixture_curriculum import fixture_courses
from tests.factories import RegionFactory


def seed(capture, courses=None):
    """Seed, running what wagtail-localize defers to the commit (it publishes translations on commit)."""
    with capture(execute=True):
        return curriculum_seed(courses=fixture_courses() if courses is None else courses)


@pytest.fixture
def seeded(db, django_capture_on_commit_callbacks):
    """The fixture curriculum seeded in English and Chinese; returns the English and Chinese course pages by slug."""
    RegionFactory(code="DE", name="Germany", name_zh="德国")
    seed(django_capture_on_commit_callbacks)
    pages = CoursePage.objects.live().select_related("locale")
    return {
        "en": {p.slug: p for p in pages if p.locale.language_code == "en"},
        "zh": {p.slug: p for p in pages if p.locale.language_code == "zh-hans"},
    }


@pytest.fixture
def basics(seeded):
    return seeded["en"]["fixture-basics"]


@pytest.fixture
def basics_zh(seeded):
    return seeded["zh"]["fixture-basics"]
