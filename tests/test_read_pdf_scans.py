"""A page is scanned when its text does not cover its content: no characters, or a few (a signing stamp,
a typed number) over an image that covers the page. A text PDF with scanned pages reads those by OCR."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from extractors.readers import file_to_document, ocr_page_count
from tests.conftest import needs
from tests.pdf_support import text, write_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PROSE = ("Uy ban nhan dan xa bao cao ket qua thuc hien nhiem vu phat trien kinh te xa hoi sau thang dau nam, "
         "tong thu ngan sach dat 12.345 trieu dong, bang 56% du toan; ty le ho ngheo giam con 1,2%.")


def _scanned_page(lines: list[str]) -> Image.Image:
    image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 36)
    for k, line in enumerate(lines):
        draw.text((120, 200 + 70 * k), line, fill=0, font=font)
    return image


@needs("tesseract")
def test_a_text_pdf_with_a_scanned_page_reads_that_page_by_ocr(tmp_path):
    pages = [text(72, 760, PROSE[:95]) + text(72, 740, PROSE[95:]), ""]
    pdf = write_pdf(tmp_path / "mixed.pdf", pages, images={1: _scanned_page(["KET LUAN CUA HOI NGHI", "Giao phong Tai chinh"])})
    assert ocr_page_count(pdf) == 1
    doc = file_to_document(pdf)
    assert doc.format == "pdf" and "tong thu ngan sach dat 12.345" in doc.text
    assert "HOI NGHI" in doc.text.upper()
    assert any(w.code == "ocr" and "Trang 2" in w.message for w in doc.warnings)


@needs("tesseract")
def test_a_scan_with_a_stamped_line_of_text_is_still_a_scan(tmp_path):
    stamp = text(380, 810, "Ky boi: Van phong UBND", size=8)
    pdf = write_pdf(tmp_path / "stamped.pdf", [stamp], images={0: _scanned_page(["THONG BAO", "Hop giao ban thang 7"])})
    assert ocr_page_count(pdf) == 1
    doc = file_to_document(pdf)
    assert doc.format == "pdf-ocr"
    assert "THONG BAO" in doc.text.upper()


def test_a_page_full_of_text_over_a_background_image_is_text(tmp_path):
    lines = "".join(text(72, 780 - 14 * k, PROSE[:90]) for k in range(4))
    pdf = write_pdf(tmp_path / "letterhead.pdf", [lines], images={0: Image.new("L", (100, 140), 235)})
    assert ocr_page_count(pdf) == 0
    assert file_to_document(pdf).format == "pdf"
