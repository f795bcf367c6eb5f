"""Ruled tables of a PDF page, found by pdfplumber, only on pages that draw table rules.

pdfplumber is slow next to pdfium, so a page goes to it only when pdfium sees at least two
vertical and two horizontal rules among its path objects (a Decree 30 header has only short
horizontal rules under the agency name and the motto).
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from extractors.normalize import clean_text

_THIN = 2.0


@dataclass(frozen=True)
class PdfTable:
    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (top-down points)
    rows: tuple[tuple[str, ...], ...]


def page_has_rules(page: pdfium.PdfPage) -> bool:
    vertical = horizontal = 0
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if width <= _THIN and height > 8:
            vertical += 1
        elif height <= _THIN and width > 20:
            horizontal += 1
        elif width > 20 and height > 8:  # a rectangle: its four sides are rules
            vertical, horizontal = vertical + 2, horizontal + 2
        if vertical >= 2 and horizontal >= 2:
            return True
    return False


def plumber_page_tables(plumber_page, page_no: int, max_chars: int) -> list[PdfTable]:
    """Tables of one pdfplumber page; none when the page has more characters than `max_chars`."""
    if len(plumber_page.chars) > max_chars:
        return []
    tables = []
    for table in plumber_page.find_tables():
        rows = tuple(tuple(clean_text(cell or "") for cell in row) for row in table.extract())
        rows = tuple(r for r in rows if any(r))
        if len(rows) >= 1 and max(len(r) for r in rows) >= 2:
            tables.append(PdfTable(page_no, tuple(table.bbox), rows))
    return tables


def join_split_tables(first: PdfTable, second: PdfTable) -> PdfTable | None:
    """One table broken by a page break, when the column counts agree (a repeated header row is dropped)."""
    if len(first.rows[0]) != len(second.rows[0]):
        return None
    rows = second.rows[1:] if second.rows[0] == first.rows[0] else second.rows
    return PdfTable(first.page, first.bbox, first.rows + rows)
