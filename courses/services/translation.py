"""Filling a page's wagtail-localize translation from a parallel copy of the page written in the other language.

wagtail-localize owns the translation (so editors see "out of date" when the source changes, and edit it in its
translation editor); we only supply the strings. Both pages are cut into segments the same way, and a segment of
the source is paired with the segment at the same place (path, and position within that path) in the copy.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

log = logging.getLogger(__name__)


def _strings_by_path(instance) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            grouped[segment.path].append(segment.string.data)
    return grouped


def aligned_strings(*, source, translated_copy) -> tuple[dict[tuple[str, str], str], list[str]]:
    """(path, source string) → translated string, and the paths whose segment counts differ."""
    source_strings = _strings_by_path(source)
    target_strings = _strings_by_path(translated_copy)
    mapping: dict[tuple[str, str], str] = {}
    mismatched = []
    for path, originals in source_strings.items():
        translated = list(target_strings.get(path, []))
        if len(translated) != len(originals):
            mismatched.append(path)
            if len(translated) > len(originals) and originals:
                # more paragraphs in the translation: keep every word by joining the extras into the last one
                translated = [*translated[: len(originals) - 1], " ".join(translated[len(originals) - 1 :])]
        for original, text in zip(originals, translated, strict=False):
            if text.strip():
                mapping[(path, original)] = text
    return mapping, mismatched


@transaction.atomic
def translation_fill(*, page: Page, translated_copy, locale: Locale, user=None) -> tuple[Page, list[str]]:
    """Create or update the translation of `page` into `locale`, filled from `translated_copy` (an unsaved instance
    of the same class holding the other language), and publish it. Returns the translated page and any paths
    that could not be aligned (those keep the source text until an editor translates them)."""
    page = page.specific
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    mapping, mismatched = aligned_strings(source=page, translated_copy=translated_copy)
    po = translation.export_po()
    for entry in po:
        text = mapping.get((entry.msgctxt, entry.msgid))
        if text is not None and not entry.obsolete:
            entry.msgstr = text
    translation.import_po(po, user=user, tool_name="curriculum")
    # Save a draft and publish it here rather than let wagtail-localize publish on commit: its deferred publish
    # replays a page object captured before the page's children existed, resetting the tree's child count.
    translation.save_target(user=user, publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish(user=user, log_action=False)
    if mismatched:
        log.warning("%s: translation segments not aligned at %s", page.url_path, ", ".join(mismatched))
    return page.get_translation(locale), mismatched
