from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError

from interviewing.models import Rule, RulePackVersion
from interviewing.services import (
    lint_questions,
    rule_pack_create,
    rule_pack_draft_start,
    rule_pack_publish,
    rule_pack_review_record,
)

RULE = {
    "key": "age",
    "topic": "age",
    "severity": "risky",
    "law": "A law",
    "explanation_en": "Age is private.",
    "explanation_zh": "年龄属于隐私。",
    "suggestion_en": "Ask about experience.",
    "suggestion_zh": "询问经历。",
    "patterns_en": "how + old @2",
}


@pytest.fixture
def region(demo_regions):
    return demo_regions["US"]


@pytest.fixture
def published(region):
    return rule_pack_create(region=region, rules=[RULE], publish=True)


def test_a_published_version_refuses_changes_to_its_rules(published):
    rule = published.rules.get()
    rule.severity = "caution"
    with pytest.raises(ValidationError):
        rule.save()
    with pytest.raises(ValidationError):
        Rule.objects.create(version=published, **{**RULE, "key": "other"})


def test_a_published_version_cannot_be_deleted_or_edited(published):
    published.notes = "changed"
    with pytest.raises(ValidationError):
        published.save()
    with pytest.raises(ValidationError):
        published.delete()


def test_editing_starts_a_draft_copied_from_the_latest_published_version(published, region):
    draft = rule_pack_draft_start(region=region)
    assert (draft.number, draft.status) == (2, "draft")
    assert list(draft.rules.values_list("key", flat=True)) == ["age"]
    assert rule_pack_draft_start(region=region) == draft  # one draft at a time


def test_the_checker_uses_the_latest_published_version_not_the_draft(published, region):
    draft = rule_pack_draft_start(region=region)
    draft.rules.update(severity="unlawful")
    answer = lint_questions(region="US", language="en", questions=["How old are you?"])
    assert answer["rule_pack"]["version"] == 1
    assert answer["results"][0]["findings"][0]["severity"] == "risky"
    rule_pack_publish(version=draft)
    answer = lint_questions(region="US", language="en", questions=["How old are you?"])
    assert answer["rule_pack"]["version"] == 2
    assert answer["results"][0]["findings"][0]["severity"] == "unlawful"


def test_publishing_twice_or_publishing_an_empty_draft_is_refused(published, region):
    with pytest.raises(ValidationError):
        rule_pack_publish(version=published)
    empty = RulePackVersion.objects.create(region=region, number=5)
    with pytest.raises(ValidationError):
        rule_pack_publish(version=empty)


def test_counsel_can_record_a_review_on_a_published_version(published):
    rule_pack_review_record(
        version=published, status="approved", reviewer="A. Counsel", reviewed_on=datetime.date(2026, 1, 5)
    )
    published.refresh_from_db()
    assert (published.legal_review_status, published.reviewer) == ("approved", "A. Counsel")


def test_an_approval_names_its_reviewer_and_date(published):
    with pytest.raises(ValidationError):
        rule_pack_review_record(version=published, status="approved", reviewer="", reviewed_on=None)


def test_a_rule_with_a_broken_pattern_is_refused(region):
    with pytest.raises(ValidationError):
        rule_pack_create(region=region, rules=[{**RULE, "patterns_en": "how + + old"}])


def test_seeding_twice_changes_nothing(seeded_packs):
    from interviewing.seeding import seed_rule_packs

    assert RulePackVersion.objects.filter(status="published").count() == 11
    assert seed_rule_packs() == {"created": 0, "unchanged": 11, "kept": 0}
    assert RulePackVersion.objects.filter(legal_review_status="unreviewed").count() == 11
