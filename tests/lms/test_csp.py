from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_product_pages_forbid_inline_script(client):
    policy = client.get("/accounts/login/")["Content-Security-Policy"]
    script_src = next(d.split() for d in policy.split(";") if d.strip().startswith("script-src"))
    # 'self' only, or 'self' plus a per-request nonce on pages that use one
    assert script_src[1] == "'self'" and all(s.startswith("'nonce-") for s in script_src[2:])
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "object-src 'none'" in policy


@pytest.mark.django_db
def test_the_cms_gets_the_looser_policy_its_editors_need(client, personas):
    client.force_login(personas["editor"])
    policy = client.get("/cms/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "nonce-" not in policy


@pytest.mark.django_db
def test_product_pages_have_no_inline_script(client, personas):
    client.force_login(personas["hr"])
    for path in ("/", "/zh-hans/", "/people/", "/people/import/", "/notifications/"):
        html = client.get(path).content.decode()
        for tag in html.split("<script")[1:]:
            assert "src=" in tag.split(">")[0], f"inline script on {path}"
