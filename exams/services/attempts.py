"""An attempt's life: start (draw and freeze), autosave, submit (grade once), close overdue, finalise.

The server's clock is the only clock: `timezone.now()` at arrival decides whether an answer counts, and the
deadline stored at start is the truth the page's timer only displays.

States follow Moodle's quiz attempts: `inprogress` until the deadline; `overdue` once the deadline has passed but
nobody has closed the attempt yet (answers still in flight within the grace are accepted); then either `finished`
(submitted by the learner, or closed by the server from what was saved, finishing at the deadline) or `abandoned`
(the time ran out and the learner never saved an answer: closed at the deadline without a result; it still uses
up one attempt and starts the cool-down, so walking away cannot be used to preview the questions for free).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, router, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from question_bank.scoring import score_response
from question_bank.services.questions import question_version_mark_used

from ..models import Attempt, AttemptItem, Response
from ..models.attempts import OPEN_STATES
from .answers import answer_from_form, is_answered
from .drawing import draw_items, exam_plan, frozen_order_from_data, version_data, versions_by_id
from .finalise import attempt_finalise
from .rules import deadline_for, is_insider, standing

LANGUAGES = ("en", "zh-hans")


class AttemptClosed(ValidationError):
    """The attempt no longer takes answers; the message says why, in the learner's language."""


def _normalise_language(language: str | None) -> str:
    language = (language or "en").lower()
    return "zh-hans" if language.startswith("zh") else "en"


def attempt_start(*, exam, user, language: str | None = None) -> Attempt:
    """Start an attempt, or return the one already in progress (a second click or tab resumes it).

    The reading (the rules, the insider check, the draw and the items' frozen order) happens before the write
    transaction, so the write lock (SQLite's `BEGIN IMMEDIATE`) is held only for the checks that must be race-free
    and the inserts. Safe under concurrent starts: inside the transaction the person's row is locked and the
    attempt count, cool-down and open attempt are read again, and the partial unique constraint
    `exams_attempt_one_in_progress` refuses a second open attempt even where the lock is not held.
    """
    language = _normalise_language(language)
    prepared = _prepare_start(exam=exam, user=user, language=language)
    try:
        return _attempt_start(exam=exam, user=user, language=language, prepared=prepared)
    except IntegrityError:
        existing = Attempt.objects.filter(exam=exam, user=user, state__in=OPEN_STATES).first()
        if existing is None:
            raise
        return existing


@dataclass
class _Prepared:
    """An attempt's items drawn and frozen before the transaction: only the inserts are left."""

    items: list[dict]
    max_score: Decimal
    notices: list[str]
    version_ids: list[int]  # the drawn versions not yet marked used


def _prepare_start(*, exam, user, language: str) -> _Prepared | None:
    """Check and draw without writing; None when the person has an attempt to resume (nothing to draw).

    Blockers and the insider rule are checked here first, so a refused start never draws; the transaction
    checks the rules that can change in between (attempts, cool-down, open attempt) again.
    """
    now = timezone.now()
    position = standing(exam=exam, user=user, now=now)
    if position.open_attempt is not None:
        if not _late(position.open_attempt, now, exam=exam):
            return None
    elif position.blockers:
        raise ValidationError(position.blockers)
    return _draw(exam=exam, user=user, language=language)


def _draw(*, exam, user, language: str) -> _Prepared:
    plan = exam_plan(exam)
    if is_insider(exam=exam, user=user, sections=plan.sections):
        raise PermissionDenied(_("You wrote or can edit this exam's questions, so you cannot sit it."))
    drawn = draw_items(exam=exam, language=language, plan=plan)
    if not drawn:
        raise ValidationError(_("This exam has no questions yet. Please tell HR."))
    versions = version_data(d.version_id for d in drawn)
    items = [
        {
            "slot": slot,
            "page": (slot - 1) // exam.questions_per_page + 1,
            "section_id": d.section_id,
            "question_id": d.question_id,
            "version_id": d.version_id,
            "choice_order": frozen_order_from_data(versions[d.version_id], shuffle=exam.shuffle_choices),
            "mark": d.mark,
            "language_fallback": d.language_fallback,
        }
        for slot, d in enumerate(drawn, start=1)
    ]
    return _Prepared(
        items=items,
        max_score=sum((Decimal(d.mark) for d in drawn), Decimal(0)),
        notices=["language_fallback"] if any(d.language_fallback for d in drawn) else [],
        version_ids=[pk for pk, data in versions.items() if not data["used"]],
    )


