"""Demo rule packs for every demo region, published, with the legal review marked "unreviewed".

Idempotent: a region whose latest published version already holds exactly the seeded rules is left alone; if the
seed changed, a new version is published, unless people have taken the pack over (a version not made by the
seed), in which case their work is left alone.
"""

from __future__ import annotations

from django.db import transaction

from .models import RulePackVersion
from .seed.regions import REGIONS, rules_for
from .services import RULE_FIELDS, rule_pack_create

SEED_NOTE = "Seeded from the regional course modules."


def _same_rules(version: RulePackVersion, rules: list[dict]) -> bool:
    current = [{k: getattr(r, k) for k in RULE_FIELDS} for r in version.rules.all()]
    return current == [{k: r.get(k, "") for k in RULE_FIELDS} for r in rules]


@transaction.atomic
def seed_rule_packs(*, region_codes=None) -> dict:
    from org.models import Region

    counts = {"created": 0, "unchanged": 0, "kept": 0}
    for region in Region.objects.filter(code__in=list(region_codes or REGIONS)).order_by("code"):
        rules = rules_for(region.code)
        versions = RulePackVersion.objects.filter(region=region)
        latest = versions.filter(status="published").order_by("-number").first()
        if latest is not None and _same_rules(latest, rules):
            counts["unchanged"] += 1
        elif versions.exclude(notes=SEED_NOTE).exists():
            counts["kept"] += 1
        else:
            rule_pack_create(region=region, rules=rules, notes=SEED_NOTE, publish=True)
            counts["created"] += 1
    return counts


@transaction.atomic
def seed_questions(*, keys: set[str] | None = None) -> dict:
    """The seeded interview question bank (or the questions named in `keys`). A question already in the bank (by
    key) is left to its editors."""
    from .models import InterviewQuestion
    from .seed.questions import all_questions, validate
    from .services.bank import latest_packs, question_save

    questions = [q for q in validate(all_questions()) if keys is None or q["key"] in keys]
    existing = set(InterviewQuestion.objects.values_list("key", flat=True))
    packs = {language: latest_packs(language) for language in ("en", "zh-hans")}
    created = 0
    for q in questions:
        if q["key"] in existing:
            continue
        question_save(key=q["key"], competency=q["competency"], kind=q["kind"], texts=q["texts"],
                      senior_only=q["senior_only"], packs=packs)  # fmt: skip
        created += 1
    return {"created": created, "kept": len(questions) - created}


def seed_on_demo(sender=None, stdout=None, **kwargs) -> None:
    """Receiver of org.signals.demo_seeded."""
    counts = seed_rule_packs()
    if stdout is not None:
        stdout.write(
            "Taboo rule packs: {created} published, {unchanged} unchanged, {kept} left to their editors".format(
                **counts
            )
        )
    questions = seed_questions()
    if stdout is not None:
        stdout.write("Interview question bank: {created} added, {kept} already there".format(**questions))
