"""Reads other apps and the views use. They return QuerySets with what the caller needs prefetched."""

from __future__ import annotations

from django.db.models import F, Prefetch, Q, QuerySet

from .models import Answer, Category, MatchPair, OrderItem, Purpose, Question, QuestionAccess, QuestionVersion
from .services.categories import join_path


def categories_under(path: str) -> QuerySet[Category]:
    """The category at an English `path` and all its descendants."""
    path = join_path(path)
    return Category.objects.filter(Q(path=path) | Q(path__startswith=f"{path}/"))


def with_content(versions: QuerySet[QuestionVersion]) -> QuerySet[QuestionVersion]:
    """Versions with everything scoring and rendering read, in a fixed number of queries."""
    return versions.select_related("question", "question__category").prefetch_related(
        Prefetch("answers", queryset=Answer.objects.order_by("sort_order", "pk")),
        Prefetch("pairs", queryset=MatchPair.objects.order_by("sort_order", "pk")),
        Prefetch("items", queryset=OrderItem.objects.order_by("sort_order", "pk")),
        "rubric",
    )


def live_questions(*, purpose: str) -> QuerySet[Question]:
    return Question.objects.filter(purpose=purpose, retired_at__isnull=True, current_version__isnull=False)


def questions_in_category(*, category_path: str, purpose: str) -> QuerySet[Question]:
    return live_questions(purpose=purpose).filter(category__in=categories_under(category_path))


def practice_versions(*, category_path: str, language: str, count: int) -> list[QuestionVersion]:
    """Up to `count` practice items from a category tree, each in `language` or else its other-language twin.

    Never exam items: the filter on purpose is here, in the one place the practice endpoint reads from.
    """
    questions = list(
        questions_in_category(category_path=category_path, purpose=Purpose.PRACTICE)
        .order_by("category__path", "pk")
        .values("pk", "translation_group", "language", "current_version_id")
    )
    chosen: dict = {}
    for q in questions:
        best = chosen.get(q["translation_group"])
        if best is None or (best["language"] != language and q["language"] == language):
            chosen[q["translation_group"]] = q
    picked = sorted(chosen.values(), key=lambda q: questions.index(q))[: max(0, count)]
    ids = [q["current_version_id"] for q in picked]
    versions = {v.pk: v for v in with_content(QuestionVersion.objects.filter(pk__in=ids))}
    return [versions[i] for i in ids]


def exam_questions(*, category_path: str) -> QuerySet[Question]:
    """Live exam items in a category tree (every language); exams pick each learner's language by translation_group."""
    return questions_in_category(category_path=category_path, purpose=Purpose.EXAM).select_related("current_version")


def question_in_language(question: Question, language: str) -> Question:
    """The twin of `question` in `language`, or the question itself when there is none."""
    if question.language == language:
        return question
    return Question.objects.filter(translation_group=question.translation_group, language=language).first() or question


def exam_item_insiders(question_ids) -> set[int]:
    """People who wrote, edited, viewed or exported these items or their translations: they may not sit them."""
    ids = list(question_ids)
    groups = Question.objects.filter(pk__in=ids).values("translation_group")
    family = Question.objects.filter(translation_group__in=groups)
    authors = set(family.exclude(author__isnull=True).values_list("author_id", flat=True))
    audited = set(QuestionAccess.objects.filter(question__in=family).values_list("user_id", flat=True))
    return authors | audited


def translation_groups_touched_by(*, user) -> set:
    """The translation groups of every question `user` authored or has an access record for (viewed, edited,
    exported), in one query that starts from the person (both halves are indexed by person)."""
    authored = Question.objects.filter(author_id=user.pk).order_by().values_list("translation_group", flat=True)
    accessed = QuestionAccess.objects.filter(user_id=user.pk).order_by()
    accessed = accessed.values_list("question__translation_group", flat=True)
    return set(authored.union(accessed))


INSIDER_GROUPS_INLINE = 500  # beyond this many touched groups the check names them by subquery instead


def is_exam_item_insider(*, user, questions: QuerySet[Question], groups: set | None = None) -> bool:
    """Whether `user` wrote, edited, viewed or exported any of `questions` or a translation of one.

    First the groups the person touched (`translation_groups_touched_by`, or `groups` when the caller has them):
    the cost follows the person's own history, never the size of `questions`, which is not loaded. Most people
    touched nothing, so that one query answers; otherwise one more asks whether `questions` holds any of them.
    """
    groups = translation_groups_touched_by(user=user) if groups is None else groups
    if not groups:
        return False
    if len(groups) <= INSIDER_GROUPS_INLINE:
        return questions.filter(translation_group__in=groups).exists()
    authored = Question.objects.filter(author_id=user.pk).values("translation_group")
    accessed = QuestionAccess.objects.filter(user_id=user.pk).values("question__translation_group")
    return questions.filter(Q(translation_group__in=authored) | Q(translation_group__in=accessed)).exists()


def bank_list() -> QuerySet[QuestionVersion]:
    """The admin list: every question's current version with what the columns show."""
    return (
        QuestionVersion.objects.filter(question__current_version=F("pk"))
        .select_related("question", "question__category", "question__author")
        .prefetch_related("question__tags")
    )
