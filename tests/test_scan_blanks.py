"""The header's hand-filled blanks on real scans (corpus/real/dev, copied to tests/data/real): "Số: ___/TB-UBND"
and "ngày __ tháng __" written in by pen, located by the printed words around them and read from their ink."""

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors.errors import WarningCode
from extractors.metadata import blocks_to_header
from extractors.readers import file_to_document
from extractors.readers.ocr_blanks import header_blanks
from extractors.readers.ocr_digits import classify, digit_boxes, digit_samples, ink_mask
from extractors.readers.pdf_ocr import tesseract

REAL = Path(__file__).parent / "data" / "real"
needs_tesseract = pytest.mark.skipif(tesseract() is None, reason="tesseract not installed")


def word(text: str, left: int, top: int, width: int, height: int, conf: float = 96.0, line: int = 2) -> dict:
    """One word as tesseract's TSV gives it (page pixels at 300 dpi)."""
    return {"text": text, "left": str(left), "top": str(top), "width": str(width), "height": str(height),
            "conf": str(conf), "block_num": "10", "par_num": "1", "line_num": str(line)}


def test_the_day_blank_is_found_when_tesseract_stretched_the_word_ngay_over_the_written_day():
    # tinh_quangngai_CT_07-2018-scan.pdf, page 1 as tesseract read it: "ngày" (conf 58) 295 pixels wide reaches
    # over the written "20" and the printed "tháng" behind it
    words = [word("Quảng", 1290, 397, 143, 50), word("Ngãi,", 1443, 397, 113, 49),
             word("ngày", 1577, 396, 295, 51, conf=58), word("2", 1700, 382, 35, 69, conf=29),
             word("tháng", 1751, 396, 116, 51, conf=85), word("3", 1885, 397, 23, 38),
             word("năm", 1937, 398, 90, 37), word("2018", 2043, 397, 105, 39),
             word("Căn", 300, 1000, 90, 50, line=9), word("cứ", 400, 1000, 50, 50, line=9)]
    blanks = {b.field: b for b in header_blanks(words, 3423)}
    assert set(blanks) == {"day", "month"}
    day = blanks["day"]
    assert (words[day.left.index]["text"], words[day.right.index]["text"]) == ("ngày", "tháng")
    assert day.box[2] == 1751  # up to "tháng", not to the end of the stretched box
    assert day.read == "2"


def test_the_number_blank_lies_between_so_and_the_symbol_even_with_the_written_digits_glued_to_so():
    # tinh_quangngai_TB_46-2025_thu-ly-khieu-nai.pdf: "Số:4@`" (the pen-written 46 glued to the label), "/TB-UBND"
    words = [word("Số:4@`", 449, 303, 150, 58, conf=66), word("/TB-UBND", 625, 310, 254, 51, conf=91)]
    (number,) = header_blanks(words, 3508)
    assert number.field == "number" and number.read == "4@`"
    assert number.box[0] < 530 and number.box[2] == 625


@needs_tesseract
def test_a_pen_written_day_on_a_grey_scan_is_read():
    # tinh_bacgiang_QD_1462-2012_hoi-dong-tham-dinh-scan.pdf (a 1-bit scan): "Bắc Giang, ngày 18 tháng 10 năm
    # 2012", the 18 written by pen; tesseract alone reads it "/Ÿ"
    header = blocks_to_header(file_to_document(REAL / "tinh_bacgiang_QD_1462-2012_hoi-dong-tham-dinh-scan.pdf"))
    assert header.issued_on is not None and header.issued_on.isoformat() == "2012-10-18"


@needs_tesseract
def test_a_pen_written_number_on_a_colour_scan_is_read():
    # tinh_quangngai_TB_660-2024 (page 1): "Số: 660 /TB-UBND", the 660 written in blue pen; tesseract alone reads
    # it "6§0", the day "31" it cannot read: no day is guessed
    header = blocks_to_header(file_to_document(REAL / "tinh_quangngai_TB_660-2024_trang-1.pdf"))
    assert header.number == "660/TB-UBND"
    assert header.issued_on is None
    assert WarningCode.DRAFT_DATE in {w.code for w in header.warnings}


