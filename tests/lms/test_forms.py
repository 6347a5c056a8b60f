"""Shared form fields: hostile keys get the field's error, never a database error."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from lms.forms import ModelMultipleChoiceField
from org.models import Region
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("hostile", [str(2**63), str(-(2**63) - 1), "9" * 40])
def test_a_key_no_column_can_hold_is_an_invalid_value(hostile):
    region = RegionFactory(code="DE")
    field = ModelMultipleChoiceField(queryset=Region.objects.all())
    with pytest.raises(ValidationError) as raised:
        field.clean([str(region.pk), hostile])
    assert raised.value.code == "invalid_pk_value"
    assert list(field.clean([str(region.pk)])) == [region]


def test_codes_and_junk_are_left_to_django_s_own_checks():
    RegionFactory(code="DE")
    by_code = ModelMultipleChoiceField(queryset=Region.objects.all(), to_field_name="code")
    assert [r.code for r in by_code.clean(["DE"])] == ["DE"]
    with pytest.raises(ValidationError) as raised:
        ModelMultipleChoiceField(queryset=Region.objects.all()).clean(["not-a-number"])
    assert raised.value.code == "invalid_pk_value"
