"""Blocks -> record: the extraction stages, composed in one place.

header (kind, number, date, bodies, title, signer, recipients) -> sections -> indicators -> deadlines ->
citations -> assignments. Later stages read the header (the document's year, its own number and kind).
"""

from __future__ import annotations

from extractors.assignments import blocks_to_assignments
from extractors.blocks import Document
from extractors.citations import blocks_to_citations
from extractors.deadlines import blocks_to_deadlines, deadline_warnings
from extractors.indicators import blocks_to_indicators
from extractors.metadata import blocks_to_header
from extractors.records import Record
from extractors.sections import blocks_to_sections


def document_to_record(doc: Document) -> Record:
    header = blocks_to_header(doc)
    indicators = blocks_to_indicators(doc, header)
    return Record(
        source=doc.source,
        **header.model_dump(exclude={"warnings", "source"}),
        sections=blocks_to_sections(doc),
        indicators=indicators,
        deadlines=blocks_to_deadlines(doc, header),
        citations=blocks_to_citations(doc, header),
        assignments=blocks_to_assignments(doc, header),
        warnings=(*doc.warnings, *header.warnings, *(w for i in indicators for w in i.warnings),
                  *deadline_warnings(doc, header)),
    )