@needs_tesseract
def test_an_unreadable_pen_number_gives_no_number_and_a_warning():
    # tinh_quangngai_CT_11-2024 (page 1): "Số: 11 /CT-UBND" in pen; the page's OCR read "44", the readers of
    # the blank do not agree on anything: no number rather than a wrong one, and the office is told
    header = blocks_to_header(file_to_document(REAL / "tinh_quangngai_CT_11-2024_trang-1.pdf"))
    assert header.number is None
    assert header.kind == "khac"  # "CHỈ THỊ": the type name still gives the kind
    warnings = {w.code: w.message for w in header.warnings}
    assert WarningCode.UNREADABLE_NUMBER in warnings and "Không đọc được số văn bản" in warnings[
        WarningCode.UNREADABLE_NUMBER]


@needs_tesseract
def test_an_empty_blank_on_a_scan_stays_blank_and_is_not_called_unreadable(tmp_path):
    # so_haugiang_BC_2024 (a draft: "Số:    /BC-STC", "ngày    tháng    năm 2024") printed to an image-only PDF
    pdf = pdfium.PdfDocument(str(REAL / "so_haugiang_BC_2024_gia-thi-truong-thang7.pdf"))
    image = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    pdf.close()
    scan = tmp_path / "ban-quet.pdf"
    image.save(scan, "PDF", resolution=200)
    header = blocks_to_header(file_to_document(scan))
    codes = {w.code for w in header.warnings}
    assert header.number is None and WarningCode.DRAFT_NUMBER in codes
    assert WarningCode.UNREADABLE_NUMBER not in codes


def test_the_pen_ink_of_a_blank_falls_into_one_component_per_digit():
    # the "18" of tinh_bacgiang_QD_1462 as two strokes of ink, drawn here: a "1" and an "8" side by side
    mask = np.zeros((80, 90), dtype=bool)
    mask[10:70, 20:26] = True  # the 1
    for cy in (24, 52):  # the two loops of the 8
        yy, xx = np.ogrid[:80, :90]
        ring = np.abs(np.hypot(yy - cy, xx - 60) - 12) < 3
        mask |= ring
    boxes = digit_boxes(mask, 50)
    assert len(boxes) == 2 and boxes[0][0] < boxes[1][0]
    assert classify(mask, boxes, digit_samples()) == "18"


@needs_tesseract
def test_an_old_ocr_layer_that_lost_the_vietnamese_letters_is_read_again_by_ocr():
    # tinh_bariavungtau_CV_2019 (page 1): an invisible OCR layer in a Western code page ("UY BAN NHAN DAN", "TNH BA
    # RIA-VUNG TAU", "S:A/UBND-VP") over the scanned page
    doc = file_to_document(REAL / "tinh_bariavungtau_CV_2019_trang-1.pdf")
    assert doc.format == "pdf-ocr"
    header = blocks_to_header(doc)
    assert (header.kind, header.issuer) == ("cong_van", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU")


def _scanned_header(day_line: str, stamp: str):
    from docs_in_code import document

    doc = document(stamp, "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NGÃI",
                   "Độc lập - Tự do - Hạnh phúc", "Số: ? /QĐ-UBND", day_line, "QUYẾT ĐỊNH",
                   "Về việc hỗ trợ kinh phí dịp Tết", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", fmt="pdf-ocr")
    doc = doc.model_copy(update={"blocks": tuple(b.model_copy(update={"ocr": True}) for b in doc.blocks)})
    return blocks_to_header(doc)


def test_a_pen_day_read_by_one_reader_is_taken_only_when_the_signature_stamp_gives_that_date():
    # tinh_quangngai_QD_47-2025: the pen "17" only the classifier reads ("?17"); the stamp says 17/01/2025
    header = _scanned_header("Quảng Ngãi, ngày ?17 tháng 01 năm 2025",
                             "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi Thời gian ký: 17/01/2025 17:06:30")
    assert header.issued_on is not None and header.issued_on.isoformat() == "2025-01-17"
    assert WarningCode.DATE_FROM_STAMP in {w.code for w in header.warnings}
    other = _scanned_header("Quảng Ngãi, ngày ?17 tháng 01 năm 2025",
                            "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi Thời gian ký: 26/01/2025 11:12:09")
    assert other.issued_on is None and WarningCode.DRAFT_DATE in {w.code for w in other.warnings}


def test_a_day_read_off_a_scan_after_the_signing_date_is_not_taken():
    # "ngày 31" read where the document was signed on 17/01/2025 (tinh_quangngai_TB_660 is dated 31/12/2024)
    header = _scanned_header("Quảng Ngãi, ngày 31 tháng 01 năm 2025",
                             "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi Thời gian ký: 17/01/2025 08:56:09")
    assert header.issued_on is None
    assert any("sau thời gian ký số" in w.message for w in header.warnings)
