"""Single sign-on end to end: a local OpenID provider in its own process, the site as the relying party."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ROOT
from tests.factories import UserFactory

PROVIDER_SETUP = """
from django.contrib.auth.models import User
from oidc_provider.models import Client, ResponseType
for name, email in [("wang.fang", "wang.fang@acme.example"), ("left.company", "left@acme.example"),
                    ("stranger", "stranger@acme.example")]:
    User.objects.create_user(name, email, "acme-pass")
client = Client.objects.create(name="lms", client_id="lms", client_secret="lms-secret", client_type="confidential",
                               jwt_alg="RS256", require_consent=False, reuse_consent=True)
client.redirect_uris = ["{redirect}"]
client.save()
client.response_types.add(ResponseType.objects.get(value="code"))
"""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def provider(tmp_path, live_server):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.sso_provider.settings",
        "SSO_PROVIDER_DB": str(tmp_path / "provider.sqlite3"),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    def django(*args):
        subprocess.run([sys.executable, "-m", "django", *args], env=env, cwd=ROOT, check=True, capture_output=True)

    django("migrate", "--noinput")
    django("creatersakey")
    django("shell", "-c", PROVIDER_SETUP.replace("{redirect}", f"{live_server.url}/oidc/callback/"))
    port = free_port()
    log = open(tmp_path / "provider.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/openid/.well-known/openid-configuration", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(f"the identity provider did not start: {Path(log.name).read_text()[-2000:]}")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def sso_settings(settings, provider):
    settings.OIDC_RP_CLIENT_ID = "lms"
    settings.OIDC_RP_CLIENT_SECRET = "lms-secret"  # noqa: S105
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{provider}/openid/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{provider}/openid/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{provider}/openid/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{provider}/openid/jwks"
    settings.OIDC_PROVIDER_NAME = "Acme ID"
    return provider


def sso_sign_in(page, base_url, username):
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_role("link", name="Sign in with Acme ID").click()
    page.get_by_label("Acme username").fill(username)
    page.get_by_label("Acme password").fill("acme-pass")
    page.get_by_role("button", name="Continue").click()


def test_a_known_person_signs_in_through_the_company_identity_provider(
    page, live_server, demo, sso_settings, check_a11y
):
    UserFactory(username="wf", email="Wang.Fang@acme.example", display_name="Wang Fang (SSO)")
    page.goto(f"{live_server.url}/accounts/login/")
    check_a11y(page, "sign-in page with single sign-on")
    sso_sign_in(page, live_server.url, "wang.fang")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Wang Fang (SSO)")


def test_unknown_and_deactivated_people_are_turned_away(page, live_server, demo, sso_settings):
    UserFactory(username="left", email="left@acme.example", is_active=False)
    for username in ("left.company", "stranger"):
        page.context.clear_cookies()
        sso_sign_in(page, live_server.url, username)
        expect(page.get_by_role("alert")).to_contain_text("did not match an active person")
