from __future__ import annotations

import pytest

from interviewing.seeding import seed_rule_packs
from org import demo
from tests.factories import RegionFactory


@pytest.fixture
def demo_regions(db):
    return {
        code: RegionFactory(code=code, name=name, name_zh=name_zh, time_zone=tz, languages=langs, weekend_days=weekend)
        for code, name, name_zh, tz, langs, weekend in demo.REGIONS
    }


@pytest.fixture
def seeded_packs(demo_regions):
    seed_rule_packs()
    return demo_regions


def bank_sample() -> set[str]:
    """Enough of the seeded bank for any kit (four per competency, and the stress questions): checking all 123
    questions on save takes about ten seconds, which only the test of the whole seed pays."""
    from interviewing.seed.questions import all_questions

    keys, per = set(), {}
    for q in all_questions():
        if q["kind"] == "stress" or per.get(q["competency"], 0) < 4:
            keys.add(q["key"])
            per[q["competency"]] = per.get(q["competency"], 0) + (q["kind"] != "stress")
    return keys


@pytest.fixture
def full_bank(seeded_packs):
    from interviewing.seeding import seed_questions

    seed_questions()
    return seeded_packs


@pytest.fixture
def bank(seeded_packs):
    """A sample of the seeded interview question bank, checked against the seeded rule packs."""
    from interviewing.seeding import seed_questions

    seed_questions(keys=bank_sample())
    return seeded_packs


@pytest.fixture
def scorecard_form(db):
    from certification.demo import seed_scorecard

    return seed_scorecard()


@pytest.fixture
def certify(db):
    """Give a person an active certificate at a level for regions (their department is covered)."""
    from datetime import timedelta

    from django.utils import timezone

    from certification.models import Programme
    from certification.services.certificates import certificate_issue

    def make(person, regions, level="foundation"):
        programme, _created = Programme.objects.get_or_create(
            code=level, defaults={"name": level.title(), "level": level, "validity_months": 24}
        )
        certificate, _created = certificate_issue(
            person=person,
            programme=programme,
            recorded=True,
            evidence_note="paper file",
            regions=list(regions),
            valid_from=timezone.now() - timedelta(days=10),
        )
        return certificate

    return make


@pytest.fixture
def kit_maker(bank, department):
    from interviewing.services import kit_create

    def make(user, region="DE", level="foundation", language="en", **extra):
        return kit_create(
            user=user,
            role=extra.pop("role", "Account executive"),
            department=extra.pop("department", department),
            region=bank[region],
            level=level,
            language=language,
            **extra,
        )

    return make
