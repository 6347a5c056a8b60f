"""HR edits exams (with inline sections) and grants accommodations in /cms/; the grant records who gave it."""

from __future__ import annotations

from django.urls import reverse

from exams.models import Accommodation, Exam
from question_bank.models import Category


def test_hr_sees_the_exam_list_and_edit_form_in_the_cms(client, exam, personas):
    client.force_login(personas["hr"])
    assert exam.title in client.get(reverse("exam_admin:index")).content.decode()
    form = client.get(reverse("exam_admin:edit", args=[exam.pk])).content.decode()
    assert 'name="sections-TOTAL_FORMS"' in form and 'name="pass_mark_percent"' in form


def exam_form_data(category) -> dict:
    return {
        "title": "Made in the CMS",
        "title_zh": "",
        "slug": "made-in-cms",
        "description": "",
        "description_zh": "",
        "kind": "foundation",
        "is_active": "on",
        "time_limit_minutes": "30",
        "grace_seconds": "30",
        "pass_mark_percent": "75",
        "grading_method": "highest",
        "max_attempts": "2",
        "cooldown_hours": "0",
        "shuffle_questions": "on",
        "shuffle_choices": "on",
        "questions_per_page": "5",
        "review_policy": "score",
        "review_when": "immediately",
        "sections-TOTAL_FORMS": "1",
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "1000",
        "sections-0-title": "Core",
        "sections-0-category": str(category.pk),
        "sections-0-count": "4",
        "sections-0-marks_per_question": "2",
        "sections-0-tag": "",
        "sections-0-difficulty": "",
        "sections-0-qtype": "",
        "sections-0-ORDER": "1",
        "sections-0-id": "",
        "sections-0-DELETE": "",
    }


def test_hr_creates_an_exam_with_a_section_in_the_cms(client, bank, personas):
    client.force_login(personas["hr"])
    category = Category.objects.get(path="Exam/Core")
    data = exam_form_data(category)
    reply = client.post(reverse("exam_admin:add"), data)
    assert reply.status_code == 302, reply.content.decode()[:3000]
    exam = Exam.objects.get(slug="made-in-cms")
    assert exam.sections.get().count == 4


def test_an_accommodation_records_who_granted_it(client, exam, learner, personas):
    client.force_login(personas["hr"])
    reply = client.post(
        reverse("exam_accommodations:add"),
        {"exam": exam.pk, "user": learner.pk, "extra_minutes": "20", "extra_attempts": "1", "reason": "Dyslexia"},
    )
    assert reply.status_code == 302
    grant = Accommodation.objects.get()
    assert grant.granted_by == personas["hr"] and grant.granted_at is not None


def test_learners_and_assessors_cannot_edit_exams(client, exam, personas):
    for persona in ("learner", "assessor"):
        client.force_login(personas[persona])
        assert client.get(reverse("exam_admin:edit", args=[exam.pk])).status_code in (302, 403)


def test_fixed_questions_chosen_in_the_cms_are_kept_and_always_drawn(client, bank, personas):
    from exams.services.drawing import draw_items

    client.force_login(personas["hr"])
    category = Category.objects.get(path="Exam/Core")
    data = exam_form_data(category) | {"sections-0-count": "0", "sections-0-fixed_questions": [str(bank[0].pk)]}
    reply = client.post(reverse("exam_admin:add"), data)
    assert reply.status_code == 302, reply.content.decode()[:3000]
    section = Exam.objects.get(slug="made-in-cms").sections.get()
    assert list(section.fixed_questions.all()) == [bank[0]]
    assert [d.question_id for d in draw_items(exam=section.exam, language="en")] == [bank[0].pk]
