"""Blocks -> header: kind, number, date, place, issuer, title, signer, recipients. (stub, to be written)"""

from extractors.blocks import Document
from extractors.records import Header


def blocks_to_header(doc: Document) -> Header:
    return Header()
