"""Which translations of the course pages are behind their English source, for editors in /cms/.

A translation falls behind in two steps. First the English page is published again: its content is newer than the
snapshot wagtail-localize translated from ("source changed": an editor syncs it). Once synced, the new or changed
strings have no translation yet ("strings to translate": a translator finishes them in wagtail-localize's editor).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .models import CourseIndexPage, CoursePage, LessonPage

UP_TO_DATE, SOURCE_CHANGED, STRINGS_MISSING, NOT_TRANSLATED = "up_to_date", "source_changed", "strings", "missing"
LABELS = {
    UP_TO_DATE: _("Up to date"),
    SOURCE_CHANGED: _("Source changed: sync the translation"),
    STRINGS_MISSING: _("Strings to translate"),
    NOT_TRANSLATED: _("Not translated"),
}


@dataclass
class Row:
    page: Page
    state: str
    total: int
    translated: int
    translation_id: int | None
    target_page_id: int | None

    @property
    def label(self):
        return LABELS[self.state]


def translation_status(*, target_language: str = "zh-hans") -> list[Row]:
    """One row per English course page (catalogue, courses, lessons), worst first. A fixed number of queries."""
    target = Locale.objects.filter(language_code=target_language).first()
    source_locale = Locale.get_default()
    pages = list(
        Page.objects.filter(locale=source_locale)
        .type(CourseIndexPage, CoursePage, LessonPage)
        .only("id", "title", "path", "depth", "last_published_at", "live", "translation_key", "locale_id")
        .order_by("path")
    )
    sources = _sources_for(pages, source_locale)
    translations = {
        t.source_id: t for t in Translation.objects.filter(source__in=sources.values(), target_locale=target)
    }
    progress = _progress(list(translations.values()), target)
    targets = dict(
        Page.objects.filter(locale=target, translation_key__in=[p.translation_key for p in pages]).values_list(
            "translation_key", "pk"
        )
    )
    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        translation = translations.get(source.pk) if source else None
        total, done = progress.get(translation.pk, (0, 0)) if translation else (0, 0)
        if translation is None:
            state = NOT_TRANSLATED
        elif page.last_published_at and page.last_published_at > source.last_updated_at:
            state = SOURCE_CHANGED
        elif done < total:
            state = STRINGS_MISSING
        else:
            state = UP_TO_DATE
        rows.append(
            Row(page, state, total, done, translation.pk if translation else None, targets.get(page.translation_key))
        )
    order = [SOURCE_CHANGED, STRINGS_MISSING, NOT_TRANSLATED, UP_TO_DATE]
    return sorted(rows, key=lambda r: order.index(r.state))


def _sources_for(pages, locale) -> dict:
    keys = [p.translation_key for p in pages]
    return {s.object_id: s for s in TranslationSource.objects.filter(object_id__in=keys, locale=locale)}


def _progress(translations, target) -> dict[int, tuple[int, int]]:
    """translation id → (strings, translated strings), in one query (wagtail-localize's get_progress per row)."""
    if not translations:
        return {}
    by_source = {t.source_id: t.pk for t in translations}
    rows = (
        StringSegment.objects.filter(source_id__in=by_source)
        .annotate(
            done=Case(
                When(
                    Exists(
                        StringTranslation.objects.filter(
                            translation_of_id=OuterRef("string_id"),
                            context_id=OuterRef("context_id"),
                            locale=target,
                            has_error=False,
                        )
                    ),
                    then=Value(1),
                ),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .values("source_id")
        .annotate(total=Count("pk"), translated=Coalesce(Sum("done"), 0))
    )
    return {by_source[r["source_id"]]: (r["total"], r["translated"]) for r in rows}
