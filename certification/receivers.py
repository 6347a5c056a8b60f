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


def on_person_row_changed(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # a sign-in changes nothing the gate reads
    from .gate_cache import person_changed

    person_changed(instance.pk)


def on_people_deactivated(sender, pks, **kwargs):
    from .gate_cache import person_changed

    person_changed(*pks)


def on_certificate_changed(sender, instance, **kwargs):
    from .gate_cache import person_changed

    person_changed(instance.holder_id)


def on_certificate_part_changed(sender, instance, **kwargs):
    """A status change or an endorsement: its certificate's holder."""
    from .gate_cache import person_changed
    from .models import Certificate

    try:
        holder_id = instance.certificate.holder_id
    except Certificate.DoesNotExist:  # being deleted with its certificate, whose own signal covers it
        return
    person_changed(holder_id)


def on_certificate_departments_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    from .gate_cache import person_changed
    from .models import Certificate

    if not reverse:
        person_changed(instance.holder_id)
    else:  # department.certificates...: pk_set holds certificates (None on clear: every holder may be affected)
        holders = Certificate.objects.filter(departments=instance) if pk_set is None else Certificate.objects
        if pk_set is not None:
            holders = holders.filter(pk__in=pk_set)
        person_changed(*set(holders.values_list("holder_id", flat=True)))


def on_codes_changed(sender, **kwargs):
    from .gate_cache import codes_changed

    codes_changed()


def on_api_key_changed(sender, instance, **kwargs):
    from .api_keys import api_key_changed

    api_key_changed(instance.prefix)


def _connect_gate_cache() -> None:
    """Every change the gate's cached facts depend on replaces the tokens that guard them (see gate_cache.py)."""
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, post_delete

    from org.models import Department, Region
    from org.signals import people_deactivated

    from .models import ApiKey, Certificate, Endorsement, Programme, StatusChange

    user = get_user_model()
    for signal in (post_save, post_delete):
        name = "save" if signal is post_save else "delete"
        signal.connect(on_person_row_changed, sender=user, dispatch_uid=f"certification.gate_person_{name}")
        signal.connect(on_certificate_changed, sender=Certificate, dispatch_uid=f"certification.gate_cert_{name}")
        for model in (StatusChange, Endorsement):
            uid = f"certification.gate_{model.__name__}_{name}"
            signal.connect(on_certificate_part_changed, sender=model, dispatch_uid=uid)
        for model in (Department, Region, Programme):
            signal.connect(on_codes_changed, sender=model, dispatch_uid=f"certification.gate_{model.__name__}_{name}")
        signal.connect(on_api_key_changed, sender=ApiKey, dispatch_uid=f"certification.api_key_{name}")
    m2m_changed.connect(
        on_certificate_departments_changed,
        sender=Certificate.departments.through,
        dispatch_uid="certification.gate_cert_departments",
    )
    people_deactivated.connect(on_people_deactivated, dispatch_uid="certification.gate_people_deactivated")


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
    _connect_gate_cache()
