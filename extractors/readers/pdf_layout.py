"""Lines of a PDF (text layer or OCR) -> paragraphs and two-column regions, in reading order.

- Page numbers and running headers/footers (the same line at the top or bottom of several pages)
  are dropped.
- Two-column regions (the Decree 30 header: cơ quan | Quốc hiệu, Số | địa danh, ngày; and the
  "Nơi nhận | chữ ký" block) become one region with a left and a right column, never interleaved.
- Lines are joined back into paragraphs: a new paragraph starts at an indented line, after a
  short last line, a wider gap, a change of size or weight; otherwise the line continues.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractors.readers.pdf_lines import Line

_PAGE_NUMBER_RE = re.compile(r"^[\s\-–—.(]*(?:trang|page)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-–—.)]*$", re.IGNORECASE)
_MARGIN_SHARE = 0.09  # top/bottom share of the page where running lines live
_ROW_TOLERANCE = 2.0
_RIGHT_SLACK = 30.0  # right-column lines are centred in their column and may start left of the first


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    notes: tuple[Line, ...] = ()  # lines shown by annotations (signature stamps), kept apart


@dataclass(frozen=True)
class Region:
    """Two columns side by side (header or signature block), each a list of lines."""

    left: tuple[Line, ...]
    right: tuple[Line, ...]

    @property
    def page(self) -> int:
        return (self.left or self.right)[0].page


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    pitch: float  # usual distance between baselines

    @property
    def width(self) -> float:
        return max(self.right - self.left, 1.0)


def drop_running_lines(pages: list[Page]) -> list[Page]:
    """Remove page numbers and lines repeated at the top/bottom of at least two pages."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    def in_margin(line: Line, page: Page) -> bool:
        return line.baseline < page.height * _MARGIN_SHARE or line.baseline > page.height * (1 - _MARGIN_SHARE)

    counts = Counter(key(l) for p in pages for l in {key(x): x for x in p.lines if in_margin(x, p)}.values())
    out = []
    for page in pages:
        kept = tuple(l for l in page.lines if not (in_margin(l, page) and (
            _PAGE_NUMBER_RE.match(l.text) or (len(pages) > 1 and counts[key(l)] >= 2))))
        if not kept and any(not _PAGE_NUMBER_RE.match(l.text) for l in page.lines):
            kept = page.lines  # the page holds nothing else: its lines are its content, not running lines
        out.append(Page(page.number, page.width, page.height, kept, page.notes))
    return out


def margins_of(pages: list[Page]) -> Margins:
    lines = [l for p in pages for l in p.lines]
    if not lines:
        return Margins(0, 1, 12)
    starts = Counter(round(l.x0 / 2) * 2 for l in lines)  # 2-point bins
    frequent = [x for x, n in starts.items() if n >= max(2, 0.05 * len(lines))]
    left = min(frequent) if frequent else min(starts)
    rights = sorted(l.x1 for l in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    pitches = sorted(b.baseline - a.baseline for p in pages for a, b in zip(p.lines, p.lines[1:])
                     if 0 < b.baseline - a.baseline < 3 * a.size)
    pitch = pitches[len(pitches) // 2] if pitches else 14.0
    return Margins(float(left), float(right), pitch)


def page_to_items(page: Page) -> list[Line | Region]:
    """Lines of one page in reading order, with side-by-side column runs gathered into Regions.

    A run starts at a row split in two by a wide gap (the split point is the middle of that gap)
    and goes on while each row stays on its side of the split.
    """
    items: list[Line | Region] = []
    run: list[list[Line]] = []
    split: float | None = None
    centre = (min((l.x0 for l in page.lines), default=0) + max((l.x1 for l in page.lines), default=0)) / 2
    for row in _rows(page.lines) + [None]:
        if row is not None and len(row) == 2:
            split = split if run else row[1].x0
        if row is not None and split is not None and (run or len(row) == 2) and not _centred(row, centre) \
                and all(_side(l, split) for l in row) and not _new_left_size(run, row, split):
            run.append(row)
            continue
        items.extend(_close_run(run, split or page.width / 2))
        run, split = [], None
        if row is not None:
            items.extend(row)
    return items


def _side(line: Line, split: float) -> str | None:
    """Which column a line belongs to, given where the right column starts; None when it spans both."""
    if line.x0 >= split - _RIGHT_SLACK:
        return "right"
    return "left" if line.x1 < split else None


def _new_left_size(run: list[list[Line]], row: list[Line], split: float) -> bool:
    """A left-column line in a clearly different size ends the run ("Kính gửi:" in body size after the
    header); OCR sizes are too rough for this."""
    lefts = [l for r in run for l in r if _side(l, split) == "left"]
    new = [l for l in row if _side(l, split) == "left"]
    return bool(lefts and new) and not new[0].ocr and abs(new[0].size - lefts[-1].size) > 1.5


def _centred(row: list[Line], centre: float) -> bool:
    """A single line centred on the text area (a title such as "KẾ HOẠCH") ends a column run."""
    return len(row) == 1 and abs((row[0].x0 + row[0].x1) / 2 - centre) < 6


def _rows(lines: tuple[Line, ...]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (l.baseline, l.x0)):
        if rows and abs(rows[-1][0].baseline - line.baseline) <= _ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(r, key=lambda l: l.x0) for r in rows]


def _close_run(run: list[list[Line]], split: float) -> list[Line | Region]:
    left = tuple(l for row in run for l in row if _side(l, split) == "left")
    right = tuple(l for row in run for l in row if _side(l, split) == "right")
    if left and right and len(run) >= 2:
        return [Region(left, right)]
    return [l for row in run for l in row]


def lines_to_paragraphs(lines: list[Line], margins: Margins) -> list[list[Line]]:
    """Group consecutive lines (already in reading order) into paragraphs."""
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and _continues(paragraphs[-1][-1], line, margins):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _continues(prev: Line, line: Line, m: Margins) -> bool:
    indent = max(0.6 * line.size, 6.0)
    if line.x0 > m.left + indent:
        return False  # indented: a first line (or a centred line)
    if prev.x1 < m.right - 0.12 * m.width:
        return False  # the previous line stopped short: it ended its paragraph
    if line.page == prev.page and line.baseline - prev.baseline > 1.6 * m.pitch:
        return False
    if not line.ocr and (abs(line.size - prev.size) > 1.5 or line.bold != prev.bold):
        return False
    if prev.text.endswith((".", ":", ";", "!", "?")) and _starts_item(line.text):
        return False
    return True


def _starts_item(text: str) -> bool:
    from extractors.patterns.structure import parse_label

    label = parse_label(text)
    return label is not None and label.kind != "dash"


def alignment_of(lines: list[Line], m: Margins) -> str:
    centre = (m.left + m.right) / 2
    if all(l.x0 > m.left + 6 and abs((l.x0 + l.x1) / 2 - centre) < 0.02 * m.width for l in lines):
        return "center"
    if all(l.x0 > m.left + 0.3 * m.width and l.x1 > m.right - 6 for l in lines):
        return "right"
    if len(lines) > 1 and all(l.x1 > m.right - 6 for l in lines[:-1]):
        return "justify"
    return "left"
