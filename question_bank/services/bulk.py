"""Creating many new questions at once, for imports.

`questions_create_many` writes exactly the rows that `question_create` writes one question at a time (the entry,
version 1 with its answers, pairs, items or rubric, the current version, tags, access records and Wagtail's reference
index for the version), but with a fixed number of statements per call instead of about 28 per question.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import OuterRef, Subquery
from modelcluster.models import get_all_child_relations
from wagtail.models import ReferenceIndex

from ..models import Category, Question, QuestionAccess, QuestionVersion
from ..signals import questions_changed_send
from .content import child_rows_from_data, version_fields_from_data
from .questions import _check, question_access_record


@dataclass
class NewQuestion:
    """One question to create: its content dict, where it goes and the translation group it joins."""

    data: dict
    category: Category
    language: str = "en"
    translation_group: uuid.UUID = field(default_factory=uuid.uuid4)


@transaction.atomic
def questions_create_many(*, entries: list[NewQuestion], author=None) -> list[Question]:
    """Create every entry as `question_create` would, in bulk. All are checked before anything is written."""
    for entry in entries:
        _check(entry.data)
    if not entries:
        return []
    questions = Question.objects.bulk_create([_question_row(entry, author) for entry in entries])
    versions = QuestionVersion.objects.bulk_create(
        [
            QuestionVersion(question=q, number=1, created_by=author, **version_fields_from_data(e.data))
            for q, e in zip(questions, entries, strict=True)
        ]
    )
    _set_current_versions(questions, versions)
    _write_children(versions, entries)
    _write_tags(questions, entries)
    reference_index_add(versions)
    question_access_record(questions=questions, user=author, action=QuestionAccess.Action.CREATE)
    questions_changed_send()
    return questions


def _question_row(entry: NewQuestion, author) -> Question:
    data = entry.data
    return Question(
        qtype=data["type"],
        category=entry.category,
        purpose=data.get("purpose") or "practice",
        language=entry.language,
        idnumber=(data.get("idnumber") or "")[:100],
        author=author,
        translation_group=entry.translation_group,
    )


def _set_current_versions(questions: list[Question], versions: list[QuestionVersion]) -> None:
    # one UPDATE for the whole batch: each new entry's current version is its version 1
    first = QuestionVersion.objects.filter(question=OuterRef("pk"), number=1).order_by().values("pk")[:1]
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(current_version_id=Subquery(first))
    for question, version in zip(questions, versions, strict=True):
        question.current_version = version


def _write_children(versions: list[QuestionVersion], entries: list[NewQuestion]) -> None:
    """Answers, pairs, items and rubric rows, one bulk insert per model; each version also keeps its rows in
    memory, so reading them back (the reference index does) costs no query."""
    rows_of = [child_rows_from_data(version, entry.data) for version, entry in zip(versions, entries, strict=True)]
    by_model = defaultdict(list)
    for rows in rows_of:
        for row in rows:
            by_model[type(row)].append(row)
    for model, rows in by_model.items():
        model.objects.bulk_create(rows)
    relations = [(r.get_accessor_name(), r.related_model) for r in get_all_child_relations(QuestionVersion)]
    for version, rows in zip(versions, rows_of, strict=True):
        for name, model in relations:
            setattr(version, name, [row for row in rows if type(row) is model])


def _write_tags(questions: list[Question], entries: list[NewQuestion]) -> None:
    """Tags as `question.tags.set(...)` leaves them; taggit itself finds or creates the tag rows (one query for
    the names that exist, one insert per new name)."""
    tagged = [(q, e.data["tags"]) for q, e in zip(questions, entries, strict=True) if e.data.get("tags")]
    if not tagged:
        return
    names = list(dict.fromkeys(name for _q, tags in tagged for name in tags))
    manager = tagged[0][0].tags
    tag_for = {}
    for name, tag in zip(names, manager._to_tag_model_instances(names, {}), strict=True):
        tag_for[name] = tag
    through = manager.through
    rows = []
    for question, tags in tagged:
        tag_ids = list(dict.fromkeys(tag_for[name].pk for name in tags))
        rows += [through(content_object_id=question.pk, tag_id=tag_id) for tag_id in tag_ids]
    through.objects.bulk_create(rows)


def reference_index_add(objects: list) -> None:
    """Wagtail's reference index rows for newly created objects of one indexed model, in bulk.

    Saving an object one by one runs `ReferenceIndex.create_or_update_for_object` (a lookup of the existing rows,
    then an insert); new objects have no rows yet, so the same references are extracted with Wagtail's own code
    and inserted together. Child rows attached in memory are read from memory, so this costs no query per object.
    """
    if not objects or not ReferenceIndex.is_indexed(type(objects[0])):
        return
    from django.contrib.contenttypes.models import ContentType

    model = type(objects[0])
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    base_content_type = ReferenceIndex._get_base_content_type(model)
    rows = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=obj.pk,
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for obj in objects
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        )
    ]
    ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=connection.features.supports_ignore_conflicts)
