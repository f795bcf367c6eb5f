"""A PDF page's characters (pdfium) -> text lines with positions, font size and weight.

Characters are grouped by baseline (FPDFText_GetCharOrigin), not by glyph box: PDFs exported
from Word often draw toned capitals ("Ố", "Ủ") from a fallback font whose boxes sit higher, and
pdfium's own text order puts them at the end of the line ("PH H I Ố Ả"). Spaces are rebuilt from
gaps; a gap wider than a few ems splits a line into segments (two-column headers, table gaps).
Coordinates are top-down points (y grows downwards), like pdfplumber's.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.normalize import clean_text

SPACE_GAP_EM = 0.18  # a gap over this share of the font size is a space
SEGMENT_GAP_EM = 3.0  # a gap over this many ems splits the line
BOLD_WEIGHT = 600
BOLD_NAMES = (b"Bold", b"bold", b"Black", b"Heavy", b"Semibold", b"Demi")


@dataclass(frozen=True)
class Char:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Line:
    """One line (or one segment of a line) of text on a page."""

    page: int
    x0: float
    x1: float
    top: float
    baseline: float
    size: float
    bold: bool
    text: str
    ocr: bool = False


def page_chars(page: pdfium.PdfPage, exclude: list[tuple[float, float, float, float]] = ()) -> list[Char]:
    """Every visible character of the page, outside the `exclude` boxes (x0, top, x1, bottom)."""
    height = page.get_height()
    textpage = page.get_textpage()
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    l, r, b, t = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    chars = []
    for i in range(min(n, len(text))):
        ch = text[i]
        if ch.isspace() or ch == "\ufffe":
            continue
        pdfium_c.FPDFText_GetCharBox(textpage.raw, i, l, r, b, t)
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, ox, oy)
        baseline = height - oy.value
        x0, x1 = l.value, r.value
        if any(ex0 <= (x0 + x1) / 2 <= ex1 and etop <= baseline <= ebot + 2 for ex0, etop, ex1, ebot in exclude):
            continue
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i) or 12.0
        weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, i)
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, i, name, 128, flags)
        bold = weight >= BOLD_WEIGHT or any(k in name.value for k in BOLD_NAMES)
        chars.append(Char(ch, x0, x1, baseline, size, bold))
    return chars


def chars_to_lines(chars: list[Char], page_no: int) -> list[Line]:
    """Group characters into lines by baseline, sort them left to right, rebuild spaces."""
    rows: list[list[Char]] = []
    for ch in sorted(chars, key=lambda c: c.baseline):
        if rows and abs(rows[-1][-1].baseline - ch.baseline) <= max(1.5, 0.25 * ch.size):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    lines = []
    for row in rows:
        lines.extend(_segments(sorted(row, key=lambda c: c.x0), page_no))
    return lines


def _segments(row: list[Char], page_no: int) -> list[Line]:
    out, current, parts = [], [row[0]], [row[0].text]
    for prev, ch in zip(row, row[1:]):
        gap = ch.x0 - max(c.x1 for c in current[-3:])
        em = max(prev.size, ch.size)
        if gap > SEGMENT_GAP_EM * em:
            out.append(_line(current, parts, page_no))
            current, parts = [ch], [ch.text]
            continue
        if gap > SPACE_GAP_EM * em:
            parts.append(" ")
        current.append(ch)
        parts.append(ch.text)
    out.append(_line(current, parts, page_no))
    return [line for line in out if line.text]


def _line(chars: list[Char], parts: list[str], page_no: int) -> Line:
    sizes = sorted(c.size for c in chars)
    size = sizes[len(sizes) // 2]
    letters = [c for c in chars if c.text.isalnum()]
    bold = bool(letters) and sum(c.bold for c in letters) >= 0.8 * len(letters)
    baseline = sorted(c.baseline for c in chars)[len(chars) // 2]
    return Line(page=page_no, x0=min(c.x0 for c in chars), x1=max(c.x1 for c in chars),
                top=baseline - size * 0.8, baseline=baseline, size=size, bold=bold,
                text=clean_text("".join(parts)))
