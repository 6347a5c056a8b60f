"""HR edits evaluation forms with their dimensions and anchored scores in /cms/; a used form is not changed in place."""

from __future__ import annotations

import pytest
from django.urls import reverse

from certification.models import Dimension, EvaluationForm, Level, Practical, Programme
from tests.factories import UserFactory


def form_data(**overrides) -> dict:
    data = {
        "code": "scorecard",
        "name": "Standard interview scorecard",
        "name_zh": "标准化面试评价表",
        "dimensions-TOTAL_FORMS": "1",
        "dimensions-INITIAL_FORMS": "0",
        "dimensions-MIN_NUM_FORMS": "0",
        "dimensions-MAX_NUM_FORMS": "1000",
        "dimensions-0-id": "",
        "dimensions-0-ORDER": "1",
        "dimensions-0-DELETE": "",
        "dimensions-0-order": "1",
        "dimensions-0-name": "Structured probing",
        "dimensions-0-name_zh": "结构化追问",
    }
    for score in range(1, 6):
        data[f"dimensions-0-anchor_{score}_en"] = f"Looks like {score}"
        data[f"dimensions-0-anchor_{score}_zh"] = f"表现 {score}" if score != 3 else ""
    data.update(overrides)
    return data


@pytest.fixture
def scorecard(db):
    form = EvaluationForm.objects.create(code="scorecard", name="Scorecard")
    Dimension.objects.create(form=form, order=1, name="Probing", anchors=[{"score": 1, "en": "Vague", "zh": "含糊"}])
    return form


def test_hr_creates_a_form_with_a_dimension_and_its_anchors(client, personas):
    client.force_login(personas["hr"])
    reply = client.post(reverse("cert_forms:add"), form_data())
    assert reply.status_code == 302, reply.content.decode()[:3000]
    dimension = EvaluationForm.objects.get(code="scorecard").dimensions.get()
    assert dimension.name_zh == "结构化追问"
    assert dimension.anchors[0] == {"score": 1, "en": "Looks like 1", "zh": "表现 1"}
    assert dimension.anchors[2] == {"score": 3, "en": "Looks like 3", "zh": ""}
    assert len(dimension.anchors) == 5


def test_the_edit_page_shows_each_anchor_in_both_languages(client, personas, scorecard):
    client.force_login(personas["hr"])
    page = client.get(reverse("cert_forms:edit", args=[scorecard.pk])).content.decode()
    assert 'name="dimensions-0-anchor_1_zh"' in page and "含糊" in page and 'name="dimensions-0-anchor_5_en"' in page


def test_an_unused_form_is_edited_in_place(client, personas, scorecard):
    client.force_login(personas["hr"])
    dimension = scorecard.dimensions.get()
    data = form_data(
        **{"dimensions-INITIAL_FORMS": "1", "dimensions-0-id": str(dimension.pk), "dimensions-0-name": "Renamed"}
    )
    reply = client.post(reverse("cert_forms:edit", args=[scorecard.pk]), data)
    assert reply.status_code == 302, reply.content.decode()[:3000]
    assert EvaluationForm.objects.get().dimensions.get().name == "Renamed"


@pytest.fixture
def used(scorecard, holder, other_department, issue):
    assessor = UserFactory(username="assessor1", department=other_department)
    issue(assessor, Programme.objects.create(code="assessor", name="Assessor", level=Level.ASSESSOR))
    programme = Programme.objects.create(code="f", name="F", level=Level.FOUNDATION, practical_form=scorecard)
    return Practical.objects.create(
        person=holder, programme=programme, form=scorecard, assessor=assessor, average=4, passed=True
    )


def test_a_used_form_offers_a_new_version_instead_of_its_edit_form(client, personas, scorecard, used):
    client.force_login(personas["hr"])
    page = client.get(reverse("cert_forms:edit", args=[scorecard.pk])).content.decode()
    assert reverse("cert_forms:new_version", args=[scorecard.pk]) in page
    assert "dimensions-TOTAL_FORMS" not in page
    reply = client.post(reverse("cert_forms:edit", args=[scorecard.pk]), form_data(name="Changed"))
    assert EvaluationForm.objects.get(pk=scorecard.pk).name == "Scorecard" and reply.status_code == 200


def test_starting_a_new_version_copies_the_form_and_opens_it_for_editing(client, personas, scorecard, used):
    client.force_login(personas["hr"])
    reply = client.post(reverse("cert_forms:new_version", args=[scorecard.pk]))
    new = EvaluationForm.objects.get(is_current=True)
    assert new.version == 2 and reply.url == reverse("cert_forms:edit", args=[new.pk])
    assert new.dimensions.get().anchors == [{"score": 1, "en": "Vague", "zh": "含糊"}]
    assert client.get(reply.url).status_code == 200
