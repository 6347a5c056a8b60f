"""Every upload is limited in size and type, with a clear message and nothing written."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

from certification.models import Certificate
from lms.uploads import validate_text_upload
from org.models import User
from question_bank.models import ImportJob

pytestmark = pytest.mark.django_db

XLSX = b"PK\x03\x04" + b"\x00" * 60
LATIN1 = "employee_id,username\nE1,jos\xe9\n".encode("latin-1")
PEOPLE_HEADER = b"employee_id,username,email,display_name,department,home_region,preferred_language,roles,active\n"


def as_upload(content: bytes, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"a,b\n" * 40, "people.csv", "The file is larger than"),
        (b"a,b\n", "people.exe", "Upload a file ending in .csv"),
        (XLSX, "people.csv", "This is not a text file"),
        (b"a,b\x00\n", "people.csv", "This is not a text file"),
        (LATIN1, "people.csv", "The file is not UTF-8 text"),
    ],
)
@override_settings(UPLOAD_MAX_BYTES=100)
def test_the_text_upload_check_names_what_is_wrong(content, name, message):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as caught:
        validate_text_upload(as_upload(content, name), extensions=(".csv", ".txt"))
    assert message in " ".join(caught.value.messages)


def test_a_multibyte_character_cut_by_the_sniffed_block_is_not_an_encoding_error():
    content = b"a" * 8191 + "销".encode()  # the character straddles the 8 KiB sniff boundary
    upload = as_upload(content, "ok.csv")
    validate_text_upload(upload, extensions=(".csv",))
    assert upload.read() == content  # rewound for the importer


@override_settings(UPLOAD_MAX_BYTES=1000)
def test_the_people_import_page_refuses_large_and_binary_files_and_imports_nobody(client, personas):
    client.force_login(personas["hr"])
    before = User.objects.count()
    big = client.post("/people/import/", {"kind": "people", "file": as_upload(PEOPLE_HEADER * 20, "people.csv")})
    binary = client.post("/people/import/", {"kind": "people", "file": as_upload(XLSX, "people.csv")})
    assert big.status_code == binary.status_code == 200
    assert "The file is larger than 1000" in big.content.decode()
    assert "This is not a text file" in binary.content.decode()
    assert User.objects.count() == before


@override_settings(UPLOAD_MAX_BYTES=1000)
def test_the_record_import_page_refuses_large_binary_and_wrongly_named_files(client, personas):
    client.force_login(personas["hr"])
    url = "/certification/record/import/"
    header = b"employee_id,programme,regions,valid_from,valid_until,evidence\n"
    cases = {
        "The file is larger than": as_upload(header * 40, "records.csv"),
        "This is not a text file": as_upload(XLSX, "records.csv"),
        "Upload a file ending in .csv": as_upload(header, "records.xlsx"),
        "The file is not UTF-8 text": as_upload(header + "E1,P,,2026-01-01,,caf\xe9\n".encode("latin-1"), "r.csv"),
    }
    for message, upload in cases.items():
        response = client.post(url, {"file": upload})
        assert response.status_code == 200
        assert message in response.content.decode()
    assert Certificate.objects.count() == 0


@override_settings(UPLOAD_MAX_BYTES=1000)
def test_the_question_upload_checks_extension_for_the_chosen_format_and_size(client, personas):
    client.force_login(personas["editor"])
    url = "/cms/question-bank/files/"
    base = {"category": "", "purpose": "practice", "language": "en"}
    wrong_ext = client.post(url, {**base, "format": "moodle-xml", "file": as_upload(b"<quiz/>", "bank.gift")})
    too_big = client.post(url, {**base, "format": "gift", "file": as_upload(b"::A:: b {T}\n\n" * 100, "bank.gift")})
    binary = client.post(url, {**base, "format": "csv", "file": as_upload(XLSX, "bank.csv")})
    assert "Upload a file ending in .xml" in wrong_ext.content.decode()
    assert "The file is larger than 1000" in too_big.content.decode()
    assert "This is not a text file" in binary.content.decode()
    assert ImportJob.objects.count() == 0


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
def test_documents_in_cms_are_limited_in_size_and_extension():
    form_class = get_document_form(get_document_model())
    too_big = form_class(data={"title": "Big"}, files={"file": as_upload(b"%PDF-1.4" + b"0" * 200, "big.pdf")})
    script = form_class(data={"title": "Page"}, files={"file": as_upload(b"<script>", "page.html")})
    small = form_class(data={"title": "Form"}, files={"file": as_upload(b"%PDF-1.4", "form.pdf")})
    assert not too_big.is_valid() and "Maximum filesize 100" in str(too_big.errors["file"])
    assert not script.is_valid() and "“html” is not allowed" in str(script.errors["file"])
    small.is_valid()
    assert "file" not in small.errors


def test_images_in_cms_refuse_svg_and_have_a_size_and_pixel_limit(settings):
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000


def test_request_bodies_and_in_memory_uploads_are_bounded(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= settings.UPLOAD_MAX_BYTES
