"""Blocks -> printed lines with the side of the page they sit on, for the header and the closing.

The header and the signature block are usually borderless two-column tables (left: bodies, "Số:",
"Nơi nhận:"; right: Quốc hiệu, place/date, signer); in PDF and OCR input they arrive as paragraphs,
sometimes with both columns glued on one line. A table row gives its first non-empty cell as `left`
lines and its last as `right`; paragraphs give `full` lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extractors.blocks import Block, BlockKind, Cell
from extractors.patterns.header import MOTTO_RE, NATIONAL_TITLE_RE, RULE_RE

_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)


@dataclass(frozen=True)
class Line:
    text: str  # single-spaced, stripped
    side: str  # "left" / "right" / "full"
    block: int  # index of the block it came from
    bold: bool | None = None
    alignment: str | None = None


def _cell_lines(cell: Cell) -> Iterator[str]:
    yield from cell.text.splitlines()
    for table in cell.tables:
        for row in table.rows:
            for inner in row.cells:
                yield from _cell_lines(inner)


def _split(text: str) -> Iterator[str]:
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line and not RULE_RE.match(line):
            yield line


def block_lines(index: int, block: Block) -> Iterator[Line]:
    """The lines of one block; a two-column table row gives left and right lines. A PDF annotation's block (a
    signing stamp: who signed, when) has none: it is no line of the document's text."""
    if block.annotation:
        return
    if block.kind in _TEXT_KINDS:
        for text in _split(block.text):
            yield Line(text, "full", index, block.bold, block.alignment)
    elif block.kind == BlockKind.TABLE:
        for row in block.rows:
            cells = [c for c in row.cells if c.text.strip() or c.tables]
            for n, cell in enumerate(cells):
                side = "full" if len(cells) == 1 else "left" if n == 0 else "right"
                for raw in _cell_lines(cell):
                    yield from (Line(t, side, index) for t in _split(raw))


def blocks_lines(blocks: Iterable[tuple[int, Block]]) -> list[Line]:
    return [line for i, b in blocks for line in block_lines(i, b)]


def strip_national_title(text: str) -> str:
    """Remove the Quốc hiệu and Tiêu ngữ from a line, keeping what a PDF glued beside them."""
    return " ".join(MOTTO_RE.sub(" ", NATIONAL_TITLE_RE.sub(" ", text)).split())


_LAYOUT_TABLE_ROWS = 6
_LAYOUT_TABLE_CELLS = 3


def is_data_table(block: Block) -> bool:
    """A table of data (many rows or columns), not a borderless layout table (header, "Nơi nhận" and signature)."""
    return block.kind == BlockKind.TABLE and (
        len(block.rows) > _LAYOUT_TABLE_ROWS
        or any(sum(bool(c.text.strip()) for c in row.cells) > _LAYOUT_TABLE_CELLS for row in block.rows))
