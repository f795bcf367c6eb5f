"""Plain text -> Document: one paragraph per non-empty line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from extractors.blocks import Block, BlockKind, Document, Location


def read_txt(path: Path) -> Document:
    raw = path.read_bytes().decode("utf-8", errors="replace")
    lines = [unicodedata.normalize("NFC", line.strip()) for line in raw.splitlines()]
    blocks = tuple(
        Block(kind=BlockKind.PARAGRAPH, text=line, location=Location(index=i))
        for i, line in enumerate(l for l in lines if l)
    )
    return Document(source=unicodedata.normalize("NFC", path.name), format="txt", blocks=blocks)
