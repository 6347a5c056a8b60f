"""A used evaluation form is never changed in place: editing it starts a new version with the same dimensions and
anchors, programmes move to it, and practicals keep the version they were scored on."""

from __future__ import annotations

import pytest

from certification.models import Dimension, EvaluationForm, Level, Practical, Programme
from certification.services.evidence import practical_score
from certification.services.forms import evaluation_form_version_create
from tests.factories import UserFactory

ANCHORS = [{"score": s, "en": f"en {s}", "zh": f"中 {s}"} for s in range(1, 6)]


@pytest.fixture
def scorecard(db):
    form = EvaluationForm.objects.create(code="standard", name="Scorecard", name_zh="评价表")
    for i in range(3):
        Dimension.objects.create(form=form, order=i, name=f"D{i}", name_zh=f"维度{i}", anchors=ANCHORS)
    return form


@pytest.fixture
def programme(db, scorecard):
    return Programme.objects.create(
        code="foundation", name="Foundation", level=Level.FOUNDATION, practical_form=scorecard
    )


@pytest.fixture
def scored(programme, scorecard, holder, other_department, issue):
    assessor = UserFactory(username="assessor1", department=other_department)
    issue(assessor, Programme.objects.create(code="assessor", name="Assessor", level=Level.ASSESSOR))
    dims = scorecard.dimensions.all()
    return practical_score(person=holder, programme=programme, assessor=assessor, scores={d.pk: 4 for d in dims})


def test_an_unused_current_form_is_edited_in_place(scorecard):
    assert evaluation_form_version_create(form=scorecard) == scorecard
    assert EvaluationForm.objects.count() == 1


def test_a_used_form_gets_a_new_current_version_with_its_dimensions_and_anchors(scorecard, scored):
    new = evaluation_form_version_create(form=scorecard)
    scorecard.refresh_from_db()
    assert (new.code, new.version, new.is_current, new.name_zh) == ("standard", 2, True, "评价表")
    assert scorecard.is_current is False
    copied = list(new.dimensions.values_list("order", "name", "name_zh", "anchors"))
    assert copied == list(scorecard.dimensions.values_list("order", "name", "name_zh", "anchors"))
    assert len(copied) == 3 and copied[0][3] == ANCHORS
    assert set(new.dimensions.values_list("pk", flat=True)).isdisjoint(
        scorecard.dimensions.values_list("pk", flat=True)
    )


def test_editing_the_new_version_leaves_the_scored_practical_on_its_own_version(scorecard, scored, programme):
    new = evaluation_form_version_create(form=scorecard)
    new.dimensions.filter(order=0).update(name="Renamed", anchors=[])
    practical = Practical.objects.get(pk=scored.pk)
    assert practical.form == scorecard
    assert scorecard.dimensions.get(order=0).name == "D0"
    assert {s.dimension.form_id for s in practical.scores.select_related("dimension")} == {scorecard.pk}


def test_programmes_score_their_next_practical_on_the_new_version(scorecard, scored, programme):
    new = evaluation_form_version_create(form=scorecard)
    programme.refresh_from_db()
    assert programme.practical_form == new


def test_starting_twice_gives_one_new_version_until_it_is_used(scorecard, scored):
    first = evaluation_form_version_create(form=scorecard)
    assert evaluation_form_version_create(form=scorecard) == first
    assert evaluation_form_version_create(form=first) == first
    assert EvaluationForm.objects.filter(code="standard").count() == 2


def test_an_old_version_opened_for_editing_starts_from_the_current_wording(scorecard, scored, programme, holder):
    second = evaluation_form_version_create(form=scorecard)
    second.dimensions.filter(order=0).update(name="Second wording")
    Practical.objects.filter(pk=scored.pk).update(form=second)  # the second version has now scored too
    third = evaluation_form_version_create(form=scorecard)
    assert third.version == 3 and third.dimensions.get(order=0).name == "Second wording"
    assert list(EvaluationForm.objects.filter(is_current=True)) == [third]


def test_a_form_used_only_by_an_interview_scorecard_also_gets_a_new_version(scorecard, holder, department, regions):
    from django.utils import timezone

    from certification.models import InterviewAssignment
    from interviewing.models.kits import Scorecard

    assignment = InterviewAssignment.objects.create(
        candidate_reference="C-1",
        role="Sales lead",
        department=department,
        region=regions["DE"],
        scheduled_at=timezone.now(),
        interviewer=holder,
    )
    Scorecard.objects.create(
        assignment=assignment,
        form=scorecard,
        interviewer=holder,
        candidate_reference="C-1",
        submitted_at=timezone.now(),
    )
    assert evaluation_form_version_create(form=scorecard) != scorecard
