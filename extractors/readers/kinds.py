"""Block kind from text and formatting, shared by the DOCX, PDF and OCR readers."""

from __future__ import annotations

import re

from extractors.blocks import BlockKind
from extractors.patterns.structure import Label

# "Heading 1", "heading 2", "Tiêu đề 1" (Vietnamese Word), "Title"
HEADING_STYLE_RE = re.compile(r"^(?:heading|tiêu đề|title)\s*(\d?)$", re.IGNORECASE)
HEADING_MAX_CHARS = 200
STRUCTURAL_LABELS = {"part", "chapter", "section", "article", "roman"}
LIST_LABELS = {"letter", "dash", "paren"}


def block_kind(text: str, *, bold: bool | None, alignment: str | None, auto_label: str | None = None,
               typed: Label | None = None, style_name: str | None = None,
               outline_level: int | None = None) -> tuple[BlockKind, int | None]:
    """(kind, heading level): a heading style, or a bold upper-case short line that is centred or
    carries a structural label ("I.", "Phần I", "Điều 1."); numbered items are list items.
    `bold=None` means unknown (OCR): the line need not be bold."""
    if m := HEADING_STYLE_RE.match((style_name or "").strip()):
        return BlockKind.HEADING, int(m.group(1) or 1)
    if outline_level is not None and outline_level < 9:
        return BlockKind.HEADING, outline_level + 1
    if bold is not False and len(text) <= HEADING_MAX_CHARS and mostly_upper(text) and (
            alignment == "center" or (typed is not None and typed.kind in STRUCTURAL_LABELS)):
        return BlockKind.HEADING, None
    if auto_label or (typed is not None and typed.kind in LIST_LABELS):
        return BlockKind.LIST_ITEM, None
    return BlockKind.PARAGRAPH, None


def mostly_upper(text: str) -> bool:
    """"KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU" (80% of letters are capitals)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
