from __future__ import annotations

import pytest
from django.http import QueryDict

from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory


@pytest.fixture
def bank(db):
    return make_bank()


@pytest.fixture
def exam(bank):
    return make_exam()


@pytest.fixture
def learner(db):
    return UserFactory(username="sitter")


@pytest.fixture
def clock(monkeypatch):
    """A frozen server clock: `clock.now` is what timezone.now() returns; move it with `clock.advance(seconds)`."""
    from datetime import timedelta

    from django.utils import timezone

    class Clock:
        now = timezone.now()

        def advance(self, seconds: float) -> None:
            self.now = self.now + timedelta(seconds=seconds)

    c = Clock()
    monkeypatch.setattr(timezone, "now", lambda: c.now)
    return c


def as_query(data: dict) -> QueryDict:
    q = QueryDict(mutable=True)
    for key, value in data.items():
        q.setlist(key, value if isinstance(value, list) else [value])
    return q
