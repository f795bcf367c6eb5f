"""Table rows a PDF reader could not cut into cells, cut again by the shape of the rows it could.

A Word table drawn with row rules only (no column rules) reaches us with most rows as one cell spanning the
whole table: "I. Hàng ăn và dịch vụ ăn uống 126,01 99,75 106,29" over 4 columns, while one row (the last,
where the rules were drawn) has its 4 cells "Chỉ số giá đôla Mỹ | 109,35 | 99,98 | 105,80". Such a row is a
label and as many figures as the table has figure columns: it is cut into those cells. A merged header row
("So với kỳ So với Bình quân gốc tháng trước cùng kỳ": two printed lines interleaved) cannot be cut; it is left
spanning, so it names every figure column together and gives none of them a role of its own.
"""

from __future__ import annotations

import re

from extractors.blocks import Cell, Row
from extractors.patterns.numbers import NUMBER_PATTERN

_FIGURE = rf"[-−–]?\s?{NUMBER_PATTERN}\s?%?"
_MIN_STACKED = 3  # figure lines stacked in one cell


def _shape(row: Row) -> int | None:
    """The number of figure cells of a row that is a label followed by figures only ("Chỉ số giá vàng | 198,13 | ...")."""
    texts = [c.text.strip() for c in row.cells]
    if len(texts) < 3 or any(c.span != 1 for c in row.cells) or not any(ch.isalpha() for ch in texts[0]):
        return None
    figures = texts[1:]
    if all(re.fullmatch(_FIGURE, t) for t in figures):
        return len(figures)
    return None


def _cut(row: Row, figures: int) -> Row | None:
    """A one-cell row "<label> <figure> ... <figure>" with exactly `figures` figures at its end -> its cells."""
    if len(row.cells) != 1 or row.cells[0].tables:
        return None
    text = " ".join(row.cells[0].text.split())
    found = re.fullmatch(rf"(?P<label>.*?[^\W\d_].*?)((?:\s+{_FIGURE}){{{figures}}})", text)
    if found is None:
        return None
    tail = text[found.end("label"):]
    cells = re.findall(_FIGURE, tail)
    if len(cells) != figures:
        return None
    return Row(cells=(Cell(text=found.group("label").strip()), *(Cell(text=c.strip()) for c in cells)))


def cut_merged_rows(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows, with the one-cell rows of a table whose other rows show its columns cut into those columns."""
    shapes = {s for r in rows if (s := _shape(r)) is not None}
    if len(shapes) != 1:
        return rows
    figures = shapes.pop()
    width = figures + 1
    if not any(len(r.cells) == 1 and r.cells[0].span == width for r in rows):
        return rows
    out = []
    for row in rows:
        cut = _cut(row, figures) if len(row.cells) == 1 and row.cells[0].span == width else None
        out.append(cut or row)
    return tuple(out)


def stacked_pairs(rows: tuple[Row, ...]) -> list[str] | None:
    """A layout table of one row whose two cells stack lines side by side: "- Dân số:\\n- Tỷ lệ tăng dân số tự
    nhiên:" beside "374.125 người\\n< 10,6 ‰" -> the printed lines "- Dân số: 374.125 người", ... (a name's
    wrapped line joins its item; a name without a figure beside it stays alone). None for any other table."""
    if len(rows) != 1 or len(rows[0].cells) != 2 or any(c.tables for c in rows[0].cells):
        return None
    names, figures = rows[0].cells[0].text, rows[0].cells[1].text
    items: list[str] = []
    for line in (x.strip() for x in names.splitlines() if x.strip()):
        if re.match(r"^[-–+•*]\s", line) or not items:
            items.append(line)
        else:
            items[-1] += " " + line
    values = [x.strip() for x in figures.splitlines() if x.strip()]
    if len(values) < _MIN_STACKED or len(items) < len(values) or not all(
            re.fullmatch(rf"[<>≤≥~]?\s*{_FIGURE}\s*(?:[^\W\d_]+(?:\s[^\W\d_]+)?|‰)?", v) for v in values):
        return None
    return [f"{name} {value}" for name, value in zip(items, values)] + items[len(values):]
