"""A PDF page's characters (`pdf_chars`) -> text lines with positions, font size and weight.

Characters are grouped by baseline (FPDFText_GetCharOrigin), not by glyph box: PDFs exported
from Word often draw toned capitals ("Ố", "Ủ") from a fallback font whose boxes sit higher, and
pdfium's own text order puts them at the end of the line ("PH H I Ố Ả"). Spaces are rebuilt from
gaps; a gap wider than a few ems splits a line into segments (two-column headers, table gaps).
Coordinates are top-down points (y grows downwards).
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from extractors.normalize import clean_text

SPACE_GAP_EM = 0.1  # a gap over this share of the font size is a space
SEGMENT_GAP_EM = 2.0  # a gap over this many ems splits the line
_BASELINE, _X0, _X1 = attrgetter("baseline"), attrgetter("x0"), attrgetter("x1")


class Char(NamedTuple):  # 50,000 per 30 pages: a named tuple, built in bulk by `pdf_chars`
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


def chars_to_lines(chars: list[Char], page_no: int) -> list[Line]:
    """Group characters into lines by baseline, sort them left to right, rebuild spaces."""
    rows: list[list[Char]] = []
    row: list[Char] = []
    last_baseline = last_size = 0.0
    for ch in sorted(chars, key=_BASELINE):
        baseline = ch.baseline
        distance = baseline - last_baseline if baseline > last_baseline else last_baseline - baseline
        tolerance = 0.25 * (ch.size or last_size)
        if rows and distance <= (tolerance if tolerance > 1.5 else 1.5):
            row.append(ch)
        else:
            row = [ch]
            rows.append(row)
        last_baseline, last_size = baseline, ch.size
    lines = []
    for row in rows:
        lines.extend(_segments(_left_to_right(row), page_no))
    return lines


def _left_to_right(row: list[Char]) -> list[Char]:
    """Sorted by x0, a real space before a letter at the same x0 (as key (x0, text != " ")):
    spaces first, then a stable sort by x0."""
    ordered = [c for c in row if c.text == " "]
    if ordered:
        ordered += [c for c in row if c.text != " "]
    else:
        ordered = row[:]
    ordered.sort(key=_X0)
    return ordered


def _segments(row: list[Char], page_no: int) -> list[Line]:
    out: list[Line] = []
    current: list[Char] = []
    parts: list[str] = []
    space, right, last_size = False, 0.0, 0.0
    for ch in row:
        text, x0, x1, _, size, _ = ch
        if text == " ":
            space = bool(current)
            continue
        if current:
            gap = x0 - right
            em = size if size > last_size else last_size
            if gap > SEGMENT_GAP_EM * em:
                out.append(_line(current, parts, page_no))
                current, parts, right = [], [], 0.0
            elif space or gap > SPACE_GAP_EM * em:
                parts.append(" ")
        current.append(ch)
        parts.append(text)
        if x1 > right:
            right = x1
        last_size = size
        space = False
    if current:
        out.append(_line(current, parts, page_no))
    return [line for line in out if line.text]


def _line(chars: list[Char], parts: list[str], page_no: int) -> Line:
    middle = chars[len(chars) // 2]  # the median-ish char: fallback-font glyphs sit at the edges of runs
    letters = [c.bold for c in chars if c.text.isalnum()]
    bold = sum(letters)
    return Line(page=page_no, x0=min(map(_X0, chars)), x1=max(map(_X1, chars)), top=middle.baseline - middle.size * 0.8,
                baseline=middle.baseline, size=middle.size, bold=len(letters) > 0 and bold >= 0.8 * len(letters),
                text=clean_text("".join(parts)))
