"""Starting an exam costs the same whatever the size of the bank, and reads nothing inside the write transaction."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from exams.models import Attempt
from exams.services.attempts import attempt_start
from exams.services.drawing import exam_sections
from exams.services.rules import is_insider
from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory
from tests.question_bank.factories import make_question


def start(client, exam, username: str) -> None:
    response = client.post(reverse("exams:start", kwargs={"slug": exam.slug}))
    assert response.status_code == 302 and "/exams/attempts/" in response["Location"]
    assert Attempt.objects.filter(exam=exam, user__username=username).count() == 1


def start_queries(client, exam, username: str, *, cold: bool = True) -> int:
    client.force_login(UserFactory(username=username))
    if cold:  # the draw's lists and the used versions' data are read from the database, as on a first start
        cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        start(client, exam, username)
    return len(ctx.captured_queries) - 1  # the check of the attempt afterwards


def test_a_start_costs_the_same_queries_with_20_or_200_questions_in_the_pool(client, db, django_assert_max_num_queries):
    make_bank(category="Scale/Pool", kinds=["single", "truefalse"] * 5)  # 20 questions: 10 English, 10 Chinese
    exam = make_exam(category="Scale/Pool", slug="scale", count=5)
    start_queries(client, exam, "warm-up")  # the first start of a process fills caches (content types, sites)
    small = start_queries(client, exam, "first")
    make_bank(category="Scale/Pool/Deeper", kinds=["single", "multi", "truefalse"] * 30)  # 180 more, one level down
    assert start_queries(client, exam, "second") == small
    client.force_login(UserFactory(username="third"))
    cache.clear()
    with django_assert_max_num_queries(small + 1):
        start(client, exam, "third")
    assert all(a.items.count() == 5 for a in Attempt.objects.filter(exam=exam))


# session, person, exam and its prerequisites, attempts and accommodation, two permission reads, the groups the
# person touched and one draw query before the transaction (the plan and lists cached, no fixed questions); in it the
# person's lock, their attempts and accommodation again, and three inserts
WARM_START_QUERIES = 18


def test_a_warm_start_reads_no_candidates_and_no_versions_and_does_at_most_18_queries(
    client, db, django_assert_max_num_queries
):
    """Warm: the section's list of groups and every drawn version's data (all used before) are in the cache."""
    make_bank(category="Scale/Warm", kinds=["single", "multi", "truefalse", "ordering", "matching"])
    exam = make_exam(category="Scale/Warm", slug="warm", count=5)  # every group, so every version is used at once
    cold = start_queries(client, exam, "cold")  # lists built, versions read and marked used
    start_queries(client, exam, "used", cold=False)  # versions read again, now used: cached
    client.force_login(UserFactory(username="warm"))
    with CaptureQueriesContext(connection) as ctx, django_assert_max_num_queries(WARM_START_QUERIES + 1):
        start(client, exam, "warm")
    statements = [q["sql"] for q in ctx.captured_queries]
    assert len(statements) - 1 < cold  # fewer than a cold start
    bank_tables = ('"question_bank_questionversion"', '"question_bank_answer"', '"question_bank_orderitem"')
    assert not [sql for sql in statements if sql.startswith("SELECT") and any(t in sql for t in bank_tables)]
    assert not [sql for sql in statements if sql.startswith("UPDATE") and "question_bank" in sql]  # all used
    # the candidates are not read: the one query on questions names the drawn groups
    draws = [sql for sql in statements if sql.startswith('SELECT "question_bank_question"."id"')]
    assert len(draws) == 1 and "translation_group" in draws[0] and " IN (" in draws[0]


def test_the_insider_check_is_one_query_over_the_whole_pool(db, learner, django_assert_num_queries):
    make_bank(category="Scale/Insider", kinds=["single", "truefalse"] * 10)
    exam = make_exam(category="Scale/Insider", slug="insider", count=3)
    sections = exam_sections(exam)
    learner.has_perm("question_bank.change_questionversion")  # permissions are read once per person
    with django_assert_num_queries(1):
        assert is_insider(exam=exam, user=learner, sections=sections) is False


def test_the_author_of_only_the_translation_of_a_drawable_item_is_an_insider(db, learner):
    english = make_question("single", category="Scale/Twin", purpose="exam")
    make_question(
        "single", category="Elsewhere", purpose="exam", language="zh-hans", translation_of=english, author=learner
    )
    exam = make_exam(category="Scale/Twin", slug="twin", count=1)
    assert is_insider(exam=exam, user=learner) is True


def test_an_item_the_sections_filter_out_makes_nobody_an_insider(db, learner):
    make_bank(category="Scale/Filtered", kinds=["single"], chinese=False)
    make_bank(category="Scale/Filtered", kinds=["essay"], chinese=False, author=learner)
    exam = make_exam(category="Scale/Filtered", slug="filtered", count=1)
    section = exam.sections.get()
    section.objective_only = True
    section.save()
    assert is_insider(exam=exam, user=learner) is False
    section.objective_only = False
    section.save()
    assert is_insider(exam=exam, user=learner) is True


def test_a_fixed_item_outside_every_drawn_category_still_makes_its_author_an_insider(db, learner):
    make_bank(category="Scale/Drawn", kinds=["single"], chinese=False)
    fixed = make_question("truefalse", category="Scale/Fixed", purpose="exam", author=learner)
    exam = make_exam(category="Scale/Drawn", slug="fixed", count=1)
    section = exam.sections.get()
    assert is_insider(exam=exam, user=learner) is False
    section.fixed_questions.set([fixed])
    section.save()
    assert is_insider(exam=exam, user=learner) is True


@pytest.mark.parametrize("shuffle", [False, True])
def test_nothing_is_read_from_the_bank_inside_the_write_transaction(db, learner, shuffle):
    make_bank(category="Scale/Lock", kinds=["single", "multi", "truefalse"])
    exam = make_exam(category="Scale/Lock", slug=f"lock-{shuffle}", count=3, shuffle_questions=shuffle)
    with CaptureQueriesContext(connection) as ctx:
        attempt = attempt_start(exam=exam, user=learner, language="en")
    assert attempt.items.count() == 3
    statements = [q["sql"] for q in ctx.captured_queries]
    began = next(n for n, sql in enumerate(statements) if sql.startswith("SAVEPOINT"))
    inside = statements[began:]
    bank_reads = [
        sql
        for sql in inside
        if sql.startswith("SELECT") and ('"question_bank_question"' in sql or '"question_bank_answer"' in sql)
    ]
    assert bank_reads == []
    assert any(sql.startswith("INSERT") and '"exams_attemptitem"' in sql for sql in inside)


def test_a_submit_reads_the_answer_key_before_the_write_transaction(db, learner):
    """A used version never changes: only the answers are read under the attempt's lock (on SQLite the write lock),
    so concurrent autosaves wait for the scoring alone."""
    from exams.services.attempts import attempt_submit

    make_bank(category="Scale/Submit", kinds=["single", "multi", "truefalse"])
    exam = make_exam(category="Scale/Submit", slug="submit-lock", count=3)
    attempt = attempt_start(exam=exam, user=learner, language="en")
    with CaptureQueriesContext(connection) as ctx:
        attempt = attempt_submit(attempt=attempt, user=learner)
    assert attempt.state == Attempt.State.FINISHED and attempt.percent is not None
    statements = [q["sql"] for q in ctx.captured_queries]
    began = next(n for n, sql in enumerate(statements) if sql.startswith(("SAVEPOINT", "BEGIN")))
    before, inside = statements[:began], statements[began:]
    assert any('"question_bank_answer"' in sql for sql in before)
    assert not [sql for sql in inside if sql.startswith("SELECT") and '"question_bank_answer"' in sql]
