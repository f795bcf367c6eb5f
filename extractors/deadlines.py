"""Blocks -> deadlines. (stub, to be written)"""

from extractors.blocks import Document
from extractors.records import Deadline, Header


def blocks_to_deadlines(doc: Document, header: Header) -> tuple[Deadline, ...]:
    return ()
