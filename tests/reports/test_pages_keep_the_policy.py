"""The dashboards keep the strict Content Security Policy: scripts are files, charts come as JSON data blocks."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

PAGES = ["reports:dashboard", "reports:coverage", "reports:pipeline", "reports:expiry", "reports:exams"]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_dashboard_page_has_only_external_scripts_and_json_data(client, personas, language):
    client.force_login(personas["hr"])
    for name in PAGES:
        with translation.override(language):
            url = reverse(name)
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for tag in html.split("<script")[1:]:
            opening = tag.split(">")[0]
            assert "src=" in opening or 'type="application/json"' in opening, f"inline script on {url}"
        assert "data-chart=" in html, url
        assert 'style="' not in html, url


def test_the_chinese_dashboard_is_served_under_its_prefix(client, personas):
    client.force_login(personas["head"])
    response = client.get("/zh-hans/hr/")
    assert response.status_code == 200
    assert 'lang="zh-Hans"' in response.content.decode()
