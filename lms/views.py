"""The site's shell: home, sign-in, language, health, and friendly error pages."""

from __future__ import annotations

import logging
import sys
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.db import InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from org.forms import LoginForm, PasswordChangeForm, PasswordResetForm, SetPasswordForm  # noqa: F401
from org.models import Language
from org.services.audit import audit_record
from org.services.notifications import notification_send
from org.sso import sso_enabled

log = logging.getLogger(__name__)


def home(request):
    return render(request, "home.html")


class LoginPageMixin:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sso_enabled"] = sso_enabled()
        context["sso_provider"] = settings.OIDC_PROVIDER_NAME or _("your company account")
        context["sso_failed"] = self.request.GET.get("sso") == "failed"
        return context


class LoginView(LoginPageMixin, auth_views.LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        """Without ?next=, land on the home page in the person's preferred language."""
        language = self.request.user.preferred_language
        with translation.override(language):
            from django.urls import reverse

            return reverse("home")


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm

    def form_valid(self, form):
        response = super().form_valid(form)
        notification_send(recipient=self.request.user, kind="password_changed")
        audit_record(
            kind="password_changed",
            summary=f"{self.request.user.username} changed their password",
            actor=self.request.user,
            subject=self.request.user,
            request=self.request,
        )
        messages.success(self.request, _("Your password was changed."))
        return response


def sso_authenticate(request):
    """Start single sign-on; a 404 where it is not configured."""
    if not sso_enabled():
        raise Http404
    from mozilla_django_oidc.views import OIDCAuthenticationRequestView

    return OIDCAuthenticationRequestView.as_view()(request)


def sso_callback(request):
    """Finish single sign-on: only an existing, active person gets in (org.sso.PeopleOIDCBackend)."""
    if not sso_enabled():
        raise Http404
    from mozilla_django_oidc.views import OIDCAuthenticationCallbackView

    return OIDCAuthenticationCallbackView.as_view()(request)


@require_POST
def set_language(request):
    """Switch language, keep the person on the same page, and remember the choice for logged-in people."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    if language not in dict(settings.LANGUAGES):
        return HttpResponseRedirect(next_url)
    # resolve the page in the language it is in now, then reverse it in the new one
    with translation.override(translation.get_language_from_path(next_url) or settings.LANGUAGE_CODE):
        response = HttpResponseRedirect(translate_url(next_url, language))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    user = request.user
    if user.is_authenticated and user.preferred_language != language and language in Language.values:
        get_user_model().objects.filter(pk=user.pk).update(preferred_language=language)
    return response


@require_GET
@never_cache
def healthz(request):
    """Liveness: the process answers. Touches nothing else, so a database outage does not restart web workers."""
    return JsonResponse({"status": "ok"})


@require_GET
@never_cache
def readyz(request):
    """Readiness: 503 only when the database is unreachable; the broker's state is reported, not required."""
    body = {"database": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means not ready
        log.warning("readyz: database unreachable: %s", exc)
        body.update(database="unreachable", broker=_broker_state(), status="unavailable")
        return JsonResponse(body, status=503)
    body.update(broker=_broker_state(), status="ok")
    return JsonResponse(body)


def _broker_state() -> str:
    """Probe the broker at most every few seconds per process: readiness probes arrive often."""
    global _broker_checked_at, _broker_last_state
    now = time.monotonic()
    if now - _broker_checked_at < BROKER_PROBE_SECONDS:
        return _broker_last_state
    from lms.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=1)
        state = "ok"
    except Exception as exc:
        log.warning("readyz: broker unreachable: %s", exc)
        state = "unreachable"
    _broker_checked_at, _broker_last_state = now, state
    return state


BROKER_PROBE_SECONDS = 5.0
_broker_checked_at = float("-inf")
_broker_last_state = "unknown"


def permission_denied(request, exception=None):
    return render(request, "errors/403.html", status=403)


def page_not_found(request, exception=None):
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"code": "not_found", "message": _("No such API endpoint.")}}, status=404)
    return render(request, "errors/404.html", status=404)


# How long clients are asked to wait before trying again while the database is unavailable.
RETRY_AFTER_SECONDS = 10


def database_unavailable(exc: BaseException | None) -> bool:
    """The database cannot serve the request now (down, restarting, a dropped connection, a lock timeout)."""
    return isinstance(exc, OperationalError | InterfaceError)


def server_error(request):
    """Django's handler500, called while the unhandled exception is being handled.

    A database outage is not a bug: it answers 503 with Retry-After (JSON with the API's error shape under /api/),
    so clients and proxies retry, and nothing half-done is kept because the request's transaction rolled back.
    """
    # no request context: the failure may be in a context processor or the database
    from django.http import HttpResponse, HttpResponseServerError
    from django.template import loader

    context = {"request": None, "LANGUAGE_CODE": translation.get_language()}
    if not database_unavailable(sys.exc_info()[1]):
        return HttpResponseServerError(loader.get_template("errors/500.html").render(context))
    if request.path.startswith("/api/"):
        message = _("The service is briefly unavailable. Please try again in a moment.")
        response = JsonResponse({"error": {"code": "service_unavailable", "message": message}}, status=503)
    else:
        response = HttpResponse(loader.get_template("errors/503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
