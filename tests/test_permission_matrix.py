"""Every URL of the project's own apps × every persona. A URL added without an entry fails the suite.

Entries live beside each app's tests in `tests/<app>/url_permissions.py` (see tests/permissions). Statuses:
200/403/404/405 as is; LOGIN means a redirect to the sign-in page; another 3xx number is any other redirect.
Third-party admins are covered by prefix rules (ADMIN_PREFIXES).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest
from django.conf import settings
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver, reverse

from tests.permissions import LOGIN, PERSONAS, everyone, signed_in

PROJECT_URLCONFS = {"lms.urls", *(f"{app}.urls" for app in settings.PROJECT_APPS)}
MODULES = [
    importlib.import_module(f"tests.{path.parent.name}.url_permissions")
    for path in sorted(Path(__file__).parent.glob("*/url_permissions.py"))
]
MATRIX = {name: entry for module in MODULES for name, entry in module.ENTRIES.items()}

ADMIN_PREFIXES = {
    "/cms/": signed_in(302, anonymous=302, hr=200, editor=200, assessor=200),
    "/django-admin/": everyone(302),
}


def project_url_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns, namespace, urlconf):
        for p in patterns:
            if isinstance(p, URLResolver):
                if isinstance(p.pattern, LocalePrefixPattern):  # i18n_patterns: still the including urlconf
                    inner = urlconf
                elif isinstance(p.urlconf_name, ModuleType):
                    inner = p.urlconf_name.__name__
                else:
                    inner = str(p.urlconf_name)
                if inner in PROJECT_URLCONFS:
                    ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                    walk(p.url_patterns, ns, inner)
            elif isinstance(p, URLPattern) and urlconf in PROJECT_URLCONFS:
                assert p.name, f"unnamed URL pattern {p.pattern} in {urlconf}"
                names.add(namespace + p.name)

    walk(get_resolver().url_patterns, "", settings.ROOT_URLCONF)
    return names


def test_every_project_url_has_an_entry_in_the_matrix():
    names = project_url_names()
    assert names - set(MATRIX) == set(), "add these URLs to a tests/<app>/url_permissions.py"
    assert set(MATRIX) - names == set(), "these matrix entries name URLs that no longer exist"


def test_every_entry_speaks_of_every_persona():
    for name, (_method, _kwargs, expected) in MATRIX.items():
        assert set(expected) == set(PERSONAS), name


@pytest.fixture
def objects(personas):
    made = {}
    for module in MODULES:
        if hasattr(module, "make_objects"):
            made.update(module.make_objects(personas))
    return made


def outcome(response):
    if response.status_code in (301, 302) and "/login/" in response.get("Location", ""):
        return LOGIN
    return response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_gets_what_the_matrix_says(client, personas, objects, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])
    wrong = []
    for name, (method, kwargs, expected) in MATRIX.items():
        url = reverse(name, kwargs=kwargs(objects) if kwargs else None)
        data = {"language": "en", "next": "/"} if name == "set_language" else {}
        got = outcome(getattr(client, method)(url, data))
        if got != expected[persona]:
            wrong.append(f"{method.upper()} {url}: expected {expected[persona]}, got {got}")
        if name == "logout" and persona != "anonymous":
            client.force_login(personas[persona])
    for prefix, expected in ADMIN_PREFIXES.items():
        got = client.get(prefix).status_code
        if got != expected[persona]:
            wrong.append(f"GET {prefix}: expected {expected[persona]}, got {got}")
    assert wrong == []
