"""Unsure words inside ruled table cells, grouped for a second reading (`ocr_reread`).

Tesseract reads a table row as one line across the rules and glues words in tight bold headers
("Chỉtiêu theo dõi báocáo" for "Chỉ tiêu theo dõi, báo cáo", confidence 35-79). The words of one
tesseract line inside one cell of a grid form a piece; a piece read with a mean confidence under
`UNSURE_CONF` is read again (when it has letters), its crop kept inside the cell's rules so they stay out of it.
"""

from __future__ import annotations

import bisect

from extractors.readers.pdf_tables import _Grid

UNSURE_CONF = 80.0
INSET_PX = 6  # keep this far inside the rules (a rule is 3-5 px wide at 300 dpi)


Box = tuple[int, int, int, int]


def unsure_cell_pieces(words: list[dict], grids: list[_Grid], scale: float) -> tuple[list[list[dict]], list[Box], list[dict]]:
    """Table words -> (unsure pieces, their cells' inner boxes in pixels, the words not in any unsure piece)."""
    pieces: dict[tuple, list[dict]] = {}
    limits: dict[tuple, Box] = {}
    for word in words:
        cell = _cell(word, grids, scale)
        if cell is None:
            continue
        key = (*cell[:3], word["block_num"], word["par_num"], word["line_num"])
        pieces.setdefault(key, []).append(word)
        limits[key] = cell[3]
    unsure = [k for k, piece in pieces.items() if _unsure_words(piece)]
    chosen = {id(w) for k in unsure for w in pieces[k]}
    return ([sorted(pieces[k], key=lambda w: int(w["left"])) for k in unsure], [limits[k] for k in unsure],
            [w for w in words if id(w) not in chosen])


def _unsure_words(piece: list[dict]) -> bool:
    """Unsure and with letters: tesseract is never sure of a lone number ("1", "10", "(8),") and a
    second reading of one in a narrow cell only trades digits for letters ("1" -> "T")."""
    sure = sum(float(w["conf"]) for w in piece) / len(piece) >= UNSURE_CONF
    return not sure and any(ch.isalpha() for w in piece for ch in w["text"])


def _cell(word: dict, grids: list[_Grid], scale: float) -> tuple[int, int, int, Box] | None:
    """(grid, row, column, inner box of the cell band in pixels) under the word's centre."""
    cx = (int(word["left"]) + int(word["width"]) / 2) * scale
    cy = (int(word["top"]) + int(word["height"]) / 2) * scale
    for k, grid in enumerate(grids):
        x0, top, x1, bottom = grid.bbox
        if x0 <= cx <= x1 and top <= cy <= bottom:
            row = min(max(bisect.bisect_right(grid.ys, cy) - 1, 0), len(grid.ys) - 2)
            bounds = grid.columns(row)
            col = min(max(bisect.bisect_right(bounds, cx) - 1, 0), len(bounds) - 2)
            return k, row, col, (int(bounds[col] / scale) + INSET_PX, int(grid.ys[row] / scale) + INSET_PX,
                                 int(bounds[col + 1] / scale) - INSET_PX, int(grid.ys[row + 1] / scale) - INSET_PX)
    return None
