from __future__ import annotations

import pytest

from interviewing.models import RulePackVersion


@pytest.fixture
def hr(client, personas, seeded_packs):
    client.force_login(personas["hr"])
    return client


def test_hr_sees_the_rule_packs_in_the_cms(hr):
    response = hr.get("/cms/rule_packs/")
    assert response.status_code == 200
    assert "US v1" in response.content.decode()


def test_a_published_version_offers_a_draft_instead_of_an_edit_form(hr):
    version = RulePackVersion.objects.get(region__code="DE")
    response = hr.get(f"/cms/rule_packs/edit/{version.pk}/")
    assert response.status_code == 200
    assert "Start a new draft" in response.content.decode()
    response = hr.post(f"/cms/rule_packs/{version.pk}/draft/")
    draft = RulePackVersion.objects.get(region__code="DE", status="draft")
    assert response.status_code == 302 and response["Location"].endswith(f"/edit/{draft.pk}/")
    assert hr.get(f"/cms/rule_packs/edit/{draft.pk}/").status_code == 200


def test_hr_publishes_a_draft(hr):
    version = RulePackVersion.objects.get(region__code="JP")
    hr.post(f"/cms/rule_packs/{version.pk}/draft/")
    draft = RulePackVersion.objects.get(region__code="JP", status="draft")
    hr.post(f"/cms/rule_packs/{draft.pk}/publish/")
    draft.refresh_from_db()
    assert draft.is_published


def test_editors_may_not_start_drafts_or_publish(client, personas, seeded_packs):
    client.force_login(personas["editor"])
    version = RulePackVersion.objects.get(region__code="US")
    assert client.post(f"/cms/rule_packs/{version.pk}/draft/").status_code in (302, 403)
    assert not RulePackVersion.objects.filter(status="draft").exists()
    assert client.get("/cms/rule_packs/").status_code in (302, 403)


def test_the_list_costs_the_same_queries_for_more_packs(hr, demo_regions):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from interviewing.services import rule_pack_draft_start

    def count():
        with CaptureQueriesContext(connection) as ctx:
            hr.get("/cms/rule_packs/")
        return len(ctx)

    before = count()
    for region in demo_regions.values():
        rule_pack_draft_start(region=region)
    assert count() == before
