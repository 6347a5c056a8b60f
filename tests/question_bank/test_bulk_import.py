"""Imports write new questions in bulk: the bank ends up exactly as writing them one by one leaves it.

The reference is the one-by-one write the import used before (`question_upsert`, hence `question_create`, per item).
Each scenario runs both ways from the same starting point (each in a rolled-back transaction) and compares every
row the two leave behind, with primary keys replaced by their order of creation, then the exports in every format.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from taggit.models import Tag
from wagtail.models import ReferenceIndex

from question_bank.formats import writer_for
from question_bank.models import (
    Answer,
    Category,
    MatchPair,
    OrderItem,
    Question,
    QuestionAccess,
    QuestionTag,
    QuestionVersion,
    RubricCriterion,
)
from question_bank.services import imports
from question_bank.services.categories import category_ensure_path, join_path
from question_bank.services.imports import questions_export, questions_import
from question_bank.services.questions import question_create, question_upsert, question_version_mark_used
from tests.factories import UserFactory
from tests.question_bank.factories import data_for

pytestmark = pytest.mark.django_db

RANKED = [Category, Tag, Question, QuestionVersion, Answer, MatchPair, OrderItem, RubricCriterion]
UNORDERED = [QuestionTag, QuestionAccess]  # compared as multisets: the two ways may insert them in another order
TYPES = ["single", "multi", "truefalse", "short", "matching", "ordering", "essay"]


def write_one_by_one(items: list[dict], category_path: str, user) -> None:
    """The import's write before bulk writing, kept here as the reference."""
    categories = {}
    for item in items:
        path = join_path(category_path, item.get("category", "")) or imports.DEFAULT_CATEGORY
        if path not in categories:
            categories[path] = category_ensure_path(path=path)
        twin = None
        if item.get("idnumber"):
            twin = Question.objects.filter(idnumber=item["idnumber"]).exclude(language=item["language"]).first()
            if twin is not None and (twin.qtype != item["type"] or twin.purpose != item["purpose"]):
                twin = None
        question_upsert(data=item, category=categories[path], language=item["language"], user=user, translation_of=twin)


def snapshot() -> dict:
    """Every row of the bank's tables, taggit's tags and the bank's reference index, keys made comparable."""
    ranks = {
        model: {pk: n for n, pk in enumerate(model.objects.order_by("pk").values_list("pk", flat=True))}
        for model in RANKED
    }
    groups = {}
    for pk, group in Question.objects.order_by("pk").values_list("pk", "translation_group"):
        groups.setdefault(group, ranks[Question][pk])

    def plain(model, row: dict) -> tuple:
        out = []
        for f in model._meta.concrete_fields:
            value = row[f.attname]
            if f.primary_key:
                value = ranks[model][value] if model in ranks else None
            elif f.is_relation and f.related_model in ranks and value is not None:
                value = ranks[f.related_model][value]
            elif isinstance(f, models.DateTimeField) and (f.auto_now_add or f.auto_now):
                value = value is not None
            elif f.name == "translation_group":
                value = groups[value]
            out.append((f.name, value))
        return tuple(out)

    snap = {m.__name__: [plain(m, r) for r in m.objects.order_by("pk").values()] for m in RANKED}
    snap |= {m.__name__: sorted(plain(m, r) for r in m.objects.values()) for m in UNORDERED}
    by_ct = {ContentType.objects.get_for_model(m).pk: m for m in RANKED}
    snap["ReferenceIndex"] = sorted(
        (
            by_ct[r.content_type_id].__name__,
            ranks[by_ct[r.content_type_id]][int(r.object_id)],
            str(r.to_content_type_id) if r.to_content_type_id not in by_ct else by_ct[r.to_content_type_id].__name__,
            str(ranks[by_ct[r.to_content_type_id]][int(r.to_object_id)])
            if r.to_content_type_id in by_ct
            else r.to_object_id,
            r.model_path,
            r.content_path,
            str(r.content_path_hash),
        )
        for r in ReferenceIndex.objects.filter(base_content_type_id__in=by_ct)
    )
    snap["exports"] = {fmt: questions_export(fmt=fmt) for fmt in ("gift", "csv", "moodle-xml")}
    return snap


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def both_ways(monkeypatch, run) -> tuple[dict, dict]:
    with rolled_back():
        run()
        bulk = snapshot()
    with rolled_back(), monkeypatch.context() as patch:
        patch.setattr(imports, "_write_items", write_one_by_one)
        run()
        reference = snapshot()
    return bulk, reference


def item(kind: str, n: int, **extra) -> dict:
    return data_for(kind, name=f"{kind} {n}", stem=f"<p>{kind} stem {n}</p>", **extra)


