"""The reports' part of a person's data (see `org.personal_data`)."""

from __future__ import annotations

from org import personal_data

from .models import CoverageTarget, DigestDelivery, ExpiryNudge


def export(person) -> dict:
    return {
        "weekly_digests": personal_data.rows(
            DigestDelivery.objects.filter(recipient=person).order_by("week"), "week", "created_at"
        ),
        "coverage_targets_set": CoverageTarget.objects.filter(updated_by=person).count(),
        "expiry_nudges_sent": ExpiryNudge.objects.filter(sent_by=person).count(),
    }


def erase(person, actor) -> dict[str, int]:
    deleted, _detail = DigestDelivery.objects.filter(recipient=person).delete()
    return {"weekly_digests_deleted": deleted}


COVERS = {
    "reports.DigestDelivery.recipient": "deleted",
    "reports.CoverageTarget.updated_by": "kept: names the pseudonymous account",
    "reports.ExpiryNudge.sent_by": "kept: names the pseudonymous account",
}


def register() -> None:
    personal_data.register(section="reports", export=export, erase=erase, covers=COVERS)
