"""Creating, checking and revoking API keys."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from org.services.audit import audit_record

from . import caching
from .models import ApiKey

KEY_PREFIX = "iak"  # Interviewer Academy key
# last_used_at is a hint for HR, not an audit trail: write it at most this often per key
LAST_USED_RESOLUTION = timedelta(minutes=5)


def digest(key: str) -> str:
    # keys carry 256 random bits, so a fast hash is enough (no dictionary to attack)
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def api_key_create(*, name: str, created_by=None) -> tuple[ApiKey, str]:
    """Make a key; returns the row and the key itself, which is never stored and cannot be shown again."""
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the key a name that says who uses it."))
    if ApiKey.objects.filter(name=name, revoked_at__isnull=True).exists():
        raise ValidationError(_("An active key named %(name)s already exists.") % {"name": name})
    prefix = secrets.token_hex(4)
    key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiKey.objects.create(name=name, prefix=prefix, digest=digest(key), created_by=created_by)
    audit_record(
        kind="api_key_created",
        summary=f"API key {name!r} created ({prefix})",
        actor=created_by,
        data={"prefix": prefix},
    )
    return row, key


# a key's row is read from the shared cache for a short while; a revocation replaces its token, so it holds at once
ROW_TIMEOUT = 60


def version_key(prefix: str) -> str:
    return caching.key("api_key", prefix, "v")


def api_key_changed(prefix: str) -> None:
    caching.bump(version_key(prefix))


def prefix_of(key: str) -> str | None:
    """The prefix part of something shaped like a key (`iak_<prefix>_<secret>`), else None."""
    parts = key.split("_", 2)  # the secret part may itself contain "_"
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1]:
        return None
    return parts[1]


def known_here(key: str) -> str | None:
    """The key's prefix if this process holds a copy of that key's row and the key matches it, else None. Whether
    the copy is still current (not revoked since) is for `api_key_check` to say; this only tells a key seen before
    from a guess, so that nothing is counted against a real client's budget for a forged key."""
    prefix = prefix_of(key)
    if prefix is None:
        return None
    row = caching.local_copy(caching.key("api_key", prefix))
    if row is None or not secrets.compare_digest(row.digest, digest(key)):
        return None
    return prefix


def _active_row(prefix: str, found: dict | None = None) -> ApiKey | None:
    def build():
        return ApiKey.objects.filter(prefix=prefix, revoked_at__isnull=True).first()

    # one round trip for the token (none if `found` holds it); the row is this process's copy while it is current
    current = caching.tokens([version_key(prefix)], found)
    return caching.cached_local(caching.key("api_key", prefix), current, build, ROW_TIMEOUT)


def api_key_check(key: str, found: dict | None = None) -> ApiKey | None:
    """The active key matching `key`, or None. `found`: what a `get_many` of this call already read (the key's
    token, `version_key(prefix)`), if anything."""
    prefix = prefix_of(key)
    if prefix is None:
        return None
    token = version_key(prefix)
    row = _active_row(prefix, {token: found[token]} if found and token in found else None)
    if row is None or not secrets.compare_digest(row.digest, digest(key)):
        return None
    now = timezone.now()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        # compare-and-swap, so concurrent requests record one use per period, not one each
        if ApiKey.objects.filter(pk=row.pk, last_used_at=row.last_used_at).update(last_used_at=now):
            audit_record(
                kind="api_key_used", summary=f"API key {row.name!r} in use ({row.prefix})", data={"prefix": row.prefix}
            )
        api_key_changed(row.prefix)  # the cached row's last_used_at is out of date either way
    return row


def api_key_revoke(*, key: ApiKey, actor=None) -> ApiKey:
    if key.revoked_at is None:
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])  # the save signal replaces the key's cache token (api_key_changed)
        audit_record(
            kind="api_key_revoked",
            summary=f"API key {key.name!r} revoked ({key.prefix})",
            actor=actor,
            data={"prefix": key.prefix},
        )
    return key
