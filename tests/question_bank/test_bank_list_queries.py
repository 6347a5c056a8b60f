"""The question list in /cms/ costs the same number of queries for N and 2N questions."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.question_bank.factories import make_question

pytestmark = pytest.mark.django_db


def queries_for(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/cms/question-bank/questions/").status_code == 200
    return len(ctx.captured_queries)


def add(n):
    for i in range(n):
        make_question(["single", "matching", "essay"][i % 3], tags=["level:foundation", f"difficulty:{i}"])


def test_the_bank_list_costs_the_same_for_n_and_2n_questions(client, personas):
    client.force_login(personas["editor"])
    add(4)
    queries_for(client)  # warm caches (site, locales)
    n = queries_for(client)
    add(4)
    assert queries_for(client) == n
