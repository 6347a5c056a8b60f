"""Publishing goes through review: an editor submits, HR approves (and so publishes)."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from courses.models import CourseIndexPage
from org.roles import Role

WORKFLOW_NAME = "Course review"
TASK_NAME = "HR approval"


@transaction.atomic
def course_workflow_ensure() -> Workflow:
    """Create the review workflow and assign it to every catalogue page (each language). Idempotent."""
    hr, _created = Group.objects.get_or_create(name=Role.HR_ADMIN)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(hr)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    for page in CourseIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page=page.page_ptr, defaults={"workflow": workflow})
    return workflow
