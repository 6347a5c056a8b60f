"""One invalid question means nothing is imported, and every problem is listed with its name and line."""

from __future__ import annotations

import pytest

from question_bank.models import Category, Question
from question_bank.services.imports import ImportRejected, questions_import

pytestmark = pytest.mark.django_db

FILE = """$CATEGORY: Imported/Good

::Fine:: Punctuality matters. {T}

::No right answer:: Pick one {
  ~%50%a
  ~b
}

::Short of credit:: Pick several {
  ~%50%a
  ~%25%b
  ~c
}
"""


def test_a_file_with_invalid_questions_imports_nothing_and_lists_every_problem():
    with pytest.raises(ImportRejected) as caught:
        questions_import(data=FILE, fmt="gift")
    problems = [(p.name, p.line) for p in caught.value.errors]
    assert problems == [("No right answer", 5), ("Short of credit", 10)]
    assert Question.objects.count() == 0 and Category.objects.count() == 0


def test_a_hostile_xml_file_is_rejected_as_a_whole():
    with pytest.raises(ImportRejected, match="refused for safety"):
        questions_import(data='<!DOCTYPE q [<!ENTITY a "b">]><quiz>&a;</quiz>', fmt="moodle-xml")


def test_importing_the_same_file_twice_does_not_duplicate_questions():
    text = "::A:: Fine {T}\n\n// [id:a-1]\n::B:: Fine too {F}\n"
    questions_import(data=text, fmt="gift", category_path="Twice")
    questions_import(data=text, fmt="gift", category_path="Twice")
    assert Question.objects.filter(idnumber="a-1").count() == 1


def test_rows_in_two_languages_with_one_idnumber_become_linked_translations():
    sheet = (
        "type,name,stem,idnumber,language,answer\n"
        "truefalse,Dress,Tell candidates the dress code.,dc-1,en,true\n"
        "truefalse,着装,提前告知候选人着装要求。,dc-1,zh-hans,true\n"
    )
    questions_import(data=sheet, fmt="csv")
    en, zh = Question.objects.order_by("language")
    assert en.translation_group == zh.translation_group
