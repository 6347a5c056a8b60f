"""Only HR configures certification in /cms/: learners, heads, assessors and content editors get no access."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from certification.models import EvaluationForm, Level, Programme

OUTSIDERS = ("learner", "head", "assessor", "editor")


@pytest.fixture
def objects(db):
    form = EvaluationForm.objects.create(code="scorecard", name="Scorecard")
    programme = Programme.objects.create(code="f", name="F", level=Level.FOUNDATION, practical_form=form)
    return {"form": form, "programme": programme}


def pages(objects) -> list[str]:
    return [
        reverse("cert_programmes:index"),
        reverse("cert_programmes:add"),
        reverse("cert_programmes:edit", args=[objects["programme"].pk]),
        reverse("cert_forms:index"),
        reverse("cert_forms:add"),
        reverse("cert_forms:edit", args=[objects["form"].pk]),
    ]


def _refused(reply) -> bool:
    # Wagtail sends people without admin access to its sign-in page, and admin users without the permission away
    if reply.status_code == 302:
        return urlsplit(reply.url).path in (reverse("wagtailadmin_login"), reverse("wagtailadmin_home"))
    return reply.status_code == 403


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_people_other_than_hr_cannot_open_the_certification_cms_pages(client, personas, objects, persona):
    client.force_login(personas[persona])
    for url in pages(objects):
        reply = client.get(url)
        assert _refused(reply), (persona, url, reply.status_code)


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_people_other_than_hr_cannot_start_a_form_version_or_change_a_programme(client, personas, objects, persona):
    client.force_login(personas[persona])
    assert _refused(client.post(reverse("cert_forms:new_version", args=[objects["form"].pk])))
    client.post(reverse("cert_programmes:edit", args=[objects["programme"].pk]), {"code": "x", "name": "Changed"})
    assert EvaluationForm.objects.count() == 1
    assert Programme.objects.get().name == "F"


def test_hr_opens_every_certification_cms_page_and_sees_the_menu(client, personas, objects):
    client.force_login(personas["hr"])
    for url in pages(objects):
        assert client.get(url).status_code == 200, url
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Certification" in home and reverse("certification:webhooks") in home


def test_an_editor_does_not_see_the_certification_menu(client, personas):
    client.force_login(personas["editor"])
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("cert_programmes:index") not in home and reverse("certification:webhooks") not in home
