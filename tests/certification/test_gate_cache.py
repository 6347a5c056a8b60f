"""The eligibility API reads each person's facts from the shared cache; every change takes effect at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from certification.api_keys import api_key_create, api_key_revoke
from certification.gate import eligibility_for, eligibility_from
from certification.gate_cache import facts_for_employee
from certification.models import Certificate
from certification.services.certificates import (
    certificate_reinstate,
    certificate_revoke,
    certificate_suspend,
    endorsement_add,
)
from org.services.people_import import _deactivate_missing
from tests.factories import DepartmentFactory, RegionFactory

pytestmark = pytest.mark.django_db

# a warm eligibility call: the key, the codes and the person come from the cache, the answer is computed
WARM_QUERIES = 0


@pytest.fixture
def key():
    return api_key_create(name="ATS")


@pytest.fixture
def ask(client, key):
    def call(employee_id="E0004", **extra):
        params = {"employee_id": employee_id, "department": "SALES", "region": "DE", **extra}
        return client.get("/api/v1/eligibility/", params, HTTP_AUTHORIZATION=f"Api-Key {key[1]}")

    return call


def reasons(response):
    return [r["code"] for r in response.json()["reasons"]]


def test_a_warm_call_makes_no_query(ask, holder, foundation, regions, issue, django_assert_num_queries):
    issue(holder, foundation, [regions["DE"]])
    ask()  # records the key's use and fills the cache
    ask()
    with django_assert_num_queries(WARM_QUERIES):
        assert ask().json()["eligible"] is True


@pytest.mark.parametrize(
    "change, code",
    [
        (lambda c: certificate_revoke(certificate=c, reason="conduct"), "revoked"),
        (lambda c: certificate_suspend(certificate=c, reason="review"), "suspended"),
    ],
)
def test_a_revocation_or_suspension_answers_at_once(
    ask, holder, foundation, regions, issue, change, code, django_capture_on_commit_callbacks
):
    certificate = issue(holder, foundation, [regions["DE"]])
    assert ask().json()["eligible"] is True
    with django_capture_on_commit_callbacks(execute=True):
        change(certificate)
    assert reasons(ask()) == [code]


def test_a_reinstatement_answers_at_once(ask, holder, foundation, regions, issue, django_capture_on_commit_callbacks):
    certificate = issue(holder, foundation, [regions["DE"]])
    certificate_suspend(certificate=certificate, reason="review")
    assert reasons(ask()) == ["suspended"]
    with django_capture_on_commit_callbacks(execute=True):
        certificate_reinstate(certificate=certificate, reason="cleared")
    assert ask().json()["eligible"] is True


def test_deactivation_answers_at_once_one_by_one_or_in_bulk(
    ask, holder, foundation, regions, issue, department, django_capture_on_commit_callbacks
):
    issue(holder, foundation, [regions["DE"]])
    assert ask().json()["eligible"] is True
    with django_capture_on_commit_callbacks(execute=True):
        _deactivate_missing(present=set(), acting_user=None)  # a people import without this person
    assert reasons(ask()) == ["inactive"]
    holder.refresh_from_db()
    holder.is_active, holder.deactivated_at = True, None
    holder.save()
    assert ask().json()["eligible"] is True


def test_a_new_endorsement_and_a_move_of_department_answer_at_once(ask, holder, foundation, regions, issue):
    certificate = issue(holder, foundation, [regions["DE"]])
    assert reasons(ask(region="US")) == ["region_not_covered"]
    endorsement_add(certificate=certificate, region=regions["US"])
    assert ask(region="US").json()["eligible"] is True
    holder.department = DepartmentFactory(code="OPS")
    holder.save()
    assert "department_not_covered" in reasons(ask())


def test_expiry_is_decided_by_the_clock_not_by_the_cache(ask, holder, foundation, regions, issue, monkeypatch):
    ends = timezone.now() + timedelta(hours=1)
    issue(holder, foundation, [regions["DE"]], valid_until=ends)
    assert ask().json()["eligible"] is True  # cached now, while valid
    later = ends + timedelta(seconds=1)
    monkeypatch.setattr("certification.gate.timezone.now", lambda: later)
    assert reasons(ask()) == ["expired"]


def test_a_new_region_code_is_known_at_once(ask, holder, foundation, regions, issue):
    issue(holder, foundation, [regions["DE"]])
    assert ask(region="FR").json()["error"]["code"] == "unknown_region"
    RegionFactory(code="FR")
    assert reasons(ask(region="FR")) == ["region_not_covered"]


def test_a_revoked_key_is_refused_at_once(ask, key, holder, django_capture_on_commit_callbacks):
    assert ask().status_code == 200
    assert ask().status_code == 200  # the key's row is cached now
    with django_capture_on_commit_callbacks(execute=True):
        api_key_revoke(key=key[0])
    assert ask().status_code == 401


def _answer(answer):
    certificates = [(v.certificate.code, v.status, v.regions, v.departments) for v in answer.certificates]
    return [r.code for r in answer.reasons], certificates


def test_cached_and_uncached_answers_agree_through_a_certificate_s_life(
    holder, foundation, senior, regions, issue, department, django_capture_on_commit_callbacks
):
    """Property-style: after each change, every question (department, region, level, now or at a past time) gets
    the same answer from the cached facts as from the database."""
    ops = DepartmentFactory(code="OPS")
    start = timezone.now()
    # now, before and between the issues, and past every validity (expiry is a matter of the clock)
    moments = [None, start - timedelta(days=20), start - timedelta(days=5), start + timedelta(days=800)]
    first = issue(holder, foundation, [regions["DE"]], days_ago=10)

    def steps():
        yield lambda: None
        yield lambda: issue(holder, senior, [regions["US"]], days_ago=3)
        yield lambda: endorsement_add(certificate=first, region=regions["GB"])
        yield lambda: certificate_suspend(certificate=first, reason="review")
        yield lambda: certificate_reinstate(certificate=first, reason="cleared")
        senior_cert = Certificate.objects.get(holder=holder, programme=senior)
        yield lambda: certificate_revoke(certificate=senior_cert, reason="conduct")
        yield lambda: setattr(holder, "is_active", False) or holder.save()

    checked = 0
    for step in steps():
        with django_capture_on_commit_callbacks(execute=True):
            step()
        holder.refresh_from_db()
        facts_for_employee("E0004")  # cache what is there now
        for dept in (department, ops):
            for region in regions.values():
                for level in ("foundation", "senior"):
                    for at in moments:
                        cached = facts_for_employee("E0004")
                        question = {"department": dept, "region": region, "level": level, "at": at or timezone.now()}
                        fresh = eligibility_for(person=holder, **question)
                        assert _answer(eligibility_from(facts=cached, **question)) == _answer(fresh), (step, question)
                        checked += 1
    assert checked == 7 * 2 * 3 * 2 * 4


def test_the_api_s_json_is_what_the_documented_serializer_gives(holder, foundation, senior, regions, issue, department):
    """The view builds its JSON directly (cheaper than DRF's fields); it must stay what the serializer gives."""
    from django.utils import translation

    from certification.api import EligibilitySerializer, eligibility_data

    start = timezone.now()
    first = issue(holder, foundation, [regions["DE"]], days_ago=10)
    issue(holder, senior, [regions["US"], regions["GB"]], days_ago=3)
    certificate_suspend(certificate=first, reason="review")
    facts = facts_for_employee("E0004")
    compared = 0
    for zone in ("UTC", "Asia/Shanghai"):
        for language in ("en", "zh-hans"):
            with translation.override(language), timezone.override(zone):
                for level in ("foundation", "senior"):
                    for at in (None, start - timedelta(days=5), start - timedelta(days=30)):
                        for region in regions.values():
                            answer = eligibility_from(
                                facts=facts, department=department, region=region, level=level, at=at
                            )
                            assert eligibility_data(answer) == EligibilitySerializer(answer).data
                            compared += 1
    assert compared == 2 * 2 * 2 * 3 * len(regions)


def test_an_employee_id_given_to_another_person_answers_for_the_new_holder(ask, holder, foundation, regions, issue):
    """The process remembers which person an employee ID belonged to, to read their token early; a stale guess
    must cost a round trip, never a wrong answer."""
    from tests.factories import UserFactory

    issue(holder, foundation, [regions["DE"]])
    assert ask().json()["eligible"] is True
    assert ask().json()["eligible"] is True  # the guess is made now
    holder.employee_id = "E0004-OLD"
    holder.save()
    newcomer = UserFactory(employee_id="E0004", department=holder.department)
    answer = ask().json()
    assert answer["eligible"] is False and answer["certificates"] == []
    assert ask(employee_id="E0004-OLD").json()["eligible"] is True
    newcomer.delete()
    assert ask().status_code == 404


@pytest.fixture
def limit(monkeypatch):
    from django.core.cache import cache
    from rest_framework.throttling import SimpleRateThrottle

    def set_limit(rate):
        monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"api": rate})

    cache.clear()
    yield set_limit
    cache.clear()


