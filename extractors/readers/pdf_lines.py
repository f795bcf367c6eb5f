"""A PDF page's characters (pdfium) -> text lines with positions, font size and weight.

Characters are grouped by baseline (FPDFText_GetCharOrigin), not by glyph box: PDFs exported
from Word often draw toned capitals ("Ố", "Ủ") from a fallback font whose boxes sit higher, and
pdfium's own text order puts them at the end of the line ("PH H I Ố Ả"). Spaces are rebuilt from
gaps; a gap wider than a few ems splits a line into segments (two-column headers, table gaps).
Coordinates are top-down points (y grows downwards).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.normalize import clean_text

SPACE_GAP_EM = 0.1  # a gap over this share of the font size is a space
SEGMENT_GAP_EM = 2.0  # a gap over this many ems splits the line
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


def page_chars(page: pdfium.PdfPage) -> list[Char]:
    """Every character of the page with its box, baseline, size and weight; real spaces as markers."""
    height = page.get_height()
    textpage = page.get_textpage()
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    box = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    chars = []
    for i in range(min(n, len(text))):
        ch = text[i]
        if ch == "\ufffe" or ch in "\r\n" or (ch.isspace() and pdfium_c.FPDFText_IsGenerated(textpage.raw, i)):
            continue
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, ox, oy)
        baseline = height - oy.value
        if ch.isspace():  # a real space: only its position matters
            chars.append(Char(" ", ox.value, ox.value, baseline, 0.0, False))
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, i, box)  # advance-wide: letters of a word touch
        x0, x1 = box.left, box.right
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
        if rows and abs(rows[-1][-1].baseline - ch.baseline) <= max(1.5, 0.25 * (ch.size or rows[-1][-1].size)):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    lines = []
    for row in rows:
        lines.extend(_segments(sorted(row, key=lambda c: (c.x0, c.text != " ")), page_no))
    return lines


def _segments(row: list[Char], page_no: int) -> list[Line]:
    out: list[Line] = []
    current: list[Char] = []
    parts: list[str] = []
    space = False
    for ch in row:
        if ch.text == " ":
            space = bool(current)
            continue
        if current:
            gap = ch.x0 - max(c.x1 for c in current[-3:])
            em = max(current[-1].size, ch.size)
            if gap > SEGMENT_GAP_EM * em:
                out.append(_line(current, parts, page_no))
                current, parts = [], []
            elif space or gap > SPACE_GAP_EM * em:
                parts.append(" ")
        current.append(ch)
        parts.append(ch.text)
        space = False
    if current:
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
