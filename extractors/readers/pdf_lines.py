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
FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag ForceBold
BOLD_NAMES = (b"Bold", b"bold", b"Black", b"Heavy", b"Semibold", b"Demi")


@dataclass(slots=True)
class Char:  # 50,000 per 30 pages: slots, not frozen (a frozen dataclass is slow to build)
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
    """Every character of the page with its box, baseline, size and weight; real spaces as markers.

    Tight loop over pdfium's C calls (four per character): the reader's speed is decided here.
    """
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    box, ox, oy = pdfium_c.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    loose_box, origin, font_size = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetFontSize
    font_info, is_generated = pdfium_c.FPDFText_GetFontInfo, pdfium_c.FPDFText_IsGenerated
    bold_of: dict[bytes, bool] = {}
    chars = []
    for i in range(min(n, len(text))):
        ch = text[i]
        if ch == "\ufffe" or ch == "\r" or ch == "\n":
            continue
        if ch.isspace():
            if not is_generated(raw, i):  # a real space: only its position matters
                origin(raw, i, ox, oy)
                chars.append(Char(" ", ox.value, ox.value, height - oy.value, 0.0, False))
            continue
        origin(raw, i, ox, oy)
        loose_box(raw, i, box)  # advance-wide: the letters of a word touch
        font_info(raw, i, name, 128, flags)
        key = name.value
        bold = bold_of.get(key)
        if bold is None:
            bold = bold_of[key] = any(k in key for k in BOLD_NAMES) or bool(flags.value & FORCE_BOLD_FLAG)
        chars.append(Char(ch, box.left, box.right, height - oy.value, font_size(raw, i) or 12.0, bold))
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
    space, right = False, 0.0
    for ch in row:
        if ch.text == " ":
            space = bool(current)
            continue
        if current:
            gap = ch.x0 - right
            em = ch.size if ch.size > current[-1].size else current[-1].size
            if gap > SEGMENT_GAP_EM * em:
                out.append(_line(current, parts, page_no))
                current, parts, right = [], [], 0.0
            elif space or gap > SPACE_GAP_EM * em:
                parts.append(" ")
        current.append(ch)
        parts.append(ch.text)
        right = ch.x1 if ch.x1 > right else right
        space = False
    if current:
        out.append(_line(current, parts, page_no))
    return [line for line in out if line.text]


def _line(chars: list[Char], parts: list[str], page_no: int) -> Line:
    middle = chars[len(chars) // 2]  # the median-ish char: fallback-font glyphs sit at the edges of runs
    letters = bold = 0
    x0, x1 = chars[0].x0, chars[0].x1
    for c in chars:
        if c.text.isalnum():
            letters += 1
            bold += c.bold
        x0 = c.x0 if c.x0 < x0 else x0
        x1 = c.x1 if c.x1 > x1 else x1
    return Line(page=page_no, x0=x0, x1=x1, top=middle.baseline - middle.size * 0.8, baseline=middle.baseline,
                size=middle.size, bold=letters > 0 and bold >= 0.8 * letters, text=clean_text("".join(parts)))
