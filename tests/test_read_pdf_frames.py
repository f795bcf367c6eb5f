"""Ruled boxes are tables only when they have a grid; whatever is not in a table is prose, and no
character of the page is lost on the way. Rules are what a reader sees: shading, white and undrawn
paths are not rules."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.blocks import BlockKind
from extractors.readers import file_to_document
from tests.pdf_support import box, line, text, write_pdf

REAL = Path(__file__).parent / "data" / "real"


def _visible(s: str) -> Counter:
    return Counter(ch for ch in unicodedata.normalize("NFC", s) if not ch.isspace())


def _kept(doc) -> Counter:
    return _visible(" ".join(b.text for b in doc.blocks))


def test_text_in_a_box_without_inner_rules_is_prose_not_a_one_cell_table(tmp_path):
    page = box(60, 600, 470, 100) + text(72, 680, "Ghi chu: van ban nay thay the van ban so 12.") \
        + text(72, 660, "Cac don vi thuc hien truoc ngay 15/12/2025.")
    doc = file_to_document(write_pdf(tmp_path / "frame.pdf", [page]))
    assert [b.kind for b in doc.blocks if b.kind is BlockKind.TABLE] == []
    assert "truoc ngay 15/12/2025" in doc.text


def test_a_page_border_keeps_its_text_and_the_table_inside_it(tmp_path):
    table = "".join(line(100, y, 500, y) for y in (500, 480, 460)) + "".join(line(x, 460, x, 500) for x in (100, 300, 500))
    page = box(30, 30, 535, 782) + text(72, 700, "Bao cao ket qua thang 7") + table \
        + text(110, 486, "Chi tieu") + text(310, 486, "Ket qua") + text(110, 466, "Ho ngheo") + text(310, 466, "1,2%") \
        + text(72, 400, "Noi nhan: nhu tren.")
    doc = file_to_document(write_pdf(tmp_path / "border.pdf", [page]))
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [["Chi tieu", "Ket qua"], ["Ho ngheo", "1,2%"]]
    assert "Bao cao ket qua thang 7" in doc.text and "Noi nhan: nhu tren." in doc.text


def test_a_one_column_ruled_list_of_single_lines_is_prose(tmp_path):
    rules = "".join(line(100, y, 500, y) for y in (600, 580, 560, 540)) + line(100, 540, 100, 600) + line(500, 540, 500, 600)
    page = rules + text(110, 586, "1. Tong hop so lieu") + text(110, 566, "2. Bao cao UBND tinh") + text(110, 546, "3. Luu tru")
    doc = file_to_document(write_pdf(tmp_path / "onecol.pdf", [page]))
    assert not any(b.kind is BlockKind.TABLE for b in doc.blocks)
    assert "2. Bao cao UBND tinh" in doc.text


@pytest.mark.parametrize("paint", [
    "q 0.9 g 60 640 470 20 re f 60 620 470 20 re f Q\n",  # Word's paragraph shading: grey filled areas
    "q 1 G 0.5 w 60 620 470 40 re S 295 620 m 295 660 l S Q\n",  # a grid drawn in white
    "q 0 G 0.5 w 60 620 470 40 re n 295 620 m 295 660 l n Q\n",  # a grid that is never drawn
], ids=["shading", "white", "undrawn"])
def test_paths_a_reader_cannot_see_make_no_table(tmp_path, paint):
    page = paint + text(72, 644, "Muc tieu tong quat den nam 2030 la") + text(72, 624, "dat 95% so ho dan duoc ho tro")
    doc = file_to_document(write_pdf(tmp_path / "paint.pdf", [page]))
    assert not any(b.kind is BlockKind.TABLE for b in doc.blocks)
    assert _kept(doc) == _visible("Muc tieu tong quat den nam 2030 la dat 95% so ho dan duoc ho tro")


def test_a_file_whose_text_all_stands_in_ruled_tables_is_text_not_a_scan(tmp_path):
    rules = "".join(line(60, y, 530, y) for y in (700, 680, 660)) + "".join(line(x, 660, x, 700) for x in (60, 300, 530))
    page = rules + text(70, 686, "Xa Tan Phu") + text(310, 686, "5000") + text(70, 666, "Xa Tan An") + text(310, 666, "4200")
    doc = file_to_document(write_pdf(tmp_path / "tables.pdf", [page]))
    assert doc.format == "pdf"
    assert [[c.text for c in r.cells] for r in doc.blocks[0].rows] == [["Xa Tan Phu", "5000"], ["Xa Tan An", "4200"]]


@pytest.mark.parametrize("name", ["so_haugiang_BC_2024_gia-thi-truong-thang7.pdf", "tinh_quangngai_TB_542-2024.pdf"])
def test_a_real_pdf_keeps_the_visible_characters_its_pages_hold(name):
    path = REAL / name
    pdf = pdfium.PdfDocument(str(path))
    try:
        held = sum((_visible(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))), Counter())
    finally:
        pdf.close()
    kept = _kept(file_to_document(path))
    # Only page numbers and running lines are dropped on purpose: under 1% of a page's characters.
    assert sum((held & kept).values()) >= 0.99 * sum(held.values())


def test_hyphens_pdfium_marks_at_line_ends_and_soft_hyphens_read_as_hyphens(tmp_path):
    page = text(72, 740, "Ke hoach so 12/KH-") + text(72, 720, "UBND ve phat trien kinh te xa\xadhoi")
    doc = file_to_document(write_pdf(tmp_path / "hyphen.pdf", [page]))
    assert "12/KH- UBND" in doc.text and "xa-hoi" in doc.text


def test_a_superscript_footnote_mark_is_not_glued_to_the_number_before_it(tmp_path):
    page = ("BT /F1 12 Tf 72 600 Td (Ty le ho ngheo giam con 95%) Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts /F1 12 Tf "
            "( so ho; dien tich 1.204 m) Tj /F1 7 Tf 4 Ts (2) Tj 0 Ts /F1 12 Tf ( dat chuan.) Tj ET\n")
    doc = file_to_document(write_pdf(tmp_path / "sup.pdf", [page]))
    assert doc.text == "Ty le ho ngheo giam con 95%¹ so ho; dien tich 1.204 m² dat chuan."


def test_a_page_turned_by_ninety_degrees_keeps_its_text(tmp_path):
    body = "".join(text(72, 700 - 14 * k, f"Dong {k} cua trang xoay") for k in range(3))
    pages = [text(72, 760, name) + body for name in ("Trang mot", "Trang hai", "Trang ba")]
    doc = file_to_document(write_pdf(tmp_path / "rotated.pdf", pages, rotate={1: 90, 2: 90}))
    assert doc.text.count("Dong 2 cua trang xoay") == 3


def test_a_line_repeated_on_every_page_is_kept_where_it_is_all_the_page_holds(tmp_path):
    pdf = write_pdf(tmp_path / "labels.pdf", [text(72, 800, f"Phu luc {k} - danh sach") for k in range(1, 4)])
    doc = file_to_document(pdf)
    assert all(f"Phu luc {k} - danh sach" in doc.text for k in range(1, 4))
