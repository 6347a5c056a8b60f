from __future__ import annotations

import json

import pytest
from django.db import IntegrityError, InterfaceError, OperationalError
from django.test import RequestFactory
from django.utils import translation

from lms.views import server_error


@pytest.mark.parametrize(("language", "words"), [("en", "Something went wrong"), ("zh-hans", "出错")])
def test_the_500_page_renders_without_a_database_in_either_language(language, words):
    # no db fixture: the page must render even when the database is what failed
    with translation.override(language):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert words in response.content.decode()


@pytest.mark.django_db
def test_an_unhandled_error_shows_the_friendly_page(client, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    from unittest import mock

    with mock.patch("lms.views.render", side_effect=RuntimeError("boom")):
        response = client.get("/")
    assert response.status_code == 500
    assert "nothing you saved is lost" in response.content.decode()


def _while_handling(exc: Exception, path: str = "/"):
    """Call handler500 as Django does: inside the `except` block of the unhandled exception."""
    try:
        raise exc
    except Exception:
        return server_error(RequestFactory().get(path))


@pytest.mark.parametrize(("language", "words"), [("en", "Briefly unavailable"), ("zh-hans", '<html lang="zh-Hans">')])
@pytest.mark.parametrize("exc", [OperationalError("server closed the connection"), InterfaceError("closed")])
def test_a_database_outage_is_a_503_page_that_asks_to_retry_without_a_database(language, words, exc):
    with translation.override(language):
        response = _while_handling(exc)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    assert words in response.content.decode()


def test_a_database_outage_under_the_api_is_a_503_in_the_api_error_shape():
    response = _while_handling(OperationalError("connection refused"), "/api/v1/interviewers/")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["error"]["code"] == "service_unavailable"


def test_other_errors_stay_500_pages():
    assert _while_handling(IntegrityError("duplicate")).status_code == 500
    assert _while_handling(RuntimeError("boom")).status_code == 500


@pytest.mark.django_db
def test_a_database_error_in_a_view_reaches_the_browser_as_the_503_page(client, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    from unittest import mock

    with mock.patch("lms.views.render", side_effect=OperationalError("terminating connection")):
        response = client.get("/")
    assert response.status_code == 503
    assert "cannot reach its database" in response.content.decode()
