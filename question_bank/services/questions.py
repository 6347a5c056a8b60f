"""Creating, versioning, retiring, moving, tagging and linking questions."""

from __future__ import annotations

import uuid
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Category, Question, QuestionAccess, QuestionVersion
from ..signals import questions_changed_send
from ..validation import data_problems
from .content import child_rows_from_data, comparable, version_fields_from_data, version_to_data


def _check(data: dict) -> None:
    problems = data_problems(data)
    if problems:
        raise ValidationError(problems)


def _write_version(*, question: Question, data: dict, number: int, user=None) -> QuestionVersion:
    version = QuestionVersion.objects.create(
        question=question, number=number, created_by=user, **version_fields_from_data(data)
    )
    by_model = defaultdict(list)
    for row in child_rows_from_data(version, data):
        by_model[type(row)].append(row)
    for model, rows in by_model.items():
        model.objects.bulk_create(rows)
    return version


def question_access_record(*, questions, user, action: str) -> None:
    """Audit who created, edited, viewed or exported exam items (practice items are open to every learner)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return
    QuestionAccess.objects.bulk_create(
        [QuestionAccess(question_id=q.pk, user=user, action=action) for q in questions if q.purpose == "exam"]
    )


@transaction.atomic
def question_create(
    *, data: dict, category: Category, language: str = "en", author=None, translation_of: Question | None = None
) -> Question:
    """A new question with its first version. `translation_of` links it as that question's translation."""
    _check(data)
    question = Question.objects.create(
        qtype=data["type"],
        category=category,
        purpose=data.get("purpose") or "practice",
        language=language,
        idnumber=(data.get("idnumber") or "")[:100],
        author=author,
        translation_group=translation_of.translation_group if translation_of else uuid.uuid4(),
    )
    version = _write_version(question=question, data=data, number=1, user=author)
    question.current_version = version
    question.save(update_fields=["current_version"])
    if data.get("tags"):
        question.tags.set(data["tags"])
    question_access_record(questions=[question], user=author, action=QuestionAccess.Action.CREATE)
    return question


