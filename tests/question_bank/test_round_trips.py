"""Export then import keeps everything the format can carry, for every type in every format that carries it."""

from __future__ import annotations

import pytest

from question_bank.models import Question, QuestionVersion
from question_bank.services.content import version_to_data
from question_bank.services.imports import questions_export, questions_import
from tests.question_bank.factories import make_question

pytestmark = pytest.mark.django_db

TYPES = ["single", "multi", "truefalse", "short", "matching", "ordering", "essay"]
# what each format cannot carry (see docs/question-formats.md); ordering is not in GIFT at all
LOST = {
    "gift": {"purpose", "mark", "shuffle", "case_sensitive", "rubric", "grader_info", "response_template"},
    "moodle-xml": set(),
    "csv": set(),
}
CASES = [(fmt, kind) for fmt in LOST for kind in TYPES if not (fmt == "gift" and kind == "ordering")]


def comparable(data: dict, fmt: str) -> dict:
    skip = LOST[fmt] | {"category", "language"}
    out = {k: v for k, v in data.items() if k not in skip}
    return {k: (str(v) if k == "mark" else v) for k, v in out.items()}


@pytest.mark.parametrize(("fmt", "kind"), CASES)
def test_a_question_survives_export_and_import(fmt, kind):
    original = make_question(
        kind,
        category="Source/Topic",
        purpose="exam",
        idnumber=f"{kind}-1",
        tags=["level:foundation", "region:DE"],
        mark=2 if fmt != "gift" else 1,
    )
    before = version_to_data(QuestionVersion.objects.get(pk=original.current_version_id))
    text, _left_out = questions_export(fmt=fmt, category_path="Source")
    Question.objects.filter(pk=original.pk).update(idnumber="old")
    report = questions_import(data=text, fmt=fmt, category_path="Copy", purpose="exam")
    assert report.imported == 1 and report.skipped == []
    copy = Question.objects.exclude(pk=original.pk).get()
    assert copy.category.path == "Copy/Source/Topic"
    assert comparable(version_to_data(copy.current_version), fmt) == comparable(before, fmt)


def test_gift_export_reports_what_it_left_out():
    make_question("ordering", category="Source")
    make_question("essay", category="Source")
    text, left_out = questions_export(fmt="gift", category_path="Source")
    assert any("ordering" in line for line in left_out)
    assert any("rubric" in line for line in left_out)
    assert "ordering question" not in text


def test_moodle_xml_carries_an_essay_with_its_rubric_and_leaves_nothing_out():
    make_question("essay", category="Source")
    assert questions_export(fmt="moodle-xml", category_path="Source")[1] == []
