from __future__ import annotations

from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import translation

from interviewing.selectors import kit_detail
from interviewing.services.kits import PLAN
from interviewing.sheets import kit_sheet


def sheet(kit, language="en"):
    with translation.override(language):
        return kit_sheet(kit_detail(pk=kit.pk).get(), language)


def test_a_foundation_kit_follows_the_plan_with_one_stress_question_and_no_leadership(kit_maker, personas):
    kit = kit_maker(personas["learner"])
    questions = list(kit.questions.select_related("source"))
    non_stress = Counter(q.competency for q in questions if q.source.kind != "stress")
    assert non_stress == Counter(PLAN)
    assert sum(q.source.kind == "stress" for q in questions) == 1
    assert "leadership" not in {q.competency for q in questions}
    assert kit.rule_pack.region.code == "DE" and kit.rule_pack.is_published


def test_a_senior_kit_adds_leadership_questions(kit_maker, personas):
    kit = kit_maker(personas["learner"], level="senior")
    assert kit.questions.filter(competency="leadership", source__kind__in=["behavioural", "situational"]).count() == 2


def test_the_same_kit_gets_the_same_questions_and_another_role_may_get_others(kit_maker, personas):
    first = kit_maker(personas["learner"], candidate_reference="C-1")
    again = kit_maker(personas["learner"], candidate_reference="C-1")
    other = kit_maker(personas["learner"], candidate_reference="C-2", role="Field engineer")
    keys = [list(k.questions.values_list("source__key", flat=True)) for k in (first, again, other)]
    assert keys[0] == keys[1]
    assert keys[0] != keys[2]


def test_questions_are_copied_in_the_kit_language_with_probes_and_answer_guides(kit_maker, personas):
    kit = kit_maker(personas["learner"], language="zh-hans")
    question = kit.questions.first()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in question.text)
    assert len(question.probe_list) >= 2 and question.strong_answer and question.weak_answer


def test_the_bank_questions_in_a_kit_pass_the_region_check(kit_maker, personas):
    kit = kit_maker(personas["learner"], region="SA")
    assert not kit.questions.exclude(worst_severity="").exists()


def test_the_sheet_carries_the_form_taboo_reminders_and_regional_etiquette(kit_maker, personas, scorecard_form):
    data = sheet(kit_maker(personas["learner"]))
    assert [d.name for d in data["dimensions"]][0] == "Structured questioning (STAR)"
    assert {"pregnancy", "political_union"} <= {t["rule"].topic for t in data["taboo_rules"]}
    assert any("Sie" in do for do, _dont in data["etiquette"])  # from the German course's culture lesson
    assert any("federal state" in item for item in data["logistics"])
    assert data["needs_interpreter"]  # English questions, a German-speaking region


def test_scheduling_gives_both_local_times_and_warns_about_weekends_and_late_hours(kit_maker, personas, bank):
    saturday_evening = datetime(2026, 6, 13, 19, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    schedule = sheet(kit_maker(personas["learner"], scheduled_at=saturday_evening))["schedule"]
    assert schedule.candidate_time.hour == 19 and schedule.candidate_time.utcoffset().total_seconds() == 7200
    assert schedule.weekend == ["Saturday", "Sunday"]
    assert len(schedule.warnings) == 2
    assert "eleven hours" in schedule.rest and "federal state" in schedule.holidays


def test_prayer_times_and_a_friday_weekend_are_described_for_saudi_arabia(kit_maker, personas):
    thursday_morning = datetime(2026, 6, 11, 10, 0, tzinfo=ZoneInfo("Asia/Riyadh"))
    schedule = sheet(kit_maker(personas["learner"], region="SA", scheduled_at=thursday_morning))["schedule"]
    assert schedule.warnings == []
    assert "prayer" in schedule.prayer


def test_the_sheet_reads_in_chinese(kit_maker, personas):
    data = sheet(kit_maker(personas["learner"]), "zh-hans")
    assert "介绍" in data["introduction"][0]
    assert any("您" in do for do, _dont in data["etiquette"])
