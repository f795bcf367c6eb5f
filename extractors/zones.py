"""Where the main document ends: an appendix ("PHỤ LỤC ...") or another document attached after its closing
("Nơi nhận" and the signature) starts a zone of its own. The signer and "Nơi nhận" are read in the main
document's closing, and section headings do not carry over into what is attached.
"""

from __future__ import annotations

from extractors.blocks import BlockKind, Document
from extractors.lines import block_lines, strip_national_title
from extractors.patterns.header import NATIONAL_TITLE_RE, RECIPIENTS_RE
from extractors.patterns.structure import APPENDIX_RE

_MIN_BODY = 5
_HEADER_REST = 40  # characters beside the Quốc hiệu on its line (a body name); not a sentence that quotes it  # blocks: an appendix heading this near the top is the document's own title ("PHỤ LỤC" alone)


def zone_starts(doc: Document) -> tuple[int, ...]:
    """First blocks of each appendix and of each document attached after "Nơi nhận", in order."""
    starts: list[int] = []
    closed = False  # "Nơi nhận" seen: a new Quốc hiệu starts an attached document
    for i, block in enumerate(doc.blocks):
        lines = [line.text for line in block_lines(i, block)]
        national = any(NATIONAL_TITLE_RE.search(t) and len(strip_national_title(t)) <= _HEADER_REST for t in lines)
        if i >= _MIN_BODY and (
                (block.kind != BlockKind.TABLE and lines and APPENDIX_RE.match(lines[0]))
                or (national and closed)):
            if not starts or i - starts[-1] > 3:
                starts.append(i)
            closed = False
        closed = closed or any(RECIPIENTS_RE.match(t) for t in lines)
    return tuple(starts)


_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.TABLE)


def body_end(doc: Document) -> int:
    """One past the last body block: running headers, footers, notes and the annotation blocks (a PDF's signing
    stamps) a reader puts at the end are not body."""
    return next((i + 1 for i in range(len(doc.blocks) - 1, -1, -1)
                 if doc.blocks[i].kind in _BODY_KINDS and not doc.blocks[i].annotation), 0)


def main_document_end(doc: Document, starts: tuple[int, ...] | None = None) -> int:
    """The first block after the main document: the start of its first appendix or attachment, else the end of
    the body."""
    starts = zone_starts(doc) if starts is None else starts
    return starts[0] if starts else body_end(doc)
