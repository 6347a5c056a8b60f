"""My learning, enrolling, marking lessons complete (HTMX), resuming, and HR assigning courses."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView

from courses import selectors
from courses.forms import AssignCourseForm
from courses.models import CoursePage, LessonPage
from courses.services.progress import enrolment_assign, enrolment_create, lesson_complete
from org.permissions import HRRequiredMixin


def _page_in_language(model, key):
    """The live page with this translation key in the active language, else in any language."""
    locale = selectors.current_locale()
    pages = model.objects.live().filter(translation_key=key)
    page = pages.filter(locale=locale).first() or pages.first()
    if page is None:
        raise Http404
    return page


@login_required
def my_learning(request):
    locale = selectors.current_locale()
    enrolments = list(selectors.enrolments_of(user=request.user))
    keys = [e.course_key for e in enrolments]
    courses = selectors.courses_by_key(keys=keys, locale=locale)
    lessons = selectors.lessons_under(courses.values())
    done = selectors.completions_by_course(user=request.user, course_keys=keys)
    rows = []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:  # the course was withdrawn
            continue
        course_lessons = lessons.get(course.path, [])
        rows.append(
            {
                "enrolment": enrolment,
                "course": course,
                "progress": selectors.progress_for(lessons=course_lessons, done_keys=done[enrolment.course_key]),
                "next_lesson": None
                if enrolment.completed_at
                else selectors.next_lesson(
                    lessons=course_lessons, done_keys=done[enrolment.course_key], last_key=enrolment.last_lesson_key
                ),
            }
        )
    context = {
        "rows": rows,
        "in_progress": [r for r in rows if not r["enrolment"].completed_at],
        "completed": [r for r in rows if r["enrolment"].completed_at],
        "catalogue": selectors.catalogue_page(locale),
        "today": timezone.localdate(),
    }
    return render(request, "courses/my_learning.html", context)


@login_required
@require_POST
def enrol(request, course_key):
    course = _page_in_language(CoursePage, course_key)
    try:
        enrolment_create(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(course.get_url(request))
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    first = selectors.lessons_of(course).first()
    return redirect((first or course).get_url(request))


@login_required
@require_POST
def complete_lesson(request, lesson_key):
    lesson = _page_in_language(LessonPage, lesson_key)
    error = None
    try:
        enrolment = lesson_complete(user=request.user, lesson=lesson)
    except ValidationError as exc:
        error, enrolment = " ".join(exc.messages), None
    if not request.headers.get("HX-Request"):
        if error:
            messages.error(request, error)
        elif enrolment.completed_at:
            messages.success(request, _("Course complete. Well done!"))
        return redirect(lesson.get_url(request))
    course = lesson.get_parent().specific
    lessons = list(selectors.lessons_of(course))
    done = selectors.completed_lesson_keys(user=request.user, course_key=course.translation_key)
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    context = {
        "page": lesson,
        "course": course,
        "enrolment": enrolment,
        "error": error,
        "is_done": lesson.translation_key in done,
        "progress": selectors.progress_for(lessons=lessons, done_keys=done),
        "following_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
        "just_completed": True,
    }
    return render(request, "courses/includes/lesson_status.html", context)


@login_required
def resume(request, course_key):
    """Continue a course where the person left off, in the language they are reading now."""
    course = _page_in_language(CoursePage, course_key)
    lessons = list(selectors.lessons_of(course))
    enrolment = selectors.enrolment_for(user=request.user, course_key=course.translation_key)
    done = selectors.completed_lesson_keys(user=request.user, course_key=course.translation_key)
    target = selectors.next_lesson(
        lessons=lessons, done_keys=done, last_key=enrolment.last_lesson_key if enrolment else None
    )
    return redirect((target or course).get_url(request))


class AssignView(HRRequiredMixin, FormView):
    """HR assigns a course to a person, with a due date."""

    form_class = AssignCourseForm
    template_name = "courses/assign.html"

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            enrolment_assign(
                assigned_by=self.request.user, user=data["person"], course=data["course"], due_on=data["due_on"]
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("“%(course)s” assigned to %(person)s.") % {"course": data["course"].title, "person": data["person"].name},
        )
        return redirect("courses:assign")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        recent = list(selectors.assignments_recent())
        titles = selectors.courses_by_key(keys={e.course_key for e in recent}, locale=selectors.current_locale())
        for enrolment in recent:
            enrolment.course = titles.get(enrolment.course_key)
        context["recent"] = recent
        return context


assign = AssignView.as_view()
