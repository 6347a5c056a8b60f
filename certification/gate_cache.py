"""The gate's reads through the shared cache: each person's facts, and departments and regions by code.

A person's facts (certificates with their status history, validity, departments and endorsements; active flag and
department) are cached under a token per person that every change to them replaces (`receivers.py` connects the
signals: certificates, status changes, endorsements, departments of a certificate, the person's own row). The facts
hold no verdict: whether a certificate is valid at the time asked about is decided per call (`eligibility_from`), so
an expiry needs no invalidation. Department, region and programme codes share one token.
"""

from __future__ import annotations

import hashlib
import re

from django.core.cache import cache

from org.models import Department, Region, User

from . import caching
from .gate import PersonFacts, person_facts

PERSON_TIMEOUT = 60 * 60  # the token keeps entries right; the timeout only bounds what idle people occupy
PLACES_TIMEOUT = 5 * 60
CODES_VERSION = caching.key("gate", "codes", "v")


def person_version(pk: int) -> str:
    return caching.key("gate", "person", pk, "v")


PLACES_KEY = caching.key("gate", "places")
PLAIN_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def _employee_key(employee_id: str) -> str:
    if not PLAIN_ID.fullmatch(employee_id):  # whatever a client sends: spaces, control characters, any length
        employee_id = "sha256:" + hashlib.sha256(employee_id.encode("utf-8", "surrogatepass")).hexdigest()
    return caching.key("gate", "employee", employee_id)


def facts_for_employee(employee_id: str) -> PersonFacts | None:
    """The facts of the person with this employee ID, or None if nobody has it. No query when cached and current."""
    return lookup(employee_id)[1]


# employee ID -> person pk last seen in this process: lets `lookup` read the person's token in the same round trip as
# their entry. Only a guess: the entry's own pk decides which token is checked, so a stale guess costs a round trip.
_PK_GUESS: dict[str, int] = {}
_PK_GUESS_MAX = 100_000


def lookup_keys(employee_id: str) -> list[str]:
    """What `lookup` reads from the cache: the person's entry, the codes' token and, if this process has seen the
    employee ID before, the token of the person it belonged to."""
    keys = [_employee_key(employee_id), CODES_VERSION]
    guess = _PK_GUESS.get(employee_id)
    if guess is not None:
        keys.append(person_version(guess))
    return keys


def lookup(
    employee_id: str, found: dict | None = None
) -> tuple[tuple[dict[str, Department], dict[str, Region]], PersonFacts | None]:
    """Departments and regions by code, and the facts of the person with this employee ID (None if nobody has it):
    what an eligibility call needs, in one cache round trip and no query when all is cached and current (the codes
    come from this process's copy while their token is current). `found`: the result of a `get_many` of
    `lookup_keys(employee_id)` made with other reads of the same call, if any."""
    entry_key = _employee_key(employee_id)
    if found is None:
        found = cache.get_many(lookup_keys(employee_id))
    stored = found.get(entry_key)
    codes = caching.tokens([CODES_VERSION], {k: found[k] for k in (CODES_VERSION,) if k in found})
    found_places = _places_for(codes)
    if stored is not None:
        stored_tokens, facts = stored
        version = person_version(facts.pk)
        if version in found:
            person_token = found[version]
        else:  # not asked for in the same read: the employee ID is new to this process, or was another person's
            person_token = cache.get(version)
            _remember(employee_id, facts.pk)
        if stored_tokens == (codes[0], person_token):
            return found_places, facts
    facts = _rebuild(entry_key, employee_id)
    if facts is not None:
        _remember(employee_id, facts.pk)
    return found_places, facts


def _remember(employee_id: str, pk: int) -> None:
    if len(_PK_GUESS) >= _PK_GUESS_MAX:
        _PK_GUESS.clear()
    _PK_GUESS[employee_id] = pk


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
    return _places_for(caching.tokens([CODES_VERSION]))


def _places_for(codes: tuple[str, ...]) -> tuple[dict[str, Department], dict[str, Region]]:
    def build():
        # `codes` was read before these rows: a change committed after it replaces the token
        return ({d.code: d for d in Department.objects.all()}, {r.code: r for r in Region.objects.all()})

    return caching.cached_local(PLACES_KEY, codes, build, PLACES_TIMEOUT)


def person_changed(*pks: int) -> None:
    caching.bump(*(person_version(pk) for pk in pks if pk is not None))


def codes_changed() -> None:
    caching.bump(CODES_VERSION)
