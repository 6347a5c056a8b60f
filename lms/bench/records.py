"""bench_seed, part two: finished exam attempts (items and responses) and certificates with their history.

Attempts are finished and final, scored as the grading service would score objective items (a fraction per item,
the score the sum of fraction × mark, passed at the exam's pass mark). Certificates keep the certification rules the
database holds (one live certificate per person and programme, validity in order) and the ones it does not: every
certificate has an `issued` change at its start and a change for each later status, so the gate's answer for a
past time comes out of the history as it does for real ones. Audit events, notifications and webhooks, which the
services write beside each change, are left out: nothing reads them on the measured paths.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from certification.models import Certificate, Endorsement, Programme, StatusChange
from certification.services.codes import code_generate
from exams.models import Attempt, AttemptItem, Exam, Response
from question_bank.models import QuestionVersion

from . import rows
from .seed import Bank

CHUNK = 2000  # attempts written per transaction, with their items and responses


def _answer(version: dict, right: bool, rng: random.Random) -> tuple[dict, Decimal]:
    answers = version["answers"]
    if version["kind"] == "multi":
        good = [pk for pk, f in answers if f > 0]
        bad = [pk for pk, f in answers if f <= 0]
        return ({"choices": good}, Decimal(1)) if right else ({"choices": good[:1] + bad[:1]}, Decimal(0))
    best = max(answers, key=lambda a: a[1])[0]
    wrong = [pk for pk, f in answers if f <= 0]
    return ({"choice": best}, Decimal(1)) if right else ({"choice": rng.choice(wrong)}, Decimal(0))


def _draw(sections: list, bank: Bank, language: str, rng: random.Random) -> list[tuple]:
    """(section, version id) per slot: the English draw, swapped for its Chinese twin for Chinese speakers."""
    slots = []
    for section in sections:
        for version_id in rng.sample(bank.by_category[section.category_id], section.count):
            if language == "zh-hans":
                version_id = bank.twin[version_id]
            slots.append((section, version_id))
    return slots


ATTEMPT_FIELDS = [
    "id",
    "exam",
    "user",
    "number",
    "state",
    "language",
    "started_at",
    "deadline",
    "finished_at",
    "score",
    "max_score",
    "percent",
    "passed",
    "finalised_at",
    "notices",
]
ITEM_FIELDS = [
    "id",
    "attempt",
    "slot",
    "page",
    "section",
    "question",
    "version",
    "choice_order",
    "mark",
    "language_fallback",
]
RESPONSE_FIELDS = [
    "id",
    "item",
    "answer",
    "saved_at",
    "fraction",
    "needs_grading",
    "full_marks_given",
    "rubric_scores",
    "comment",
]


def attempts_seed(*, people: list[int], exams: list[Exam], bank: Bank, rng: random.Random, languages: dict) -> int:
    """One finished attempt per person at each exam: 10 attempts a person with the ten bench exams."""
    now = timezone.now()
    sections = {exam.pk: list(exam.sections.order_by("sort_order")) for exam in exams}
    ids = {"attempt": rows.next_id(Attempt), "item": rows.next_id(AttemptItem), "response": rows.next_id(Response)}
    adapt = rows.adapt
    empty_list, zero, one = adapt([]), adapt(Decimal(0)), adapt(Decimal(1))
    pending: dict[str, list] = {"attempt": [], "item": [], "response": []}
    made = 0

    def flush() -> None:
        with transaction.atomic():
            rows.insert(Attempt, ATTEMPT_FIELDS, pending["attempt"])
            rows.insert(AttemptItem, ITEM_FIELDS, pending["item"])
            rows.insert(Response, RESPONSE_FIELDS, pending["response"])
        for batch in pending.values():
            batch.clear()

    for n, person in enumerate(people):
        ability = 0.4 + 0.58 * ((n * 7919) % 1000) / 1000
        language = languages[person]
        for exam in exams:
            attempt_id = ids["attempt"]
            ids["attempt"] += 1
            started = now - timedelta(days=rng.randrange(30, 700), minutes=rng.randrange(1440))
            saved = adapt(started)
            score, max_score = Decimal(0), Decimal(0)
            for slot, (section, version_id) in enumerate(_draw(sections[exam.pk], bank, language, rng), start=1):
                version = bank.versions[version_id]
                answer, fraction = _answer(version, rng.random() < ability, rng)
                mark = section.marks_per_question
                score += fraction * mark
                max_score += mark
                options = [pk for pk, _f in version["answers"]]
                rng.shuffle(options)
                item_id = ids["item"]
                ids["item"] += 1
                pending["item"].append(
                    (
                        item_id,
                        attempt_id,
                        slot,
                        (slot - 1) // exam.questions_per_page + 1,
                        section.pk,
                        version["question"],
                        version_id,
                        adapt({"options": options, "stems": []}),
                        adapt(mark),
                        False,
                    )
                )
                pending["response"].append(
                    (
                        ids["response"],
                        item_id,
                        adapt(answer),
                        saved,
                        one if fraction else zero,
                        False,
                        False,
                        empty_list,
                        "",
                    )
                )
                ids["response"] += 1
            percent = (score * 100 / max_score).quantize(Decimal("0.01")) if max_score else Decimal(0)
            minutes = max(1, int(exam.time_limit_minutes * (0.5 + rng.random() * 0.45)))
            finished = adapt(started + timedelta(minutes=minutes))
            pending["attempt"].append(
                (
                    attempt_id,
                    exam.pk,
                    person,
                    1,
                    Attempt.State.FINISHED.value,
                    language,
                    saved,
                    adapt(started + timedelta(minutes=exam.time_limit_minutes)),
                    finished,
                    adapt(score),
                    adapt(max_score),
                    adapt(percent),
                    percent >= exam.pass_mark_percent,
                    finished,
                    empty_list,
                )
            )
            made += 1
            if len(pending["attempt"]) >= CHUNK:
                flush()
    flush()
    rows.sequences_reset(Attempt, AttemptItem, Response)
    # a version an attempt used is frozen (question_bank's rule); the bench bank is all in use
    QuestionVersion.objects.filter(pk__in=list(bank.versions), used_at__isnull=True).update(used_at=now)
    return made


def _unique_codes(count: int) -> list[str]:
    taken = set(Certificate.objects.values_list("code", flat=True))
    codes: list[str] = []
    while len(codes) < count:
        code = code_generate()
        if code not in taken:
            taken.add(code)
            codes.append(code)
    return codes


def certificates_seed(
    *, people: list[int], programmes: dict[str, Programme], departments: dict, regions: list, rng: random.Random
) -> int:
    """Four certificates a person: an expired and a live Foundation, an expired and a live-or-revoked Senior.

    Live Foundation certificates are 90% active, 4% suspended and 6% revoked; live Senior ones half active, half
    revoked. Each covers the holder's department and is endorsed for their home region and one more.
    """
    now = timezone.now()
    S, K = Certificate.Status, StatusChange.Kind
    plans = []  # (certificate, [(kind, status, at)], person, [region ids])
    codes = iter(_unique_codes(4 * len(people)))
    for person in people:
        home = departments[person][1]
        extra = regions[rng.randrange(len(regions))].pk
        scope = sorted({home, extra})
        for programme, live_roll in (("foundation", rng.random()), ("senior", rng.random())):
            months = programmes[programme].validity_months
            span = timedelta(days=round(months * 30.44))
            old_from = now - span - timedelta(days=rng.randrange(30, 400))
            plans.append(
                (
                    Certificate(programme=programmes[programme], status=S.EXPIRED, valid_from=old_from),
                    [(K.ISSUED, S.ACTIVE, old_from), (K.EXPIRED, S.EXPIRED, old_from + span)],
                    person,
                    scope,
                )
            )
            live_from = now - timedelta(days=rng.randrange(1, 600))
            history = [(K.ISSUED, S.ACTIVE, live_from)]
            later = live_from + (now - live_from) / 2
            if programme == "foundation":
                status = S.ACTIVE if live_roll < 0.90 else (S.SUSPENDED if live_roll < 0.94 else S.REVOKED)
            else:
                status = S.ACTIVE if live_roll < 0.5 else S.REVOKED
            if status != S.ACTIVE:
                history.append((K(status), status, later))
            plans.append(
                (
                    Certificate(programme=programmes[programme], status=status, valid_from=live_from),
                    history,
                    person,
                    scope,
                )
            )
    adapt = rows.adapt
    ids = {m: rows.next_id(m) for m in (Certificate, Endorsement, StatusChange)}
    through = Certificate.departments.through
    ids[through] = rows.next_id(through)
    out: dict = {m: [] for m in ids}
    issued = adapt(now)
    for certificate, history, person, scope in plans:
        programme = certificate.programme
        pk = ids[Certificate]
        ids[Certificate] += 1
        valid_until = certificate.valid_from + timedelta(days=round(programme.validity_months * 30.44))
        valid_from = adapt(certificate.valid_from)
        out[Certificate].append(
            (
                pk,
                next(codes),
                person,
                programme.pk,
                programme.level,
                certificate.status,
                valid_from,
                adapt(valid_until),
                issued,
                "bench_seed",
                "",
                Certificate.PdfState.PENDING.value,
            )
        )
        out[through].append((ids[through], pk, departments[person][0]))
        ids[through] += 1
        for region in scope:
            out[Endorsement].append((ids[Endorsement], pk, region, valid_from, ""))
            ids[Endorsement] += 1
        for kind, status, at in history:
            out[StatusChange].append((ids[StatusChange], pk, kind.value, status.value, adapt(at), "bench_seed"))
            ids[StatusChange] += 1
    fields = {
        Certificate: [
            "id",
            "code",
            "holder",
            "programme",
            "level",
            "status",
            "valid_from",
            "valid_until",
            "issued_at",
            "evidence_note",
            "pdf",
            "pdf_state",
        ],
        through: ["id", "certificate", "department"],
        Endorsement: ["id", "certificate", "region", "added_at", "note"],
        StatusChange: ["id", "certificate", "kind", "status", "at", "reason"],
    }
    with transaction.atomic():
        for model, batch in out.items():
            rows.insert(model, fields[model], batch)
        rows.sequences_reset(*out)
    return len(plans)
