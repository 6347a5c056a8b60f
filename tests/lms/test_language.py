from __future__ import annotations

import re

import pytest

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.django_db
def test_the_root_is_english_and_zh_hans_is_chinese_whatever_the_browser_asks(client, personas):
    client.force_login(personas["learner"])
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    chinese = client.get("/zh-hans/").content.decode()
    assert 'lang="en"' in english and "Welcome" in english
    assert 'lang="zh-Hans"' in chinese and len(CHINESE.findall(chinese)) > 40
    assert "Welcome" not in chinese


@pytest.mark.django_db
def test_there_is_no_en_prefix(client):
    assert client.get("/en/").status_code == 404


@pytest.mark.django_db
def test_the_switcher_keeps_the_page_and_remembers_the_choice(client, personas):
    learner = personas["learner"]
    client.force_login(learner)
    response = client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/notifications/"})
    assert response.status_code == 302 and response["Location"] == "/zh-hans/notifications/"
    learner.refresh_from_db()
    assert learner.preferred_language == "zh-hans"
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/zh-hans/notifications/"})
    assert response["Location"] == "/notifications/"


@pytest.mark.django_db
def test_the_switcher_refuses_to_send_people_to_another_site(client):
    response = client.post("/i18n/setlang/", {"language": "zh-hans", "next": "https://evil.example.com/"})
    assert response["Location"] == "/zh-hans/"


@pytest.mark.django_db
def test_sign_in_lands_on_the_home_page_in_the_preferred_language(client, personas):
    learner = personas["learner"]
    learner.preferred_language = "zh-hans"
    learner.save()
    response = client.post("/accounts/login/", {"username": learner.username, "password": "pw-for-tests"})
    assert response.status_code == 302 and response["Location"] == "/zh-hans/"


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/zh-hans"])
def test_error_pages_are_friendly_in_both_languages(client, personas, prefix):
    response = client.get(f"{prefix}/no-such-page/")
    assert response.status_code == 404
    text = response.content.decode()
    assert ("找不到" in text) if prefix else ("could not find" in text)
    client.force_login(personas["learner"])
    response = client.get(f"{prefix}/people/import/")
    assert response.status_code == 403
    text = response.content.decode()
    assert ("无权" in text) if prefix else ("do not have access" in text)
