"""Arbitrary and mutated input to every importer: success or a clear validation error, never an unexpected
exception and never a partial write."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certification.models import Certificate, Programme
from certification.services.records import certificates_import
from org.models import Department, User
from org.services.people_import import ImportRejected as PeopleRejected
from org.services.people_import import departments_import, people_import
from question_bank.formats import FormatError, moodle_xml
from question_bank.models import Category, Question, QuestionVersion
from question_bank.services.imports import ImportRejected, questions_export, questions_import
from tests.question_bank.test_csv_format import SHEET
from tests.question_bank.test_gift_format import BANK
from tests.question_bank.test_moodle_xml_format import BILLION_LAUGHS, EXTERNAL_ENTITY, QUIZ

from .hostile import has_translated_messages, hostile_data

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
SAMPLES = {"gift": BANK, "moodle-xml": QUIZ, "csv": SHEET}
PEOPLE = (
    "employee_id,username,email,display_name,department,home_region,preferred_language,roles,active\n"
    "E0901,ana,ana@example.com,Ana,SALES,DE,en,learner,yes\n"
    "E0902,bo,bo@example.com,Bo,SALES,US,zh-hans,head;assessor,no\n"
)
DEPARTMENTS = "code,name,name_zh,head_employee_id\nSALES,Sales,销售部,\nENG,Engineering,,\n"
RECORDS = (
    "employee_id,programme,regions,valid_from,valid_until,evidence\n"
    "E0903,INT,DE US,2026-01-01,2027-01-01,Certified in the old system\n"
)


def question_rows():
    return (Question.objects.count(), QuestionVersion.objects.count(), Category.objects.count())


@pytest.fixture
def exported(db):
    """The exporters' own output for a few imported samples, so mutations start from what we write."""
    for fmt, sample in SAMPLES.items():
        questions_import(data=sample, fmt=fmt, category_path=f"Seed {fmt}")
    return {fmt: questions_export(fmt=fmt)[0] for fmt in SAMPLES}


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_question_import_never_crashes_and_never_writes_part_of_a_rejected_file(fmt, exported):
    @FUZZ
    @given(data=hostile_data(SAMPLES[fmt], exported[fmt]))
    def check(data):
        before = question_rows()
        try:
            report = questions_import(data=data, fmt=fmt, category_path="Fuzz")
        except ImportRejected as rejected:
            assert rejected.errors and has_translated_messages([p.message for p in rejected.errors])
            assert question_rows() == before
        else:
            assert report.imported >= 0

    check()


def test_a_dry_run_of_any_file_writes_nothing(exported):
    @FUZZ
    @given(fmt=st.sampled_from(sorted(SAMPLES)), data=st.data())
    def check(fmt, data):
        text = data.draw(hostile_data(SAMPLES[fmt], exported[fmt]))
        before = question_rows()
        try:
            questions_import(data=text, fmt=fmt, category_path="Fuzz", dry_run=True)
        except ImportRejected:
            pass
        assert question_rows() == before

    check()


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_xml_entity_expansion_and_external_entities_are_refused(hostile):
    with pytest.raises(FormatError, match="refused for safety"):
        moodle_xml.parse(hostile)
    with pytest.raises(ImportRejected) as rejected:
        questions_import(data=hostile.encode(), fmt="moodle-xml")
    assert "refused for safety" in rejected.value.errors[0].message
    assert Question.objects.count() == 0


def test_xml_parameter_entities_and_dtd_fetches_are_refused():
    remote_dtd = '<?xml version="1.0"?>\n<!DOCTYPE quiz SYSTEM "http://example.invalid/quiz.dtd">\n<quiz/>'
    parameter = (
        '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]>\n<quiz/>'
    )
    for hostile in (remote_dtd, parameter):
        with pytest.raises(ImportRejected):
            questions_import(data=hostile, fmt="moodle-xml")
    assert Question.objects.count() == 0


def test_people_and_department_imports_never_crash_and_never_write_part_of_a_rejected_file(department):
    @FUZZ
    @given(data=hostile_data(PEOPLE), departments=hostile_data(DEPARTMENTS))
    def check(data, departments):
        for run, payload in ((people_import, data), (departments_import, departments)):
            before = (User.objects.count(), Department.objects.count(), list(User.objects.values_list("is_active")))
            try:
                run(data=payload)
            except PeopleRejected as rejected:
                assert rejected.errors and has_translated_messages([message for _line, message in rejected.errors])
                after = (User.objects.count(), Department.objects.count(), list(User.objects.values_list("is_active")))
                assert after == before

    check()


def test_certification_record_import_never_crashes_and_never_writes_part_of_a_rejected_file(personas, department):
    from certification.models import Level
    from tests.factories import RegionFactory, UserFactory

    UserFactory(employee_id="E0903", department=department)
    for code in ("DE", "US"):
        RegionFactory(code=code, name=code)
    Programme.objects.create(code="INT", name="Interviewing", level=Level.FOUNDATION, validity_months=24)
    hr = personas["hr"]

    @FUZZ
    @given(data=hostile_data(RECORDS))
    def check(data):
        before = Certificate.objects.count()
        try:
            certificates_import(data=data, actor=hr)
        except ValidationError as rejected:
            assert has_translated_messages(rejected.messages)
            assert Certificate.objects.count() == before
        Certificate.objects.all().delete()

    check()
