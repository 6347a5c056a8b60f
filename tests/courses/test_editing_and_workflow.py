"""Editors write lessons in /cms/ and submit them; HR approves and so publishes; editors cannot publish directly."""

from __future__ import annotations

import pytest
from wagtail.models import Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from courses.services.workflow import course_workflow_ensure
from org.roles import Role, ensure_roles
from tests.courses.builders import make_catalogue
from tests.factories import UserFactory


@pytest.fixture
def course(db):
    ensure_roles()
    _index, (course,) = make_catalogue()
    course_workflow_ensure()
    return course


def lesson_form(title: str, action: str) -> dict:
    data = nested_form_data(
        {
            "title": title,
            "slug": "new-lesson",
            "estimated_minutes": 15,
            "required": "on",
            "body": streamfield([("rich_text", rich_text("<p>Greet the candidate by name.</p>"))]),
        }
    )
    data[action] = "1"
    return data


def add_url(course) -> str:
    return f"/cms/pages/add/courses/lessonpage/{course.pk}/"


def test_an_editor_creates_a_lesson_through_the_page_editor_as_a_draft(client, course):
    client.force_login(UserFactory(roles=[Role.CONTENT_EDITOR]))
    response = client.post(add_url(course), lesson_form("Greeting candidates", "action-draft"))
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="new-lesson")
    assert lesson.get_parent().pk == course.pk and not lesson.live
    assert "Greet the candidate" in str(lesson.get_latest_revision_as_object().body)


def test_an_editor_cannot_publish_directly(client, course):
    client.force_login(UserFactory(roles=[Role.CONTENT_EDITOR]))
    client.post(add_url(course), lesson_form("Greeting candidates", "action-publish"))
    lesson = LessonPage.objects.filter(slug="new-lesson").first()
    assert lesson is None or not lesson.live


def test_an_editor_submits_for_review_and_hr_approves_which_publishes(client, course):
    editor, hr = UserFactory(roles=[Role.CONTENT_EDITOR]), UserFactory(roles=[Role.HR_ADMIN])
    client.force_login(editor)
    client.post(add_url(course), lesson_form("Greeting candidates", "action-submit"))
    lesson = LessonPage.objects.get(slug="new-lesson")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and not lesson.live
    assert state.workflow.name == "Course review"

    client.force_login(hr)
    task_state = state.current_task_state
    url = f"/cms/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/"
    response = client.post(url, {"comment": "Looks right"})
    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert lesson.live


def test_the_review_workflow_is_created_once_and_covers_every_catalogue(course):
    course_workflow_ensure()
    workflow = Workflow.objects.get(name="Course review")
    assert Workflow.objects.filter(name="Course review").count() == 1
    assert workflow.workflow_pages.count() == 2  # the English and the Chinese catalogue
    assert [t.specific.groups.get().name for t in workflow.tasks.all()] == [Role.HR_ADMIN]
