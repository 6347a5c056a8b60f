"""The main forms posted with arbitrary values, as a hostile browser would: every answer is a page (a redirect
after success, or the form again with its errors), never a server error."""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certification import forms as certification_forms
from exams import forms as exam_forms
from interviewing import forms as interviewing_forms
from org import forms as org_forms
from reports import forms as report_forms

from .hostile import SPECIAL

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

# (URL name, who posts, the form whose fields are filled, method)
FORMS = [
    ("login", None, org_forms.LoginForm, "post"),
    ("password_change", "learner", org_forms.PasswordChangeForm, "post"),
    ("certification:log_shadow", "learner", certification_forms.ShadowLogForm, "post"),
    ("interviewing:checker", "learner", interviewing_forms.CheckerForm, "post"),
    ("interviewing:kit_new", "learner", interviewing_forms.KitForm, "post"),
    ("certification:record", "hr", certification_forms.RecordForm, "post"),
    ("certification:performance", "hr", certification_forms.PerformanceForm, "post"),
    ("certification:webhooks", "hr", certification_forms.WebhookEndpointForm, "post"),
    ("certification:interviewers", "hr", certification_forms.InterviewersFilterForm, "get"),
    ("exams:hr_attempts", "hr", exam_forms.AttemptFilterForm, "get"),
    ("reports:targets", "hr", report_forms.CoverageTargetForm, "post"),
    ("reports:coverage", "head", None, "get"),
    ("reports:expiry", "head", None, "get"),
]

hostile_value = st.one_of(
    st.text(max_size=60),
    st.sampled_from(SPECIAL),
    st.sampled_from(["", "0", "-1", "1e309", "NaN", "9" * 40, "2026-02-30", "../../etc/passwd", "<script>", "%00"]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(min_size=3000, max_size=5000, alphabet="ab销"),
)


def field_names(form_class) -> list[str]:
    if form_class is None:
        return ["department", "region", "level", "programme", "q", "page", "sort", "status"]
    form = form_class(**({"user": None} if form_class is org_forms.PasswordChangeForm else {}))
    return list(form.fields)


@pytest.mark.parametrize(("url_name", "persona", "form_class", "method"), FORMS, ids=[f[0] for f in FORMS])
def test_hostile_form_input_gets_a_page_never_a_server_error(client, personas, url_name, persona, form_class, method):
    if persona:
        client.force_login(personas[persona])
    url = reverse(url_name)
    names = field_names(form_class) + ["page", "next", "csrfmiddlewaretoken"]

    @FUZZ
    @given(data=st.dictionaries(st.sampled_from(names), st.one_of(hostile_value, st.lists(hostile_value, max_size=3))))
    def check(data):
        response = getattr(client, method)(url, data)
        assert response.status_code < 500, response.content[:500]

    check()
