"""What every API response shares: errors as {"error": {"code", "message"}}, and per-client rate limits."""

from __future__ import annotations

from django.utils.encoding import force_str
from rest_framework import exceptions, throttling
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.views import exception_handler as drf_exception_handler

from .cache import count as cache_count

CODES = {
    exceptions.NotAuthenticated: "not_authenticated",
    exceptions.AuthenticationFailed: "authentication_failed",
    exceptions.PermissionDenied: "permission_denied",
    exceptions.NotFound: "not_found",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.Throttled: "rate_limited",
    exceptions.ParseError: "malformed_request",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.ValidationError: "invalid",
}


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real server error: Django's 500 handling and logging take over
    code = next((c for kind, c in CODES.items() if isinstance(exc, kind)), "error")
    detail = getattr(exc, "detail", None)
    body = {"error": {"code": getattr(exc, "error_code", code), "message": _message(detail)}}
    if isinstance(exc, exceptions.ValidationError) and isinstance(detail, dict):
        body["error"]["fields"] = {
            k: [force_str(m) for m in (v if isinstance(v, list) else [v])] for k, v in detail.items()
        }
    response.data = body
    return response


def _message(detail) -> str:
    if detail is None:
        return ""
    if isinstance(detail, dict):
        return "; ".join(f"{k}: {_message(v)}" for k, v in detail.items())
    if isinstance(detail, list):
        return " ".join(_message(d) for d in detail)
    return force_str(detail)


class ApiError(exceptions.APIException):
    """An error with a stable machine-readable code, e.g. ApiError("unknown_employee", "...", status=404)."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(detail=message)
        self.error_code = code
        self.status_code = status


class ClientRateThrottle(throttling.SimpleRateThrottle):
    """One budget per API key, per signed-in person, or per address; counted in the shared cache.

    A counter per client and fixed window (`lms.cache.count`: one atomic round trip on Redis), not DRF's list of
    every request's time, which the cache pickled and rewrote on each call (1,200 floats at the default rate). A
    client can spend up to twice its rate across a window's boundary, which is the usual price of a fixed window.
    """

    scope = "api"

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        window = int(self.now // self.duration)
        self.window_end = (window + 1) * self.duration
        counter = f"{self.key}:{window}"
        counted = getattr(request, "counted", None)  # (counter, value) if the view counted with its first read
        if counted is not None and counted[0] == counter:
            count = counted[1]
        else:
            count = cache_count(self.cache, counter, self.duration + 1)
        if count > self.num_requests:
            return self.throttle_failure()
        return True

    def wait(self):
        return max(0.0, self.window_end - self.now)

    def counter_for_api_key(self, prefix: str) -> tuple[str, int] | None:
        """The counter `allow_request` will use for a call made with the key of this prefix, and its timeout
        (None when there is no limit), so that a view can count in the same cache round trip as its own reads;
        `allow_request` then takes that count (it must not be counted for a key that turns out to be invalid)."""
        if self.rate is None:
            return None
        window = int(self.timer() // self.duration)
        ident = self.cache_format % {"scope": self.scope, "ident": f"key:{prefix}"}
        return f"{ident}:{window}", self.duration + 1

    def get_cache_key(self, request, view):
        auth = getattr(request, "auth", None)
        if auth is not None and hasattr(auth, "prefix"):
            ident = f"key:{auth.prefix}"
        elif request.user and request.user.is_authenticated:
            ident = f"user:{request.user.pk}"
        else:
            ident = f"ip:{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class ContentNegotiation(DefaultContentNegotiation):
    """DRF's negotiation, answered at once for what nearly every call sends to a view with one renderer (no Accept
    header, `*/*`, or that renderer's own media type) with the answer DRF would give; anything else goes to DRF."""

    def select_renderer(self, request, renderers, format_suffix=None):
        if len(renderers) == 1 and not format_suffix:
            only = renderers[0]
            accept = request.META.get("HTTP_ACCEPT", "*/*").strip()
            if accept in ("*/*", only.media_type) and self.settings.URL_FORMAT_OVERRIDE not in request.GET:
                return only, only.media_type
        return super().select_renderer(request, renderers, format_suffix)
