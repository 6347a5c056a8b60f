"""How a single sign-on identity is matched to a person (the browser round trip is in tests/e2e)."""

from __future__ import annotations

import pytest

from org.sso import PeopleOIDCBackend, sso_enabled
from tests.factories import UserFactory


@pytest.fixture
def sso(settings):
    settings.OIDC_RP_CLIENT_ID = "lms"
    settings.OIDC_RP_CLIENT_SECRET = "secret"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = "http://idp.invalid/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = "http://idp.invalid/token"
    settings.OIDC_OP_USER_ENDPOINT = "http://idp.invalid/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = "http://idp.invalid/jwks"
    return PeopleOIDCBackend()


@pytest.mark.django_db
def test_an_identity_is_matched_by_employee_id_first(sso):
    person = UserFactory(username="a", employee_id="E4242", email="a@example.com")
    UserFactory(username="b", email="shared@example.com")
    assert list(sso.filter_users_by_claims({"employee_id": "E4242", "email": "shared@example.com"})) == [person]


@pytest.mark.django_db
def test_an_identity_is_matched_by_email_ignoring_case(sso):
    person = UserFactory(username="c", email="Chen.Jing@example.com")
    assert list(sso.filter_users_by_claims({"email": "chen.jing@EXAMPLE.com"})) == [person]


@pytest.mark.django_db
def test_unknown_and_deactivated_people_are_refused(sso):
    UserFactory(username="gone", email="gone@example.com", is_active=False)
    assert not sso.filter_users_by_claims({"email": "gone@example.com"}).exists()
    assert not sso.filter_users_by_claims({"email": "stranger@example.com"}).exists()
    assert not sso.filter_users_by_claims({}).exists()
    assert sso.create_user({"email": "stranger@example.com"}) is None


@pytest.mark.django_db
def test_password_sign_in_works_when_sso_is_not_configured(client):
    assert not sso_enabled()
    UserFactory(username="local")
    response = client.post("/accounts/login/", {"username": "local", "password": "pw-for-tests"})
    assert response.status_code == 302
    assert client.get("/oidc/authenticate/").status_code == 404


@pytest.mark.django_db
def test_the_sign_in_page_offers_sso_only_when_configured(client, settings):
    assert "oidc/authenticate" not in client.get("/accounts/login/").content.decode()
    settings.OIDC_RP_CLIENT_ID = "lms"
    settings.OIDC_PROVIDER_NAME = "Acme ID"
    html = client.get("/accounts/login/").content.decode()
    assert "/oidc/authenticate/" in html and "Sign in with Acme ID" in html
    assert "did not match" in client.get("/accounts/login/?sso=failed").content.decode()
