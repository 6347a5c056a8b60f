"""Demo programmes, the standard scorecard, and the demo people's certification states (DESIGN.md's table)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from .models import (
    Certificate,
    Dimension,
    EvaluationForm,
    Level,
    PerformanceRating,
    Programme,
    ProgrammeCourse,
    ProgrammeExam,
    RegionalModule,
)

# name (en, zh), then anchors for 1, 3 and 5 (en, zh); 2 and 4 sit between their neighbours
SCORECARD = [
    (
        ("Structured questioning (STAR)", "结构化提问（STAR）"),
        (
            "Questions wander; no follow-up on situation, task, action or result.",
            "提问随意，未追问情境、任务、行动或结果。",
        ),
        ("Mostly planned questions; follows up on some STAR elements.", "问题大多有准备，部分追问 STAR 要素。"),
        (
            "Every question maps to the role; probes each STAR element to evidence.",
            "每个问题对应岗位要求，逐项追问 STAR 要素直至有证据。",
        ),
    ),
    (
        ("Understanding of the role and business", "对岗位与业务的理解"),
        ("Cannot explain what the role needs.", "说不清岗位需要什么。"),
        ("Explains the role's core skills; links some answers to them.", "能说明岗位核心能力，并将部分回答与之对应。"),
        ("Judges fit precisely against the role, the business and the market.", "结合岗位、业务与市场准确判断匹配度。"),
    ),
    (
        ("Cross-cultural communication", "跨文化沟通"),
        ("Interrupts, uses idioms, or misreads the candidate's intent.", "打断候选人、使用俚语，或误解候选人意图。"),
        ("Listens and checks understanding; adapts some of the time.", "能倾听并确认理解，部分时候能调整表达。"),
        (
            "Clear across cultures; uses an interpreter or tool well when needed.",
            "跨文化表达清晰，必要时善用翻译或工具。",
        ),
    ),
    (
        ("Fairness and lawful questions", "公平与合规提问"),
        (
            "Asks about a protected topic (age, religion, marriage, salary history).",
            "询问受保护话题（年龄、宗教、婚姻、薪资历史）。",
        ),
        ("No taboo questions; some judgements rest on impressions.", "无禁忌提问，但部分判断基于印象。"),
        (
            "No taboo questions; every judgement rests on evidence from the answers.",
            "无禁忌提问，所有判断均基于回答中的证据。",
        ),
    ),
    (
        ("Employer brand and candidate experience", "雇主品牌与候选人体验"),
        ("Over-promises, praises overtime, or reveals the outcome.", "过度承诺、推崇加班文化，或当场透露结果。"),
        ("Describes the company truthfully; answers questions politely.", "如实介绍公司，礼貌回答问题。"),
        (
            "Conveys values and growth paths truthfully; leaves a professional impression.",
            "真实传递价值观与发展路径，留下专业印象。",
        ),
    ),
]


def _anchors(low, mid, high) -> list[dict]:
    between = ("Between the anchors either side.", "介于上下两个锚点之间。")
    rows = [low, between, mid, between, high]
    return [{"score": i + 1, "en": en, "zh": zh} for i, (en, zh) in enumerate(rows)]


def seed_scorecard() -> EvaluationForm:
    form, created = EvaluationForm.objects.get_or_create(
        code="standard-interview",
        version=1,
        defaults={"name": "Standard interview scorecard", "name_zh": "标准化面试评价表"},
    )
    if created or not form.dimensions.exists():
        for order, (name, low, mid, high) in enumerate(SCORECARD):
            Dimension.objects.create(
                form=form, order=order, name=name[0], name_zh=name[1], anchors=_anchors(low, mid, high)
            )
    return form


def _programme(code, **fields) -> Programme:
    programme, _created = Programme.objects.get_or_create(code=code, defaults=fields)
    return programme


def seed_programmes() -> dict[str, Programme]:
    form = seed_scorecard()
    foundation = _programme(
        "foundation",
        name="Foundation interviewer",
        name_zh="基础面试官认证",
        level=Level.FOUNDATION,
        validity_months=24,
        shadow_count=2,
        reverse_shadow_count=1,
        practical_form=form,
        practical_pass_average=Decimal("3.00"),
        minimum_performance=PerformanceRating.MEETS,
        signoff_required=True,
    )
    senior = _programme(
        "senior",
        name="Senior interviewer",
        name_zh="高级面试官认证",
        level=Level.SENIOR,
        validity_months=24,
        requires=foundation,
        reverse_shadow_count=2,
        practical_form=form,
        practical_pass_average=Decimal("3.50"),
        minimum_performance=PerformanceRating.EXCEEDS,
        signoff_required=True,
    )
    assessor = _programme(
        "assessor",
        name="Assessor",
        name_zh="评估员资格",
        level=Level.ASSESSOR,
        validity_months=36,
        requires=senior,
        signoff_required=True,
    )
    _link_curriculum(foundation, senior)
    return {"foundation": foundation, "senior": senior, "assessor": assessor}


def _link_curriculum(foundation: Programme, senior: Programme) -> None:
    """Courses by level; exams and regional modules where the exams app has seeded them."""
    CoursePage = apps.get_model("courses", "CoursePage")
    for page in CoursePage.objects.live().filter(locale__language_code="en"):
        programme = foundation if page.level == "foundation" else senior
        ProgrammeCourse.objects.get_or_create(programme=programme, course_key=page.translation_key, for_renewal=False)
    Exam = apps.get_model("exams", "Exam")
    for exam in Exam.objects.all():
        if exam.kind == "foundation":
            ProgrammeExam.objects.get_or_create(programme=foundation, exam=exam, for_renewal=False)
        elif exam.kind == "advanced":
            ProgrammeExam.objects.get_or_create(programme=senior, exam=exam, for_renewal=False)
        elif exam.kind == "regional" and exam.region_id:
            RegionalModule.objects.get_or_create(
                programme=foundation, region_id=exam.region_id, defaults={"exam": exam}
            )


def _hold(person, programme, regions, note, hr) -> None:
    from .services.certificates import certificate_issue

    if Certificate.objects.filter(holder=person, programme=programme).exists():
        return
    start = timezone.now() - timedelta(days=90)
    certificate_issue(
        person=person,
        programme=programme,
        actor=hr,
        recorded=True,
        evidence_note=note,
        regions=regions,
        valid_from=start,
    )


@transaction.atomic
def seed_demo_certification(sender=None, stdout=None, **kwargs) -> None:
    """Receiver of org.signals.demo_seeded. Idempotent."""
    User = apps.get_model("org", "User")
    Region = apps.get_model("org", "Region")
    programmes = seed_programmes()
    people = {u.username: u for u in User.objects.filter(username__in=["hr", "certified", "assessor"])}
    regions = {r.code: r for r in Region.objects.filter(code__in=["DE", "US", "GB"])}
    hr = people.get("hr")
    note = "Held already before the academy opened; recorded by HR from the paper file."
    if "certified" in people:
        _hold(people["certified"], programmes["foundation"], [regions.get("DE"), regions.get("US")], note, hr)
    if "assessor" in people:
        _hold(people["assessor"], programmes["senior"], [regions.get("GB")], note, hr)
        _hold(people["assessor"], programmes["assessor"], [], note, hr)
    if stdout is not None:
        stdout.write(
            f"Certification: {Programme.objects.count()} programmes, {Certificate.objects.count()} certificates"
        )
