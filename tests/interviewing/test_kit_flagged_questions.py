from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from interviewing.models import InterviewQuestion
from interviewing.services import kit_question_add, kit_question_replace


def test_an_own_question_on_a_protected_topic_is_flagged_with_a_safer_alternative(kit_maker, personas):
    kit = kit_maker(personas["learner"])
    question = kit_question_add(kit=kit, user=personas["learner"], text="Are you pregnant?", competency="motivation")
    assert question.worst_severity == "unlawful"  # in Germany (AGG)
    finding = question.findings[0]
    assert finding["topic"] == "pregnancy" and finding["suggestion_en"] and finding["explanation_zh"]


def test_replacing_a_flagged_question_from_the_bank_clears_the_flag_and_keeps_the_old_wording(kit_maker, personas):
    kit = kit_maker(personas["learner"])
    flagged = kit_question_add(kit=kit, user=personas["learner"], text="How old are you?", competency="motivation")
    used = set(kit.questions.values_list("source_id", flat=True))
    alternative = InterviewQuestion.objects.filter(competency="motivation").exclude(pk__in=used).first()
    kit_question_replace(kit_question=flagged, user=personas["learner"], source=alternative)
    flagged.refresh_from_db()
    assert flagged.worst_severity == "" and flagged.findings == []
    assert flagged.source == alternative and flagged.replaced_text == "How old are you?"
    assert flagged.probe_list


def test_replacing_with_own_wording_is_checked_again(kit_maker, personas):
    kit = kit_maker(personas["learner"])
    flagged = kit_question_add(kit=kit, user=personas["learner"], text="Are you married?", competency="motivation")
    kit_question_replace(kit_question=flagged, user=personas["learner"], text="Do you have any children?")
    flagged.refresh_from_db()
    assert flagged.worst_severity  # still a protected topic
    kit_question_replace(kit_question=flagged, user=personas["learner"], text="Can you travel one week a month?")
    flagged.refresh_from_db()
    assert flagged.worst_severity == "" and flagged.replaced_text == "Are you married?"


def test_a_chinese_kit_is_checked_in_chinese(kit_maker, personas):
    kit = kit_maker(personas["learner"], language="zh-hans")
    question = kit_question_add(kit=kit, user=personas["learner"], text="你结婚了吗？", competency="motivation")
    assert question.findings[0]["topic"] == "marital_family"


def test_only_the_kit_author_or_hr_may_change_its_questions(kit_maker, personas):
    kit = kit_maker(personas["learner"])
    with pytest.raises(PermissionDenied):
        kit_question_add(kit=kit, user=personas["other_learner"], text="Why us?", competency="motivation")
    assert kit_question_add(kit=kit, user=personas["hr"], text="Why us?", competency="motivation").pk


def test_the_page_offers_a_replacement_for_a_flagged_question_and_applies_it(client, kit_maker, personas):
    kit = kit_maker(personas["learner"])
    flagged = kit_question_add(kit=kit, user=personas["learner"], text="Are you pregnant?", competency="motivation")
    client.force_login(personas["learner"])
    html = client.get(f"/interviewing/kits/{kit.pk}/").content.decode()
    assert "Replace this question" in html and "text-bg-danger" in html
    response = client.post(
        f"/interviewing/kits/{kit.pk}/questions/{flagged.pk}/replace/",
        {f"q{flagged.pk}-text": "What would make this role a good next step for you?"},
    )
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert flagged.worst_severity == "" and flagged.text.startswith("What would make")
