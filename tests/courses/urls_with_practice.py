"""The project's URLs plus a stand-in for the question bank's practice endpoint."""

from django.http import HttpResponse
from django.urls import include, path

from lms.urls import urlpatterns as project_patterns

practice_patterns = ([path("practice/", lambda request: HttpResponse(""), name="practice")], "question_bank")
urlpatterns = [path("question-bank/", include(practice_patterns)), *project_patterns]
