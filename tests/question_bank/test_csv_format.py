# ruff: noqa: E501  (sample files keep their real line lengths)
"""The spreadsheet CSV: one row per question, choices in numbered columns."""

from __future__ import annotations

from decimal import Decimal

import pytest

from question_bank.formats import FormatError
from question_bank.formats import csv as csv_format

SHEET = """type,category,name,idnumber,language,purpose,mark,tags,stem,general_feedback,shuffle,case_sensitive,answer,feedback_true,feedback_false,grader_info,response_template,rubric,choice1,fraction1,feedback1,match1,choice2,fraction2,feedback2,match2,choice3,fraction3,feedback3,match3
single,Etiquette/Before,Camera,c-1,en,practice,1,level:foundation;difficulty:easy,Camera on for a video interview?,,yes,,,,,,,,Yes and say so in the invite,100,Good,,No need,0,,,Only for senior roles,-50,No,
truefalse,Etiquette/Before,Dress,d-1,zh-hans,exam,1,,着装要求应提前告知候选人。,,,,true,对。,不对。,,,,,,,,,,,,,,,
matching,Structured/STAR,Letters,,,,,,Match the letters,,,,,,,,,,S,,,Situation,T,,,Task,,,,Topic
essay,Evaluation/Scoring,Calibrate,,,,5,,"Describe a calibration

meeting.",,,,,,,Look for evidence,Context:,"Evidence | 0 = none | 2 = specific
Fairness | 0 = none | 2 = explicit",,,,,,,,,,,,
numerical,Etiquette/Before,Count,,,,,,How many?,,,,,,,,,,,,,,,,,,,,,
"""


def test_each_row_becomes_one_question_with_its_columns():
    result = csv_format.parse(SHEET)
    single, tf, matching, essay = result.items
    assert single["tags"] == ["level:foundation", "difficulty:easy"] and single["purpose"] == "practice"
    assert [c["fraction"] for c in single["choices"]] == [Decimal(1), Decimal(0), Decimal("-0.5")]
    assert tf["language"] == "zh-hans" and tf["answer"] is True and tf["feedback_false"] == "不对。"
    assert matching["pairs"] == [{"left": "S", "right": "Situation"}, {"left": "T", "right": "Task"}]
    assert matching["distractors"] == ["Topic"]
    assert essay["rubric"][1] == {
        "criterion": "Fairness",
        "levels": [{"points": "0", "descriptor": "none"}, {"points": "2", "descriptor": "explicit"}],
    }


def test_unknown_types_are_skipped_with_the_line_they_are_on():
    result = csv_format.parse(SHEET)
    assert [(p.name, p.line) for p in result.skipped] == [("Count", 9)]


def test_a_sheet_without_the_required_columns_is_refused():
    with pytest.raises(FormatError, match="Missing columns: stem"):
        csv_format.parse("type,name\nsingle,x\n")


def test_a_row_with_more_values_than_the_header_is_an_error():
    result = csv_format.parse("type,name,stem\nsingle,x,y,z\n")
    assert result.errors and result.errors[0].line == 2
