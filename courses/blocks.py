"""The blocks a lesson is written in. Names and fields match the seed FORMAT in courses/curriculum/__init__.py.

Fields an editor must keep identical in both languages (kinds, region codes, counts, the question-bank category)
use ChoiceBlock, IntegerBlock, DateBlock or RegexBlock: wagtail-localize does not offer those for translation.
"""

from __future__ import annotations

import re

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


def region_choices():
    # Read when the form is built, so regions added after startup appear; an empty list before migrate is fine.
    from org.models import Region

    try:
        return [(r.code, f"{r.code} · {r.name}") for r in Region.objects.only("code", "name")]
    except Exception:  # noqa: BLE001 - the table may not exist yet (checks, makemigrations)
        return []


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    level = blocks.ChoiceBlock(choices=[("2", _("Section")), ("3", _("Subsection"))], default="2", label=_("Level"))

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"
        preview_value = {"text": _("Before the interview"), "level": "2"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("law", _("Law"))], default="tip", label=_("Kind")
    )
    title = blocks.CharBlock(label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Body"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout.html"
        preview_value = {
            "kind": "tip",
            "title": _("Ask local HR first"),
            "body": "<p>Before interviewing in a new country, ask local HR which topics are off limits.</p>",
        }


class StarExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    situation = blocks.TextBlock(label=_("Situation"))
    task = blocks.TextBlock(label=_("Task"))
    action = blocks.TextBlock(label=_("Action"))
    result = blocks.TextBlock(label=_("Result"))
    verdict = blocks.ChoiceBlock(
        choices=[("strong", _("Strong answer")), ("weak", _("Weak answer"))], default="strong", label=_("Verdict")
    )
    commentary = blocks.TextBlock(label=_("What makes it strong or weak"))

    class Meta:
        icon = "list-ol"
        label = _("STAR example")
        template = "courses/blocks/star_example.html"
        preview_value = {
            "title": _("Handling a missed deadline"),
            "situation": "Our launch slipped by two weeks.",
            "task": "I had to reset expectations with the client.",
            "action": "I called the client the same day with a new plan.",
            "result": "The client renewed the contract.",
            "verdict": "strong",
            "commentary": "Concrete, personal actions and a measurable result.",
        }


class TabooCardBlock(blocks.StructBlock):
    topic = blocks.CharBlock(label=_("Protected topic"))
    regions = blocks.MultipleChoiceBlock(choices=region_choices, required=False, label=_("Regions"))
    why_risky = blocks.TextBlock(label=_("Why it is risky"))
    legal_basis = blocks.TextBlock(label=_("The law or custom it rests on"))
    ask_instead = blocks.TextBlock(label=_("What to ask instead"))
    review_status = blocks.ChoiceBlock(
        choices=[("unreviewed", _("Not yet legally reviewed")), ("reviewed", _("Legally reviewed"))],
        default="unreviewed",
        label=_("Review status"),
    )
    reviewer = blocks.CharBlock(required=False, label=_("Reviewer"))
    reviewed_on = blocks.DateBlock(required=False, label=_("Reviewed on"))

    class Meta:
        icon = "warning"
        label = _("Taboo card")
        template = "courses/blocks/taboo_card.html"
        preview_value = {
            "topic": _("Marital status"),
            "regions": ["DE"],
            "why_risky": "Questions about marriage invite discrimination claims.",
            "legal_basis": "General Equal Treatment Act (AGG).",
            "ask_instead": "Can you work the hours this role needs?",
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": None,
        }


class RoleBriefBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"))
    brief = blocks.TextBlock(label=_("Brief"))

    class Meta:
        icon = "user"
        label = _("Role")


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    setting = blocks.TextBlock(label=_("Setting"))
    roles = blocks.ListBlock(RoleBriefBlock(), label=_("Roles"))
    observer_scores = blocks.TextBlock(label=_("What the observer scores"))

    class Meta:
        icon = "group"
        label = _("Scenario / role-play brief")
        template = "courses/blocks/scenario.html"
        preview_value = {
            "title": _("A video interview across time zones"),
            "setting": "A 30-minute video call, 8 pm for the candidate.",
            "roles": [
                {"role": "Interviewer", "brief": "Open warmly and explain the agenda."},
                {"role": "Candidate", "brief": "You are tired and slightly sceptical."},
            ],
            "observer_scores": "Structure, courtesy and avoidance of protected topics.",
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "courses/blocks/checklist.html"
        preview_value = {"title": _("Before the call"), "items": ["Test the video tool", "Book an interpreter"]}


class DoDontPairBlock(blocks.StructBlock):
    do = blocks.CharBlock(label=_("Do"))
    dont = blocks.CharBlock(label=_("Don't"))

    class Meta:
        icon = "arrows-up-down"
        label = _("Pair")


class DoDontBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    pairs = blocks.ListBlock(DoDontPairBlock(), label=_("Pairs"))

    class Meta:
        icon = "arrows-up-down"
        label = _("Do and don't")
        template = "courses/blocks/do_dont.html"
        preview_value = {
            "title": _("Talking about the job"),
            "pairs": [{"do": "Describe the real workload", "dont": "Over-promise growth"}],
        }


class KnowledgeCheckBlock(blocks.StructBlock):
    """Practice questions served by the question bank's practice URL (never exam items, never a Python import)."""

    title = blocks.CharBlock(label=_("Title"))
    # RegexBlock, not CharBlock: the English category path is a key, so wagtail-localize must not translate it
    category = blocks.RegexBlock(
        regex=r"^[^/]+(/[^/]+)*$",
        error_messages={"invalid": _("Use a category path such as Structured interviewing/STAR.")},
        label=_("Question-bank category"),
        help_text=_("The English category path, levels separated by '/'."),
    )
    count = blocks.IntegerBlock(min_value=1, max_value=20, default=3, label=_("Number of questions"))

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "courses/blocks/knowledge_check.html"
        preview_value = {"title": _("Check your understanding"), "category": "Structured interviewing/STAR", "count": 3}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(required=False, label=_("Text alternative"), help_text=_("Empty if decorative."))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"
        preview_value = {"alt_text": "", "caption": _("An interview room set up for a video call")}


class VideoValue(blocks.StructValue):
    @cached_property
    def embed_url(self) -> str:
        """A privacy-friendly player URL for YouTube and Vimeo; other hosts are offered as a link."""
        url = self.get("url") or ""
        if m := re.search(r"(?:youtube\.com/watch\?v=|youtu\.be/|youtube(?:-nocookie)?\.com/embed/)([\w-]{6,})", url):
            return f"https://www.youtube-nocookie.com/embed/{m.group(1)}"
        if m := re.search(r"vimeo\.com/(?:video/)?(\d+)", url):
            return f"https://player.vimeo.com/video/{m.group(1)}"
        return ""


class VideoBlock(blocks.StructBlock):
    # Not Wagtail's EmbedBlock: that asks the video host for oEmbed data on render, which fails on a closed network.
    url = blocks.URLBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"))
    transcript = blocks.TextBlock(required=False, label=_("Transcript or summary"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"
        value_class = VideoValue
        preview_value = {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": _("A structured interview, start to finish"),
            "transcript": "",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "courses/blocks/document.html"
        preview_value = {"title": _("Interview evaluation form"), "description": ""}


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "courses/blocks/rich_text.html"
        preview_value = "<p>Structured interviews ask every candidate the same questions, in the same order.</p>"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = RichTextBlock(features=RICH_FEATURES)
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    star_example = StarExampleBlock()
    taboo_card = TabooCardBlock()
    scenario = ScenarioBlock()
    checklist = ChecklistBlock()
    do_dont = DoDontBlock()
    document = DocumentBlock()
    knowledge_check = KnowledgeCheckBlock()


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(label=_("Objective"))

    class Meta:
        icon = "tick"