@transaction.atomic
def _attempt_start(*, exam, user, language: str, prepared: _Prepared | None) -> Attempt:
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    now = timezone.now()
    # the person's attempts at this exam, read once under their lock: an open one left past its deadline and grace
    # is closed first, then the race-free rules and the next number come from the same list
    attempts = list(Attempt.objects.filter(exam=exam, user=user).order_by("number"))
    for n, attempt in enumerate(attempts):
        if attempt.is_open and attempt.deadline < now and _late(attempt, now, exam=exam):
            attempts[n] = _close_if_expired(pk=attempt.pk, now=now)
    position = standing(exam=exam, user=user, attempts=attempts, now=now)
    if position.open_attempt is not None:
        return position.open_attempt
    if position.blockers:
        raise ValidationError(position.blockers)
    if prepared is None:
        # the attempt to resume was closed in between (submitted in another tab): draw now, under the lock
        prepared = _draw(exam=exam, user=user, language=language)
    attempt = Attempt.objects.create(
        exam=exam,
        user=user,
        number=max((a.number for a in attempts), default=0) + 1,
        language=language,
        started_at=now,
        deadline=deadline_for(exam=exam, started_at=now, extra_minutes=position.extra_minutes),
        max_score=prepared.max_score,
        notices=prepared.notices,
    )
    AttemptItem.objects.bulk_create([AttemptItem(attempt=attempt, **item) for item in prepared.items])
    _create_responses(attempt)
    # from now on these versions never change: editing them makes a new version (those already used are left out)
    if prepared.version_ids:
        question_version_mark_used(version_ids=prepared.version_ids)
    return attempt


def _create_responses(attempt: Attempt) -> None:
    """One empty response per item of the attempt, in one statement that reads the item ids itself
    (`INSERT ... SELECT`): the same rows `bulk_create` would write, with each field's default."""
    connection = transaction.get_connection(router.db_for_write(Response))
    quote = connection.ops.quote_name
    columns, values, params = [], [], []
    for field in Response._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(quote(field.column))
        if field.name == "item":
            values.append(quote(AttemptItem._meta.pk.column))
        else:
            values.append("%s")
            params.append(field.get_db_prep_save(field.get_default(), connection))
    item_table = quote(AttemptItem._meta.db_table)
    attempt_column = quote(AttemptItem._meta.get_field("attempt").column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(Response._meta.db_table)} ({', '.join(columns)}) "  # noqa: S608 - names from _meta
            f"SELECT {', '.join(values)} FROM {item_table} WHERE {attempt_column} = %s",
            [*params, attempt.pk],
        )


def _late(attempt: Attempt, now, *, exam=None) -> bool:
    return now > attempt.deadline + timedelta(seconds=(exam or attempt.exam).grace_seconds)


def _mark_overdue(attempt: Attempt, now) -> None:
    if attempt.state == Attempt.State.IN_PROGRESS and now > attempt.deadline:
        attempt.state = Attempt.State.OVERDUE
        attempt.save(update_fields=["state"])


def _close_if_expired(*, pk: int, now) -> Attempt:
    """An open attempt left past its deadline and grace is closed (under its lock) before the person may start
    another; returns it as it is now."""
    attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=pk)
    if attempt.is_open and _late(attempt, now):
        _close_expired_locked(attempt=attempt, now=now)
    return attempt


class _TooLate(Exception):
    pass


