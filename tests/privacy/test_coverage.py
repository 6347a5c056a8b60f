"""Every table that points at a person must say how it is exported and erased."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model

from org.personal_data import contributions, covered_fields


def foreign_keys_to_people() -> set[str]:
    user = get_user_model()
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            # fields a page type inherits live in its parent's table, which is covered there
            if field.concrete and field.is_relation and field.model is model and field.related_model is user:
                found.add(f"{model._meta.app_label}.{model.__name__}.{field.name}")
    return found


def test_every_foreign_key_to_a_person_is_covered_by_export_and_erasure():
    missing = foreign_keys_to_people() - set(covered_fields())
    assert not missing, "add these to an app's personal_data.COVERS, with an export and an erasure for them"


def test_no_section_claims_a_field_that_does_not_exist():
    assert set(covered_fields()) - foreign_keys_to_people() == set()


def test_every_project_app_contributes_its_own_section():
    assert set(settings.PROJECT_APPS) <= {c.section for c in contributions()}


def test_each_field_is_claimed_by_the_app_that_owns_it():
    for contribution in contributions():
        for field in contribution.covers:
            app_label = field.split(".")[0]
            if app_label in settings.PROJECT_APPS:
                assert app_label == contribution.section, field
