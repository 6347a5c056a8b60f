"""Every lesson block renders its preview value; taboo cards mark unreviewed law; knowledge checks ask the bank."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from courses.blocks import KnowledgeCheckBlock, LessonStreamBlock, TabooCardBlock, VideoBlock

BLOCKS = LessonStreamBlock().child_blocks


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_every_block_has_an_icon_a_template_and_renders_its_preview(db, name):
    block = BLOCKS[name]
    assert block.meta.icon and block.meta.template and block.meta.preview_value is not None
    html = str(block.render(block.get_preview_value()))
    assert html.strip(), name


@pytest.fixture
def root_collection(db):
    # made by a migration, so a live-server test's flush removes it from a reused test database
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def test_an_image_renders_with_its_text_alternative_and_caption(root_collection):
    image = Image.objects.create(title="Interview room", file=get_test_image_file())
    block = BLOCKS["image"]
    html = str(block.render(block.to_python({"image": image.pk, "alt_text": "An empty room", "caption": "Set up"})))
    assert 'alt="An empty room"' in html and "<figcaption" in html


def test_a_document_is_offered_for_download(root_collection):
    document = Document.objects.create(title="Form", file=ContentFile(b"%PDF-1.4", name="form.pdf"))
    block = BLOCKS["document"]
    html = str(block.render(block.to_python({"document": document.pk, "title": "Evaluation form", "description": ""})))
    assert f'href="{document.url}"' in html and "download" in html


def test_the_blocks_are_the_ones_the_seed_format_names():
    from courses.curriculum import BLOCK_FIELDS

    assert set(BLOCK_FIELDS) <= set(BLOCKS)
    for name, fields in BLOCK_FIELDS.items():
        if fields is not None:
            assert set(BLOCKS[name].child_blocks) == fields, name


def test_an_unreviewed_taboo_card_says_so_and_a_reviewed_one_names_its_reviewer(db):
    block = TabooCardBlock()
    value = block.get_preview_value()
    assert "Not yet legally reviewed" in str(block.render(value))
    reviewed = block.to_python(
        {
            **block.get_prep_value(value),
            "review_status": "reviewed",
            "reviewer": "Dr. Klein",
            "reviewed_on": "2025-03-01",
        }
    )
    html = str(block.render(reviewed))
    assert "Legally reviewed by Dr. Klein on 2025-03-01" in html
    assert "Not yet legally reviewed" not in html
    assert reviewed["reviewed_on"] == datetime.date(2025, 3, 1)


@override_settings(ROOT_URLCONF="tests.courses.urls_without_practice")
def test_a_knowledge_check_falls_back_to_a_note_while_the_bank_has_no_practice_url(db):
    block = KnowledgeCheckBlock()
    html = str(block.render(block.get_preview_value()))
    assert "hx-get" not in html and "question bank" in html


@override_settings(ROOT_URLCONF="tests.courses.urls_with_practice")
def test_a_knowledge_check_loads_practice_questions_from_the_bank_url(db):
    block = KnowledgeCheckBlock()
    html = str(block.render(block.get_preview_value()))
    assert 'hx-get="/question-bank/practice/?category=Structured%20interviewing%2FSTAR&amp;count=3"' in html
    assert 'hx-trigger="load"' in html


def test_a_video_plays_from_the_privacy_friendly_youtube_host():
    block = VideoBlock()
    html = str(block.render(block.get_preview_value()))
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