def response_save(*, attempt: Attempt, user, answers: dict) -> list[Response]:
    """Save answers ({slot: form data}); idempotent. Refused once the attempt is closed or the time is up.

    An answer arriving after the deadline plus the grace is refused and the attempt is submitted from what was
    saved before (in its own transaction, so the refusal does not undo the submit); the caller shows the message.
    """
    try:
        return _response_save(attempt=attempt, user=user, answers=answers)
    except _TooLate:
        closed = attempt_submit(attempt=attempt)
        if closed.state == Attempt.State.ABANDONED:
            raise AttemptClosed(
                _(
                    "Time is up: this answer arrived after the deadline and was not saved. No answer was saved "
                    "before the deadline, so the attempt was closed without a result."
                )
            ) from None
        raise AttemptClosed(
            _(
                "Time is up: this answer arrived after the deadline and was not saved. Your attempt has been "
                "submitted with the answers saved before the deadline."
            )
        ) from None


@transaction.atomic
def _response_save(*, attempt: Attempt, user, answers: dict) -> list[Response]:
    now = timezone.now()
    attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=attempt.pk)
    if attempt.user_id != user.pk:
        raise PermissionDenied
    if not attempt.is_open:
        raise AttemptClosed(_("This attempt has been submitted; answers can no longer be changed."))
    if _late(attempt, now):
        raise _TooLate
    _mark_overdue(attempt, now)
    items = {
        i.slot: i
        for i in AttemptItem.objects.filter(attempt=attempt, slot__in=list(answers))
        .select_related("response")
        .annotate(kind=F("version__question__qtype"))
    }
    saved = []
    for slot, data in answers.items():
        item = items.get(slot)
        if item is None:
            continue
        response = item.response
        response.answer = answer_from_form(item, data, kind=item.kind)
        response.saved_at = now
        saved.append(response)
    if len(saved) == 1:
        saved[0].save(update_fields=["answer", "saved_at"])
    elif saved:
        Response.objects.bulk_update(saved, ["answer", "saved_at"])  # one statement for the page
    return saved


def attempt_submit(*, attempt: Attempt, user=None) -> Attempt:
    """Close and grade the attempt. A second submit (another tab, a stale page, a retry) changes nothing.

    The items' versions (the answer key) are read before the write transaction: a used version never changes, so
    only the answers need the lock, and on SQLite the write lock is held for the scoring alone, not the reads."""
    versions = None
    if attempt.is_open and (user is None or attempt.user_id == user.pk):
        used = AttemptItem.objects.filter(attempt_id=attempt.pk).values_list("version_id", flat=True)
        versions = versions_by_id(used)
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=attempt.pk)
        if user is not None and attempt.user_id != user.pk:
            raise PermissionDenied
        if not attempt.is_open:
            return attempt
        now = timezone.now()
        if _late(attempt, now):
            return _close_expired_locked(attempt=attempt, now=now, versions=versions)
        return _submit_locked(attempt=attempt, now=now, versions=versions)


def attempt_check_time(*, attempt: Attempt) -> Attempt:
    """Bring an open attempt's state up to the server's clock when its page is opened.

    Past the deadline it becomes `overdue`; past the deadline plus grace it is closed (finished from what was
    saved, or abandoned if nothing was), as the sweep would within a minute. Before the deadline (which never
    moves) there is nothing to bring up to date: no transaction, no lock, no second read.
    """
    if not attempt.is_open or timezone.now() <= attempt.deadline:
        return attempt
    return _check_time_locked(pk=attempt.pk)


@transaction.atomic
def _check_time_locked(*, pk: int) -> Attempt:
    now = timezone.now()
    attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=pk)
    if not attempt.is_open or now <= attempt.deadline:
        return attempt
    if _late(attempt, now):
        return _close_expired_locked(attempt=attempt, now=now)
    _mark_overdue(attempt, now)
    return attempt


