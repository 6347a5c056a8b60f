"""Drawing an attempt's items from the bank: N random live exam items per section, in the learner's language.

The draw never reads a section's whole pool on a warm start. Each section's translation groups (one entry per
group, whatever its languages) are kept in the shared cache under the section's filter and the bank's generation
token, which `questions_changed` and every save or delete of a question, tag or category replace (see
`bank_changed`); the draw picks `count` groups in Python and reads only those groups' rows again with the full
live filter (`_random_rows`). A group that no longer qualifies (retired, moved out, retagged, made practice) is
therefore never drawn even from a stale list: the list is dropped and rebuilt. The fixed questions' rows are read
in one query (none when there are none). The number of queries depends on the number of sections, never on the
size of the bank. The exam's sections, their category trees and the fixed questions' groups are kept in the shared
cache too (`exam_plan`), and each section's filter is compiled to SQL once per process (`compiled_filter`).

What freezing an item's order needs from a version (its type, shuffle flag and child ids, never a right answer or
a text) is cached per version id once the version is used, since a used version never changes (`version_data`).
"""

from __future__ import annotations

import hashlib
import random
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache

from django.core.cache import cache
from django.db import router, transaction
from django.db.models import BooleanField, Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.signals import m2m_changed, post_delete, post_save

from question_bank.models import (
    Answer,
    Category,
    MatchPair,
    OrderItem,
    Purpose,
    Question,
    QuestionTag,
    QuestionType,
    QuestionVersion,
)
from question_bank.selectors import categories_under, with_content

from ..models import Exam, ExamSection

_rng = random.SystemRandom()
_ROW = ("pk", "translation_group", "language", "current_version_id")
_GENERATION_KEY = "exams:draw:generation"
_PLAN_TOKEN_KEY = "exams:plan-token:{pk}"  # noqa: S105 - a cache key, not a secret
_CHOICE_KINDS = (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE)
GROUPS_TIMEOUT = 600  # seconds; a bound on staleness should a change ever bypass `bank_changed`
# Each process also keeps the lists it read, for this long: a list is as long as its section's pool (tens of thousands
# of groups in a large bank), and reading and unpickling it on every start made the start grow with the bank. The
# key holds the bank's generation token, so a change to the bank means new keys; a list gone stale in between is
# caught by the live filter of the draw, as a shared one is.
LOCAL_GROUPS_TIMEOUT = 60
_LOCAL_GROUPS: dict[str, tuple[float, list]] = {}
_LOCAL_GROUPS_MAX = 256
PLAN_TIMEOUT = 600  # the same bound for an exam's sections and fixed rows
VERSION_TIMEOUT = 7 * 24 * 3600


@dataclass
class Drawn:
    section_id: int | None
    question_id: int
    version_id: int
    language_fallback: bool
    mark: object


def exam_sections(exam) -> list[ExamSection]:
    """The exam's sections in order, each with `category_tree` (the ids of its category and every one below it).

    Two queries. The ids go into the draw as a list, so the database uses the draw index (purpose, category) for
    them; a subquery there made SQLite scan the whole question table.
    """
    sections = list(ExamSection.objects.filter(exam=exam).select_related("category").order_by("sort_order", "pk"))
    paths = {section.category.path for section in sections if section.category_id}
    tree = Q(pk__in=[])
    for path in paths:
        tree |= Q(path=path) | Q(path__startswith=f"{path}/")
    categories = list(Category.objects.filter(tree).values_list("pk", "path")) if paths else []
    for section in sections:
        path = section.category.path if section.category_id else None
        section.category_tree = [pk for pk, p in categories if path and (p == path or p.startswith(f"{path}/"))]
    return sections


def _tagged(name: str) -> Exists:
    return Exists(QuestionTag.objects.filter(content_object_id=OuterRef("pk"), tag__name=name))


def section_filter(section) -> Q | None:
    """The live exam items (every language) a section may draw, as a filter on questions; None if it draws none."""
    if not section.count or section.category_id is None:
        return None
    condition = Q(
        purpose=Purpose.EXAM,
        retired_at__isnull=True,
        current_version__isnull=False,
    )
    if hasattr(section, "category_tree"):
        condition &= Q(category_id__in=section.category_tree)
    else:
        condition &= Q(category__in=categories_under(section.category.path).values("pk"))
    if section.tag:
        condition &= Q(_tagged(section.tag))
    if section.difficulty:
        condition &= Q(_tagged(f"difficulty:{section.difficulty}"))
    if section.qtype:
        condition &= Q(qtype=section.qtype)
    if section.objective_only:
        condition &= ~Q(qtype=QuestionType.ESSAY)
    return condition


