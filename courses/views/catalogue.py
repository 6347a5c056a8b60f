"""The catalogue: a Wagtail page (one per language) with search and filters, also reachable as courses:catalogue."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.utils.translation import gettext_lazy as _
from wagtail.views import serve

from courses import selectors
from courses.models import Competency, CoursePage, LessonPage, Level
from courses.search import segment
from org.models import Region


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    competency = forms.ChoiceField(label=_("Competency area"), required=False)
    level = forms.ChoiceField(label=_("Level"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        anything = [("", _("Any"))]
        self.fields["competency"].choices = anything + list(Competency.choices)
        self.fields["level"].choices = anything + list(Level.choices)
        self.fields["region"].choices = anything + [(r.code, r.local_name) for r in Region.objects.all()]


def _search_hits(*, locale, query: str) -> set[int]:
    """Ids of courses whose own text, or any of whose lessons' text, matches the query (Chinese segmented)."""
    terms = segment(query)
    courses = CoursePage.objects.live().filter(locale=locale).search(terms, operator="and")
    course_ids = {page.pk for page in courses}
    lessons = LessonPage.objects.live().filter(locale=locale).search(terms, operator="and")
    lesson_paths = {page.path[: -LessonPage.steplen] for page in lessons}
    if lesson_paths:
        course_ids |= set(CoursePage.objects.filter(path__in=lesson_paths).values_list("pk", flat=True))
    return course_ids


def catalogue_context(*, index_page, request) -> dict:
    form = CatalogueFilterForm(request.GET or None)
    courses = selectors.courses_live(locale=index_page.locale).child_of(index_page)
    query = ""
    if form.is_valid():
        data = form.cleaned_data
        if data["competency"]:
            courses = courses.filter(competency=data["competency"])
        if data["level"]:
            courses = courses.filter(level=data["level"])
        if data["region"]:
            # a course specific to this region, or one that applies everywhere
            courses = courses.filter(regions__code=data["region"]) | courses.filter(regions__isnull=True)
            courses = courses.distinct()
        query = data["q"].strip()
        if query:
            courses = courses.filter(pk__in=_search_hits(locale=index_page.locale, query=query))
    courses = list(courses)
    lessons = selectors.lessons_under(courses)
    user = request.user
    keys = [c.translation_key for c in courses]
    enrolments = {e.course_key: e for e in selectors.enrolments_of(user=user).filter(course_key__in=keys)}
    done = selectors.completions_by_course(user=user, course_keys=keys)
    for course in courses:
        course.lesson_list = lessons.get(course.path, [])
        course.enrolment = enrolments.get(course.translation_key)
        course.progress = selectors.progress_for(lessons=course.lesson_list, done_keys=done[course.translation_key])
    return {"courses": courses, "filter_form": form, "query": query, "filtered": bool(request.GET)}


@login_required
def catalogue(request):
    """The catalogue page in the active language, served by Wagtail, under a URL name the navigation can reverse."""
    return serve(request, "courses/")
