from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from org.models import Department, Region, User

DESIGN = {
    "hr": "E0001",
    "head": "E0002",
    "manager": "E0003",
    "certified": "E0004",
    "assessor": "E0005",
    "editor": "E0006",
}


@pytest.mark.django_db
def test_seed_demo_builds_the_design_organisation_and_can_run_twice():
    call_command("seed_demo")
    call_command("seed_demo")
    assert set(Department.objects.values_list("code", flat=True)) == {"SALES", "ENG", "OPS"}
    assert Region.objects.count() == 11
    people = dict(User.objects.values_list("username", "employee_id"))
    assert {name: people.get(name) for name in DESIGN} == DESIGN
    # other apps add generated learners (exam statistics need attempts); nobody twice
    assert len(people) == len(set(people.values()))
    head = User.objects.get(username="head")
    assert Department.objects.get(code="SALES").head == head
    assert head.check_password("interview-ready")
    assert set(User.objects.get(username="hr").groups.values_list("name", flat=True)) == {"HR admin"}


@pytest.mark.django_db
def test_seed_demo_refuses_where_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_DATA_ALLOWED"):
        call_command("seed_demo")
    assert not User.objects.exists()
    call_command("seed_demo", "--force")
    assert User.objects.filter(username__in=DESIGN).count() == len(DESIGN)
