"""PDF reader on the real corpus: header columns, paragraphs joined, tables, page numbers, OCR."""

from __future__ import annotations

import pytest

from extractors.blocks import BlockKind
from extractors.readers import file_to_document
from tests.conftest import needs

PLAN = "ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh"


@pytest.fixture(scope="module")
def plan_pdf(corpus):
    return file_to_document(corpus / f"{PLAN}.pdf")


@pytest.fixture(scope="module")
def plan_docx(corpus):
    return file_to_document(corpus / f"{PLAN}.docx")


def test_the_two_column_header_is_one_table_with_each_column_whole(plan_pdf):
    header = plan_pdf.blocks[0]
    assert header.kind is BlockKind.TABLE and header.location.page == 1
    left, right = header.rows[0].texts
    assert left.endswith("Số: 05/KH-UBND") and "ỦY BAN NHÂN DÂN" in left
    assert right.splitlines() == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                  "Kiến Minh, ngày 15 tháng 9 năm 2025"]
    assert plan_pdf.blocks[1].kind is BlockKind.HEADING and plan_pdf.blocks[1].text == "KẾ HOẠCH"


def test_lines_are_joined_back_into_the_paragraphs_of_the_docx(plan_pdf, plan_docx):
    docx_items = {b.text for b in plan_docx.blocks if b.kind is BlockKind.LIST_ITEM}
    pdf_items = [b.text for b in plan_pdf.blocks if b.kind is BlockKind.LIST_ITEM]
    assert len(pdf_items) >= 30
    same = [t for t in pdf_items if t in docx_items]
    assert len(same) >= 0.9 * len(pdf_items), set(pdf_items) - docx_items


def test_a_paragraph_running_over_a_page_break_stays_one_block(plan_pdf):
    items = [b for b in plan_pdf.blocks if b.text.startswith("(2). Thu ngân sách")]
    assert len(items) == 1 and items[0].text.endswith(".")


def test_section_labels_come_out_in_order_without_page_numbers(plan_pdf):
    romans = [b.numbering for b in plan_pdf.blocks if b.kind is BlockKind.HEADING and b.numbering]
    assert romans == ["I.", "II.", "III.", "IV.", "V."]
    assert not [b for b in plan_pdf.blocks if b.text.strip().isdigit()]
    assert plan_pdf.pages == 6 and plan_pdf.format == "pdf"


def test_the_unit_table_split_over_two_pages_is_joined(plan_pdf, plan_docx):
    pdf_units = next(b for b in plan_pdf.blocks if b.kind is BlockKind.TABLE and b.rows[0].texts[0] == "STT")
    docx_units = next(b for b in plan_docx.blocks if b.kind is BlockKind.TABLE and b.rows[0].texts[0] == "STT")
    assert [r.texts[:2] for r in pdf_units.rows] == [r.texts[:2] for r in docx_units.rows][:len(pdf_units.rows)]
    assert len(pdf_units.rows) == len(docx_units.rows) == 12


def test_the_signature_block_is_kept_apart_from_the_recipients(plan_pdf):
    last = plan_pdf.blocks[-1]
    recipients, signer = last.rows[0].texts
    assert recipients.startswith("Nơi nhận:") and recipients.endswith("- Lưu: VT.")
    assert signer.splitlines() == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Tiến Thuật"]


def test_a_report_table_with_merged_header_cells_keeps_its_figures_in_their_cells(corpus):
    doc = file_to_document(corpus / "bao_cao" / "bao-cao-118-bc-cax-cong-an-xa.pdf")
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE and b.rows[0].texts[0] == "STT")
    top, second = table.rows[0], table.rows[1]
    assert top.texts == ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Tỷ lệ %"]
    assert [c.span for c in top.cells] == [1, 1, 1, 2, 1]  # "Năm 2025" over Kế hoạch | Thực hiện
    assert second.texts == ["", "", "", "Kế hoạch", "Thực hiện", ""]  # cells merged from above stay empty
    assert table.rows[2].texts == ["1", "Tỷ lệ điều tra, khám phá án", "%", "95", "96,3", "101,4"]
    assert all(len(r.cells) == 6 for r in table.rows[1:])


@needs("tesseract")
def test_a_scanned_report_is_read_by_ocr_with_a_warning(corpus):
    doc = file_to_document(corpus / "bao_cao" / "bao-cao-31-bc-tyt-tram-y-te-ban-quet.pdf")
    assert doc.format == "pdf-ocr" and all(b.ocr for b in doc.blocks)
    assert [w.code for w in doc.warnings] == ["ocr"]
    assert "Số: 31/BC-TYT" in doc.text
    assert "Kết quả thực hiện Kế hoạch số 05/KH-UBND" in doc.text
    header = doc.blocks[0]
    assert header.kind is BlockKind.TABLE and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header.rows[0].cells[1].text
    figures = next(b for b in doc.blocks if b.kind is BlockKind.TABLE and b.rows[0].texts[0] == "STT")
    assert figures.rows[0].texts == ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ %"]
    assert figures.rows[1].texts == ["1", "Tỷ lệ người dân tham gia BHYT", "%", "97,0", "97,4", "100,4"]


@pytest.mark.parametrize("stem", ["ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh", "ke_hoach/ke-hoach-232-kh-ubnd-thanh-pho-hai-phong",
                                  "cong_van/cong-van-412-ubnd-vhxh-don-doc-bao-cao", "thong_bao/thong-bao-95-tb-ubnd-ket-luan-giao-ban"])
def test_the_pdf_export_reads_the_same_words_and_header_as_its_docx(corpus, stem):
    import re

    def words(doc):
        return set(re.findall(r"\w+", doc.text))

    pdf, docx = file_to_document(corpus / f"{stem}.pdf"), file_to_document(corpus / f"{stem}.docx")
    assert words(pdf) == words(docx)
    assert pdf.blocks[0].kind is docx.blocks[0].kind is BlockKind.TABLE
    assert pdf.blocks[1].text == docx.blocks[1].text  # the header table ends where the DOCX's does
    pdf_right, docx_right = pdf.blocks[0].rows[0].cells[1].text, docx.blocks[0].rows[0].cells[1].text
    assert pdf_right.split() == docx_right.split()


def test_a_slightly_rotated_scan_is_straightened_by_the_angle_that_undoes_it(corpus):
    import pypdfium2 as pdfium

    from extractors.readers.pdf_ocr import skew_angle

    pdf = pdfium.PdfDocument(str(corpus / "bao_cao" / "bao-cao-31-bc-tyt-tram-y-te-ban-quet.pdf"))
    page = pdf[0].render(scale=100 / 72, grayscale=True).to_pil()
    pdf.close()
    scanned_skew = skew_angle(page)  # the corpus scan is itself a little crooked
    assert 0.5 <= abs(scanned_skew) <= 2.0
    assert abs(skew_angle(page.rotate(scanned_skew, fillcolor=255))) <= 0.25
    assert abs(skew_angle(page.rotate(1.5, fillcolor=255)) - (scanned_skew - 1.5)) <= 0.5
