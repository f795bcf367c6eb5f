"""Tables that reached us as lines of text (OCR of a scan, a text dump) -> table blocks.

A scanned report's results table comes out of OCR as
    "STT Chỉ tiêu Đơn vị Kế Thực | Tỷ lệ %" / "tính hoạch hiện" /
    "1 | Tỷ lệ người dân tham gia BHYT % 97,0 97,4 100,4" / "2_ | Tỷ lệ tăng dân số tự nhiên % 0,7 0,69 Đạt".
The header line gives the order of the figure columns (Kế hoạch, Thực hiện, Tỷ lệ); each row line gives its
number, name, unit and figures. The rebuilt table goes through `indicators_table` like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.blocks import Block, BlockKind, Cell, Document, Row
from extractors.patterns.indicators import TEXT_ROW_RE, TEXT_TABLE_HEADER_RE, TEXT_TABLE_COLUMNS

_MAX_HEADER_LINES = 3  # header lines without figures ("tính hoạch hiện") before the first row
_MAX_ROW_CHARS = 300  # a table row line is short; longer text is prose (and never worth a slow match)
_HEADER_CELLS = {"target": "Kế hoạch", "value": "Thực hiện", "ratio": "Tỷ lệ %"}


@dataclass(frozen=True)
class TextTable:
    first: int  # block index of the header line
    last: int  # block index of the last row line
    block: Block


def _column_order(header: str) -> list[str]:
    """"STT Chỉ tiêu Đơn vị Kế Thực | Tỷ lệ %" -> ["target", "value", "ratio"] (by where each word appears)."""
    found = [(m.start(), role) for role, regex in TEXT_TABLE_COLUMNS if (m := regex.search(header))]
    return [role for _, role in sorted(found)]


def _is_row(line: str) -> bool:
    return len(line) <= _MAX_ROW_CHARS and TEXT_ROW_RE.match(line) is not None


def _row(line: str, order: list[str]) -> Row | None:
    found = TEXT_ROW_RE.match(line) if len(line) <= _MAX_ROW_CHARS else None
    if found is None:
        return None
    figures = re.split(r"[\s|]+", found.group("figs").strip())
    cells = dict(zip(order, figures))
    texts = [found.group("stt"), found.group("name").strip(" |_"), found.group("unit") or ""]
    texts += [cells.get(role, "") for role in order]
    return Row(cells=tuple(Cell(text=t) for t in texts))


def _table_at(doc: Document, start: int) -> TextTable | None:
    header = doc.blocks[start].text
    order = _column_order(header)
    if not order:
        return None
    i = start + 1
    while i < len(doc.blocks) and i <= start + _MAX_HEADER_LINES and not _is_row(doc.blocks[i].text):
        i += 1
    rows: list[Row] = []
    while i < len(doc.blocks) and (row := _row(doc.blocks[i].text, order)) is not None:
        rows.append(row)
        i += 1
    if not rows:
        return None
    names = ("STT", "Chỉ tiêu", "Đơn vị tính", *(_HEADER_CELLS[r] for r in order))
    head = Row(cells=tuple(Cell(text=t) for t in names))
    block = Block(kind=BlockKind.TABLE, text=header, rows=(head, *rows), location=doc.blocks[start].location)
    return TextTable(start, i - 1, block)


def document_to_text_tables(doc: Document) -> list[TextTable]:
    """Every results table written as lines of text, rebuilt as a table block."""
    out: list[TextTable] = []
    i = 0
    while i < len(doc.blocks):
        block = doc.blocks[i]
        table = None
        if block.kind != BlockKind.TABLE and len(block.text) <= _MAX_ROW_CHARS and TEXT_TABLE_HEADER_RE.search(block.text):
            table = _table_at(doc, i)
        if table is not None:
            out.append(table)
            i = table.last + 1
        else:
            i += 1
    return out

