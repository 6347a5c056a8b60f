from __future__ import annotations

import pytest
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
