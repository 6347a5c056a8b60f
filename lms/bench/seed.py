"""bench_seed, part one: the organisation, the question bank and the bench exams, written in bulk.

Rows are written the way the apps' services would leave them (a question's current version set, versions marked
used once attempts exist, one translation group per language pair), but in batches: the services write one row
at a time with audit events and notifications, which at 100,000 rows would take longer than the benchmarks.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from exams.models import Exam, ExamSection
from org import demo as org_demo
from org.models import Department, Region, User
from question_bank.models import Answer, Category, Question, QuestionVersion

from . import rows

BATCH = 2000
PEOPLE = 5_000
QUESTIONS = 10_000
AREAS = 5
BENCH_DEPARTMENTS = 7  # beside the three demo departments: ten in all
CERT_EXAM = "bench-certification"  # 30 items, 6 from each area: the exam the load tests start
QUIZZES = 9  # bench-quiz-1 … 9, 10 items each: history enough for 10 attempts per person
PASSWORD = org_demo.DEMO_PASSWORD


def scaled(base: int, scale: float) -> int:
    return max(1, round(base * scale))


@dataclass
class Bank:
    # per version: its answers as (pk, fraction), and the question's type and category (area index)
    versions: dict[int, dict] = field(default_factory=dict)
    by_category: dict[int, list[int]] = field(default_factory=dict)  # category pk → English version ids
    twin: dict[int, int] = field(default_factory=dict)  # English version id → its Chinese twin's


def org_seed(*, scale: float, rng: random.Random) -> tuple[list[int], list[Department], list[Region]]:
    """Departments, regions and people `bench000001` …; returns the people's pks."""
    departments = []
    for code, name, name_zh in org_demo.DEPARTMENTS:
        departments.append(Department.objects.get_or_create(code=code, defaults={"name": name, "name_zh": name_zh})[0])
    for n in range(1, BENCH_DEPARTMENTS + 1):
        code = f"BENCH{n:02d}"
        departments.append(Department.objects.get_or_create(code=code, defaults={"name": f"Bench department {n}"})[0])
    regions = []
    for code, name, name_zh, tz, languages, weekend in org_demo.REGIONS:
        defaults = {"name": name, "name_zh": name_zh, "time_zone": tz, "languages": languages, "weekend_days": weekend}
        regions.append(Region.objects.get_or_create(code=code, defaults=defaults)[0])
    # one hash for everyone: hashing 5,000 passwords would take minutes and prove nothing
    password = make_password(PASSWORD)
    count = scaled(PEOPLE, scale)
    rows = [
        User(
            username=f"bench{n:06d}",
            employee_id=f"B{n:06d}",
            email=f"bench{n:06d}@example.com",
            first_name="Bench",
            last_name=f"Person {n}",
            display_name=f"Bench person {n}",
            password=password,
            department=departments[n % len(departments)],
            home_region=regions[rng.randrange(len(regions))],
            preferred_language="zh-hans" if n % 3 == 0 else "en",
        )
        for n in range(1, count + 1)
    ]
    people = [u.pk for u in User.objects.bulk_create(rows, batch_size=BATCH)]
    if None in people:  # a backend without RETURNING
        people = list(User.objects.filter(username__startswith="bench").order_by("pk").values_list("pk", flat=True))
    learner = Group.objects.filter(name="Learner").first()
    if learner is not None:
        through = User.groups.through
        through.objects.bulk_create([through(user_id=pk, group_id=learner.pk) for pk in people], batch_size=BATCH)
    return people, departments, regions


def _categories() -> list[Category]:
    root = Category.objects.get_or_create(parent=None, name="Bench", defaults={"info": "bench_seed"})[0]
    return [
        Category.objects.get_or_create(parent=root, name=f"Area {n}", defaults={"name_zh": f"领域 {n}"})[0]
        for n in range(1, AREAS + 1)
    ]


