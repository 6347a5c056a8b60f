"""HR configures a programme and its requirements (courses, exams, regional modules) in /cms/."""

from __future__ import annotations

import pytest
from django.urls import reverse

from certification.models import Level, Programme
from tests.courses.builders import make_catalogue
from tests.exams.factories import make_bank, make_exam


@pytest.fixture
def course(db):
    _index, (course,) = make_catalogue(courses=1, lessons=1)
    return course


@pytest.fixture
def exam(db):
    make_bank()
    return make_exam()


def inline(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{k}": v for k, v in {"id": "", "ORDER": str(i + 1), "DELETE": "", **row}.items()})
    return data


def programme_data(course, exam, region) -> dict:
    return {
        "code": "foundation",
        "level": "foundation",
        "is_active": "on",
        "name": "Foundation",
        "name_zh": "基础",
        "validity_months": "24",
        "renewal_window_days": "90",
        "shadow_count": "2",
        "reverse_shadow_count": "1",
        "practical_pass_average": "3.00",
        "minimum_performance": "2",
        "signoff_required": "on",
        **inline("courses", [{"course_key": str(course.translation_key), "for_renewal": ""}]),
        **inline("exams", [{"exam": str(exam.pk), "for_renewal": "on"}]),
        **inline("regional_modules", [{"region": str(region.pk), "course_key": "", "exam": str(exam.pk)}]),
    }


def test_hr_sees_the_programme_list_and_its_requirement_formsets(client, personas, foundation):
    client.force_login(personas["hr"])
    assert "Foundation" in client.get(reverse("cert_programmes:index")).content.decode()
    page = client.get(reverse("cert_programmes:edit", args=[foundation.pk])).content.decode()
    for prefix in ("courses", "exams", "regional_modules"):
        assert f'name="{prefix}-TOTAL_FORMS"' in page


def test_hr_creates_a_programme_with_a_course_an_exam_and_a_regional_module(client, personas, course, exam, regions):
    client.force_login(personas["hr"])
    reply = client.post(reverse("cert_programmes:add"), programme_data(course, exam, regions["DE"]))
    assert reply.status_code == 302, reply.content.decode()[:4000]
    programme = Programme.objects.get(code="foundation")
    assert (programme.level, programme.shadow_count, programme.signoff_required) == (Level.FOUNDATION, 2, True)
    assert programme.courses.get().course_key == course.translation_key
    assert programme.exams.get().for_renewal is True
    module = programme.regional_modules.get()
    assert (module.region, module.exam, module.course_key) == (regions["DE"], exam, None)


def test_courses_are_offered_by_title(client, personas, foundation, course):
    client.force_login(personas["hr"])
    page = client.get(reverse("cert_programmes:edit", args=[foundation.pk])).content.decode()
    assert f'value="{course.translation_key}"' in page and course.title in page


def test_a_regional_module_with_nothing_to_pass_is_refused_on_the_form(client, personas, course, exam, regions):
    client.force_login(personas["hr"])
    data = programme_data(course, exam, regions["DE"])
    data["regional_modules-0-exam"] = ""
    reply = client.post(reverse("cert_programmes:add"), data)
    assert reply.status_code == 200
    assert not Programme.objects.filter(code="foundation").exists()


def test_the_hr_programme_overview_links_to_editing_in_the_cms(client, personas, foundation):
    client.force_login(personas["hr"])
    page = client.get(reverse("certification:programmes")).content.decode()
    assert reverse("cert_programmes:edit", args=[foundation.pk]) in page and reverse("cert_forms:index") in page
