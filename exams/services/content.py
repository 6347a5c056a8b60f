"""What the attempt page shows of a version, kept in the shared cache once the version is used.

A used version never changes (editing it makes a new version), so its texts can be cached by version id without
any invalidation. The cached content holds what the learner sees and nothing else: the type, name, stem, response
template and the texts of the choices, matching pairs or ordering items by their ids. Never a credit, a right flag,
feedback or a rubric: those stay in the database and are read only for scoring and review.
"""

from __future__ import annotations

from django.core.cache import cache

from question_bank.models import QuestionType, QuestionVersion
from question_bank.selectors import with_content

CONTENT_TIMEOUT = 7 * 24 * 3600


def _key(pk: int) -> str:
    return f"exams:version-content:{pk}"


def content_of(version) -> dict:
    """The learner-facing content of a version loaded `with_content` (or with its children prefetched)."""
    kind = version.question.qtype
    if kind == QuestionType.MATCHING:
        texts = {p.pk: (p.left, p.right) for p in version.pairs.all()}
    elif kind == QuestionType.ORDERING:
        texts = {i.pk: i.text for i in version.items.all()}
    else:
        texts = {a.pk: a.text for a in version.answers.all()}
    return {
        "pk": version.pk,
        "kind": kind,
        "name": version.name,
        "stem": version.stem,
        "response_template": version.response_template,
        "texts": texts,
        "used": version.used_at is not None,
    }


def version_content(ids) -> dict[int, dict]:
    """{version id: `content_of(version)`}: used versions from the shared cache (one round trip), the others read
    with their children (a fixed number of queries) and cached if used."""
    ids = list(dict.fromkeys(ids))
    found = cache.get_many([_key(pk) for pk in ids])
    content = {pk: found[_key(pk)] for pk in ids if _key(pk) in found}
    missing = [pk for pk in ids if pk not in content]
    if missing:
        read = {v.pk: content_of(v) for v in with_content(QuestionVersion.objects.filter(pk__in=missing))}
        content.update(read)
        cache.set_many({_key(pk): data for pk, data in read.items() if data["used"]}, CONTENT_TIMEOUT)
    return content
