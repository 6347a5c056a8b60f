from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from org.models import User
from tests.factories import RegionFactory, UserFactory

HEADER = "employee_id,username,email,display_name,department,home_region,preferred_language,roles,active\n"


def upload(text: str, name: str = "people.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(), content_type="text/csv")


@pytest.mark.django_db
def test_hr_sees_everyone_and_a_head_only_their_department(client, personas):
    client.force_login(personas["hr"])
    html = client.get("/people/").content.decode()
    assert personas["learner"].employee_id in html and personas["other_learner"].employee_id in html
    client.force_login(personas["head"])
    html = client.get("/people/").content.decode()
    assert personas["learner"].employee_id in html
    assert personas["other_learner"].employee_id not in html
    html = client.get("/people/", {"department": "ENG"}).content.decode()  # asking for it does not help
    assert personas["other_learner"].employee_id not in html


@pytest.mark.django_db
def test_the_people_list_filters_by_search(client, personas):
    client.force_login(personas["hr"])
    html = client.get("/people/", {"q": "p_other_learner"}).content.decode()
    assert personas["other_learner"].employee_id in html and personas["learner"].employee_id not in html


@pytest.mark.django_db
def test_the_people_list_costs_the_same_queries_with_n_and_2n_people(client, personas, department):
    client.force_login(personas["hr"])

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/people/").status_code == 200
        return len(ctx)

    UserFactory.create_batch(5, department=department)
    n = count()
    UserFactory.create_batch(5, department=department)
    assert count() == n


@pytest.mark.django_db
def test_hr_imports_a_good_file_from_the_page_and_gets_a_notification(
    client, personas, django_capture_on_commit_callbacks
):
    RegionFactory(code="DE")
    client.force_login(personas["hr"])
    data = HEADER + "E0700,newbie,newbie@example.com,New Bie,SALES,DE,en,,yes\n"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/people/import/", {"kind": "people", "file": upload(data)})
    assert response.status_code == 302
    assert User.objects.filter(employee_id="E0700").exists()
    assert personas["hr"].notifications.filter(kind="import_finished").exists()


@pytest.mark.django_db
def test_a_bad_file_on_the_page_lists_errors_by_line_and_changes_nothing(client, personas):
    client.force_login(personas["hr"])
    data = HEADER + "E0701,a,a@example.com,A,SALES,,en,,yes\nE0702,b,broken,B,NOPE,,en,,yes\n"
    response = client.post("/people/import/", {"kind": "people", "file": upload(data)})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Line 3" in html and "NOPE" in html
    assert not User.objects.filter(employee_id__in=["E0701", "E0702"]).exists()


@pytest.mark.django_db
def test_the_import_page_refuses_files_that_are_not_csv(client, personas):
    client.force_login(personas["hr"])
    response = client.post("/people/import/", {"kind": "people", "file": upload("x", name="people.exe")})
    assert "Upload a file ending in .csv, .txt." in response.content.decode()


@pytest.mark.django_db
def test_a_dry_run_from_the_page_saves_nothing(client, personas):
    client.force_login(personas["hr"])
    data = HEADER + "E0703,c,c@example.com,C,SALES,,en,,yes\n"
    response = client.post("/people/import/", {"kind": "people", "file": upload(data), "dry_run": "on"})
    assert "nothing saved" in response.content.decode()
    assert not User.objects.filter(employee_id="E0703").exists()