def _submit_locked(*, attempt: Attempt, now, notify: bool = True, versions: dict | None = None) -> Attempt:
    # a submit after the deadline (a closed laptop, the overdue sweep) finishes at the deadline
    attempt.finished_at = min(now, attempt.deadline) if _late(attempt, now) else now
    attempt.state = Attempt.State.FINISHED
    attempt.save(update_fields=["state", "finished_at"])
    items = list(AttemptItem.objects.filter(attempt=attempt).select_related("response").order_by("slot"))
    versions = dict(versions or {})
    if missing := {i.version_id for i in items} - versions.keys():  # none when read before the lock
        versions.update(versions_by_id(missing))
    scored: dict = {}  # (fraction, needs grading): response ids, so equal scores are written in one UPDATE
    for item in items:
        response = item.response
        fraction, _detail = score_response(versions[item.version_id], response.answer)
        response.fraction = fraction
        response.needs_grading = fraction is None
        scored.setdefault((fraction, response.needs_grading), []).append(response.pk)
    for (fraction, needs_grading), ids in scored.items():
        Response.objects.filter(pk__in=ids).update(fraction=fraction, needs_grading=needs_grading)
    if not any(i.response.needs_grading for i in items):
        attempt_finalise(attempt=attempt, notify=notify, items=items)
    elif notify:
        _notify_awaiting(attempt)
    return attempt


def _close_expired_locked(*, attempt: Attempt, now, notify: bool = True, versions: dict | None = None) -> Attempt:
    """Close an attempt whose time ran out before the learner submitted it: finished at the deadline from what
    was saved, or abandoned (no result) when not a single answer was saved."""
    responses = Response.objects.filter(item__attempt=attempt).only("answer")
    if any(is_answered(r.answer) for r in responses):
        return _submit_locked(attempt=attempt, now=now, notify=notify, versions=versions)
    attempt.state = Attempt.State.ABANDONED
    attempt.finished_at = attempt.deadline
    attempt.save(update_fields=["state", "finished_at"])
    if notify:
        _notify_learner(attempt, kind="exam_abandoned")
    return attempt


def _notify_awaiting(attempt: Attempt) -> None:
    _notify_learner(attempt, kind="exam_awaiting_grading")


def _notify_learner(attempt: Attempt, *, kind: str) -> None:
    from django.urls import reverse

    from org.services.notifications import notification_send

    notification_send(
        recipient=attempt.user,
        kind=kind,
        context={"exam": attempt.exam, "attempt": attempt},
        url=reverse("exams:result", kwargs={"pk": attempt.pk}),
    )


def attempts_close_overdue() -> int:
    """The sweep: mark open attempts past their deadline `overdue`, then close those past the grace as well.

    Each is closed at its deadline from what was saved (`finished`), or `abandoned` if nothing was saved.
    Returns how many were closed. Safe to run twice and alongside a learner's own late submit (row locks).
    """
    now = timezone.now()
    Attempt.objects.filter(state=Attempt.State.IN_PROGRESS, deadline__lt=now).update(state=Attempt.State.OVERDUE)
    closed = 0
    candidates = Attempt.objects.filter(state=Attempt.State.OVERDUE, deadline__lt=now).values_list("pk", flat=True)
    for pk in list(candidates):
        with transaction.atomic():
            attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=pk)
            if attempt.is_open and _late(attempt, now):
                _close_expired_locked(attempt=attempt, now=now)
                closed += 1
    return closed


_FIELD = re.compile(r"q([1-9][0-9]{0,4})-(.*)", re.DOTALL)


def answers_from_post(post, slots=None) -> dict:
    """Split a posted page into {slot: fields}; each item's fields are named `q<slot>-<name>`.

    Without `slots`, every slot named in the post is taken; `response_save` ignores a slot the attempt does not have.
    """
    from django.http import QueryDict

    wanted = None if slots is None else set(slots)
    answers: dict = {}
    for key in post:
        match = _FIELD.fullmatch(key)
        if match is None:
            continue
        slot = int(match.group(1))
        if wanted is not None and slot not in wanted:
            continue
        data = answers.setdefault(slot, QueryDict(mutable=True))
        data.setlist(match.group(2), post.getlist(key))
    return dict(sorted(answers.items()))
