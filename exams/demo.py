"""Demo exams: the Foundation certification, one regional module per region and an Advanced exam, plus enough
attempts by generated learners that the statistics page shows real figures.

Receiver of org.signals.demo_seeded; courses and the question bank have seeded before (INSTALLED_APPS order).
Idempotent: exams are updated by slug, and attempts are added only for people who have none at that exam.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage
from org.models import Department, Region
from question_bank.models import Category

from .models import Attempt, Exam, ExamSection
from .services.statistics import exam_statistics_compute
from .services.timeline import attempt_record

AREAS = [
    "Etiquette and professional image",
    "Structured interviewing and STAR",
    "Cross-cultural communication and taboos",
    "Attracting candidates",
    "Evaluation and fairness",
]
REGIONS = {
    "US": "United States",
    "DE": "Germany",
    "GB": "United Kingdom",
    "BR": "Brazil",
    "MX": "Mexico",
    "SA": "Saudi Arabia",
    "AE": "United Arab Emirates",
    "ID": "Indonesia",
    "MY": "Malaysia",
    "VN": "Vietnam",
    "JP": "Japan",
}
GENERATED = 24  # learners with seeded attempts
PASSWORD = "interview-ready"  # noqa: S105 (the documented demo password)


def _courses(slugs) -> list[CoursePage]:
    return list(CoursePage.objects.filter(slug__in=slugs, locale__language_code="en"))


def _exam(slug: str, sections: list[dict], prerequisites: list[str], **fields) -> Exam:
    exam, _created = Exam.objects.update_or_create(slug=slug, defaults=fields)
    exam.sections.all().delete()
    for n, spec in enumerate(sections):
        category = Category.objects.filter(path=spec.pop("path")).first()
        if category is not None:
            ExamSection.objects.create(exam=exam, sort_order=n, category=category, **spec)
    exam.prerequisites.set(_courses(prerequisites))
    return exam


def seed_exams() -> dict[str, Exam]:
    exams = {
        "foundation": _exam(
            "foundation-certification",
            # attracting and evaluation items are all tagged advanced in the bank, so those two areas take any level
            [
                {"path": a, "count": 6, "tag": "level:foundation" if n < 3 else "", "objective_only": True}
                for n, a in enumerate(AREAS)
            ],
            ["interview-etiquette", "structured-interviewing-star", "cross-cultural-taboos"],
            title="Foundation interviewer certification",
            title_zh="基础面试官认证考试",
            description="Thirty questions over every competency area. Pass mark 80%.",
            description_zh="覆盖全部能力领域的三十道题，及格线为 80%。",
            kind="foundation",
            time_limit_minutes=45,
            pass_mark_percent=Decimal("80"),
            max_attempts=3,
            cooldown_hours=24,
            questions_per_page=5,
            review_policy="answers",
        )
    }
    for code, country in REGIONS.items():
        region = Region.objects.filter(code=code).first()
        exams[code] = _exam(
            f"regional-{code.lower()}",
            [{"path": f"Cross-cultural communication and taboos/Regions/{country}", "count": 8}],
            [f"region-{code.lower()}"],
            title=f"Regional module: {country}",
            title_zh=f"地区模块：{region.name_zh if region and region.name_zh else country}",
            description=f"Law, taboos and etiquette for interviewing in {country}.",
            description_zh="在该地区面试所需的法律、禁忌与礼仪。",
            kind="regional",
            region=region,
            time_limit_minutes=20,
            pass_mark_percent=Decimal("80"),
            max_attempts=3,
            cooldown_hours=24,
            questions_per_page=4,
            review_policy="correctness",
        )
    exams["advanced"] = _exam(
        "advanced-interviewer",
        [
            {"path": a, "count": 1, "tag": "kind:scenario", "marks_per_question": Decimal("5")}
            for a in ("Attracting candidates", "Evaluation and fairness", "Cross-cultural communication and taboos")
        ]
        + [{"path": a, "count": 3, "tag": "level:advanced", "objective_only": True} for a in AREAS],
        ["attracting-candidates", "interview-practice"],
        title="Advanced interviewer exam",
        title_zh="高级面试官考试",
        description="Scenario questions graded by an assessor, and advanced objective items.",
        description_zh="由评估员评分的情景题，以及进阶客观题。",
        kind="advanced",
        time_limit_minutes=60,
        pass_mark_percent=Decimal("70"),
        max_attempts=2,
        cooldown_hours=72,
        questions_per_page=3,
        review_policy="feedback",
    )
    return exams


def _generated_learners() -> list:
    User = get_user_model()
    departments = list(Department.objects.order_by("code"))
    regions = list(Region.objects.order_by("code"))
    people = []
    for n in range(1, GENERATED + 1):
        user = User.objects.filter(username=f"learner{n:02d}").first()
        if user is None:
            user = User.objects.create_user(
                username=f"learner{n:02d}",
                employee_id=f"E1{n:03d}",
                email=f"learner{n:02d}@example.com",
                password=PASSWORD,
                display_name=f"Demo learner {n:02d}",
                department=departments[n % len(departments)] if departments else None,
                home_region=regions[n % len(regions)] if regions else None,
                preferred_language="zh-hans" if n % 3 == 0 else "en",
            )
        people.append(user)
    return people


def seed_attempts(exams: dict[str, Exam]) -> int:
    User = get_user_model()
    rng = random.Random(20260101)  # noqa: S311 - the same demo every time
    assessor = User.objects.filter(username="assessor").first()
    made = 0
    now = timezone.now()
    learners = _generated_learners()
    for n, person in enumerate(learners):
        ability = 0.35 + 0.6 * n / max(1, len(learners) - 1)  # a spread of abilities, so items discriminate
        plan = [(exams["foundation"], 20), (exams["DE"], 12), (exams["advanced"], 6)]
        for exam, days in plan:
            if n % 4 == 3 and exam.kind == "advanced":
                continue
            if not Attempt.objects.filter(exam=exam, user=person).exists():
                when = now - timedelta(days=days + n % 5, hours=n)
                language = "zh-hans" if person.preferred_language == "zh-hans" else "en"
                grader = assessor if exam.kind != "advanced" or n % 2 == 0 else None  # leave some for the queue
                attempt_record(
                    exam=exam, user=person, started_at=when, ability=ability, rng=rng, grader=grader, language=language
                )
                made += 1
    certified = User.objects.filter(username="certified").first()
    if certified is not None:
        for key, days in (("foundation", 40), ("DE", 30), ("US", 25)):
            if not Attempt.objects.filter(exam=exams[key], user=certified, passed=True).exists():
                attempt_record(
                    exam=exams[key],
                    user=certified,
                    started_at=now - timedelta(days=days),
                    ability=1.0,
                    rng=rng,
                    grader=assessor,
                    language="en",
                )
                made += 1
    return made


def seed_demo_exams(sender=None, stdout=None, **kwargs) -> None:
    started = time.monotonic()
    with transaction.atomic():
        exams = seed_exams()
        made = seed_attempts(exams)
        for key in ("foundation", "DE", "advanced"):
            exam_statistics_compute(exam=exams[key])
    if stdout is not None:
        stdout.write(f"Exams: {len(exams)} exams, {made} attempts added in {time.monotonic() - started:.1f} s")
