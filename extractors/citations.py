"""Blocks -> citations. (stub, to be written)"""

from extractors.blocks import Document
from extractors.records import Citation, Header


def blocks_to_citations(doc: Document, header: Header) -> tuple[Citation, ...]:
    return ()
