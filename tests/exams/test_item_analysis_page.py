"""The item-analysis page: recomputed nightly by beat and on demand, flags doubtful items and shows how answers
spread over the choices."""

from __future__ import annotations

from celery.schedules import crontab
from django.conf import settings
from django.urls import reverse

from exams.models import ItemStatistic
from exams.services.attempts import attempt_start, attempt_submit


def test_statistics_are_recomputed_every_night_and_overdue_attempts_swept_every_minute():
    schedule = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert schedule["exams.tasks.compute_item_statistics"] == crontab(hour=2, minute=30)
    assert schedule["exams.tasks.close_overdue_attempts"] == 60.0


def test_recompute_now_builds_the_figures_and_the_page_flags_items_and_shows_the_spread(client, exam, personas):
    for person in (personas["learner"], personas["other_learner"]):
        attempt_submit(attempt=attempt_start(exam=exam, user=person, language="en"), user=person)
    client.force_login(personas["hr"])
    assert ItemStatistic.objects.count() == 0
    reply = client.post(reverse("exams:item_analysis", args=[exam.slug]), follow=True)
    body = reply.content.decode()
    assert ItemStatistic.objects.filter(exam=exam).exists()
    assert "Statistics recomputed for" in body
    assert "Extreme facility" in body  # nobody answered anything: every facility is 0
    assert "(no answer): 2" in body  # the spread over the choices counts the blank answers
