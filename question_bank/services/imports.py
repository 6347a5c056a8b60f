"""Import and export question files, all or nothing.

Every item is parsed and checked before anything is written; one invalid question means nothing is imported and
every problem is reported with the question's name and line. Unsupported questions (numerical, descriptions) are
skipped and reported, never silently dropped. Items whose idnumber already exists in that language update the
question (a new version where the old one was used), so importing the same file twice changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from ..formats import FormatError, Problem, parser_for, writer_for
from ..models import Language, Purpose, Question, QuestionAccess, QuestionVersion
from ..selectors import categories_under, with_content
from ..validation import data_problems
from .bulk import NewQuestion, questions_create_many
from .categories import category_ensure_path, join_path
from .content import version_to_data
from .questions import question_access_record, question_upsert

DEFAULT_CATEGORY = "Imported"
# new questions written per bulk statement group; bounds memory and statement size, not correctness
CHUNK_SIZE = 500


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        return f"{verb} {self.imported} questions (skipped {len(self.skipped)})"


class ImportRejected(Exception):
    """Nothing was imported. `errors` and `skipped` list every problem found."""

    def __init__(self, errors: list[Problem], skipped: list[Problem] | None = None):
        super().__init__("; ".join(str(e) for e in errors[:5]))
        self.errors, self.skipped = errors, skipped or []


def _check_items(items, *, purpose, language, progress) -> list[Problem]:
    errors, seen = [], {}
    for index, item in enumerate(items, start=1):
        item.setdefault("purpose", purpose)
        item.setdefault("language", language)
        problems = data_problems(item)
        if item["language"] not in Language.values:
            problems.append(_("Unknown language: %(value)s (use en or zh-hans).") % {"value": item["language"]})
        key = (item.get("idnumber"), item["language"])
        if key[0] and key in seen:
            problems.append(
                _("The ID number %(id)s is used again (first on line %(line)s).") % {"id": key[0], "line": seen[key]}
            )
        seen.setdefault(key, item.get("line", 0))
        errors += [Problem(item.get("line", 0), item.get("name", ""), p) for p in problems]
        if progress and index % 25 == 0:
            progress(index, len(items))
    return errors


def questions_import(
    *,
    data: bytes | str,
    fmt: str,
    category_path: str = "",
    dry_run: bool = False,
    user=None,
    purpose: str = Purpose.EXAM,
    language: str = Language.ENGLISH,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Parse, check every item, then write them all in one transaction (rolled back for a dry run)."""
    try:
        parsed = parser_for(fmt)(data)
    except FormatError as exc:
        raise ImportRejected([Problem(0, "", str(exc))]) from exc
    errors = parsed.errors + _check_items(parsed.items, purpose=purpose, language=language, progress=progress)
    if errors:
        raise ImportRejected(sorted(errors, key=lambda p: p.line), parsed.skipped)
    report = ImportReport(skipped=parsed.skipped, dry_run=dry_run)
    report.notes += [_("Embedded file not imported: %(name)s") % {"name": name} for name in parsed.files]
    with transaction.atomic():
        _write_items(parsed.items, category_path, user)
        report.imported = len(parsed.items)
        if dry_run:
            transaction.set_rollback(True)
    if progress:
        progress(len(parsed.items), len(parsed.items))
    return report


def _write_items(items: list[dict], category_path: str, user) -> None:
    """Write the checked items in file order. New questions are created in chunks by `questions_create_many`;
    an item whose idnumber already exists in its language updates that question (one by one, as editing does)
    after the new questions before it are written, so every item sees the bank as the file order leaves it."""
    writer = _ItemWriter(category_path, user)
    existing = _existing_keys(items)
    for item in items:
        if _key(item) in existing:
            writer.flush()
            writer.update(item)
        else:
            writer.pending.append(item)
            if _key(item)[0]:
                existing.add(_key(item))
            if len(writer.pending) >= CHUNK_SIZE:
                writer.flush()
    writer.flush()


def _key(item: dict) -> tuple[str, str]:
    return (item.get("idnumber") or "").strip(), item["language"]


def _existing_keys(items: list[dict]) -> set[tuple[str, str]]:
    ids = sorted({_key(item)[0] for item in items} - {""})
    found = set()
    for start in range(0, len(ids), CHUNK_SIZE):
        rows = Question.objects.filter(idnumber__in=ids[start : start + CHUNK_SIZE]).values_list("idnumber", "language")
        found.update(rows)
    return found


class _ItemWriter:
    def __init__(self, category_path: str, user):
        self.category_path, self.user = category_path, user
        self.categories: dict[str, object] = {}
        self.pending: list[dict] = []

    def category(self, item: dict):
        path = join_path(self.category_path, item.get("category", "")) or DEFAULT_CATEGORY
        if path not in self.categories:
            self.categories[path] = category_ensure_path(path=path)
        return self.categories[path]

    def update(self, item: dict) -> None:
        category = self.category(item)
        twin = Question.objects.filter(idnumber=item["idnumber"]).exclude(language=item["language"]).first()
        if twin is not None and (twin.qtype != item["type"] or twin.purpose != item["purpose"]):
            twin = None
        question_upsert(data=item, category=category, language=item["language"], user=self.user, translation_of=twin)

    def flush(self) -> None:
        """Create the pending items. A twin (same idnumber, other language, same type and purpose) is looked up
        in the bank and among the items before it in this chunk; the new question joins its translation group."""
        if not self.pending:
            return
        ids = {item["idnumber"] for item in self.pending if item.get("idnumber")}
        known: dict[str, dict[str, dict]] = defaultdict(dict)  # idnumber → language → the entry's fields
        for row in Question.objects.filter(idnumber__in=ids).values(
            "idnumber", "language", "qtype", "purpose", "translation_group"
        ):
            known[row["idnumber"]][row["language"]] = row
        entries = []
        for item in self.pending:
            entry = NewQuestion(data=item, category=self.category(item), language=item["language"])
            if item.get("idnumber"):
                others = [row for lang, row in known[item["idnumber"]].items() if lang != item["language"]]
                twin = others[0] if others else None
                if twin is not None and twin["qtype"] == item["type"] and twin["purpose"] == item["purpose"]:
                    entry.translation_group = twin["translation_group"]
                known[item["idnumber"][:100]][item["language"]] = {
                    "qtype": item["type"],
                    "purpose": item.get("purpose") or "practice",
                    "translation_group": entry.translation_group,
                }
            entries.append(entry)
        questions_create_many(entries=entries, author=self.user)
        self.pending = []


def questions_export(*, fmt: str, category_path: str = "", user=None) -> tuple[str, list[str]]:
    """The file text and what the format could not carry. Exporting exam items is recorded as access."""
    questions = Question.objects.filter(retired_at__isnull=True, current_version__isnull=False)
    if category_path:
        questions = questions.filter(category__in=categories_under(category_path))
    versions = list(
        with_content(QuestionVersion.objects.filter(pk__in=questions.values("current_version_id")))
        .prefetch_related("question__tags")
        .order_by("question__category__path", "question__pk")
    )
    question_access_record(questions=[v.question for v in versions], user=user, action=QuestionAccess.Action.EXPORT)
    return writer_for(fmt)([version_to_data(v) for v in versions])
