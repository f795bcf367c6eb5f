"""Blocks -> record: the extraction stages, composed in one place.

view (paragraphs, sections, zones, then the header: kind, number, date, bodies, title, signer, recipients) ->
indicators -> deadlines -> citations -> assignments. Every stage reads the one view; later stages read the header
(the document's year, its own number and kind).
"""

from __future__ import annotations

from extractors.assignments import view_to_assignments
from extractors.blocks import Document
from extractors.citations import view_to_citations
from extractors.context import document_to_view
from extractors.deadlines import deadline_warnings, deadlines_by_paragraph, view_to_deadlines
from extractors.indicators import view_to_measures
from extractors.records import Record


def document_to_record(doc: Document) -> Record:
    view = document_to_view(doc)
    header = view.header
    measures = view_to_measures(view)
    indicators = measures.indicators
    by_paragraph = deadlines_by_paragraph(view)
    return Record(
        source=doc.source,
        **header.model_dump(exclude={"warnings", "source"}),
        sections=view.sections,
        indicators=indicators,
        figures=measures.figures,
        deadlines=view_to_deadlines(view, by_paragraph),
        citations=view_to_citations(view),
        assignments=view_to_assignments(view, by_paragraph),
        warnings=(*doc.warnings, *header.warnings, *(w for i in indicators for w in i.warnings),
                  *deadline_warnings(view)),
    )
