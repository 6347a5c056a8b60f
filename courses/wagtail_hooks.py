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


@hooks.register("register_admin_urls")
def translation_status_urls():
    from django.urls import path

    from courses.views.admin import translation_status_view

    return [path("courses/translation-status/", translation_status_view, name="courses_translation_status")]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.menu import MenuItem

    class TranslationStatusMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("wagtailadmin.access_admin") and _can_edit_pages(request.user)

    return TranslationStatusMenuItem(
        _("Translation status"), reverse("courses_translation_status"), icon_name="site", order=700
    )


def _can_edit_pages(user) -> bool:
    from org.permissions import is_editor, is_hr

    return user.is_superuser or is_hr(user) or is_editor(user)
