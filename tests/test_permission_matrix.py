"""Every URL of the project's own apps × every persona. A URL added without an entry here fails the suite.

Statuses: 200/403/404/405 as is; LOGIN means a redirect to the sign-in page; a 3xx number is any other redirect.
Third-party admins are covered by prefix rules (ADMIN_PREFIXES).
"""

from __future__ import annotations

from types import ModuleType

import pytest
from django.conf import settings
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver, reverse

from org.services.notifications import notification_send

LOGIN = "login"
PERSONAS = ["anonymous", "learner", "other_learner", "head", "assessor", "hr", "editor"]
PROJECT_URLCONFS = {"lms.urls", *(f"{app}.urls" for app in settings.PROJECT_APPS)}


def everyone(status):
    return dict.fromkeys(PERSONAS, status)


def signed_in(status, anonymous=LOGIN, **overrides):
    return {**dict.fromkeys(PERSONAS, status), "anonymous": anonymous, **overrides}


HR_ONLY = signed_in(403, hr=200)
HR_AND_HEADS = signed_in(403, hr=200, head=200)

# url name → (method, kwargs factory(objects), expectations)
MATRIX = {
    "healthz": ("get", None, everyone(200)),
    "readyz": ("get", None, everyone(200)),
    "api-schema": ("get", None, everyone(200)),
    "api-docs": ("get", None, everyone(200)),
    "set_language": ("post", None, everyone(302)),
    "home": ("get", None, everyone(200)),
    "login": ("get", None, signed_in(302, anonymous=200)),
    "logout": ("post", None, everyone(302)),
    "password_change": ("get", None, signed_in(200)),
    "password_change_done": ("get", None, signed_in(200)),
    "password_reset": ("get", None, everyone(200)),
    "password_reset_done": ("get", None, everyone(200)),
    "password_reset_confirm": ("get", lambda o: {"uidb64": "MQ", "token": "bad-token"}, everyone(200)),
    "password_reset_complete": ("get", None, everyone(200)),
    "org:people": ("get", None, HR_AND_HEADS),
    "org:people_import": ("get", None, HR_ONLY),
    "org:notifications": ("get", None, signed_in(200)),
    "org:notifications_read_all": ("post", None, signed_in(302)),
    # the learner's own notification: only the learner may touch it
    "org:notification_read": ("post", lambda o: {"pk": o["notification"].pk}, signed_in(404, learner=302)),
}

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
    assert names - set(MATRIX) == set(), "add these URLs to the permission matrix"
    assert set(MATRIX) - names == set(), "these matrix entries name URLs that no longer exist"


@pytest.fixture
def objects(personas):
    return {"notification": notification_send(recipient=personas["learner"], kind="password_changed")}


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
