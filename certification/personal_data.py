"""Certification's part of a person's data (see `org.personal_data`).

On erasure every live certificate is revoked (its history gains one entry; nothing is rewritten), so the gate
never lists the person and /verify/ shows "holder erased"; evidence stays as the record certificates rest on,
with the free text written about the person cleared, until the retention task deletes it.
"""

from __future__ import annotations

from org import personal_data
from org.personal_data import ERASED_TEXT

from .models import (
    HOLDING_STATES,
    ApiKey,
    Certificate,
    Endorsement,
    EvaluationRequest,
    InterviewAssignment,
    PerformanceRecord,
    Practical,
    PracticalScore,
    ShadowLog,
    SignOff,
    StatusChange,
)

ERASURE_REASON = "holder's personal data erased"


def export(person) -> dict:
    rows = personal_data.rows
    return {
        "certificates": rows(
            Certificate.objects.filter(holder=person).order_by("issued_at", "pk"),
            "code",
            "programme__code",
            "level",
            "status",
            "valid_from",
            "valid_until",
            "issued_at",
            "evidence_note",
        ),
        "certificate_departments": rows(
            Certificate.departments.through.objects.filter(certificate__holder=person).order_by("pk"),
            "certificate__code",
            "department__code",
        ),
        "endorsements": rows(
            Endorsement.objects.filter(certificate__holder=person).order_by("certificate_id", "added_at"),
            "certificate__code",
            "region__code",
            "added_at",
            "note",
        ),
        "status_history": rows(
            StatusChange.objects.filter(certificate__holder=person).order_by("certificate_id", "at", "pk"),
            "certificate__code",
            "kind",
            "status",
            "at",
            "reason",
        ),
        "shadow_logs": rows(
            ShadowLog.objects.filter(person=person).order_by("date", "pk"),
            "kind",
            "date",
            "role",
            "region__code",
            "notes",
            "mentor_id",
            "state",
            "verdict",
            "feedback",
            "confirmed_at",
        ),
        "practicals": rows(
            Practical.objects.filter(person=person).order_by("scored_at", "pk"),
            "pk",
            "programme__code",
            "form_id",
            "assessor_id",
            "average",
            "passed",
            "comments",
            "scored_at",
        ),
        "practical_scores": rows(
            PracticalScore.objects.filter(practical__person=person).order_by("practical_id", "pk"),
            "practical_id",
            "dimension_id",
            "score",
            "note",
        ),
        "sign_offs": rows(
            SignOff.objects.filter(person=person).order_by("requested_at", "pk"),
            "programme__code",
            "department__code",
            "state",
            "statement",
            "reason",
            "requested_at",
            "decided_by_id",
            "decided_at",
        ),
        "performance_records": rows(
            PerformanceRecord.objects.filter(person=person).order_by("recorded_at", "pk"),
            "rating",
            "period",
            "recorded_at",
        ),
        "interview_assignments": rows(
            InterviewAssignment.objects.filter(interviewer=person).order_by("scheduled_at", "pk"),
            "candidate_reference",
            "role",
            "department__code",
            "region__code",
            "level",
            "scheduled_at",
            "flagged_at",
            "flag_reason",
        ),
        "api_keys_created": rows(
            ApiKey.objects.filter(created_by=person).order_by("pk"), "name", "prefix", "created_at", "revoked_at"
        ),
        "shadow_logs_as_mentor": ShadowLog.objects.filter(mentor=person).count(),
        "practicals_scored_as_assessor": Practical.objects.filter(assessor=person).count(),
    }


def erase(person, actor) -> dict[str, int]:
    from .services.certificates import certificate_revoke
    from .services.pdf import pdf_request

    live = list(Certificate.objects.filter(holder=person, status__in=HOLDING_STATES).select_related("programme"))
    for certificate in live:
        certificate_revoke(certificate=certificate, actor=actor, reason=ERASURE_REASON, notify=False)
    # a PDF printed the name: render it again (it then says "Erased person"); the old file is deleted with it
    printed = [] if person.erased_at else list(Certificate.objects.filter(holder=person).exclude(pdf=""))
    for certificate in printed:
        pdf_request(certificate=certificate)
    pending_signoffs, _detail = SignOff.objects.filter(person=person, state=SignOff.State.PENDING).delete()
    evaluations, _detail = EvaluationRequest.objects.filter(person=person).delete()
    return {
        "certificates_revoked": len(live),
        "certificate_pdfs_rendered_again": len(printed),
        "certificate_notes_cleared": Certificate.objects.filter(holder=person)
        .exclude(evidence_note="")
        .update(evidence_note=""),
        "endorsement_notes_cleared": Endorsement.objects.filter(certificate__holder=person)
        .exclude(note="")
        .update(note=""),
        "shadow_logs_cleared": ShadowLog.objects.filter(person=person).update(notes="", feedback=""),
        "practicals_cleared": Practical.objects.filter(person=person).update(comments=""),
        "practical_notes_cleared": PracticalScore.objects.filter(practical__person=person).update(note=""),
        "sign_offs_cleared": SignOff.objects.filter(person=person).update(statement="")
        + SignOff.objects.filter(person=person, state=SignOff.State.DECLINED).update(reason=ERASED_TEXT),
        "pending_sign_offs_deleted": pending_signoffs,
        "pending_evaluations_deleted": evaluations,
    }


COVERS = {
    "certification.Certificate.holder": "kept; live certificates revoked, PDFs rendered again, notes cleared",
    "certification.Certificate.recorded_by": "kept: names the pseudonymous account",
    "certification.StatusChange.actor": "kept: the history is never rewritten",
    "certification.ShadowLog.person": "kept; notes and feedback cleared; the retention task deletes it later",
    "certification.ShadowLog.mentor": "kept: names the pseudonymous account",
    "certification.Practical.person": "kept; comments cleared; the retention task deletes it later",
    "certification.Practical.assessor": "kept: names the pseudonymous account",
    "certification.SignOff.person": "kept; statement and reason cleared; pending requests deleted",
    "certification.SignOff.decided_by": "kept: names the pseudonymous account",
    "certification.PerformanceRecord.person": "kept; the retention task deletes it later",
    "certification.PerformanceRecord.recorded_by": "kept: names the pseudonymous account",
    "certification.EvaluationRequest.person": "deleted",
    "certification.InterviewAssignment.interviewer": "kept; future interviews are flagged for a new interviewer",
    "certification.InterviewAssignment.created_by": "kept: names the pseudonymous account",
    "certification.ApiKey.created_by": "kept: names the pseudonymous account; the key itself is not personal",
}


def register() -> None:
    personal_data.register(section="certification", export=export, erase=erase, covers=COVERS)
