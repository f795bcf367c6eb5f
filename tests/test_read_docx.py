"""DOCX reader: body order, Word numbering, nested tables, legacy fonts, NFD, headers; real corpus files."""

from __future__ import annotations

import unicodedata

import pytest

from extractors.blocks import BlockKind
from extractors.readers import file_to_document
from tests.read_support import lvl, numbered, numbering, p, styles, tbl, write_docx

ROMAN_DECIMAL_LETTER = {1: lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.") + lvl(2, "decimal", "%2.%3.")
                        + lvl(3, "lowerLetter", "%4)")}


def _texts(doc):
    return [b.text for b in doc.blocks]


def test_word_numbering_is_rebuilt_as_the_reader_sees_it(tmp_path):
    body = (numbered("MỤC ĐÍCH, YÊU CẦU", 1, 0) + numbered("Mục đích", 1, 1) + numbered("Chỉ tiêu kinh tế", 1, 2)
            + numbered("Chỉ tiêu xã hội", 1, 2) + numbered("Đẩy mạnh thi đua", 1, 3) + numbered("Tích cực phát hiện", 1, 3)
            + numbered("Yêu cầu", 1, 1) + numbered("NỘI DUNG", 1, 0) + numbered("Nội dung thi đua", 1, 1))
    doc = file_to_document(write_docx(tmp_path / "n.docx", body, numbering_xml=numbering(ROMAN_DECIMAL_LETTER, {1: (1, "")})))
    assert [b.numbering for b in doc.blocks] == ["I.", "1.", "1.1.", "1.2.", "a)", "b)", "2.", "II.", "1."]
    assert [b.level for b in doc.blocks] == [1, 2, 3, 3, 4, 4, 2, 1, 2]
    assert doc.blocks[0].text == "I. MỤC ĐÍCH, YÊU CẦU"
    assert doc.blocks[5].text == "b) Tích cực phát hiện"


def test_a_start_override_restarts_a_list_and_a_shared_abstract_list_continues(tmp_path):
    nums = {1: (1, ""), 2: (1, ""), 3: (1, '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride>')}
    body = (numbered("Một", 1, 1) + numbered("Hai", 1, 1) + numbered("Ba", 2, 1) + numbered("Năm", 3, 1)
            + numbered("Sáu", 3, 1))
    doc = file_to_document(write_docx(tmp_path / "r.docx", body, numbering_xml=numbering(ROMAN_DECIMAL_LETTER, nums)))
    assert [b.numbering for b in doc.blocks] == ["1.", "2.", "3.", "5.", "6."]


def test_bullets_from_symbol_fonts_read_as_a_bullet_and_dashes_stay_dashes(tmp_path):
    abstracts = {1: lvl(0, "bullet", "\uf0b7"), 2: lvl(0, "bullet", "-")}
    body = numbered("Nghị quyết số 57-NQ/TW", 1) + numbered("Nghị quyết số 66-NQ/TW", 2)
    doc = file_to_document(write_docx(tmp_path / "b.docx", body, numbering_xml=numbering(abstracts, {1: (1, ""), 2: (2, "")})))
    assert _texts(doc) == ["• Nghị quyết số 57-NQ/TW", "- Nghị quyết số 66-NQ/TW"]
    assert all(b.kind is BlockKind.LIST_ITEM for b in doc.blocks)


def test_paragraphs_and_tables_keep_body_order_with_nested_tables_inside_cells(tmp_path):
    inner = tbl([p("Chỉ tiêu"), p("Kế hoạch")], [p("Tỷ lệ hộ nghèo"), p("1,1%")])
    body = p("Trước bảng") + tbl([p("STT"), p("Nội dung")], [p("1"), p("Bảng con:") + inner]) + p("Sau bảng")
    doc = file_to_document(write_docx(tmp_path / "t.docx", body))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    table = doc.blocks[1]
    assert table.rows[0].texts == ["STT", "Nội dung"]
    nested = table.rows[1].cells[1].tables[0]
    assert nested.rows[1].texts == ["Tỷ lệ hộ nghèo", "1,1%"]
    assert table.rows[1].cells[1].text.startswith("Bảng con:")


def test_runs_in_tcvn3_fonts_are_decoded_by_the_run_font_or_the_default_font(tmp_path):
    by_run = p("KÕ ho¹ch thi ®ua", rpr='<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')
    by_upper_font = p("b¸o c¸o tæng kÕt", rpr='<w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/>')
    unicode_run = p("Tỷ lệ hộ nghèo", rpr='<w:rFonts w:ascii="Times New Roman"/>')
    doc = file_to_document(write_docx(tmp_path / "l.docx", by_run + by_upper_font + unicode_run))
    assert _texts(doc) == ["Kế hoạch thi đua", "BÁO CÁO TỔNG KẾT", "Tỷ lệ hộ nghèo"]
    assert doc.blocks[0].original == "KÕ ho¹ch thi ®ua"
    assert doc.blocks[2].original is None
    assert [w.code for w in doc.warnings] == ["legacy_font"]
    defaulted = file_to_document(write_docx(tmp_path / "d.docx", p("N¨m 2024"), styles_xml=styles(default_font=".VnTime")))
    assert _texts(defaulted) == ["Năm 2024"]