@transaction.atomic
def question_version_create(*, question: Question, data: dict, user=None) -> QuestionVersion:
    """Record new content as the next version; earlier versions and the attempts that used them stay as they were."""
    _check(data)
    if data["type"] != question.qtype:
        raise ValidationError(_("A question's type cannot change; create a new question instead."))
    question = Question.objects.select_for_update().get(pk=question.pk)
    number = (question.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = _write_version(question=question, data=data, number=number, user=user)
    question.current_version = version
    question.save(update_fields=["current_version"])
    question_access_record(questions=[question], user=user, action=QuestionAccess.Action.EDIT)
    return version


@transaction.atomic
def question_update(*, question: Question, data: dict, user=None) -> QuestionVersion:
    """Edit content: a used version is kept and a new one made; an unused one is replaced in place."""
    _check(data)
    current = QuestionVersion.objects.select_for_update().get(pk=question.current_version_id)
    if current.used_at is not None:
        return question_version_create(question=question, data=data, user=user)
    for model in (current.answers.model, current.pairs.model, current.items.model, current.rubric.model):
        model.objects.filter(version=current).delete()
    for field, value in version_fields_from_data(data).items():
        setattr(current, field, value)
    current.save()
    by_model = defaultdict(list)
    for row in child_rows_from_data(current, data):
        by_model[type(row)].append(row)
    for model, rows in by_model.items():
        model.objects.bulk_create(rows)
    question_access_record(questions=[question], user=user, action=QuestionAccess.Action.EDIT)
    return current


def question_version_mark_used(*, version_ids) -> int:
    """Exams call this when an attempt shows a version; from then on the version never changes."""
    return QuestionVersion.objects.filter(pk__in=list(version_ids), used_at__isnull=True).update(used_at=timezone.now())


def content_changed(question: Question, data: dict) -> bool:
    return comparable(version_to_data(question.current_version)) != comparable(data)


@transaction.atomic
def question_upsert(
    *, data: dict, category: Category, language: str = "en", user=None, translation_of: Question | None = None
) -> tuple[str, Question]:
    """Create, or update by `idnumber` in this language. Returns ("created" | "updated" | "unchanged", question)."""
    idnumber = (data.get("idnumber") or "").strip()
    question = (
        Question.objects.select_related("current_version", "category")
        .filter(idnumber=idnumber, language=language)
        .first()
        if idnumber
        else None
    )
    if question is None:
        return "created", question_create(
            data=data, category=category, language=language, author=user, translation_of=translation_of
        )
    changed = False
    entry = {"category_id": category.pk, "purpose": data.get("purpose") or question.purpose}
    if translation_of is not None:
        entry["translation_group"] = translation_of.translation_group
    if any(getattr(question, k) != v for k, v in entry.items()):
        Question.objects.filter(pk=question.pk).update(**entry)
        questions_changed_send()
        changed = True
    if sorted(data.get("tags") or []) != sorted(t.name for t in question.tags.all()):
        question.tags.set(data.get("tags") or [])
        changed = True
    if content_changed(question, data):
        question_update(question=question, data=data, user=user)
        changed = True
    return ("updated" if changed else "unchanged"), question


@transaction.atomic
def question_link_translation(*, question: Question, translation: Question) -> None:
    """Make `translation` the other-language twin of `question`."""
    if translation.language == question.language:
        raise ValidationError(_("A translation must be in the other language."))
    if translation.qtype != question.qtype or translation.purpose != question.purpose:
        raise ValidationError(_("A translation must have the same type and purpose as the original."))
    if (
        Question.objects.filter(translation_group=question.translation_group, language=translation.language)
        .exclude(pk=translation.pk)
        .exists()
    ):
        raise ValidationError(_("This question already has a translation in that language."))
    Question.objects.filter(pk=translation.pk).update(translation_group=question.translation_group)
    questions_changed_send()


def _with_translations(question_ids) -> list[int]:
    groups = Question.objects.filter(pk__in=list(question_ids)).values("translation_group")
    return list(Question.objects.filter(translation_group__in=groups).values_list("pk", flat=True))


@transaction.atomic
def questions_retire(*, question_ids, user=None) -> int:
    """Retired questions leave new exams and practice; history and attempts keep pointing at them."""
    questions_changed_send()
    return Question.objects.filter(pk__in=_with_translations(question_ids), retired_at__isnull=True).update(
        retired_at=timezone.now()
    )


@transaction.atomic
def questions_restore(*, question_ids, user=None) -> int:
    questions_changed_send()
    return Question.objects.filter(pk__in=_with_translations(question_ids)).update(retired_at=None)


@transaction.atomic
def questions_move(*, question_ids, category: Category, user=None) -> int:
    questions_changed_send()
    return Question.objects.filter(pk__in=list(question_ids)).update(category=category)


@transaction.atomic
def questions_tag(*, question_ids, tags: list[str], user=None) -> int:
    questions = list(Question.objects.filter(pk__in=list(question_ids)))
    for question in questions:
        question.tags.add(*tags)
    return len(questions)


@transaction.atomic
def question_entry_update(
    *,
    question: Question,
    category: Category,
    purpose: str,
    language: str,
    idnumber: str,
    tags: list[str],
    translation_of: Question | None = None,
    user=None,
) -> Question:
    """The entry's own fields (not versioned): where it lives, what it is for, its language, tags and twin."""
    question.category, question.purpose, question.language, question.idnumber = category, purpose, language, idnumber
    question.save(update_fields=["category", "purpose", "language", "idnumber"])
    if sorted(tags) != sorted(t.name for t in question.tags.all()):
        question.tags.set(tags)
    if translation_of is not None and translation_of.translation_group != question.translation_group:
        question_link_translation(question=translation_of, translation=question)
    return question
