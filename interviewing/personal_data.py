"""Interviewing's part of a person's data (see `org.personal_data`).

Scorecards and kits are the company's hiring records about candidates, not about the interviewer: they stay,
naming the pseudonymous account.
"""

from __future__ import annotations

from org import personal_data

from .models import InterviewKit, RulePackVersion, Scorecard


def export(person) -> dict:
    return {
        "scorecards": personal_data.rows(
            Scorecard.objects.filter(interviewer=person).order_by("submitted_at", "pk"),
            "candidate_reference",
            "form_id",
            "summary",
            "submitted_at",
        ),
        "interview_kits": personal_data.rows(
            InterviewKit.objects.filter(created_by=person).order_by("created_at", "pk"),
            "role",
            "department__code",
            "region__code",
            "level",
            "language",
            "candidate_reference",
            "scheduled_at",
            "created_at",
        ),
        "rule_pack_versions_created": RulePackVersion.objects.filter(created_by=person).count(),
        "rule_pack_versions_published": RulePackVersion.objects.filter(published_by=person).count(),
    }


def erase(person, actor) -> dict[str, int]:
    return {}


COVERS = {
    "interviewing.Scorecard.interviewer": "kept: the hiring record, naming the pseudonymous account",
    "interviewing.InterviewKit.created_by": "kept: the hiring record, naming the pseudonymous account",
    "interviewing.RulePackVersion.created_by": "kept: names the pseudonymous account",
    "interviewing.RulePackVersion.published_by": "kept: names the pseudonymous account",
}


def register() -> None:
    personal_data.register(section="interviewing", export=export, erase=erase, covers=COVERS)