def test_vni_runs_are_decoded(tmp_path):
    doc = file_to_document(write_docx(tmp_path / "v.docx", p("Tröôøng hoïc", rpr='<w:rFonts w:ascii="VNI-Times"/>')))
    assert _texts(doc) == ["Trường học"]


def test_nfd_text_is_composed_and_the_raw_text_kept(tmp_path):
    nfd = unicodedata.normalize("NFD", "Tỷ lệ hộ nghèo")
    doc = file_to_document(write_docx(tmp_path / "nfd.docx", p(nfd)))
    assert doc.blocks[0].text == "Tỷ lệ hộ nghèo"
    assert doc.blocks[0].original == nfd


def test_heading_styles_and_bold_centred_capitals_are_headings(tmp_path):
    body = (p("Báo cáo tổng kết", ppr='<w:pStyle w:val="Heading1"/>') + p("KẾ HOẠCH", ppr='<w:jc w:val="center"/>', rpr="<w:b/>")
            + p("Kế hoạch này", ppr='<w:jc w:val="center"/>', rpr="<w:b/>"))
    doc = file_to_document(write_docx(tmp_path / "h.docx", body))
    assert [(b.kind, b.level) for b in doc.blocks] == [(BlockKind.HEADING, 1), (BlockKind.HEADING, None),
                                                     (BlockKind.PARAGRAPH, None)]
    assert doc.blocks[0].style == "Heading 1"
    assert doc.blocks[1].alignment == "center" and doc.blocks[1].bold


def test_deleted_and_hidden_text_is_not_read_and_headers_come_as_header_blocks(tmp_path):
    body = ('<w:p><w:r><w:t>Giữ </w:t></w:r><w:del><w:r><w:delText>xóa</w:delText></w:r></w:del>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:t>lại</w:t></w:r></w:p>')
    doc = file_to_document(write_docx(tmp_path / "x.docx", body, header_xml=p("UBND XÃ KIẾN MINH") + p("2")))
    assert [(b.kind, b.text) for b in doc.blocks] == [(BlockKind.PARAGRAPH, "Giữ lại"), (BlockKind.HEADER, "UBND XÃ KIẾN MINH")]


def test_the_commune_plan_reads_with_its_header_table_sections_and_unit_table(corpus):
    doc = file_to_document(corpus / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx")
    header = doc.blocks[0]
    assert header.kind is BlockKind.TABLE
    assert "Số: 05/KH-UBND" in header.rows[0].cells[0].text
    assert "Kiến Minh, ngày 15 tháng 9 năm 2025" in header.rows[0].cells[1].text
    assert doc.blocks[1].kind is BlockKind.HEADING and doc.blocks[1].text == "KẾ HOẠCH"
    romans = [b.numbering for b in doc.blocks if b.kind is BlockKind.HEADING and b.numbering]
    assert romans == ["I.", "II.", "III.", "IV.", "V."]
    codes = [b.numbering for b in doc.blocks if b.numbering and b.numbering.startswith("(")]
    assert codes == [f"({i})." for i in range(1, 15)]
    units = next(b for b in doc.blocks if b.kind is BlockKind.TABLE and b.rows[0].texts[0] == "STT")
    assert units.rows[1].texts == ["1", "Phòng Kinh tế", "(1), (2), (3), (10), (11), (12)"]


def test_automatic_numbering_in_the_city_plan_restarts_under_each_roman_section(corpus):
    doc = file_to_document(corpus / "ke_hoach" / "ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx")
    labels = [b.numbering for b in doc.blocks if b.numbering and b.numbering != "-"]
    assert labels[:6] == ["I.", "1.", "2.", "II.", "1.", "2."]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]


def test_the_tcvn3_report_in_the_corpus_reads_as_unicode(corpus):
    doc = file_to_document(corpus / "bao_cao" / "bao-cao-14-bc-hnd-hoi-nong-dan.docx")
    assert doc.blocks[0].rows[0].cells[0].text.startswith("HỘI NÔNG DÂN TP HẢI PHÒNG")
    assert any(b.text == "BÁO CÁO" for b in doc.blocks)
    assert "Kết quả thực hiện Kế hoạch số 05/KH-UBND" in doc.text
    assert [w.code for w in doc.warnings] == ["legacy_font"]
    assert not any(ch in doc.text for ch in "¸µ¶·¹¨©®ÕÖ")  # no TCVN3 bytes left


@pytest.mark.parametrize("name", ["bao-cao-06-bc-thon-tien-cam.docx", "bao-cao-15-bc-kt-phong-kinh-te.docx",
                                  "Báo cáo thôn Đông Tác.docx"])
def test_every_report_starts_with_its_header_table_and_ends_with_the_signature_table(corpus, name):
    doc = file_to_document(corpus / "bao_cao" / name)
    body = [b for b in doc.blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    assert body[0].kind is BlockKind.TABLE and "Số:" in body[0].text
    assert body[-1].kind is BlockKind.TABLE and "Nơi nhận" in body[-1].rows[0].cells[0].text
