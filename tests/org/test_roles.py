from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from org.roles import Role, declared_role_permissions, ensure_roles


@pytest.mark.django_db
def test_every_role_exists_after_migrate_with_its_declared_permissions():
    declared = declared_role_permissions()
    for role in Role:
        group = Group.objects.get(name=role)
        granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
        assert granted == declared[role.value]


@pytest.mark.django_db
def test_ensure_roles_is_idempotent_and_repairs_drift():
    hr = Group.objects.get(name=Role.HR_ADMIN)
    hr.permissions.clear()
    ensure_roles()
    ensure_roles()
    assert Group.objects.filter(name__in=Role.values).count() == len(Role)
    assert hr.permissions.filter(codename="manage_people").exists()


@pytest.mark.django_db
def test_a_role_naming_a_missing_permission_fails_loudly(monkeypatch):
    monkeypatch.setattr("org.roles.declared_role_permissions", lambda: {Role.LEARNER.value: {"org.fly_to_the_moon"}})
    with pytest.raises(LookupError, match="fly_to_the_moon"):
        ensure_roles()


@pytest.mark.django_db
def test_role_helpers_tell_people_apart(personas):
    from org import permissions

    assert permissions.is_hr(personas["hr"]) and not permissions.is_hr(personas["learner"])
    assert permissions.is_department_head(personas["head"])
    assert not permissions.is_department_head(personas["learner"])
    assert permissions.is_assessor(personas["assessor"]) and permissions.is_editor(personas["editor"])
    assert permissions.can_use_cms(personas["editor"]) and not permissions.can_use_cms(personas["learner"])


@pytest.mark.django_db
def test_a_head_sees_their_own_people_and_no_one_else(personas):
    from org.permissions import can_view_person

    head = personas["head"]
    assert can_view_person(head, personas["learner"])
    assert not can_view_person(head, personas["other_learner"])
    assert not can_view_person(personas["learner"], personas["other_learner"])
    assert can_view_person(personas["hr"], personas["other_learner"])