def test_a_new_file_of_every_type_in_both_languages_is_written_as_one_by_one(monkeypatch):
    author = UserFactory(username="importer")
    Tag.objects.create(name="region:DE")  # a tag the bank already has, next to new ones
    rows = []
    for n, kind in enumerate(TYPES):
        tags = ["region:DE", f"topic:{kind}"] if n % 2 else []
        rows.append(item(kind, n, idnumber=f"{kind}-1", language="en", category=f"Types/{kind}", tags=tags))
        rows.append(item(kind, n, idnumber=f"{kind}-1", language="zh-hans", category=f"Types/{kind}", tags=tags))
        rows.append(item(kind, n + 100, purpose="practice", category="Loose"))  # no idnumber: never a twin
    rows.append(item("single", 99, idnumber="mismatch", language="en", purpose="practice"))
    rows.append(item("multi", 99, idnumber="mismatch", language="zh-hans", purpose="practice"))  # other type: no link
    text, _notes = writer_for("csv")(rows)
    monkeypatch.setattr(imports, "CHUNK_SIZE", 4)  # twins fall in different chunks, the bank answers for them

    bulk, reference = both_ways(
        monkeypatch, lambda: questions_import(data=text, fmt="csv", category_path="Bank", user=author)
    )

    assert len(bulk["Question"]) == len(rows) and len(bulk["QuestionAccess"]) > 0
    assert bulk["ReferenceIndex"] and bulk["QuestionTag"]  # the comparison below covers them, not just empty tables
    assert bulk == reference


def test_a_file_that_updates_some_questions_and_adds_others_is_written_as_one_by_one(monkeypatch):
    author = UserFactory(username="importer")
    base = category_ensure_path(path="Old")
    used = question_create(data=item("single", 1, idnumber="used-1"), category=base, author=author)
    question_version_mark_used(version_ids=[used.current_version_id])
    question_create(data=item("truefalse", 2, idnumber="fresh-2"), category=base)
    question_create(data=item("short", 3, idnumber="same-3", tags=["kept"]), category=base)
    rows = [
        item("matching", 10, idnumber="new-10", purpose="exam"),
        item("single", 1, idnumber="used-1", purpose="exam", general_feedback="<p>Changed.</p>"),  # new version
        item("single", 1, idnumber="used-1", language="zh-hans", purpose="exam"),  # twin of an updated one
        item("truefalse", 2, idnumber="fresh-2", purpose="exam", tags=["moved"]),  # purpose and tags change
        item("short", 3, idnumber="same-3", tags=["kept"], purpose="practice"),
        item("matching", 10, idnumber="new-10", language="zh-hans", purpose="exam"),
        item("essay", 11, purpose="exam"),
    ]
    text, _notes = writer_for("csv")(rows)
    monkeypatch.setattr(imports, "CHUNK_SIZE", 2)

    bulk, reference = both_ways(monkeypatch, lambda: questions_import(data=text, fmt="csv", user=author))

    assert len(bulk["QuestionVersion"]) == 3 + 4 + 1  # three before, four new questions, one new version
    assert bulk == reference


def gift(count: int) -> str:
    kinds = ["{=Ask about evidence ~Ask about age ~Ask about marriage}", "{T}", "{=result =the result}"]
    return "\n".join(f"::bench-{n:05d}:: Question {n} {kinds[n % 3]}\n" for n in range(count))


def test_the_import_writes_a_fixed_number_of_statements_per_chunk_not_per_question(
    monkeypatch, django_assert_max_num_queries
):
    """At 100 questions a chunk, 500 questions take five times the statements of one chunk, whatever their number:
    the one-by-one write took about 28 a question (14,000 for 500)."""
    author = UserFactory(username="importer")
    monkeypatch.setattr(imports, "CHUNK_SIZE", 100)
    with django_assert_max_num_queries(FIRST_CHUNK):
        questions_import(data=gift(50), fmt="gift", category_path="Fifty", user=author)
    steps = []
    with django_assert_max_num_queries(FIRST_CHUNK + 4 * PER_CHUNK):
        questions_import(
            data=gift(500), fmt="gift", category_path="Five hundred", user=author, progress=lambda *s: steps.append(s)
        )
    assert Question.objects.filter(current_version__isnull=False).count() == 550
    assert steps[0] == (25, 500) and steps[-1] == (500, 500)  # the upload page's progress bar


# 17 on SQLite for the first 50 (category, tags, the first chunk); one more chunk of 100 costs about 12 there, whose
# bulk inserts are split at 999 parameters (PostgreSQL needs fewer)
FIRST_CHUNK = 25
PER_CHUNK = 15
