"""Plain text -> Document: one paragraph per non-empty line; UTF-8, UTF-16 or Windows-1258. Text copied from a web
page (flattened "|" tables, hard-wrapped lines, the site's own lines above the document) is rebuilt by
`extractors.readers.web_text` first."""

from __future__ import annotations

import codecs
from pathlib import Path

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.errors import DocWarning, WarningCode
from extractors.normalize import clean_text, nfc_name
from extractors.patterns.structure import parse_label
from extractors.readers.web_text import Table, lines_to_items

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bytes_to_text(raw: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding: (text, encoding). Vietnamese Windows text is cp1258."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), encoding
    if raw[:200].count(b"\x00") > 20:  # UTF-16 without BOM
        encoding = "utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be"
        return raw.decode(encoding, errors="replace"), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1258", errors="replace"), "cp1258"


def read_txt(path: Path) -> Document:
    text, encoding = bytes_to_text(path.read_bytes())
    blocks: list[Block] = []
    for item in lines_to_items([clean_text(raw) for raw in text.splitlines()]):
        blocks.append(_table_block(item, len(blocks)) if isinstance(item, list) else _paragraph(item, len(blocks)))
    warnings = ()
    if encoding == "cp1258":
        warnings = (DocWarning(code=WarningCode.ENCODING, message="Tệp văn bản không phải UTF-8; đã đọc theo bảng mã Windows-1258."),)
    return Document(source=nfc_name(path.name), format="txt", blocks=tuple(blocks), warnings=warnings)


def _paragraph(line: str, index: int) -> Block:
    label = parse_label(line)
    kind = BlockKind.LIST_ITEM if label and label.kind in ("letter", "dash", "paren") else BlockKind.PARAGRAPH
    return Block(kind=kind, text=line, location=Location(index=index), numbering=label.label if label else None)


def _table_block(table: Table, index: int) -> Block:
    rows = tuple(Row(cells=tuple(Cell(text=c) for c in row)) for row in table)
    text = "\n".join(" | ".join(c.text.replace("\n", " ") for c in row.cells) for row in rows)
    return Block(kind=BlockKind.TABLE, text=text, rows=rows, location=Location(index=index))
