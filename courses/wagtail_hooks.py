"""Course pages are for signed-in people only (an internal product); new catalogues join the review workflow."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from courses.models import CourseIndexPage, CoursePage, LessonPage


@hooks.register("before_serve_page")
def require_sign_in_for_course_pages(page, request, serve_args, serve_kwargs):
    if isinstance(page, CourseIndexPage | CoursePage | LessonPage) and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


@hooks.register("after_create_page")
def put_new_catalogues_under_review(request, page):
    if isinstance(page.specific, CourseIndexPage):
        from courses.services.workflow import course_workflow_ensure

        course_workflow_ensure()
