"""Versions of the standard evaluation form: a form that has scored a practical is never changed in place."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from ..models import Dimension, EvaluationForm, Practical, Programme


def _scored_on(model) -> list:
    """The relations from records scored on a `model` row: every reverse foreign key except the form's own parts
    and the programmes that name it. Found from the model so apps above this one (interview scorecards) count too."""
    return [
        rel
        for rel in model._meta.get_fields(include_hidden=True)
        if rel.one_to_many and rel.auto_created and rel.related_model not in (Programme, Dimension)
    ]


def evaluation_form_is_used(*, form: EvaluationForm) -> bool:
    """Has anything been scored on this version: a practical, an interview scorecard, a score on a dimension?"""
    if Practical.objects.filter(form=form).exists():
        return True
    for model, value in ((EvaluationForm, form), (Dimension, Dimension.objects.filter(form=form))):
        lookup = "in" if model is Dimension else "exact"
        for rel in _scored_on(model):
            if rel.related_model._default_manager.filter(**{f"{rel.field.name}__{lookup}": value}).exists():
                return True
    return False


@transaction.atomic
def evaluation_form_version_create(*, form: EvaluationForm) -> EvaluationForm:
    """The version HR may edit instead of `form`: `form` itself while it is the current one and has scored nothing,
    otherwise a new current version copied from the current one (name, dimensions and anchors).

    Programmes that score practicals on any version of the form move to the new one, so the next practical is
    scored on it, while the practicals already scored keep pointing at the version they were scored on.
    """
    # lock every version of the code so two editors starting at once get one new version, not a clash
    versions = list(EvaluationForm.objects.select_for_update().filter(code=form.code).order_by("version"))
    form = next(v for v in versions if v.pk == form.pk)
    current = next((v for v in versions if v.is_current), None)
    if current is not None and current.pk != form.pk and not evaluation_form_is_used(form=current):
        # someone already started a new version that has scored nothing yet: edit that one
        return current
    if form.is_current and not evaluation_form_is_used(form=form):
        return form
    # an old version opened for editing starts from the latest wording, not from what was replaced
    source = current or form
    # the partial unique constraint allows one current version per code, so retire the old one first
    EvaluationForm.objects.filter(code=form.code, is_current=True).update(is_current=False)
    number = (EvaluationForm.objects.filter(code=form.code).aggregate(n=Max("version"))["n"] or 0) + 1
    new = EvaluationForm.objects.create(
        code=source.code, version=number, name=source.name, name_zh=source.name_zh, is_current=True
    )
    Dimension.objects.bulk_create(
        Dimension(form=new, order=d.order, name=d.name, name_zh=d.name_zh, anchors=[dict(a) for a in d.anchors])
        for d in Dimension.objects.filter(form=source).order_by("order", "pk")
    )
    Programme.objects.filter(practical_form__code=form.code).update(practical_form=new)
    return new
