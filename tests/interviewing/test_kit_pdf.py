from __future__ import annotations

from django.utils import translation

from interviewing.pdf import kit_pdf_bytes
from interviewing.selectors import kit_detail
from tests.certification.test_pdf_and_verification import font_names, pdf_objects


def test_the_chinese_kit_pdf_embeds_the_cjk_font(kit_maker, personas, scorecard_form):
    kit = kit_maker(personas["learner"], language="zh-hans")
    with translation.override("zh-hans"):
        data = kit_pdf_bytes(kit_detail(pk=kit.pk).get(), "zh-hans")
    assert data.startswith(b"%PDF")
    assert any("WenQuanYi" in name for name in font_names(data)), font_names(data)
    assert b"/FontFile" in pdf_objects(data)


def test_the_pdf_is_downloaded_from_the_kit_page(client, kit_maker, personas):
    kit = kit_maker(personas["learner"])
    client.force_login(personas["learner"])
    response = client.get(f"/interviewing/kits/{kit.pk}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")


def test_the_page_links_its_print_styles_and_script(client, kit_maker, personas):
    kit = kit_maker(personas["learner"])
    client.force_login(personas["learner"])
    html = client.get(f"/interviewing/kits/{kit.pk}/").content.decode()
    assert "interviewing/kits.css" in html and "data-print" in html and "interviewing/kit.js" in html
