from django.urls import path

from . import views

app_name = "question_bank"
urlpatterns = [
    path("practice/", views.practice, name="practice"),
    path("practice/check/", views.practice_check, name="practice_check"),
]
