"""A saved web page: the document a portal shows is read like the DOCX it came from, the portal's menus are not.

The page in tests/data/real is the Hưng Yên draft guidance (tests/data/parents, a real public DOCX) exported to HTML
by LibreOffice and set inside a portal's page: menu, breadcrumb, "Tin liên quan" links, footer and scripts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.blocks import BlockKind
from extractors.errors import BadInput, ErrorCode
from extractors.extract import document_to_record
from extractors.guards import FileKind, sniff
from extractors.readers import file_to_document
from tests.test_read_formats import to_cp1258

DATA = Path(__file__).parent / "data"
PAGE = DATA / "real" / "tinh_hungyen_HD_2021_du-thao-tdkt.trang-web.html"
DOCX = DATA / "parents" / "tinh_hungyen_HD_2021_du-thao-tdkt.docx"


def test_a_saved_web_page_is_recognised_by_its_bytes_whatever_its_name(tmp_path):
    renamed = tmp_path / "trang tin"
    renamed.write_bytes(PAGE.read_bytes())
    assert sniff(PAGE) is FileKind.HTML and sniff(renamed) is FileKind.HTML


def test_the_portal_menus_links_and_footer_are_not_part_of_the_document():
    doc = file_to_document(PAGE)
    text = doc.text
    assert doc.format == "html"
    for portal in ("Trang chủ", "Tin liên quan", "Thủ tục hành chính", "Bản quyền", "gtag", "dataLayer"):
        assert portal not in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert any(b.kind is BlockKind.TABLE for b in doc.blocks)  # the borderless header table stays a table


def test_a_web_page_gives_the_record_its_docx_gives():
    page, docx = document_to_record(file_to_document(PAGE)), document_to_record(file_to_document(DOCX))
    assert page.kind == docx.kind and page.place == docx.place and page.title == docx.title
    assert page.issuer == docx.issuer == "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN"
    assert page.signer == docx.signer and page.recipients == docx.recipients
    assert [c.number for c in page.citations] == [c.number for c in docx.citations]
    assert [(f.value, f.unit) for f in page.figures] == [(f.value, f.unit) for f in docx.figures]
    assert {w.code for w in page.warnings} >= {"draft_number", "draft_date"}


def test_a_page_that_is_only_a_menu_gives_no_document_text(tmp_path):
    menu = tmp_path / "menu.html"
    menu.write_text("<html><body><ul><li><a href='/'>Trang chủ</a></li><li><a href='/vb'>Văn bản</a></li></ul>"
                    "<footer>Bản quyền</footer></body></html>", encoding="utf-8")
    assert file_to_document(menu).blocks == ()


def test_a_page_in_windows_1258_without_a_charset_is_read_in_vietnamese(tmp_path):
    page = tmp_path / "thong-bao.htm"
    page.write_bytes(to_cp1258("<html><body><p>Thông báo kết luận</p></body></html>"))
    assert file_to_document(page).text == "Thông báo kết luận"


def test_a_file_called_html_that_is_an_image_is_refused_with_its_name(tmp_path):
    fake = tmp_path / "anh.html"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(BadInput) as err:
        file_to_document(fake)
    assert err.value.code is ErrorCode.WRONG_TYPE and "anh.html" in str(err.value)
