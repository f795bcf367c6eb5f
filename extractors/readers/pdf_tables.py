"""Ruled tables of a PDF page, rebuilt from the page's rules (pdfium path objects) and characters.

Rules that touch each other form one grid; its row lines and column lines cut it into cells, a
column line missing across a row merges cells (span), a row line missing over a column merges the
cell with the one above (its text goes to the top cell, the cells below stay empty, as in DOCX). Each character goes to the cell under its
centre; a cell's lines are joined with spaces (a wrapped cell is one text). This does what
pdfplumber's table finder does on ruled tables at a fraction of its cost (pdfminer re-parses the
page), which keeps text PDFs near pdftotext speed.
"""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass
from functools import cached_property

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.readers.pdf_chars import _plain, user_size
from extractors.readers.pdf_lines import Char, chars_to_lines

THIN = 2.0  # a path this thin is a rule
TOUCH = 2.5  # rules closer than this touch
MAX_RULES = 3000  # beyond this a page is a drawing, not a table
MIN_BAND = 3.0


@dataclass(frozen=True)
class Rule:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 <= THIN and self.bottom - self.top > THIN


@dataclass(frozen=True)
class PdfTable:
    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (top-down points)
    rows: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class _Grid:
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    verticals: tuple[Rule, ...]
    horizontals: tuple[Rule, ...]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @cached_property
    def _row_columns(self) -> tuple[tuple[float, ...], ...]:
        """Per row, its column boundaries: the grid's column lines that a vertical rule crosses in that row
        (each rule marks the rows whose middle it spans: one pass over the rules, not one per row)."""
        mids = [(self.ys[r] + self.ys[r + 1]) / 2 for r in range(len(self.ys) - 1)]
        inner = self.xs[1:-1]
        crossed = [[False] * len(inner) for _ in mids]
        for v in self.verticals:
            k = bisect.bisect_left(inner, v.x0 - TOUCH)
            lo, hi = bisect.bisect_left(mids, v.top - TOUCH), bisect.bisect_right(mids, v.bottom + TOUCH)
            while k < len(inner) and inner[k] <= v.x0 + TOUCH:
                for r in range(lo, hi):
                    crossed[r][k] = True
                k += 1
        return tuple((self.xs[0], *(x for x, c in zip(inner, row) if c), self.xs[-1]) for row in crossed)

    @cached_property
    def _closed(self) -> tuple[tuple[bool, ...], ...]:
        """closed[r][j]: a horizontal rule at row line r covers the middle of column band j."""
        bands = [(self.xs[j] + self.xs[j + 1]) / 2 for j in range(len(self.xs) - 1)]
        closed = [[False] * len(bands) for _ in self.ys]
        for h in self.horizontals:
            r = bisect.bisect_left(self.ys, h.top - TOUCH)
            lo, hi = bisect.bisect_left(bands, h.x0 - TOUCH), bisect.bisect_right(bands, h.x1 + TOUCH)
            while r < len(self.ys) and self.ys[r] <= h.top + TOUCH:
                for j in range(lo, hi):
                    closed[r][j] = True
                r += 1
        return tuple(map(tuple, closed))

    def columns(self, row: int) -> list[float]:
        """Column boundaries of one row: the grid's column lines that a rule crosses in that row."""
        return list(self._row_columns[row])

    def owner_row(self, row: int, x: float) -> int:
        """The top row of a vertically merged cell: climb while no rule closes the cell above at `x`
        (at the column band of `x`)."""
        j = min(max(bisect.bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        closed = self._closed
        while row > 0 and not closed[row][j]:
            row -= 1
        return row


def page_rules(page: pdfium.PdfPage) -> list[Rule]:
    """The visible straight rules of a page: thin paths drawn in ink, and the sides of stroked boxes.
    Not rules: paths that are not drawn (clip-like `n`), drawn in white or fully transparent, and
    filled areas (Word's paragraph or cell shading), whose edges are no lines."""
    height = user_size(page)[1]
    rules: list[Rule] = []
    for raw in _path_objects(ctypes.cast(page.raw, ctypes.c_void_p).value):
        if not _bounds(raw, _pl, _pb, _pr, _pt):
            continue
        left, right, top, bottom = _left.value, _right.value, height - _top.value, height - _bottom.value
        width, tall = right - left, bottom - top
        thin = width <= THIN < tall or tall <= THIN < width
        if not thin and (width <= THIN or tall <= THIN):
            continue  # a dot
        stroked, filled = _ink(raw)
        if thin and (stroked or filled):
            rules.append(Rule(left, top, right, bottom) if width > THIN else Rule((left + right) / 2, top, (left + right) / 2, bottom))
        elif not thin and stroked:  # a drawn box: its four sides
            rules += [Rule(left, top, left, bottom), Rule(right, top, right, bottom),
                      Rule(left, top, right, top), Rule(left, bottom, right, bottom)]
        if len(rules) > MAX_RULES:
            return []
    return [r if r.vertical else Rule(r.x0, (r.top + r.bottom) / 2, r.x1, (r.top + r.bottom) / 2) for r in rules]


_V, _I = ctypes.c_void_p, ctypes.c_int
_count_objects = _plain(pdfium_c.FPDFPage_CountObjects, _I, _V)
_get_object = _plain(pdfium_c.FPDFPage_GetObject, _V, _V, _I)
_form_count = _plain(pdfium_c.FPDFFormObj_CountObjects, _I, _V)
_form_object = _plain(pdfium_c.FPDFFormObj_GetObject, _V, _V, ctypes.c_ulong)
_object_type = _plain(pdfium_c.FPDFPageObj_GetType, _I, _V)
_bounds = _plain(pdfium_c.FPDFPageObj_GetBounds, _I, _V, _V, _V, _V, _V)
_left, _bottom, _right, _top = (ctypes.c_float() for _ in range(4))
_pl, _pb, _pr, _pt = (ctypes.addressof(v) for v in (_left, _bottom, _right, _top))
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM


def _path_objects(page: int):
    """Path objects of the page and of the forms drawn on it (one level deep), as raw handles: plain
    C calls, no wrapper object per page object (a text page has thousands of text objects)."""
    for i in range(_count_objects(page)):
        obj = _get_object(page, i)
        kind = _object_type(obj) if obj else None
        if kind == _PATH:
            yield obj
        elif kind == _FORM:
            for k in range(max(_form_count(obj), 0)):
                child = _form_object(obj, k)
                if child and _object_type(child) == _PATH:
                    yield child


_fill_mode, _stroke, _r, _g, _b, _a = (ctypes.c_int(), ctypes.c_int(), ctypes.c_uint(), ctypes.c_uint(),
                                        ctypes.c_uint(), ctypes.c_uint())
_INK_MAX = 235  # a colour whose red, green and blue are all above this is white on paper


_draw_mode = _plain(pdfium_c.FPDFPath_GetDrawMode, _I, _V, _V, _V)
_stroke_colour = _plain(pdfium_c.FPDFPageObj_GetStrokeColor, _I, _V, _V, _V, _V, _V)
_fill_colour = _plain(pdfium_c.FPDFPageObj_GetFillColor, _I, _V, _V, _V, _V, _V)
_pfill, _pstroke = ctypes.addressof(_fill_mode), ctypes.addressof(_stroke)
_prgba = tuple(ctypes.addressof(v) for v in (_r, _g, _b, _a))


def _ink(raw: int) -> tuple[bool, bool]:
    """(stroked in a visible colour, filled in a visible colour)."""
    if not _draw_mode(raw, _pfill, _pstroke):
        return True, False  # unknown: take it as drawn
    stroked = bool(_stroke.value) and _visible(_stroke_colour, raw)
    filled = bool(_fill_mode.value) and _visible(_fill_colour, raw)
    return stroked, filled


def _visible(get_colour, raw: int) -> bool:
    if not get_colour(raw, *_prgba):
        return True
    return _a.value > 0 and min(_r.value, _g.value, _b.value) <= _INK_MAX


def rules_to_grids(rules: list[Rule]) -> list[_Grid]:
    grids = []
    for group in _touching_groups(rules):
        verticals = tuple(r for r in group if r.vertical)
        horizontals = tuple(r for r in group if not r.vertical)
        xs, ys = _cluster([v.x0 for v in verticals]), _cluster([h.top for h in horizontals])
        if len(xs) >= 2 and len(ys) >= 2:
            grids.append(_Grid(tuple(xs), tuple(ys), verticals, horizontals))
    return grids


def _touching_groups(rules: list[Rule]) -> list[list[Rule]]:
    """Rules that touch, transitively. Sorted by top, a rule is compared only with those starting above
    its bottom (not every pair: a shaded page has thousands of rules)."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(rules)), key=lambda i: rules[i].top)
    tops = [rules[i].top for i in order]
    for pos, i in enumerate(order):
        a = rules[i]
        end = bisect.bisect_right(tops, a.bottom + TOUCH, lo=pos + 1)
        for q in range(pos + 1, end):
            j = order[q]
            b = rules[j]
            if a.x0 - TOUCH <= b.x1 and b.x0 - TOUCH <= a.x1 and b.top - TOUCH <= a.bottom:
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    return list(groups.values())


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOUCH:
            out.append(v)
    return out


def chars_to_tables(chars: list[Char], grids: list[_Grid], page_no: int) -> tuple[list[PdfTable], list[Char]]:
    """Split a page's characters into table cells and the rest."""
    grids = sorted((g for g in grids if _is_table(g)), key=_area)  # the innermost grid takes a character
    if not grids:
        return [], chars
    cells: list[dict[tuple[int, int], list[Char]]] = [{} for _ in grids]
    boxes = [grid.bbox for grid in grids]
    # (row band, column band) of the grid -> its cell (top row of a merged cell, column): once per band pair
    lookup: list[dict[tuple[int, int], tuple[int, int]]] = [{} for _ in grids]
    bisect_right = bisect.bisect_right
    rest = []
    for ch in chars:
        cx, cy = (ch[1] + ch[2]) / 2, ch[3] - ch[4] * 0.3
        for k, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                grid = grids[k]
                ys, xs = grid.ys, grid.xs
                row = bisect_right(ys, cy) - 1
                row = 0 if row < 0 else len(ys) - 2 if row > len(ys) - 2 else row
                j = bisect_right(xs, cx) - 1
                j = 0 if j < 0 else len(xs) - 2 if j > len(xs) - 2 else j
                cell = lookup[k].get((row, j))
                if cell is None:
                    owner = grid.owner_row(row, cx)
                    bounds = grid._row_columns[owner]
                    col = min(max(bisect_right(bounds, xs[j]) - 1, 0), len(bounds) - 2)
                    cell = lookup[k][(row, j)] = (owner, col)
                cells[k].setdefault(cell, []).append(ch)
                break
        else:
            rest.append(ch)
    tables = [_table(grid, cells[k], page_no) for k, grid in enumerate(grids)]
    return [t for t in tables if t.rows], rest


def _is_table(grid: _Grid) -> bool:
    """A grid has two columns in some row; a box without inner column rules (a page border, a framed
    paragraph, shaded lines) is a frame: its text is prose."""
    return len(grid.xs) >= 3 and any(len(grid.columns(r)) >= 3 for r in range(len(grid.ys) - 1))


def _area(grid: _Grid) -> float:
    x0, top, x1, bottom = grid.bbox
    return (x1 - x0) * (bottom - top)


def _table(grid: _Grid, cells: dict[tuple[int, int], list[Char]], page_no: int) -> PdfTable:
    rows, spans = [], []
    carried: list[Char] = []  # characters of a band too thin to be a row go to the next row
    last = len(grid.ys) - 2
    for r in range(last + 1):
        if grid.ys[r + 1] - grid.ys[r] < MIN_BAND and r < last:
            carried += [ch for (row, _), chs in cells.items() if row == r for ch in chs]
            continue
        bounds = grid.columns(r)
        if carried:
            for ch in carried:
                cx = (ch.x0 + ch.x1) / 2
                col = min(max(bisect.bisect_right(bounds, cx) - 1, 0), len(bounds) - 2)
                cells.setdefault((r, col), []).append(ch)
            carried = []
        texts = tuple(" ".join(l.text for l in chars_to_lines(cells.get((r, c), []), page_no)) for c in range(len(bounds) - 1))
        widths = tuple(sum(1 for x in grid.xs if bounds[c] <= x < bounds[c + 1]) for c in range(len(bounds) - 1))
        rows.append(texts)
        spans.append(widths)
    keep = [i for i, row in enumerate(rows) if any(row)]
    return PdfTable(page_no, grid.bbox, tuple(rows[i] for i in keep), tuple(spans[i] for i in keep))


def join_split_tables(first: PdfTable, second: PdfTable) -> PdfTable | None:
    """One table broken by a page break, when the column counts agree (a repeated header row is dropped)."""
    if not first.rows or not second.rows or len(first.rows[-1]) != len(second.rows[0]):
        return None
    rows = second.rows[1:] if second.rows[0] == first.rows[0] else second.rows
    spans = second.spans[1:] if second.rows[0] == first.rows[0] else second.spans
    return PdfTable(first.page, first.bbox, first.rows + rows, first.spans + spans)
