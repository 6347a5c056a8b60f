"""The question bank, split the way Moodle splits it.

A `Question` is the stable entry: its category, purpose, language, tags, translation link and author. Its content
lives in `QuestionVersion` rows with their answers, pairs, items and rubric. A version that an attempt has used
is never changed again: editing it makes the next version, so an attempt keeps pointing at what it showed.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField

from .fields import RubricLevelsField


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTI = "multi", _("Multiple response")
    TRUEFALSE = "truefalse", _("True/false")
    SHORT = "short", _("Short answer")
    MATCHING = "matching", _("Matching")
    ORDERING = "ordering", _("Ordering")
    ESSAY = "essay", _("Essay / scenario")


class Purpose(models.TextChoices):
    EXAM = "exam", _("Exam")
    PRACTICE = "practice", _("Practice")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    CHINESE = "zh-hans", _("Simplified Chinese")


class Category(models.Model):
    """A node of the category tree (competency → topic). `path` is the English path, kept for lookups."""

    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name in Chinese"), max_length=200, blank=True)
    path = models.CharField(_("path"), max_length=1000, editable=False, unique=True)
    info = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["path"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="qb_category_unique_name_in_parent"),
            models.UniqueConstraint(
                fields=["name"], condition=Q(parent__isnull=True), name="qb_category_unique_top_level_name"
            ),
            models.CheckConstraint(condition=~Q(name=""), name="qb_category_name_not_blank"),
        ]

    def __str__(self) -> str:
        return self.local_path

    def save(self, *args, **kwargs):
        self.path = f"{self.parent.path}/{self.name}" if self.parent_id else self.name
        super().save(*args, **kwargs)

    @property
    def local_name(self) -> str:
        return self.name_zh if self.name_zh and (get_language() or "").startswith("zh") else self.name

    @property
    def local_path(self) -> str:
        if (get_language() or "").startswith("zh"):
            names, node = [], self
            while node is not None:
                names.append(node.local_name)
                node = node.parent
            return "/".join(reversed(names))
        return self.path


class QuestionTag(TaggedItemBase):
    content_object = models.ForeignKey("Question", on_delete=models.CASCADE, related_name="tagged_items")


class Question(models.Model):
    """The stable entry. Content is in versions; `current_version` is what editors and new attempts see."""

    qtype = models.CharField(_("type"), max_length=20, choices=QuestionType.choices)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="questions"
    )
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices, default=Purpose.PRACTICE)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.ENGLISH)
    # linked translations share one group: an exam serves the same item in either language
    translation_group = models.UUIDField(_("translation group"), default=uuid.uuid4, db_index=True)
    idnumber = models.CharField(_("ID number"), max_length=100, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_questions",
    )
    current_version = models.OneToOneField(
        "QuestionVersion", verbose_name=_("current version"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)
    tags = TaggableManager(through=QuestionTag, blank=True, verbose_name=_("tags"))

    class Meta:
        ordering = ["category__path", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        permissions = [("import_questions", _("Can import and export questions"))]
        constraints = [
            models.UniqueConstraint(
                fields=["idnumber", "language"], condition=~Q(idnumber=""), name="qb_question_unique_idnumber"
            ),
            models.UniqueConstraint(fields=["translation_group", "language"], name="qb_question_one_per_language"),
        ]
        indexes = [
            # the practice endpoint and exam draws: live items of one purpose in a set of categories
            models.Index(fields=["purpose", "category", "language"], name="qb_question_draw_idx"),
        ]

    def __str__(self) -> str:
        return self.current_version.name if self.current_version_id else f"#{self.pk}"

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None

    def translations(self):
        return Question.objects.filter(translation_group=self.translation_group).exclude(pk=self.pk)


class QuestionVersion(ClusterableModel):
    """One immutable-once-used state of a question's content."""

    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"), default=1)
    name = models.CharField(_("name"), max_length=255)
    stem = RichTextField(_("question text"))
    general_feedback = RichTextField(_("general feedback"), blank=True)
    default_mark = models.DecimalField(
        _("default mark"), max_digits=7, decimal_places=2, default=Decimal("1"), validators=[MinValueValidator(0)]
    )
    shuffle = models.BooleanField(_("shuffle the choices"), default=True)
    case_sensitive = models.BooleanField(_("case sensitive"), default=False)
    correct_feedback = RichTextField(_("feedback for a right response"), blank=True)
    partial_feedback = RichTextField(_("feedback for a partly right response"), blank=True)
    incorrect_feedback = RichTextField(_("feedback for a wrong response"), blank=True)
    grader_info = RichTextField(_("information for graders"), blank=True)
    response_template = models.TextField(_("response template"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    used_at = models.DateTimeField(_("first used at"), null=True, blank=True)

    class Meta:
        ordering = ["question", "-number"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(fields=["question", "number"], name="qb_version_unique_number"),
            models.CheckConstraint(condition=Q(default_mark__gte=0), name="qb_version_mark_not_negative"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_used(self) -> bool:
        return self.used_at is not None

    @cached_property
    def qtype(self) -> str:
        return self.question.qtype


class Answer(models.Model):
    """A choice (single, multi, true/false) or an accepted answer (short answer), with its credit."""

    version = ParentalKey(QuestionVersion, on_delete=models.CASCADE, related_name="answers")
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    text = models.TextField(_("text"))
    fraction = models.DecimalField(
        _("credit"),
        max_digits=8,
        decimal_places=7,
        default=Decimal("0"),
        validators=[MinValueValidator(-1), MaxValueValidator(1)],
        help_text=_("Between -1 and 1; 1 is 100%."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    sort_order_field = "sort_order"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("answer")
        constraints = [
            models.CheckConstraint(condition=Q(fraction__gte=-1, fraction__lte=1), name="qb_answer_fraction_range"),
        ]

    def __str__(self) -> str:
        return self.text[:60]


class MatchPair(models.Model):
    """A left item and its right answer; a pair with no left item is a distractor among the right answers."""

    version = ParentalKey(QuestionVersion, on_delete=models.CASCADE, related_name="pairs")
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    left = models.TextField(_("item"), blank=True, help_text=_("Leave empty to add a distractor answer."))
    right = models.CharField(_("matching answer"), max_length=500)

    sort_order_field = "sort_order"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("matching pair")

    def __str__(self) -> str:
        return f"{self.left[:30]} → {self.right[:30]}"


class OrderItem(models.Model):
    """One item of an ordering question; `sort_order` is the right position."""

    version = ParentalKey(QuestionVersion, on_delete=models.CASCADE, related_name="items")
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    text = models.TextField(_("text"))

    sort_order_field = "sort_order"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("item")

    def __str__(self) -> str:
        return self.text[:60]


class RubricCriterion(models.Model):
    """One criterion of an essay's rubric with its levels: [{"points": "0", "descriptor": "..."}, ...]."""

    version = ParentalKey(QuestionVersion, on_delete=models.CASCADE, related_name="rubric")
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    criterion = models.TextField(_("criterion"))
    levels = RubricLevelsField(_("levels"), default=list)

    sort_order_field = "sort_order"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("rubric criterion")

    def __str__(self) -> str:
        return self.criterion[:60]

    @property
    def max_points(self) -> Decimal:
        return max((Decimal(str(level["points"])) for level in self.levels), default=Decimal(0))


class QuestionAccess(models.Model):
    """Who created, edited, viewed or exported an item: exams keep these people from sitting it."""

    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        EDIT = "edit", _("Edited")
        VIEW = "view", _("Viewed")
        EXPORT = "export", _("Exported")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="accesses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("question access")
        indexes = [models.Index(fields=["question", "user"], name="qb_access_question_user_idx")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.action} {self.question_id}"


class ImportJob(models.Model):
    """A question file uploaded in /cms/: the row is the record that the import is owed (see tasks)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Refused")

    file = models.FileField(_("file"), upload_to="question_imports/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    format = models.CharField(_("format"), max_length=20)
    category_path = models.CharField(_("category"), max_length=1000, blank=True)
    dry_run = models.BooleanField(_("check only"), default=False)
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices, default=Purpose.EXAM)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.ENGLISH)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="question_imports"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question import")
        indexes = [
            # the sweep: pending jobs
            models.Index(fields=["state", "created_at"], name="qb_importjob_state_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_state_display()})"

    @property
    def percent(self) -> int:
        return int(100 * self.processed / self.total) if self.total else (100 if self.state == "done" else 0)
