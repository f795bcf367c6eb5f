"""Table rules in a scanned page image: long runs of dark pixels, in points like PDF rules.

A row of the (straightened) page image with a run of dark pixels longer than `MIN_RULE_MM` is a
horizontal rule; the same on columns gives vertical rules. Neighbouring pixel rows of one thick
line merge into one rule. A vertical run shorter than `MIN_VERTICAL_MM` still counts when it bridges
two horizontal rules (the column lines of a one-row table, e.g. a header row left alone at the foot
of a page, are only as tall as the row). The grid and cell logic is then the text-layer one (`pdf_tables`).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from extractors.readers.pdf_tables import Rule

MIN_RULE_MM = 12.0  # horizontal rules; longer than any glyph stroke
MIN_VERTICAL_MM = 6.0  # vertical rules of a one-row table are short; still taller than stacked accents
MIN_PIECE_MM = 2.5  # a slightly slanted rule breaks into pieces one pixel row apart
BRIDGE_MM = 0.6  # a short vertical rule ends this close to the horizontal rules it joins
DARK = 170


def image_rules(image: Image.Image, dpi: int) -> list[Rule]:
    dark = np.asarray(image.convert("L")) < DARK
    min_len, min_tall = int(MIN_RULE_MM / 25.4 * dpi), int(MIN_VERTICAL_MM / 25.4 * dpi)
    piece = int(MIN_PIECE_MM / 25.4 * dpi)
    scale = 72.0 / dpi
    horizontal = [(y, x0, x1) for y, x0, x1 in _merged(_runs(dark, piece)) if x1 - x0 >= min_len]
    bridge = BRIDGE_MM / 25.4 * dpi
    vertical = [(x, y0, y1) for x, y0, y1 in _merged(_runs(dark.T, piece))
                if y1 - y0 >= min_tall or _bridges(x, y0, y1, horizontal, bridge)]
    return ([Rule(x0 * scale, y * scale, x1 * scale, y * scale) for y, x0, x1 in horizontal]
            + [Rule(x * scale, y0 * scale, x * scale, y1 * scale) for x, y0, y1 in vertical])


def _bridges(x: float, y0: int, y1: int, horizontal: list[tuple[float, int, int]], near: float) -> bool:
    """A vertical run that starts on one horizontal rule and ends on another one, both crossing `x`:
    a column line of a low row. Glyph stems inside the row stop short of the rules (cell padding)."""
    crossing = [y for y, x0, x1 in horizontal if x0 - near <= x <= x1 + near]
    return any(abs(y - y0) <= near for y in crossing) and any(abs(y - y1) <= near for y in crossing)


def _runs(dark: np.ndarray, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of dark pixels at least `min_len` long."""
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    edges = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(edges == 1)
    rows_e, ends = np.nonzero(edges == -1)
    keep = (ends - starts) >= min_len  # starts and ends pair up in order, row by row
    return list(zip(rows_s[keep].tolist(), starts[keep].tolist(), ends[keep].tolist()))


def _merged(runs: list[tuple[int, int, int]]) -> list[tuple[float, int, int]]:
    """Runs on neighbouring rows that overlap or touch are one line (thick, or slanted a little):
    (middle row, start, end)."""
    out: list[list[float]] = []  # [first_row, last_row, start, end]
    for row, start, end in sorted(runs):
        for line in reversed(out[-40:]):
            if row - line[1] <= 2 and start <= line[3] + 4 and end >= line[2] - 4:
                line[1], line[2], line[3] = row, min(line[2], start), max(line[3], end)
                break
        else:
            out.append([row, row, start, end])
    return [((a + b) / 2, int(s), int(e)) for a, b, s, e in out]
