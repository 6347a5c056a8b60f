"""Checks every file upload passes before anything reads it: a size limit, an allowed extension and a cheap look
at the content, so a renamed binary or an oversized file gets a clear message instead of a parse error."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

SNIFF_BYTES = 8192
# Magic numbers of formats people upload by mistake for a text file: ZIP (xlsx, docx, odt), OLE (xls, doc), PDF,
# gzip and common images.
BINARY_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")


def upload_max_bytes() -> int:
    return settings.UPLOAD_MAX_BYTES


def validate_text_upload(upload, *, extensions: tuple[str, ...], max_bytes: int | None = None) -> None:
    """Raise a ValidationError unless `upload` is a small enough UTF-8 text file with one of `extensions`.

    Only the first few kilobytes are read for the content check; the file is rewound afterwards.
    """
    limit = max_bytes if max_bytes is not None else upload_max_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s.") % {"limit": filesizeformat(limit)}, code="file_too_large"
        )
    name = (upload.name or "").lower()
    if not name.endswith(extensions):
        raise ValidationError(
            _("Upload a file ending in %(extensions)s.") % {"extensions": ", ".join(extensions)},
            code="file_extension",
        )
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if isinstance(head, str):
        head = head.encode()
    if head.startswith(BINARY_SIGNATURES) or b"\x00" in head:
        raise ValidationError(
            _("This is not a text file. Save it as UTF-8 text (for a spreadsheet, “CSV UTF-8”) and try again."),
            code="file_binary",
        )
    try:
        # a multi-byte character may be cut at the end of the sniffed block: ignore an incomplete last sequence
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut = len(head) == SNIFF_BYTES and exc.reason == "unexpected end of data"
        if not cut:
            raise ValidationError(
                _("The file is not UTF-8 text. Save it as UTF-8 (for a spreadsheet, “CSV UTF-8”) and try again."),
                code="file_encoding",
            ) from exc
