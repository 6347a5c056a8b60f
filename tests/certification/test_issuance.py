from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection

from certification.models import Certificate, Dimension, EvaluationForm, Level, Programme, ShadowLog, SignOff
from certification.services.certificates import certificate_issue
from certification.services.codes import ALPHABET
from certification.services.evidence import (
    practical_score,
    shadow_log_confirm,
    shadow_log_create,
    signoff_decide,
)
from certification.services.requirements import checklist_for, person_evaluate
from tests.factories import UserFactory


@pytest.fixture
def scorecard(db):
    form = EvaluationForm.objects.create(code="standard", name="Scorecard")
    for i in range(3):
        Dimension.objects.create(
            form=form, order=i, name=f"D{i}", anchors=[{"score": s, "en": str(s)} for s in range(1, 6)]
        )
    return form


@pytest.fixture
def programme(db, scorecard):
    return Programme.objects.create(
        code="foundation",
        name="Foundation",
        level=Level.FOUNDATION,
        shadow_count=1,
        reverse_shadow_count=1,
        practical_form=scorecard,
        practical_pass_average=Decimal("3.00"),
        signoff_required=True,
    )


@pytest.fixture
def assessor(db, other_department, regions, issue):
    person = UserFactory(username="assessor1", department=other_department)
    qualification = Programme.objects.create(code="assessor", name="Assessor", level=Level.ASSESSOR)
    issue(person, qualification)
    return person


@pytest.mark.django_db
def test_requirements_are_evaluated_and_the_certificate_issued_when_all_are_met(
    holder, programme, assessor, regions, personas, department
):
    head = department.head
    mentor = UserFactory(department=department)
    assert checklist_for(person=holder, programme=programme).done_count == 0
    for kind in (ShadowLog.Kind.SHADOW, ShadowLog.Kind.REVERSE):
        log = shadow_log_create(
            person=holder, kind=kind, date=date.today(), role="Sales lead", region=regions["DE"], mentor=mentor
        )
        shadow_log_confirm(log=log, by=mentor, confirmed=True, verdict="positive", feedback="Good questions")
    dims = programme.practical_form.dimensions.all()
    practical_score(person=holder, programme=programme, assessor=assessor, scores={d.pk: 4 for d in dims})
    person_evaluate(person=holder)
    signoff = SignOff.objects.get(person=holder, state=SignOff.State.PENDING)
    assert not Certificate.objects.filter(holder=holder).exists()
    signoff_decide(signoff=signoff, by=head, sign=True, statement="Authorised to interview for Sales.")
    person_evaluate(person=holder)
    person_evaluate(person=holder)
    certificate = Certificate.objects.get(holder=holder)
    assert certificate.history.get().kind == "issued"
    assert checklist_for(person=holder, programme=programme).certificate == certificate


@pytest.mark.django_db
def test_only_a_certified_assessor_may_score_a_practical(holder, programme, department):
    from django.core.exceptions import PermissionDenied

    uncertified = UserFactory(department=department)
    with pytest.raises(PermissionDenied):
        practical_score(person=holder, programme=programme, assessor=uncertified, scores={})


@pytest.mark.django_db
def test_codes_look_like_7KQ2_M9XD_with_no_ambiguous_characters(holder, foundation, issue):
    code = issue(holder, foundation).code
    assert len(code) == 9 and code[4] == "-"
    assert all(ch in ALPHABET for ch in code.replace("-", ""))
    assert not set("01IOLUV") & set(ALPHABET)


@pytest.mark.django_db(transaction=True)
def test_two_triggers_at_the_same_moment_issue_exactly_one_certificate(holder, foundation):
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(("file:memorydb", ":memory:")):
        pytest.skip("threads need a database file")
    barrier = threading.Barrier(4)
    created, errors = [], []

    def trigger():
        try:
            barrier.wait()
            _cert, made = certificate_issue(person=holder, programme=foundation)
            created.append(made)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=trigger) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert created.count(True) == 1
    assert Certificate.objects.filter(holder=holder, programme=foundation).count() == 1
