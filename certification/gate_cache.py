"""The gate's reads through the shared cache: each person's facts, and departments and regions by code.

A person's facts (certificates with their status history, validity, departments and endorsements; active flag and
department) are cached under a token per person that every change to them replaces (`receivers.py` connects the
signals: certificates, status changes, endorsements, departments of a certificate, the person's own row). The facts
hold no verdict: whether a certificate is valid at the time asked about is decided per call (`eligibility_from`), so
an expiry needs no invalidation. Department, region and programme codes share one token.
"""

from __future__ import annotations

from django.core.cache import cache

from org.models import Department, Region, User

from . import caching
from .gate import PersonFacts, person_facts

PERSON_TIMEOUT = 60 * 60  # the token keeps entries right; the timeout only bounds what idle people occupy
PLACES_TIMEOUT = 5 * 60
CODES_VERSION = caching.key("gate", "codes", "v")


def person_version(pk: int) -> str:
    return caching.key("gate", "person", pk, "v")


def facts_for_employee(employee_id: str) -> PersonFacts | None:
    """The facts of the person with this employee ID, or None if nobody has it. No query when cached and current."""
    entry_key = caching.key("gate", "employee", employee_id)
    found = cache.get_many([entry_key, CODES_VERSION])
    stored = found.get(entry_key)
    if stored is not None and CODES_VERSION in found:
        stored_tokens, facts = stored
        if stored_tokens == (found[CODES_VERSION], cache.get(person_version(facts.pk))):
            return facts
    return _rebuild(entry_key, employee_id)


def _rebuild(entry_key: str, employee_id: str) -> PersonFacts | None:
    pk = User.objects.filter(employee_id=employee_id).values_list("pk", flat=True).first()
    if pk is None:
        return None
    # tokens before rows: a change committed after this point replaces them, so what is stored below is not used
    current = caching.tokens([CODES_VERSION, person_version(pk)])
    person = User.objects.filter(pk=pk).first()
    if person is None or person.employee_id != employee_id:
        return None  # renamed or removed in between: let the caller ask again
    facts = person_facts(person)
    cache.set(entry_key, (current, facts), PERSON_TIMEOUT)
    return facts


def places() -> tuple[dict[str, Department], dict[str, Region]]:
    """Departments and regions by code."""

    def build():
        return (
            {d.code: d for d in Department.objects.all()},
            {r.code: r for r in Region.objects.all()},
        )

    return caching.cached(caching.key("gate", "places"), [CODES_VERSION], build, PLACES_TIMEOUT)


def person_changed(*pks: int) -> None:
    caching.bump(*(person_version(pk) for pk in pks if pk is not None))


def codes_changed() -> None:
    caching.bump(CODES_VERSION)
