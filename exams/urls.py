from __future__ import annotations

from django.urls import path

from .views import learner, staff

app_name = "exams"
urlpatterns = [
    path("", learner.exam_list, name="list"),
    path("attempts/<int:pk>/", learner.attempt_page, name="attempt"),
    path("attempts/<int:pk>/save/", learner.attempt_autosave, name="autosave"),
    path("attempts/<int:pk>/submit/", learner.attempt_submit_view, name="submit"),
    path("attempts/<int:pk>/result/", learner.attempt_result, name="result"),
    path("attempts/<int:pk>/items/<int:slot>/appeal/", learner.appeal_new, name="appeal"),
    path("attempts/<int:pk>/appeal/", learner.appeal_by_number, name="appeal_by_number"),
    path("staff/grading/", staff.grading_queue, name="grading_queue"),
    path("staff/grading/<int:pk>/", staff.grade_response, name="grade"),
    path("staff/appeals/", staff.appeals, name="appeals"),
    path("staff/appeals/<int:pk>/", staff.appeal_decide, name="appeal_decide"),
    path("staff/attempts/", staff.hr_attempts, name="hr_attempts"),
    path("staff/<slug:slug>/statistics/", staff.item_analysis, name="item_analysis"),
    path("staff/<slug:slug>/regrade/", staff.regrade, name="regrade"),
    path("<slug:slug>/", learner.exam_start, name="start"),
]
