"""Kind and title of a document a web page prints without its header (no bodies, "Số:", Quốc hiệu or type name
in capitals): a commune portal's "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện ..." (the page's title
names the type in sentence case), or "Lịch tiếp công dân định kỳ ..." whose opening sentence says "Ủy ban nhân dân
xã Tây Sơn thông báo lịch tiếp công ... như sau:" (corpus/real/dev/pages huyen_nganson_TB_2021,
xa_tayson-gialai_TB_2025).
"""

from __future__ import annotations

from extractors.blocks import BlockKind, Document
from extractors.patterns.header import TYPE_NAMES
from extractors.patterns.phrases import phrase_key, starts_paragraph
from extractors.patterns.structure import parse_label
from extractors.patterns.web import PERFORMATIVE_KINDS, PERFORMATIVE_RE

_SCAN = 12  # blocks: the page's title and the opening sentence are at the top
_MAX_TITLE = 200


def headerless_kind_title(doc: Document) -> tuple[str, str | None] | None:
    """(kind, title) from the page's title line and opening sentence, or None when neither names a type."""
    blocks = [b for b in doc.blocks[:_SCAN] if b.kind != BlockKind.TABLE]
    first = " ".join(blocks[0].text.split()) if blocks else ""
    title = first if _is_title(first) else None
    if title and (named := _named_type(title)):
        return TYPE_NAMES[named], title.split(maxsplit=len(named.split()))[-1]
    for block in blocks:
        if m := PERFORMATIVE_RE.match(" ".join(block.text.split())):
            verb = phrase_key(m["verb"]).split()[-2:]
            return PERFORMATIVE_KINDS[" ".join(verb)], title
    return None


def _is_title(text: str) -> bool:
    return bool(text) and len(text) <= _MAX_TITLE and text[-1] not in ".:;" and not starts_paragraph(text) and (
        not parse_label(text))


def _named_type(title: str) -> str | None:
    """"Thông báo lịch tiếp công dân ..." -> "thông báo" (a type name opening a sentence-case title, more after it)."""
    key = phrase_key(title)
    return next((name for name in sorted(TYPE_NAMES, key=len, reverse=True)
                 if key.startswith(name + " ") and TYPE_NAMES[name] != "khac"), None)
