"""The import and export commands, as the outside contract describes them."""

from __future__ import annotations

import re

import pytest
from django.core.management import CommandError, call_command

from question_bank.models import Question

GIFT_SAMPLE = """// a small bank in Moodle's GIFT format
$CATEGORY: Contracts/Sample

::Greeting:: In most countries, an interview should start with {
    =a short introduction of yourself and the agenda # Good.
    ~questions about the candidate's family # Never.
    ~the salary offer # Too early.
}

::Privacy:: Asking a candidate about their religion is acceptable in a friendly interview.{FALSE}

::Reflect:: Describe how you would prepare for an interview with a candidate in another time zone. {}

::STAR:: The S in STAR stands for {=Situation =situation}

::Count:: How many letters does STAR have? {#4}
"""
BAD_GIFT = """::Broken:: This question never closes its answer block {
    =right
    ~wrong
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def gift_file(tmp_path):
    path = tmp_path / "good.gift"
    path.write_text(GIFT_SAMPLE)
    return path


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_dry_run_reports_what_it_would_import_and_saves_nothing(gift_file):
    out, _ = run("import_questions", str(gift_file), "--format", "gift", "--dry-run")
    assert out.splitlines()[0] == "would import 4 questions (skipped 1)"
    assert Question.objects.count() == 0


def test_the_import_prints_one_summary_line_then_each_skip_with_name_and_line(gift_file):
    out, _ = run("import_questions", str(gift_file), "--format", "gift")
    lines = out.splitlines()
    assert lines[0] == "imported 4 questions (skipped 1)"
    assert "Count" in lines[1] and "line 16" in lines[1]
    assert Question.objects.count() == 4


def test_a_file_with_an_unclosed_answer_block_is_refused_and_nothing_is_imported(tmp_path, gift_file):
    bad = tmp_path / "bad.gift"
    bad.write_text(GIFT_SAMPLE + "\n" + BAD_GIFT)
    with pytest.raises(CommandError):
        run("import_questions", str(bad), "--format", "gift")
    assert Question.objects.count() == 0


def test_the_moodle_xml_export_of_a_category_has_one_category_and_one_question_element_each(gift_file, tmp_path):
    run("import_questions", str(gift_file), "--format", "gift")
    out = tmp_path / "export.xml"
    run("export_questions", "--format", "moodle-xml", "--category", "Contracts/Sample", "-o", str(out))
    text = out.read_text()
    assert len(re.findall(r'<question type="category"', text)) == 1
    assert len(re.findall(r'<question type="(?!category)', text)) == 4


def test_the_gift_export_reports_on_stderr_what_gift_cannot_carry(gift_file):
    from question_bank.services.content import version_to_data
    from question_bank.services.questions import question_update

    run("import_questions", str(gift_file), "--format", "gift")
    essay = Question.objects.get(qtype="essay")
    data = version_to_data(essay.current_version)
    data["rubric"] = [
        {"criterion": "Plans", "levels": [{"points": 0, "descriptor": "No"}, {"points": 2, "descriptor": "Yes"}]}
    ]
    question_update(question=essay, data=data)
    _out, err = run("export_questions", "--format", "gift")
    assert "Reflect" in err and "rubric" in err