def test_a_call_counted_with_its_first_read_is_counted_once(ask, key, holder, foundation, regions, issue, limit):
    """The view counts a known key's call in the same cache round trip as its reads; the throttle must take that
    count, not count again."""
    limit("3/minute")
    issue(holder, foundation, [regions["DE"]])
    codes = [ask().status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert ask().json()["error"]["code"] == "rate_limited"


def test_forged_keys_with_a_real_key_s_prefix_do_not_spend_its_budget(ask, client, key, holder, limit):
    limit("3/minute")
    row, secret = key
    assert ask().status_code == 200  # this process now holds the key's row
    forged = f"iak_{row.prefix}_{'x' * 43}"
    for _ in range(5):
        response = client.get(
            "/api/v1/eligibility/",
            {"employee_id": "E0004", "department": "SALES", "region": "DE"},
            HTTP_AUTHORIZATION=f"Api-Key {forged}",
        )
        assert response.status_code == 401
    assert [ask().status_code for _ in range(3)] == [200, 200, 429]  # 1 + 2 more of its 3: none went to the forger


def test_a_session_user_s_call_reads_ahead_too(client, holder, foundation, regions, issue, personas):
    issue(holder, foundation, [regions["DE"]])
    client.force_login(personas["hr"])
    params = {"employee_id": "E0004", "department": "SALES", "region": "DE"}
    assert client.get("/api/v1/eligibility/", params).json()["eligible"] is True
    assert client.get("/api/v1/eligibility/", {**params, "employee_id": "NOBODY"}).status_code == 404


@pytest.mark.parametrize("accept", ["*/*", "application/json", "application/json; indent=2", None])
def test_the_view_s_own_rendering_is_byte_for_byte_drf_s(
    client, key, holder, foundation, regions, issue, monkeypatch, accept
):
    from rest_framework.response import Response

    from certification.api import EligibilityView

    issue(holder, foundation, [regions["DE"]])
    headers = {"HTTP_AUTHORIZATION": f"Api-Key {key[1]}", **({"HTTP_ACCEPT": accept} if accept else {})}
    params = {"employee_id": "E0004", "department": "SALES", "region": "DE"}
    ours = client.get("/api/v1/eligibility/", params, **headers)
    monkeypatch.setattr(EligibilityView, "json", staticmethod(lambda request, data: Response(data)))
    theirs = client.get("/api/v1/eligibility/", params, **headers)
    assert ours.status_code == theirs.status_code == 200
    assert ours.content == theirs.content
    assert dict(ours.items()) == dict(theirs.items())
