"""Filters for every dashboard table (django-filter). A head's department choices are only their own, and the
base querysets are scoped before filtering, so a forged department in the query string shows nothing extra."""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django import forms
from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certification.models import Programme
from org.models import Language, Region, User

from .models import TargetLevel
from .selectors.exams import GROUPINGS
from .selectors.expiry import WINDOWS
from .selectors.scope import Scope


def _keep(queryset, name, value):
    """For choices that shape a report rather than filter its rows (read from `form.cleaned_data`)."""
    return queryset


class ScopedFilterSet(django_filters.FilterSet):
    """Bootstrap classes on every field, and the department choices cut to the reader's scope."""

    department = django_filters.ModelChoiceFilter(
        queryset=None, label=_("Department"), to_field_name="code", empty_label=_("All I may see")
    )
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.order_by("code"), label=_("Region"), to_field_name="code", empty_label=_("All regions")
    )

    def __init__(self, data=None, queryset=None, *, scope: Scope, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.scope = scope
        self.filters["department"].queryset = scope.departments()
        self.form.fields["department"].queryset = scope.departments()
        for field in self.form.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs.setdefault("class", css)

    def value(self, name, default=None):
        """A cleaned choice, or `default` when it is missing or invalid."""
        if not self.is_bound:
            return default
        self.form.is_valid()
        value = getattr(self.form, "cleaned_data", {}).get(name)
        return default if value in (None, "") else value


class CoverageFilter(ScopedFilterSet):
    department = django_filters.ModelChoiceFilter(
        queryset=None, label=_("Department"), to_field_name="code", field_name="pk", empty_label=_("All I may see")
    )
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.order_by("code"),
        label=_("Region"),
        to_field_name="code",
        empty_label=_("All regions"),
        method=_keep,
    )
    level = django_filters.ChoiceFilter(choices=TargetLevel.choices, label=_("Level"), method=_keep, empty_label=None)

    class Meta:
        model = apps.get_model("org", "Department")
        fields = ["department", "region", "level"]


class PipelineFilter(ScopedFilterSet):
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.order_by("code"),
        label=_("Home region"),
        to_field_name="code",
        field_name="home_region",
        empty_label=_("All regions"),
    )
    programme = django_filters.ModelChoiceFilter(
        queryset=Programme.objects.filter(is_active=True).order_by("level", "code"),
        label=_("Programme"),
        to_field_name="code",
        method=_keep,
        empty_label=None,
    )

    class Meta:
        model = User
        fields = ["programme", "department", "region"]


def _within_days(queryset, name, value):
    return queryset.filter(valid_until__lte=timezone.now() + timedelta(days=int(value)))


class ExpiryFilter(ScopedFilterSet):
    days = django_filters.ChoiceFilter(
        # longest first: with nothing chosen the select shows the first, which is also what the list shows
        choices=[(str(d), _("%(days)s days") % {"days": d}) for d in sorted(WINDOWS, reverse=True)],
        label=_("Expiring within"),
        method=_within_days,
        empty_label=None,
    )
    department = django_filters.ModelChoiceFilter(
        queryset=None,
        label=_("Department"),
        to_field_name="code",
        field_name="holder__department",
        empty_label=_("All I may see"),
    )
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.order_by("code"),
        label=_("Endorsed for region"),
        to_field_name="code",
        field_name="endorsements__region",
        empty_label=_("All regions"),
    )
    programme = django_filters.ModelChoiceFilter(
        queryset=Programme.objects.order_by("level", "code"),
        label=_("Programme"),
        to_field_name="code",
        empty_label=_("All programmes"),
    )

    class Meta:
        model = apps.get_model("certification", "Certificate")
        fields = ["days", "department", "region", "programme"]


class ExamResultsFilter(ScopedFilterSet):
    group = django_filters.ChoiceFilter(
        choices=[(key, label) for key, (_field, label) in GROUPINGS.items()],
        label=_("Group by"),
        method=_keep,
        empty_label=None,
    )
    exam = django_filters.ModelChoiceFilter(
        queryset=apps.get_model("exams", "Exam").objects.order_by("kind", "title"),
        label=_("Exam"),
        to_field_name="slug",
        empty_label=_("All exams"),
    )
    department = django_filters.ModelChoiceFilter(
        queryset=None,
        label=_("Department"),
        to_field_name="code",
        field_name="user__department",
        empty_label=_("All I may see"),
    )
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.order_by("code"),
        label=_("Home region"),
        to_field_name="code",
        field_name="user__home_region",
        empty_label=_("All regions"),
    )
    language = django_filters.ChoiceFilter(choices=Language.choices, label=_("Language"), empty_label=_("Both"))
    since = django_filters.DateFilter(
        field_name="finalised_at",
        lookup_expr="date__gte",
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    until = django_filters.DateFilter(
        field_name="finalised_at",
        lookup_expr="date__lte",
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = apps.get_model("exams", "Attempt")
        fields = ["group", "exam", "department", "region", "language", "since", "until"]
