from __future__ import annotations

import pytest
from django.core.management import call_command

from reports.models import CoverageTarget


@pytest.mark.django_db
def test_the_demo_sets_coverage_targets_once_and_keeps_hr_changes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    target = CoverageTarget.objects.get(department__code="SALES", region__code="DE", level="foundation")
    assert target.needed == 3 and CoverageTarget.objects.count() == 10
    target.needed = 5
    target.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    target.refresh_from_db()
    assert target.needed == 5 and CoverageTarget.objects.count() == 10
