"""The pipeline funnel against hand-built histories: counts per stage, median days between stages, who is stuck."""

from __future__ import annotations

import pytest

from org.models import User
from reports.selectors.pipeline import pipeline_for
from tests.reports import builders as b


@pytest.fixture
def histories(department, other_department, regions):
    de = regions["DE"]
    prog = b.programme("foundation")
    head = b.person(department, de, username="boss")
    assessor = b.person(other_department, de, username="assessor")
    p = {name: b.person(department, de, username=name) for name in ("p1", "p2", "p3", "p4", "p5", "p6")}
    b.enrol(p["p1"], prog, at=b.days_ago(100), completed_at=b.days_ago(90))
    b.pass_exams(p["p1"], prog, at=b.days_ago(80))
    b.practical(p["p1"], prog, assessor, at=b.days_ago(70))
    b.signed(p["p1"], prog, head, at=b.days_ago(60))
    b.certify(p["p1"], prog, [de], start=b.days_ago(50))
    b.enrol(p["p2"], prog, at=b.days_ago(60), completed_at=b.days_ago(45))
    b.pass_exams(p["p2"], prog, at=b.days_ago(40))
    b.enrol(p["p3"], prog, at=b.days_ago(30))
    b.enrol(p["p4"], prog, at=b.days_ago(10), completed_at=b.days_ago(4))
    b.certify(p["p6"], prog, [de], start=b.days_ago(5))  # recorded by HR: no history here
    b.enrol(assessor, prog, at=b.days_ago(3))  # another department: outside the people asked about
    people = User.objects.filter(department=department).exclude(pk=head.pk)
    return pipeline_for(programme=prog, people=people), p


def stage(result, key):
    return next(s for s in result.stages if s.key == key)


def test_each_stage_counts_everyone_who_reached_it_or_a_later_one(histories):
    result, _p = histories
    assert [(s.key, s.reached) for s in result.stages] == [
        ("enrolled", 5),
        ("courses", 4),
        ("exam", 3),
        ("practical", 2),
        ("signoff", 2),
        ("certified", 2),
    ]
    assert result.people == 6
    assert result.not_started == 1


def test_the_median_is_taken_over_people_who_have_both_dates(histories):
    result, _p = histories
    assert stage(result, "enrolled").median_days is None
    assert stage(result, "courses").median_days == 10.0  # 10, 15 and 6 days
    assert stage(result, "exam").median_days == 7.5  # 10 and 5 days
    assert stage(result, "certified").median_days == 10.0


def test_people_stuck_at_a_stage_are_listed_longest_first(histories):
    result, p = histories
    assert [(row["person"], row["days"]) for row in stage(result, "exam").stuck] == [(p["p2"], 40)]
    assert [row["person"] for row in stage(result, "enrolled").stuck] == [p["p3"]]
    assert [row["person"] for row in stage(result, "courses").stuck] == [p["p4"]]
    assert stage(result, "certified").stuck == []


def test_a_programme_without_practical_or_sign_off_has_no_such_stages(department, regions):
    prog = b.programme("light", practical=False, signoff=False)
    result = pipeline_for(programme=prog, people=User.objects.filter(department=department))
    assert [s.key for s in result.stages] == ["enrolled", "courses", "exam", "certified"]
