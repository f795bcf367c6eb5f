"""Blocks -> record: the extraction stages, composed in one place."""

from __future__ import annotations

from extractors.assignments import blocks_to_assignments
from extractors.blocks import Document
from extractors.citations import blocks_to_citations
from extractors.deadlines import blocks_to_deadlines
from extractors.indicators import blocks_to_indicators
from extractors.metadata import blocks_to_header
from extractors.records import Record
from extractors.sections import blocks_to_sections


def document_to_record(doc: Document) -> Record:
    header = blocks_to_header(doc)
    sections = blocks_to_sections(doc)
    indicators = blocks_to_indicators(doc, header)
    warnings = (*doc.warnings, *header.warnings, *(w for i in indicators for w in i.warnings))
    return Record(
        source=doc.source,
        **header.model_dump(exclude={"warnings"}),
        sections=sections,
        indicators=indicators,
        deadlines=blocks_to_deadlines(doc, header),
        citations=blocks_to_citations(doc, header),
        assignments=blocks_to_assignments(doc, header),
        warnings=warnings,
    )
