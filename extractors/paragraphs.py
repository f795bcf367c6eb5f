"""Blocks -> logical paragraphs: lines a PDF or text dump broke inside a sentence are joined again.

The seed plan's dump has one block per printed line ("Thực hiện Kế hoạch số 232/KH - UBND ngày 09 tháng 9
năm 2025 của Ủy" / "ban nhân dân thành phố ..."). A line is joined to the previous one when it is not a
section label and either starts in lower case, or the previous line is a full-width line (a wrapped line,
in text/PDF input) without a sentence end. Tables, page headers and footers are never joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.blocks import Block, BlockKind, Document
from extractors.patterns.phrases import starts_paragraph
from extractors.patterns.structure import OCR_ROMAN_RE, Label, parse_label

_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)
_SENTENCE_END_RE = re.compile(r"[.;:!?]\s*$|\./\.\s*$")
_WRAPPED_FORMATS = ("txt", "pdf", "pdf-ocr")
# A line that cannot end a sentence: a document number broken after its dash or slash ("Nghị quyết số 21-" /
# "NQ/TW;": corpus/real huyen_vungtau_KH_2144-2025), or "số" / "ngày" waiting for their value
_OPEN_END_RE = re.compile(r"(?:\d\s?[-–/]|\d/[A-ZĐ]+-|\bsố|\bngày)$")  # also "Nghị quyết số 17/NQ-" / "CP"


@dataclass(frozen=True)
class Paragraph:
    text: str  # the joined lines, single-spaced
    first: int  # index of the first block
    last: int  # index of the last block (inclusive)
    label: Label | None = None


# A numbered line this short, followed by a capitalised line, is a heading (a wrapped sentence fills its line)
_SHORT_HEADING_WORDS = 8


def _full_width(doc: Document) -> int:
    """Length of a full printed line: the 75th percentile of text line lengths (0 when lines are paragraphs)."""
    if doc.format not in _WRAPPED_FORMATS:
        return 10**9
    lengths = sorted(len(b.text) for b in doc.blocks if b.kind in _TEXT_KINDS)
    return int(lengths[len(lengths) * 3 // 4] * 0.8) if lengths else 10**9


def _continues(prev: str, block: Block, full_width: int) -> bool:
    text = block.text.strip()
    if not text or block.numbering or parse_label(text) or _SENTENCE_END_RE.search(prev):
        return False
    if block.ocr and OCR_ROMAN_RE.match(text):
        return False  # "IL NỘI DUNG, ...": a Roman heading OCR misread
    first = text[0]
    if first.islower() or first.isdigit() or first in "(," or _OPEN_END_RE.search(prev):
        return True
    if prev.isupper() != text.isupper():  # "KẾ HOẠCH" / "Phát động ...": a heading ends
        return False
    if prev.isupper() and parse_label(prev):  # "II. NỘI DUNG, ... GIẢI PHÁP TỔ" / "CHỨC ĐỢT THI ĐUA"
        return True
    if (label := parse_label(prev)) and len(label.rest.split()) <= _SHORT_HEADING_WORDS:
        return False  # "2. Thăm, tặng quà gia đình chính sách" / "Ủy ban Mặt trận ...": a heading, then its text
    return len(prev) >= full_width and not starts_paragraph(text)


def blocks_to_paragraphs(doc: Document) -> tuple[Paragraph, ...]:
    """Built once per document by `extractors.context.document_to_view`; stages read the view."""
    full_width = _full_width(doc)
    groups: list[list[int]] = []
    last_line: str | None = None
    for i, block in enumerate(doc.blocks):
        if block.kind not in _TEXT_KINDS or not block.text.strip() or block.annotation:  # a signing stamp: no prose
            last_line = None
            continue
        line = " ".join(block.text.split())
        if last_line is not None and _continues(last_line, block, full_width):
            groups[-1].append(i)
        else:
            groups.append([i])
        last_line = line
    return tuple(_paragraph(doc, group) for group in groups)


def _paragraph(doc: Document, indexes: list[int]) -> Paragraph:
    text = " ".join(" ".join(doc.blocks[i].text.split()) for i in indexes)
    return Paragraph(text, indexes[0], indexes[-1], parse_label(text, doc.blocks[indexes[0]].numbering))
