"""Blocks -> the heading tree. (stub, to be written)"""

from extractors.blocks import Document
from extractors.records import Section


def blocks_to_sections(doc: Document) -> tuple[Section, ...]:
    return ()
