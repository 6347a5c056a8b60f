"""The kit as a PDF: the same sections as the page, with the CJK font named so Chinese never prints as boxes."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .sheets import kit_sheet


def kit_pdf_bytes(kit, language: str) -> bytes:
    from weasyprint import HTML

    with translation.override(language):
        html = render_to_string("interviewing/kits/pdf.html", kit_sheet(kit, language))
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
