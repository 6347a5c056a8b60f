from django.urls import path  # noqa: F401

app_name = "question_bank"
urlpatterns: list = []
