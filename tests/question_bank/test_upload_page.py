"""Uploading a question file in /cms/: an import job, run by a task, with progress and a report."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from question_bank.models import ImportJob, Question
from question_bank.services.import_jobs import import_job_run

pytestmark = pytest.mark.django_db

URL = "/cms/question-bank/files/"
GOOD = b"$CATEGORY: Uploads\n\n::One:: Punctuality matters. {T}\n\n::Two:: How many? {#4}\n"
BAD = b"::Broken:: never closes {\n=a\n~b\n"


def upload(client, content, **extra):
    data = {
        "file": SimpleUploadedFile("bank.gift", content),
        "format": "gift",
        "category": "",
        "purpose": "practice",
        "language": "en",
        **extra,
    }
    return client.post(URL, data)


@pytest.fixture
def editor(client, personas):
    client.force_login(personas["editor"])
    return client


def test_an_upload_creates_a_job_that_imports_on_commit_and_reports(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(editor, GOOD)
    job = ImportJob.objects.get()
    assert response["Location"].endswith(f"/{job.pk}/")
    assert job.state == "done" and job.imported == 1 and job.skipped == 1
    page = editor.get(response["Location"]).content.decode()
    assert "imported 1 questions (skipped 1)" in page and "Numerical questions are not supported" in page
    assert Question.objects.get().purpose == "practice"


def test_a_refused_file_imports_nothing_and_the_report_lists_the_problem(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload(editor, BAD)
    job = ImportJob.objects.get()
    assert job.state == "failed" and Question.objects.count() == 0
    assert "Broken" in editor.get(f"{URL}{job.pk}/").content.decode()


def test_the_status_answers_progress_as_json_for_the_progress_bar(editor):
    upload(editor, GOOD)  # on-commit callbacks not run: the job waits
    job = ImportJob.objects.get()
    assert editor.get(f"{URL}{job.pk}/status/").json() == {
        "state": "pending",
        "state_label": "Waiting",
        "percent": 0,
        "processed": 0,
        "total": 0,
        "finished": False,
    }
    assert "data-status-url" in editor.get(f"{URL}{job.pk}/").content.decode()


def test_running_a_job_twice_imports_once(editor):
    upload(editor, GOOD)
    job = ImportJob.objects.get()
    assert import_job_run(job_id=job.pk) is True
    assert import_job_run(job_id=job.pk) is False
    assert Question.objects.count() == 1


def test_people_without_the_import_permission_are_refused(client, personas):
    client.force_login(personas["assessor"])
    assert client.get(URL).status_code in (302, 403)
    client.force_login(personas["learner"])
    assert client.get(URL).status_code in (302, 403)
