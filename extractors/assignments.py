"""Blocks -> assignments. (stub, to be written)"""

from extractors.blocks import Document
from extractors.records import Assignment, Header


def blocks_to_assignments(doc: Document, header: Header) -> tuple[Assignment, ...]:
    return ()