def _filter_spec(section) -> tuple:
    tree = section.category_tree if hasattr(section, "category_tree") else [section.category.path]
    return (tuple(sorted(tree)), section.tag, section.difficulty, section.qtype, bool(section.objective_only))


@lru_cache(maxsize=512)
def _compiled_filter(spec: tuple, alias: str) -> tuple[str, tuple]:
    """A section's live filter compiled to SQL once per process and filter: a pure function of the filter's values
    (the category ids of its tree, tag, difficulty, type, objective only), so nothing in it can go stale."""
    tree, tag, difficulty, qtype, objective_only = spec
    section = _Spec(
        count=1,
        category_id=0,
        category_tree=list(tree),
        tag=tag,
        difficulty=difficulty,
        qtype=qtype,
        objective_only=objective_only,
    )
    query = Question.objects.using(alias).filter(section_filter(section)).query
    sql, params = query.get_compiler(alias).compile(query.where)
    return sql, tuple(params)


@dataclass
class _Spec:
    count: int
    category_id: int
    category_tree: list
    tag: str
    difficulty: str
    qtype: str
    objective_only: bool


def compiled_filter(section) -> Q | None:
    """`section_filter(section)` as one precompiled SQL condition (cheap to put in a query), or None."""
    if not section.count or section.category_id is None:
        return None
    sql, params = _compiled_filter(_filter_spec(section), router.db_for_read(Question))
    return Q(RawSQL(sql, params, output_field=BooleanField()))  # noqa: S611 - SQL compiled by the ORM above


def exam_pool(exam, sections=None) -> QuerySet[Question]:
    """Every item the exam could show (drawn or fixed), as a query that is never loaded whole."""
    fixed = ExamSection.fixed_questions.through.objects.filter(examsection__exam_id=exam.pk).values("question_id")
    condition = Q(pk__in=fixed)
    for section in exam_plan(exam).sections if sections is None else sections:
        drawable = compiled_filter(section)
        if drawable is not None:
            condition |= drawable
    return Question.objects.filter(condition)


@dataclass
class Plan:
    """What an exam draws from, as read once and kept in the shared cache (`exam_plan`)."""

    sections: list  # ExamSection rows in order, each with `category_tree`
    fixed_links: list  # `_fixed_links(exam)`: their rows are read at each draw, through the live filter
    generation: str = ""