QUESTION_FIELDS = ["id", "qtype", "category", "purpose", "language", "translation_group", "idnumber"]
QUESTION_FIELDS += ["current_version", "created_at"]
VERSION_FIELDS = ["id", "question", "number", "name", "stem", "default_mark", "shuffle", "case_sensitive", "created_at"]
VERSION_FIELDS += [f"{name}_feedback" for name in ("general", "correct", "partial", "incorrect")]
VERSION_FIELDS += ["grader_info", "response_template"]
ANSWER_FIELDS = ["id", "version", "sort_order", "text", "fraction", "feedback"]
ANSWERS = {
    "truefalse": [("True", Decimal(1)), ("False", Decimal(0))],
    "multi": [("A", Decimal("0.5")), ("B", Decimal("0.5")), ("C", Decimal(-1)), ("D", Decimal(-1))],
    "single": [("A", Decimal(1)), ("B", Decimal(0)), ("C", Decimal(0)), ("D", Decimal(0))],
}


def bank_seed(*, scale: float, rng: random.Random) -> Bank:
    """Exam items in five areas, as English–Chinese pairs: 60% single choice, 20% multiple response, 20% true/false.

    Written with `rows.insert` (keys allocated here), as the attempts are: each question row names its version
    before that row exists, which the deferred foreign-key checks of both backends accept within the transaction.
    """
    categories = _categories()
    pairs = max(AREAS, scaled(QUESTIONS, scale) // 2)
    adapt, now = rows.adapt, rows.adapt(timezone.now())
    ids = {m: rows.next_id(m) for m in (Question, QuestionVersion, Answer)}
    out = {Question: [], QuestionVersion: [], Answer: []}
    bank = Bank()
    for n in range(pairs):
        group = adapt(uuid.UUID(int=rng.getrandbits(128), version=4))
        kind = ("single", "single", "single", "multi", "truefalse")[n % 5]
        idnumber, category = f"bench-{n:06d}", categories[n % AREAS].pk
        twins = []
        for language in ("en", "zh-hans"):
            qid, vid = ids[Question], ids[QuestionVersion]
            ids[Question], ids[QuestionVersion] = qid + 1, vid + 1
            out[Question].append((qid, kind, category, "exam", language, group, idnumber, vid, now))
            name = f"Bench {idnumber} ({language})"
            stem = f"<p>Bench question {idnumber}: which answer is right? ({language})</p>"
            out[QuestionVersion].append((vid, qid, 1, name, stem, adapt(Decimal(1)), True, False, now) + ("",) * 6)
            answers = []
            for i, (text, fraction) in enumerate(ANSWERS[kind]):
                out[Answer].append((ids[Answer], vid, i, f"Answer {text}", adapt(fraction), ""))
                answers.append((ids[Answer], fraction))
                ids[Answer] += 1
            bank.versions[vid] = {"kind": kind, "question": qid, "answers": answers, "language": language}
            twins.append(vid)
        bank.by_category.setdefault(category, []).append(twins[0])
        bank.twin[twins[0]] = twins[1]
    fields = {Question: QUESTION_FIELDS, QuestionVersion: VERSION_FIELDS, Answer: ANSWER_FIELDS}
    with transaction.atomic():
        for model, batch in out.items():
            rows.insert(model, fields[model], batch)
        rows.sequences_reset(Question, QuestionVersion, Answer)
    return bank


def exams_seed() -> list[Exam]:
    """The certification exam (30 items) and the quizzes (10 items), no prerequisites, no cool-down."""
    categories = _categories()
    specs = [(CERT_EXAM, "Bench certification exam", 6, 45, 3)]
    specs += [(f"bench-quiz-{n}", f"Bench quiz {n}", 2, 20, 2) for n in range(1, QUIZZES + 1)]
    exams = []
    for slug, title, per_area, minutes, attempts in specs:
        exam, created = Exam.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "title_zh": f"基准测试：{title}",
                "kind": "foundation" if slug == CERT_EXAM else "advanced",
                "time_limit_minutes": minutes,
                "max_attempts": attempts,
                "cooldown_hours": 0,
                "questions_per_page": 5,
                "pass_mark_percent": Decimal(80),
                "review_policy": "score",
            },
        )
        if created:
            for n, category in enumerate(categories):
                ExamSection.objects.create(
                    exam=exam, sort_order=n, category=category, count=per_area, objective_only=True
                )
        exams.append(exam)
    return exams
