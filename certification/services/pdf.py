"""The certificate PDF: the holder's language and English, the CJK font named so Chinese never renders as boxes,
and a QR code to the public verification page. Rendered by a task; the row says when one is still owed."""

from __future__ import annotations

import posixpath
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..models import Certificate

CLAIM_TIMEOUT = timedelta(minutes=10)
P = Certificate.PdfState


def verify_url(certificate: Certificate) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certification:verify", kwargs={"code": certificate.code})
    return settings.SITE_URL.rstrip("/") + path


def pdf_request(*, certificate: Certificate) -> None:
    """Owe a fresh PDF (pending) and render it after commit."""
    Certificate.objects.filter(pk=certificate.pk).update(pdf_state=P.PENDING, pdf_claimed_at=None)
    from ..tasks import render_certificate_pdf

    render_certificate_pdf.delay_on_commit(certificate.pk)


def pdf_bytes(certificate: Certificate) -> bytes:
    import segno
    from weasyprint import HTML

    qr = segno.make(verify_url(certificate), error="m").svg_data_uri(scale=4, border=1)
    languages = [certificate.holder.preferred_language or settings.LANGUAGE_CODE]
    if settings.LANGUAGE_CODE not in languages:
        languages.append(settings.LANGUAGE_CODE)
    pages = []
    for language in languages:
        with translation.override(language):
            pages.append(
                render_to_string(
                    "certification/pdf/page.html",
                    {
                        "certificate": certificate,
                        "regions": [e.region for e in certificate.endorsements.select_related("region")],
                        "departments": list(certificate.departments.all()),
                        "language": language,
                    },
                )
            )
    html = render_to_string(
        "certification/pdf/document.html", {"pages": pages, "qr": qr, "verify_url": verify_url(certificate)}
    )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def pdf_render(*, certificate_id: int) -> bool:
    """Render one owed PDF. True if this call rendered it; safe to call any number of times."""
    now = timezone.now()
    claimed = Certificate.objects.filter(pk=certificate_id, pdf_state=P.PENDING).update(
        pdf_state=P.RENDERING, pdf_claimed_at=now
    )
    if claimed != 1:
        return False
    certificate = Certificate.objects.select_related("holder", "programme").get(pk=certificate_id)
    try:
        data = pdf_bytes(certificate)
    except Exception:
        Certificate.objects.filter(pk=certificate_id).update(pdf_state=P.PENDING, pdf_claimed_at=None)
        raise
    with transaction.atomic():
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
        Certificate.objects.filter(pk=certificate_id).update(pdf=certificate.pdf.name, pdf_state=P.READY)
    _stale_files_delete(certificate)
    return True


def _stale_files_delete(certificate: Certificate) -> None:
    """Delete the certificate's PDF files other than the one its row names: the one a re-render replaced, and any a
    killed worker wrote but never recorded (the storage gives a second save of CODE.pdf the name CODE_<random>.pdf).
    """
    storage, current = certificate.pdf.storage, certificate.pdf.name
    folder = posixpath.dirname(current)
    stem = posixpath.splitext(posixpath.basename(current))[0].split("_")[0]
    try:
        _folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        path = posixpath.join(folder, name)
        if path != current and name.endswith(".pdf") and (name == f"{stem}.pdf" or name.startswith(f"{stem}_")):
            storage.delete(path)


def pdfs_pending_sweep() -> int:
    from ..tasks import render_certificate_pdf

    now = timezone.now()
    Certificate.objects.filter(pdf_state=P.RENDERING, pdf_claimed_at__lt=now - CLAIM_TIMEOUT).update(
        pdf_state=P.PENDING, pdf_claimed_at=None
    )
    pending = list(Certificate.objects.filter(pdf_state=P.PENDING).values_list("pk", flat=True)[:200])
    for pk in pending:
        render_certificate_pdf.delay(pk)
    return len(pending)