def _plan_changed(sender, instance=None, **_kwargs) -> None:
    exam_id = instance.pk if isinstance(instance, Exam) else getattr(instance, "exam_id", None)
    if exam_id is None:  # fixed questions changed from the question's side: every plan is rebuilt
        _bank_saved()
        return
    key = _PLAN_TOKEN_KEY.format(pk=exam_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def exam_plan(exam) -> Plan:
    """The exam's sections (with their category trees) and its fixed questions' translation groups: two round trips
    to the shared cache once warm, else three queries (`exam_sections`, `_fixed_links`) and the plan is cached.

    Kept under the bank's generation token (so a change to a category or question rebuilds it) and the exam's own
    token, which every save of the exam or a section, a section's deletion and a change of its fixed questions
    drop (`connect_bank_signals`); plans also expire after `PLAN_TIMEOUT`.
    """
    token_key = _PLAN_TOKEN_KEY.format(pk=exam.pk)
    tokens = cache.get_many([_GENERATION_KEY, token_key])
    generation = tokens.get(_GENERATION_KEY) or _generation()
    token = tokens.get(token_key)
    if token is None:
        cache.add(token_key, uuid.uuid4().hex, None)
        token = cache.get(token_key)
    key = f"exams:plan:{exam.pk}:{token}:{generation}"
    plan = cache.get(key)
    if plan is None:
        plan = Plan(sections=exam_sections(exam), fixed_links=_fixed_links(exam))
        cache.set(key, plan, PLAN_TIMEOUT)
    plan.generation = generation
    return plan


def _fixed_links(exam) -> list[tuple]:
    """[(section id, translation group)] of every section's fixed questions."""
    through = ExamSection.fixed_questions.through.objects.filter(examsection__exam_id=exam.pk)
    return list(through.values_list("examsection_id", "question__translation_group"))


def _fixed_rows(exam, links=None) -> dict[int, dict]:
    """{section id: {translation group: [live exam rows of the group]}} for every section's fixed questions, read
    now through the live filter (no query when the exam has none)."""
    links = _fixed_links(exam) if links is None else links
    if not links:
        return {}
    rows: dict = {}
    for row in (
        Question.objects.filter(
            translation_group__in={group for _section, group in links},
            purpose=Purpose.EXAM,
            retired_at__isnull=True,
            current_version__isnull=False,
        )
        .order_by("category__path", "pk")
        .values(*_ROW)
    ):
        rows.setdefault(row["translation_group"], []).append(row)
    wanted: dict = {}
    for section_id, group in links:
        wanted.setdefault(section_id, set()).add(group)
    by_section: dict = {}
    for group, group_rows in rows.items():  # in the bank's order, as the section lists them
        for section_id, groups in wanted.items():
            if group in groups:
                by_section.setdefault(section_id, {})[group] = group_rows
    return by_section


def bank_changed(**_kwargs) -> None:
    """Every section's cached list of groups is out of date: the next draw of each section rebuilds it."""
    cache.set(_GENERATION_KEY, uuid.uuid4().hex, None)


def _bank_saved(**_kwargs) -> None:
    # now, so this process never reads its own change through an old list, and after the commit, so no process
    # keeps a list another process rebuilt from the data before the commit
    bank_changed()
    transaction.on_commit(bank_changed)


def connect_bank_signals() -> None:
    """Replace the generation whenever a question, its tags or a category may have changed who a section draws."""
    from question_bank.signals import questions_changed

    questions_changed.connect(bank_changed, dispatch_uid="exams.draw.questions_changed")
    for model in (Question, QuestionTag, Category):
        post_save.connect(_bank_saved, sender=model, dispatch_uid=f"exams.draw.saved.{model.__name__}")
        post_delete.connect(_bank_saved, sender=model, dispatch_uid=f"exams.draw.deleted.{model.__name__}")
    m2m_changed.connect(_bank_saved, sender=Question.tags.through, dispatch_uid="exams.draw.tags")
    # an exam's plan (sections, trees, fixed questions) is dropped when the exam or one of its sections changes
    for model in (Exam, ExamSection):
        post_save.connect(_plan_changed, sender=model, dispatch_uid=f"exams.plan.saved.{model.__name__}")
        post_delete.connect(_plan_changed, sender=model, dispatch_uid=f"exams.plan.deleted.{model.__name__}")
    m2m_changed.connect(_plan_changed, sender=ExamSection.fixed_questions.through, dispatch_uid="exams.plan.fixed")


def _generation() -> str:
    token = cache.get(_GENERATION_KEY)
    if token is None:
        cache.add(_GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(_GENERATION_KEY)
    return token


def _groups_key(section, generation: str | None = None) -> str:
    tree = section.category_tree if hasattr(section, "category_tree") else [section.category.path]
    spec = repr((sorted(tree), section.tag, section.difficulty, section.qtype, bool(section.objective_only)))
    return f"exams:draw:{generation or _generation()}:{hashlib.sha256(spec.encode()).hexdigest()[:32]}"


def _by_group(rows) -> dict:
    groups: dict = {}
    for row in rows:
        groups.setdefault(row["translation_group"], []).append(row)
    return groups


def _cold_rows(section, key: str, *, language: str, excluded: set) -> list[dict]:
    """Read the section's candidates once, cache its list of groups and sample from the rows read (one query)."""
    groups = _by_group(Question.objects.filter(section_filter(section)).order_by("pk").values(*_ROW))
    listed = [group.int for group in groups]
    cache.set(key, listed, GROUPS_TIMEOUT)
    _keep_local(key, listed)
    eligible = [group for group in groups if group.int not in excluded]
    picked = _rng.sample(eligible, min(section.count, len(eligible)))
    return [_in_language(groups[group], language)[0] for group in picked]


def _keep_local(key: str, groups: list) -> None:
    if len(_LOCAL_GROUPS) >= _LOCAL_GROUPS_MAX:
        _LOCAL_GROUPS.clear()
    _LOCAL_GROUPS[key] = (time.monotonic() + LOCAL_GROUPS_TIMEOUT, groups)


def _group_lists(keys: list[str]) -> dict[str, list]:
    """The cached lists under these keys: this process's copies while fresh, the rest from the shared cache."""
    now = time.monotonic()
    lists, missing = {}, []
    for key in keys:
        local = _LOCAL_GROUPS.get(key)
        if local is not None and local[0] > now:
            lists[key] = local[1]
        else:
            missing.append(key)
    if missing:
        for key, groups in cache.get_many(missing).items():
            _keep_local(key, groups)
            lists[key] = groups
    return lists


def _random_groups(sections, fixed: dict, *, language: str, cached_lists: bool = True, generation=None) -> dict | None:
    """{section id: its random rows}, each a uniform sample of `count` translation groups of the section's candidates
    (without those already shown and the section's fixed ones), each group as its row in `language`, or else its
    candidate in the other language.

    Sections whose list of groups is cached are sampled in Python and their rows read in one query for all of them,
    through each section's full filter; a section without a list reads its candidates (one query) and caches the
    list. None when a cached list named a group that no longer qualifies: that list is dropped and the caller draws
    again from the database (`cached_lists=False`), so a stale list never puts a retired, moved, retagged or practice
    question in an attempt.
    """
    generation = generation or _generation()
    drawable = [section for section in sections if section_filter(section) is not None]
    keys = {section.pk: _groups_key(section, generation) for section in drawable}
    lists = _group_lists(list(keys.values())) if cached_lists and keys else {}
    used: set = set()
    picked: dict = {}  # section id: [group ints] from a cached list
    rows: dict = {}  # section id: rows read now
    for section in sections:
        groups = fixed.get(section.pk, {})
        excluded = used | {group.int for group in groups}
        used |= {group.int for group in groups}
        if section.pk not in keys:
            continue
        cached = lists.get(keys[section.pk])
        if cached is None:
            rows[section.pk] = _cold_rows(section, keys[section.pk], language=language, excluded=excluded)
            used |= {row["translation_group"].int for row in rows[section.pk]}
        else:
            eligible = [group for group in cached if group not in excluded] if excluded else cached
            picked[section.pk] = _rng.sample(eligible, min(section.count, len(eligible)))
            used |= set(picked[section.pk])
    wanted = {pk: [uuid.UUID(int=group) for group in groups] for pk, groups in picked.items() if groups}
    if wanted:
        by_pk = {section.pk: section for section in drawable}
        condition = Q(pk__in=[])
        for pk, groups in wanted.items():
            condition |= compiled_filter(by_pk[pk]) & Q(translation_group__in=groups)
        fresh = _by_group(Question.objects.filter(condition).order_by("pk").values(*_ROW))
        stale = [pk for pk, groups in wanted.items() if any(group not in fresh for group in groups)]
        if stale:
            cache.delete_many([keys[pk] for pk in stale])
            for pk in stale:
                _LOCAL_GROUPS.pop(keys[pk], None)
            return None
        for pk, groups in wanted.items():
            rows[pk] = [_in_language(fresh[group], language)[0] for group in groups]
    return rows


def _in_language(rows: list[dict], language: str) -> tuple[dict, bool]:
    for row in rows:
        if row["language"] == language:
            return row, False
    return rows[0], True


def draw_items(*, exam, language: str, plan: Plan | None = None) -> list[Drawn]:
    """Fixed questions first, then each section's random draw; a translation group never appears twice."""
    plan = exam_plan(exam) if plan is None else plan
    sections, fixed = plan.sections, _fixed_rows(exam, plan.fixed_links)
    random_rows = _random_groups(sections, fixed, language=language, generation=plan.generation)
    if random_rows is None:  # a cached list was stale and is gone: those sections now read their candidates
        random_rows = _random_groups(sections, fixed, language=language, cached_lists=False, generation=plan.generation)
    used_groups: set = set()
    drawn: list[Drawn] = []
    for section in sections:
        groups = fixed.get(section.pk, {})
        rows = [_in_language(group_rows, language) for g, group_rows in groups.items() if g not in used_groups]
        rows += [(row, row["language"] != language) for row in random_rows.get(section.pk, [])]
        for row, fallback in rows:
            used_groups.add(row["translation_group"])
            drawn.append(Drawn(section.pk, row["pk"], row["current_version_id"], fallback, section.marks_per_question))
    if exam.shuffle_questions:
        _rng.shuffle(drawn)
    return drawn


def _version_key(pk: int) -> str:
    return f"exams:version-order:{pk}"


def _data_of(version) -> dict:
    """What freezing the order needs from a version: ids only, never a text, credit or right flag."""
    kind = version.question.qtype
    data = {"pk": version.pk, "kind": kind, "shuffle": version.shuffle, "used": version.used_at is not None}
    if kind in (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE):
        data["options"] = [a.pk for a in version.answers.all()]
    elif kind == QuestionType.MATCHING:
        pairs = list(version.pairs.all())
        data["stems"] = [p.pk for p in pairs if p.left.strip()]
        data["options"] = _distinct_right([(p.pk, p.right) for p in pairs])
    elif kind == QuestionType.ORDERING:
        data["options"] = [i.pk for i in version.items.all()]
    return data


def _distinct_right(pairs) -> list[int]:
    seen, options = set(), []
    for pk, right in pairs:  # one option per distinct answer text, as Moodle does (and `learner_view`)
        if right.strip() not in seen:
            seen.add(right.strip())
            options.append(pk)
    return options


def version_data(ids) -> dict[int, dict]:
    """{version id: what `order_from_data` needs}; used versions from the shared cache, the rest in up to four queries
    (the versions, then the answers, pairs or items of those of each kind).

    Only a version already used when read is cached: it never changes again. An unused one may still be edited in
    place, so it is read from the database until a start has used it.
    """
    ids = list(dict.fromkeys(ids))
    found = cache.get_many([_version_key(pk) for pk in ids])
    data = {pk: found[_version_key(pk)] for pk in ids if _version_key(pk) in found}
    missing = [pk for pk in ids if pk not in data]
    if not missing:
        return data
    for pk, kind, shuffle, used_at in QuestionVersion.objects.filter(pk__in=missing).values_list(
        "pk", "question__qtype", "shuffle", "used_at"
    ):
        data[pk] = {"pk": pk, "kind": kind, "shuffle": shuffle, "used": used_at is not None}
    children: dict = {pk: {"options": [], "stems": [], "pairs": []} for pk in missing}
    choices = [pk for pk in missing if pk in data and data[pk]["kind"] in _CHOICE_KINDS]
    for version_id, pk in (
        Answer.objects.filter(version_id__in=choices).order_by("sort_order", "pk").values_list("version_id", "pk")
    ):
        children[version_id]["options"].append(pk)
    matching = [pk for pk in missing if pk in data and data[pk]["kind"] == QuestionType.MATCHING]
    ordering = [pk for pk in missing if pk in data and data[pk]["kind"] == QuestionType.ORDERING]
    for version_id, pk, left, right in (
        MatchPair.objects.filter(version_id__in=matching)
        .order_by("sort_order", "pk")
        .values_list("version_id", "pk", "left", "right")
    ):
        children[version_id]["pairs"].append((pk, right))
        if left.strip():
            children[version_id]["stems"].append(pk)
    for version_id, pk in (
        OrderItem.objects.filter(version_id__in=ordering).order_by("sort_order", "pk").values_list("version_id", "pk")
    ):
        children[version_id]["options"].append(pk)
    for pk in missing:
        entry, child = data.get(pk), children[pk]
        if entry is None:
            continue
        if entry["kind"] == QuestionType.MATCHING:
            entry["stems"], entry["options"] = child["stems"], _distinct_right(child["pairs"])
        elif entry["kind"] in (*_CHOICE_KINDS, QuestionType.ORDERING):
            entry["options"] = child["options"]
    cache.set_many({_version_key(pk): data[pk] for pk in missing if pk in data and data[pk]["used"]}, VERSION_TIMEOUT)
    return data


def order_from_data(data: dict, *, seed: int) -> dict:
    """The order `learner_view(version, seed)` shows, from the version's ids alone (same generator, same steps)."""
    rng = random.Random(f"{data['pk']}:{seed}")  # noqa: S311 - shuffling, not security
    kind = data["kind"]
    options, stems = list(data.get("options", [])), list(data.get("stems", []))
    if kind in (QuestionType.SINGLE, QuestionType.MULTI):
        if data["shuffle"] and seed:
            rng.shuffle(options)
    elif kind == QuestionType.MATCHING:
        rng.shuffle(options)
    elif kind == QuestionType.ORDERING and len(options) > 1:
        original = list(options)
        while options == original:  # never show the answer as the starting order
            rng.shuffle(options)
    return {"options": options, "stems": stems}


def frozen_order(version, *, shuffle: bool) -> dict:
    """The order the version's parts are shown in, stored on the attempt item so every page load agrees."""
    return frozen_order_from_data(_data_of(version), shuffle=shuffle)


def frozen_order_from_data(data: dict, *, shuffle: bool) -> dict:
    # without shuffling, choices keep the author's order and the rest the order of seed 0
    return order_from_data(data, seed=_rng.randrange(1, 1 << 30) if shuffle else 0)


def versions_by_id(ids) -> dict:
    return {v.pk: v for v in with_content(QuestionVersion.objects.filter(pk__in=list(ids)))}
