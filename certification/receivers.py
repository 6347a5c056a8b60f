"""Receivers for the lower apps' signals: each change owes the person a fresh evaluation."""

from __future__ import annotations

from django.db.models.signals import post_save


def on_course_completed(sender, user, course_key=None, **kwargs):
    from .services.requirements import evaluation_request

    evaluation_request(person=user)


def on_attempt_finalised(sender, attempt, **kwargs):
    from .services.requirements import evaluation_request

    evaluation_request(person=attempt.user)


def on_person_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """A leaver is ineligible at once (the gate reads is_active); their future interviews are flagged now."""
    if created or instance.is_active:
        return
    from django.db import transaction

    from .services.assignments import assignments_flag

    transaction.on_commit(lambda: assignments_flag(person=instance))


def connect() -> None:
    from django.contrib.auth import get_user_model

    from courses.signals import course_completed
    from exams.signals import attempt_finalised
    from org.signals import demo_seeded

    from .demo import seed_demo_certification

    course_completed.connect(on_course_completed, dispatch_uid="certification.course_completed")
    attempt_finalised.connect(on_attempt_finalised, dispatch_uid="certification.attempt_finalised")
    post_save.connect(on_person_saved, sender=get_user_model(), dispatch_uid="certification.person_saved")
    demo_seeded.connect(seed_demo_certification, dispatch_uid="certification.seed_demo")
