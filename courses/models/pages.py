"""The page tree: one catalogue per language → courses → lessons."""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.blocks import LessonStreamBlock, ObjectivesBlock
from courses.search import segment


class Competency(models.TextChoices):
    ETIQUETTE = "etiquette", _("Etiquette and professional image")
    STRUCTURED = "structured", _("Structured interviewing and STAR")
    CROSS_CULTURAL = "cross_cultural", _("Cross-cultural communication and taboos")
    ATTRACTING = "attracting", _("Attracting candidates")
    EVALUATION = "evaluation", _("Evaluation and fairness")


class Level(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation")
    ADVANCED = "advanced", _("Advanced")


PAGE_TRANSLATABLE = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]
# Same slug in both languages, so the language switcher lands on the same lesson.
PAGE_SYNCHRONIZED = [SynchronizedField("slug")]


class CourseIndexPage(Page):
    """The catalogue (slug `courses` under the home page in each language), with search and filters."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE, TranslatableField("intro"), *PAGE_SYNCHRONIZED]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        from courses.views.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(index_page=self, request=request))
        return context


class CoursePage(Page):
    summary = models.TextField(_("summary"), max_length=600)
    competency = models.CharField(_("competency area"), max_length=20, choices=Competency.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.FOUNDATION)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=30)
    sort_order = models.IntegerField(_("position in the catalogue"), default=100)
    objectives = StreamField(ObjectivesBlock(), blank=True, verbose_name=_("learning objectives"))
    regions = ParentalManyToManyField(
        "org.Region",
        blank=True,
        related_name="courses",
        verbose_name=_("regions"),
        help_text=_("Leave empty unless the course is specific to these regions."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        verbose_name=_("prerequisite courses"),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    # What the curriculum seeder last wrote here; lets a re-run skip courses whose definition did not change.
    seed_digest = models.CharField(max_length=64, blank=True, editable=False)

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("competency"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("sort_order")]),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Catalogue"),
        ),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("search_text"),
        index.AutocompleteField("search_text"),
        index.FilterField("locale_id"),
        index.FilterField("competency"),
        index.FilterField("level"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE,
        TranslatableField("summary"),
        TranslatableField("objectives"),
        *PAGE_SYNCHRONIZED,
        SynchronizedField("competency"),
        SynchronizedField("level"),
        SynchronizedField("estimated_minutes"),
        SynchronizedField("sort_order"),
        SynchronizedField("regions"),
        SynchronizedField("prerequisites"),
        SynchronizedField("cover_image"),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def search_text(self) -> str:
        objectives = " ".join(str(block.value) for block in self.objectives)
        return segment(f"{self.title} {self.summary} {objectives}")

    def get_context(self, request, *args, **kwargs):
        from courses.views.pages import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(course=self, request=request))
        return context


class LessonPage(Page):
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    required = models.BooleanField(
        _("required"), default=True, help_text=_("The course is complete when every required lesson is done.")
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("required")]),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.AutocompleteField("search_text"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE,
        TranslatableField("body"),
        *PAGE_SYNCHRONIZED,
        SynchronizedField("estimated_minutes"),
        SynchronizedField("required"),
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def search_text(self) -> str:
        strings = self.body.stream_block.get_searchable_content(self.body)
        return segment(" ".join([self.title, *map(str, strings)]))

    def get_context(self, request, *args, **kwargs):
        from courses.views.pages import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, request=request))
        return context
