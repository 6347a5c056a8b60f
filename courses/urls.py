from __future__ import annotations

from django.urls import path

from courses.views import catalogue, learning

app_name = "courses"
urlpatterns = [
    # Wagtail serves the catalogue page at this address too; the name lets the navigation reverse it.
    path("courses/", catalogue.catalogue, name="catalogue"),
    path("learning/", learning.my_learning, name="my_learning"),
    path("learning/assign/", learning.assign, name="assign"),
    path("learning/courses/<uuid:course_key>/enrol/", learning.enrol, name="enrol"),
    path("learning/courses/<uuid:course_key>/resume/", learning.resume, name="resume"),
    path("learning/lessons/<uuid:lesson_key>/complete/", learning.complete_lesson, name="complete_lesson"),
]
