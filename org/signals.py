"""Signals this app sends, and receivers for Django's own."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed
from django.dispatch import Signal, receiver

# Sent by `seed_demo` after the organisation exists; higher apps connect receivers that add their own demo data.
demo_seeded = Signal()

# Sent with `pks` when people are deactivated in bulk (a queryset update, which sends no post_save), so apps that
# cache what they know of a person can drop it.
people_deactivated = Signal()


@receiver(user_logged_in, dispatch_uid="org.audit_login")
def _audit_login(sender, request, user, **kwargs):
    from .services.audit import audit_record

    audit_record(kind="login", summary=f"{user.username} signed in", actor=user, subject=user, request=request)


@receiver(user_logged_out, dispatch_uid="org.audit_logout")
def _audit_logout(sender, request, user, **kwargs):
    from .services.audit import audit_record

    if user is not None:
        audit_record(kind="logout", summary=f"{user.username} signed out", actor=user, subject=user, request=request)


@receiver(user_login_failed, dispatch_uid="org.audit_login_failed")
def _audit_login_failed(sender, credentials, request=None, **kwargs):
    from .services.audit import audit_record

    # the username as typed, never the password; it may not belong to anyone
    username = str(credentials.get("username", ""))[:150]
    audit_record(
        kind="login_failed", summary=f"sign-in failed for {username!r}", request=request, data={"username": username}
    )


def _audit_locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    from .services.audit import audit_record

    audit_record(
        kind="locked_out",
        summary=f"sign-in locked for {str(username)[:150]!r}",
        request=request,
        data={"username": str(username)[:150]},
    )


def _audit_roles(sender, instance, action, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from django.contrib.auth.models import Group

    from .services.audit import audit_record

    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    if hasattr(instance, "employee_id"):  # user.groups.add(...)
        audit_record(
            kind="roles_changed",
            summary=f"roles {verb} for {instance.username}: {', '.join(names)}",
            subject=instance,
            data={"action": verb, "roles": names},
        )
    else:  # group.user_set.add(...)
        audit_record(
            kind="roles_changed",
            summary=f"people {verb} in role {instance.name}",
            data={"action": verb, "role": instance.name, "people": sorted(pk_set or [])},
        )


def connect_role_audit():
    from axes.signals import user_locked_out
    from django.contrib.auth import get_user_model

    user_locked_out.connect(_audit_locked_out, dispatch_uid="org.audit_locked_out")
    m2m_changed.connect(_audit_roles, sender=get_user_model().groups.through, dispatch_uid="org.audit_roles")
