"""Tiny Documents built in code for unit tests of the extraction stages."""

from __future__ import annotations

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row


def paragraphs(*lines: str, fmt: str = "docx") -> Document:
    """A document of one paragraph block per line."""
    return Document(source="t.docx", format=fmt, blocks=tuple(
        Block(kind=BlockKind.PARAGRAPH, text=line, location=Location(index=i)) for i, line in enumerate(lines)))


def table(*rows: list[str], index: int = 0) -> Block:
    return Block(kind=BlockKind.TABLE, text="\n".join(" | ".join(r) for r in rows), location=Location(index=index),
                 rows=tuple(Row(cells=tuple(Cell(text=c) for c in r)) for r in rows))


def document(*blocks: Block | str, fmt: str = "docx") -> Document:
    """Blocks in order; strings become paragraphs. Locations are renumbered."""
    out = []
    for i, b in enumerate(blocks):
        b = Block(kind=BlockKind.PARAGRAPH, text=b, location=Location(index=i)) if isinstance(b, str) else b
        out.append(b.model_copy(update={"location": Location(index=i)}))
    return Document(source="t.docx", format=fmt, blocks=tuple(out))
