"""Blocks -> paragraphs with the context an indicator needs: its heading zone, section path and period.

Lines broken inside sentences were joined and section paths computed once, in the document's view
(`extractors.context.DocumentView`). The zone says whether a paragraph may hold chỉ tiêu:
"indicator" under a "Mục tiêu, chỉ tiêu" / "Kết quả" heading, "excluded" under "Mục đích, yêu cầu",
"Tổ chức thực hiện" and the like, "other" elsewhere.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Literal

from extractors.blocks import Block, BlockKind, Document
from extractors.paragraphs import Paragraph as JoinedParagraph
from extractors.patterns.indicators import (
    BASELINE_HEADING_RE, EXCLUDED_HEADING_RE, FORWARD_HEADING_RE, INDICATOR_HEADING_RE, period_in,
)
from extractors.patterns.structure import PATH_KINDS, Label

Zone = Literal["indicator", "excluded", "baseline", "other"]
_MAX_HEADING_CHARS = 160
_MAX_LETTER_HEADING_CHARS = 80
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Paragraph:
    """A sentence-complete run of text blocks and where it sits in the document."""

    text: str
    index: int  # of its first block
    last: int  # of its last block
    location: str
    label: Label | None
    zone: Zone
    section: str | None
    period: str | None  # the period its headings state ("Mục tiêu, chỉ tiêu chủ yếu năm 2025" -> "năm 2025")
    year: int | None  # the year its headings state, for periods written without one ("6 tháng đầu năm")


def _continues_list(previous: str, text: str) -> bool:
    """"... giá trị sản xuất nông lâm, thủy sản:" / "112.953/220,096 tỷ đồng.": a colon whose figure wrapped."""
    return previous.rstrip().endswith(":") and text[:1].isdigit()


def _heading_label(label: Label | None, is_heading_block: bool) -> Label | None:
    if label is None or label.kind not in PATH_KINDS:
        return None
    limit = _MAX_LETTER_HEADING_CHARS if label.kind == "letter" else _MAX_HEADING_CHARS
    return label if len(label.rest) <= limit or is_heading_block else None


def _zone_of(stack: list[Label], is_report: bool = False) -> Zone:
    for label in reversed(stack):
        title = label.rest.strip(" :.")
        if EXCLUDED_HEADING_RE.match(title) or (is_report and FORWARD_HEADING_RE.match(title)):
            return "excluded"
        if not is_report and BASELINE_HEADING_RE.match(title):
            return "baseline"  # a plan's "II. HIỆN TRẠNG ỨNG DỤNG CNTT", "1. Những kết quả đạt được": where it starts
        if INDICATOR_HEADING_RE.search(title):
            return "indicator"
    return "other"


def _push(stack: list[Label], label: Label) -> None:
    """Headings nest by the order their kinds first appear: a kind already open closes everything below it."""
    kinds = [lab.kind for lab in stack]
    if label.kind in kinds:
        del stack[kinds.index(label.kind):]
    stack.append(label)


def document_to_paragraphs(doc: Document, joined: tuple[JoinedParagraph, ...], paths: list[str | None],
                           doc_year: int | None = None, default_period: str | None = None,
                           is_report: bool = False) -> list[Paragraph]:
    """Every text paragraph with its zone (indicator / excluded / other), section path and heading period.

    `joined` are the document's paragraphs and `paths` its blocks' section paths (both from the view built once
    in `extract.py`). `doc_year` (the document's own year) and `default_period` ("năm 2025") stand in when no
    heading states one. In a report (`is_report`), a forward-looking heading ("NHIỆM VỤ NĂM 2026") excludes what
    it holds.
    """
    stack: list[Label] = []
    out: list[Paragraph] = []
    for para in joined:
        block = doc.blocks[para.first]
        if out and para.label is None and _continues_list(out[-1].text, para.text):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {para.text}")
            continue
        heading = _heading_label(para.label, block.kind == BlockKind.HEADING)
        if heading is not None:
            _push(stack, heading)
        periods = [p for p in (period_in(lab.rest) for lab in stack) if p]
        years = [int(y) for lab in stack for y in _YEAR_RE.findall(lab.rest)]
        out.append(
            Paragraph(
                text=para.text,
                index=para.first,
                last=para.last,
                location=str(block.location),
                label=para.label,
                zone=_zone_of(stack, is_report),
                section=paths[para.first],
                period=periods[-1] if periods else default_period,
                year=years[-1] if years else doc_year,
            )
        )
    return out


def context_at(paragraphs: list[Paragraph], index: int, paths: list[str | None]) -> Paragraph | None:
    """The context of the text before block `index` (zone, period, year), with that block's own section path."""
    k = bisect.bisect_left([p.index for p in paragraphs], index) - 1
    return replace(paragraphs[k], text="", index=index, last=index, section=paths[index]) if k >= 0 else None


def document_to_tables(doc: Document, paragraphs: list[Paragraph],
                       paths: list[str | None]) -> list[tuple[int, Block, Paragraph | None]]:
    """Every table block (index, block) with the context of the text before it (its section path is the table's own)."""
    return [
        (i, block, context_at(paragraphs, i, paths))
        for i, block in enumerate(doc.blocks)
        if block.kind == BlockKind.TABLE and block.rows
    ]
