"""The seeded bank: each item as an English question and its linked Chinese twin, idempotent by key."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from question_bank.models import Category, Question
from question_bank.seeding import seed_bank

pytestmark = pytest.mark.django_db


def T(en, zh):  # noqa: N802 - mirrors the seed FORMAT's T
    return {"en": en, "zh": zh}


ITEMS = [
    {
        "key": "etq-t01",
        "category": T("Etiquette and professional image/Before the interview", "面试礼仪与职业形象/面试前准备"),
        "purpose": "practice",
        "type": "single",
        "tags": ["competency:etiquette", "level:foundation", "difficulty:easy"],
        "mark": 1,
        "name": T("Invite", "邀请"),
        "stem": T("<p>What goes in the invite?</p>", "<p>邀请里写什么？</p>"),
        "general_feedback": T("<p>Both time zones.</p>", "<p>写明双方时区。</p>"),
        "choices": [
            {"text": T("Both time zones", "双方时区"), "fraction": 1.0, "feedback": T("Yes.", "对。")},
            {"text": T("Only yours", "只写自己的"), "fraction": 0.0, "feedback": T("No.", "不对。")},
        ],
        "shuffle": True,
    },
    {
        "key": "eva-t01",
        "category": T("Evaluation and fairness/Scoring and calibration", "评价与公平/评分与校准"),
        "purpose": "exam",
        "type": "essay",
        "tags": ["competency:evaluation", "level:advanced", "kind:scenario"],
        "mark": 5,
        "name": T("Calibrate", "校准"),
        "stem": T("<p>Two scores differ.</p>", "<p>两位面试官打分不同。</p>"),
        "general_feedback": T("", ""),
        "rubric": [
            {
                "criterion": T("Evidence", "证据"),
                "levels": [
                    {"points": 0, "descriptor": T("None", "无")},
                    {"points": 2, "descriptor": T("Specific", "具体")},
                ],
            }
        ],
        "grader_info": T("<p>Look for evidence.</p>", "<p>看证据。</p>"),
        "response_template": T("", ""),
    },
]


def test_each_item_becomes_an_english_question_and_its_linked_chinese_twin():
    counts = seed_bank(items=ITEMS)
    assert counts["created"] == 4
    en = Question.objects.get(idnumber="etq-t01", language="en")
    zh = Question.objects.get(idnumber="etq-t01", language="zh-hans")
    assert en.translation_group == zh.translation_group and en.category == zh.category
    assert zh.current_version.name == "邀请" and zh.current_version.answers.first().text == "双方时区"
    assert en.category.name_zh == "面试前准备" and en.category.parent.name_zh == "面试礼仪与职业形象"
    assert Question.objects.get(idnumber="eva-t01", language="en").current_version.rubric.count() == 1


def test_seeding_twice_changes_nothing():
    seed_bank(items=ITEMS)
    counts = seed_bank(items=ITEMS)
    assert counts["created"] == 0 and counts["updated"] == 0 and counts["unchanged"] == 4
    assert Question.objects.count() == 4 and Category.objects.count() == 4


def test_an_invalid_item_is_refused_loudly_and_nothing_is_written():
    broken = {**ITEMS[0], "key": "etq-bad", "choices": [{**c, "fraction": 0.0} for c in ITEMS[0]["choices"]]}
    with pytest.raises(ImproperlyConfigured, match="etq-bad: a single-choice question needs a right answer"):
        seed_bank(items=[ITEMS[1], broken])
    assert Question.objects.count() == 0


def test_a_duplicate_key_is_refused():
    with pytest.raises(ImproperlyConfigured, match="used more than once"):
        seed_bank(items=[ITEMS[0], ITEMS[0]])


def test_seed_demo_loads_the_bank_through_the_demo_seeded_signal():
    from org.signals import demo_seeded
    from question_bank.seeding import seed_on_demo

    receivers = [entry[1]() for entry in demo_seeded.receivers]
    assert seed_on_demo in receivers
