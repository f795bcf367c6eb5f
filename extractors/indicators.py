"""Blocks -> indicators. (stub, to be written)"""

from extractors.blocks import Document
from extractors.records import Indicator, Header


def blocks_to_indicators(doc: Document, header: Header) -> tuple[Indicator, ...]:
    return ()
