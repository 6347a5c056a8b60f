from __future__ import annotations

import re
import zlib

import pytest
from django.core.cache import cache

from certification.services.certificates import certificate_revoke
from certification.services.pdf import pdf_bytes, pdf_render

pytestmark = pytest.mark.django_db


def pdf_objects(data: bytes) -> bytes:
    """The PDF with its compressed streams inflated (WeasyPrint packs font dictionaries into object streams)."""
    parts = [data]
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            pass
    return b"\n".join(parts)


def font_names(data: bytes) -> set[str]:
    return {m.decode() for m in re.findall(rb"/FontName\s*/([A-Za-z0-9+_-]+)", pdf_objects(data))}


def test_the_pdf_embeds_the_cjk_font_for_a_chinese_holder(holder, foundation, regions, issue):
    holder.preferred_language = "zh-hans"
    holder.save()
    certificate = issue(holder, foundation, [regions["DE"]])
    data = pdf_bytes(certificate)
    assert data.startswith(b"%PDF")
    assert any("WenQuanYi" in name for name in font_names(data)), font_names(data)
    assert b"/FontFile" in pdf_objects(data)  # embedded, not merely named


def test_rendering_is_a_claimed_task_that_runs_once(holder, foundation, issue):
    certificate = issue(holder, foundation)
    assert pdf_render(certificate_id=certificate.pk)
    assert not pdf_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.pdf_state == "ready" and certificate.pdf.name.endswith(".pdf")


def test_the_holder_and_hr_may_download_and_others_may_not(client, holder, foundation, issue, personas):
    certificate = issue(holder, foundation)
    pdf_render(certificate_id=certificate.pk)
    url = f"/certificates/{certificate.code}/pdf/"
    client.force_login(personas["learner"])
    assert client.get(url).status_code == 403
    client.force_login(holder)
    assert client.get(url).status_code == 200
    client.force_login(personas["hr"])
    assert client.get(url)["Content-Type"] == "application/pdf"


def test_verification_shows_live_status_name_programme_scope_and_validity_only(
    client, holder, foundation, regions, issue
):
    cache.clear()
    certificate = issue(holder, foundation, [regions["DE"]])
    page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert certificate.code in page and holder.name in page and "Foundation" in page and "Active" in page
    assert holder.email not in page and holder.employee_id not in page
    certificate_revoke(certificate=certificate, reason="conduct")
    assert "Revoked" in client.get(f"/verify/{certificate.code.lower()}/").content.decode()
    assert client.get("/verify/AAAA-BBBB/").status_code == 404


def test_verification_is_rate_limited_per_address_in_the_shared_cache(client, holder, foundation, issue):
    cache.clear()
    certificate = issue(holder, foundation)
    statuses = [client.get(f"/verify/{certificate.code}/").status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429
    other = client.get(f"/verify/{certificate.code}/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200
    cache.clear()


def test_a_render_keeps_only_the_file_its_row_names(holder, foundation, issue):
    from pathlib import PurePosixPath
    from unittest import mock

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from certification.models import Certificate

    certificate = issue(holder, foundation)
    other = f"OTHER-{certificate.code}.pdf"
    # written by a killed render and never recorded, and another certificate's file beside it
    default_storage.save(f"certificates/{certificate.code}.pdf", ContentFile(b"%PDF-torn"))
    default_storage.save(f"certificates/{other}", ContentFile(b"%PDF-another certificate's"))

    def files():
        names = default_storage.listdir("certificates")[1]
        return sorted(n for n in names if n.startswith(certificate.code) or n == other)

    with mock.patch("certification.services.pdf.pdf_bytes", return_value=b"%PDF-1.7 first"):
        assert pdf_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    first = PurePosixPath(certificate.pdf.name).name
    assert files() == sorted([first, other])
    assert certificate.pdf.read() == b"%PDF-1.7 first"

    Certificate.objects.filter(pk=certificate.pk).update(pdf_state=Certificate.PdfState.PENDING)  # owed again
    with mock.patch("certification.services.pdf.pdf_bytes", return_value=b"%PDF-1.7 second"):
        assert pdf_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    second = PurePosixPath(certificate.pdf.name).name
    assert second != first and files() == sorted([second, other])
    with default_storage.open(certificate.pdf.name) as handle:
        assert handle.read() == b"%PDF-1.7 second"
