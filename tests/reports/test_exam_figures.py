"""Exam results against hand-built attempts: pass rates and counts per grouping, score bands, bad items."""

from __future__ import annotations

import pytest

from exams.models import ItemStatistic
from question_bank.models import Question, QuestionVersion
from reports.selectors.exams import attempts_final, flagged_items, pass_rates, score_distribution
from reports.selectors.scope import Scope
from tests.reports import builders as b

EVERYONE = Scope(everyone=True, department_ids=frozenset())


@pytest.fixture
def results(department, other_department, regions):
    prog = b.programme("foundation", exams=2)
    first, second = [row.exam for row in prog.exams.order_by("exam__slug")]
    ann = b.person(department, regions["DE"], username="ann")
    bob = b.person(department, regions["US"], username="bob")
    eve = b.person(other_department, regions["DE"], username="eve")
    b.attempt(ann, first, percent=40, passed=False)
    b.attempt(ann, first, percent=85, passed=True, language="zh-hans")
    b.attempt(bob, first, percent=100, passed=True)
    b.attempt(eve, first, percent=20, passed=False, language="zh-hans")
    b.attempt(eve, second, percent=95, passed=True)
    b.attempt(bob, second, percent=55, final=False)  # still being graded: not counted
    return {"first": first, "second": second}


def by_name(rows):
    return {str(r["name"]): (r["attempts"], r["people"], r["passed"], r["rate"], r["average"]) for r in rows}


def test_pass_rates_by_exam(results):
    rows = by_name(pass_rates(attempts=attempts_final(scope=EVERYONE), by="exam"))
    assert rows == {"foundation exam 0": (4, 3, 2, 50.0, 61.2), "foundation exam 1": (1, 1, 1, 100.0, 95.0)}


def test_pass_rates_by_department_region_and_language(results):
    attempts = attempts_final(scope=EVERYONE)
    assert by_name(pass_rates(attempts=attempts, by="department")) == {
        "SALES · Sales": (3, 2, 2, 66.7, 75.0),
        "ENG · Engineering": (2, 1, 1, 50.0, 57.5),
    }
    assert {k: v[:3] for k, v in by_name(pass_rates(attempts=attempts, by="region")).items()} == {
        "DE · Region DE": (4, 2, 2),
        "US · Region US": (1, 1, 1),
    }
    assert {k: v[:3] for k, v in by_name(pass_rates(attempts=attempts, by="language")).items()} == {
        "English": (3, 3, 2),
        "Simplified Chinese": (2, 2, 1),
    }


def test_a_head_counts_only_their_departments_attempts(results, department):
    head = Scope(everyone=False, department_ids=frozenset([department.pk]))
    assert attempts_final(scope=head).count() == 3


def test_scores_fall_into_bands_of_ten_with_full_marks_in_the_top_band(results):
    bands = {b["label"]: b["count"] for b in score_distribution(attempts=attempts_final(scope=EVERYONE))}
    assert bands["20–29"] == 1
    assert bands["40–49"] == 1
    assert bands["80–89"] == 1
    assert bands["90–100"] == 2  # 95 and 100
    assert sum(bands.values()) == 5


def test_items_are_flagged_when_they_discriminate_badly_or_are_too_easy(results):
    question = Question.objects.create(qtype="single", category=_category(), purpose="exam")
    version = QuestionVersion.objects.create(question=question, name="Q1", stem="<p>?</p>")
    fine = QuestionVersion.objects.create(question=question, number=2, name="Q2", stem="<p>?</p>")
    ItemStatistic.objects.create(
        exam=results["first"], version=version, attempts=10, facility=95, discrimination_index=5
    )
    ItemStatistic.objects.create(exam=results["first"], version=fine, attempts=10, facility=60, discrimination_index=40)
    flagged = flagged_items()
    assert [f["stat"].version for f in flagged] == [version]
    assert set(flagged[0]["flags"]) == {"low_discrimination", "extreme_facility"}


def _category():
    from question_bank.models import Category

    return Category.objects.create(name="Exam", path="Exam")
