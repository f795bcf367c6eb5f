"""The shared derived view of one document, built once in `extract.py` and passed to every stage.

Paragraphs (lines joined again), the heading tree, each block's section path, each paragraph with the headings it
sits under, where the main document ends (an appendix or a document attached after the signature starts), and
the header. Stages read this view instead of deriving it again.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from extractors.blocks import Document
from extractors.metadata import header_of
from extractors.paragraphs import Paragraph, blocks_to_paragraphs
from extractors.prose_tables import unfold_prose_tables
from extractors.records import Header, Section
from extractors.sections import InSection, Structure, paragraphs_to_structure
from extractors.zones import main_document_end, zone_starts


class DocumentView(BaseModel):
    """One document as every extraction stage sees it (frozen; built by `document_to_view`)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    doc: Document  # as read, with prose "tables" unfolded into paragraphs (extractors.prose_tables)
    header: Header
    paragraphs: tuple[Paragraph, ...]  # in reading order; Paragraph.first/last index doc.blocks
    in_sections: tuple[InSection, ...]  # one per paragraph, same order: its open headings (none in the closing)
    section_paths: tuple[str | None, ...]  # one per block: "II.2.2.", None before the first heading
    sections: tuple[Section, ...]  # the heading tree
    main_end: int  # first block after the main document's closing (an appendix, an attached document, notes)

    @property
    def year(self) -> int | None:
        return self.header.year


def view_without_header(doc: Document) -> tuple[tuple[Paragraph, ...], Structure, int]:
    """Paragraphs, the structure built on them (one walk) and the end of the main document."""
    paragraphs = blocks_to_paragraphs(doc)
    starts = zone_starts(doc)
    structure = paragraphs_to_structure(doc, paragraphs, starts)
    return paragraphs, structure, main_document_end(doc, starts)


def document_to_view(doc: Document, header: Header | None = None) -> DocumentView:
    """Paragraphs and sections once, then the header (whose signer is read in the main document's closing).
    A given `header` stands in for the header stage (tests of later stages)."""
    doc = unfold_prose_tables(doc)
    paragraphs, structure, main_end = view_without_header(doc)
    header = header if header is not None else header_of(doc, main_end)
    return DocumentView(
        doc=doc, header=header, paragraphs=paragraphs, in_sections=structure.in_sections,
        section_paths=structure.paths, sections=structure.sections, main_end=main_end)
