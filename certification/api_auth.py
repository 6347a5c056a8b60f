"""`Authorization: Api-Key <key>` for outside systems, and what such a key may do (read, and the side-effect-free
checks a view marks with `allow_api_key_post = True`)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions, permissions

from .api_keys import api_key_check

KEYWORD = "Api-Key"


class ApiKeyClient:
    """Stands in for request.user when a system, not a person, calls."""

    is_authenticated = True
    is_anonymous = False
    is_active = True
    pk = None

    def __init__(self, key):
        self.key = key

    def __str__(self) -> str:
        return f"api-key:{self.key.prefix}"

    def has_perm(self, perm, obj=None) -> bool:
        return False


def presented_key(request) -> str | None:
    """The key in an `Authorization: Api-Key <key>` header (possibly empty), or None for any other header or none."""
    header = authentication.get_authorization_header(request).decode("latin-1")
    scheme, _sep, key = header.partition(" ")
    return key.strip() if header and scheme == KEYWORD else None


class ApiKeyAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        key = presented_key(request)
        if key is None:
            return None
        # `cache_found`: what the view already read from the cache for this call (see certification/api.py)
        row = api_key_check(key, getattr(request, "cache_found", None)) if key else None
        if row is None:
            raise exceptions.AuthenticationFailed(_("The API key is not valid or has been revoked."))
        return ApiKeyClient(row), row

    def authenticate_header(self, request):
        return KEYWORD


class ApiKeyReadOnly(permissions.BasePermission):
    """Keys may read; they may POST only to views that declare the call free of side effects."""

    message = _("API keys are read-only.")

    def has_permission(self, request, view):
        if not isinstance(request.user, ApiKeyClient):
            return True
        if request.method in permissions.SAFE_METHODS:
            return True
        return request.method == "POST" and getattr(view, "allow_api_key_post", False)
