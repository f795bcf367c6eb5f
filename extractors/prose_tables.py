"""A "table" of single text lines is prose: a PDF reader may take a framed or shaded body (Word's paragraph
shading, a text box) for a one-column table whose rows are the printed lines (corpus/real
tinh_quangngai_TB_565-2024: 108 rows, one line each). Such tables become paragraph blocks again, one per line,
before any stage reads the document, so sentences, citations and deadlines are read across the lines.
"""

from __future__ import annotations

from extractors.blocks import Block, BlockKind, Document
from extractors.merged_rows import cut_merged_rows, stacked_pairs

_MIN_ROWS = 3
_ONE_CELL_SHARE = 0.8  # of the rows with text
_MIN_LINE = 30  # characters, on average: printed lines of prose, not a list of short names


def _row_texts(block: Block) -> list[list[str]]:
    return [[c.text for c in row.cells if c.text.strip()] for row in block.rows]


def is_prose_table(block: Block) -> bool:
    if block.kind != BlockKind.TABLE or any(c.tables for row in block.rows for c in row.cells):
        return False
    rows = [r for r in _row_texts(block) if r]
    if len(rows) < _MIN_ROWS:
        return False
    one = sum(len(r) == 1 for r in rows)
    lines = [line for r in rows for cell in r for line in cell.splitlines() if line.strip()]
    return one >= _ONE_CELL_SHARE * len(rows) and sum(map(len, lines)) >= _MIN_LINE * len(lines)


def _lines(block: Block) -> list[str]:
    out = []
    for cells in _row_texts(block):
        if len(cells) == 1:
            out += [line for line in cells[0].splitlines() if line.strip()]
        elif cells:
            out.append(" ".join(" ".join(c.split()) for c in cells))  # a line the reader cut into cells
    return out


def unfold_prose_tables(doc: Document) -> Document:
    """The document with every prose table replaced by one paragraph block per line (same location); a table
    whose rows the reader left uncut ("I. Hàng ăn 126,01 99,75 106,29" spanning 4 columns) is cut first."""
    cut = tuple(b.model_copy(update={"rows": rows}) if b.kind == BlockKind.TABLE
                and (rows := cut_merged_rows(b.rows)) != b.rows else b for b in doc.blocks)
    if cut != doc.blocks:
        doc = doc.model_copy(update={"blocks": cut})
    if not any(is_prose_table(b) or (b.kind == BlockKind.TABLE and stacked_pairs(b.rows)) for b in doc.blocks):
        return doc
    blocks: list[Block] = []
    for block in doc.blocks:
        if block.kind == BlockKind.TABLE and (lines := stacked_pairs(block.rows)):
            blocks += [Block(kind=BlockKind.PARAGRAPH, text=line, location=block.location, ocr=block.ocr)
                       for line in lines]
        elif is_prose_table(block):
            blocks += [Block(kind=BlockKind.PARAGRAPH, text=line, location=block.location, ocr=block.ocr)
                       for line in _lines(block)]
        else:
            blocks.append(block)
    return doc.model_copy(update={"blocks": tuple(blocks)})
