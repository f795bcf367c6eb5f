"""Whether pdfium's form environment is wanted: the AcroForm asks readers to build its fields' appearances
(/NeedAppearances true), so fields that carry a value but no appearance show it once pdfium builds one.

The AcroForm dictionary may stand in plain bytes or inside a compressed object stream (/Type /ObjStm,
PDF 1.5 and later, as most producers write today), so both are searched: the object streams are inflated
(capped; the stream guard has already bounded them) only when the plain bytes do not settle it.
The field tree must also be a tree: a kid listed twice in one /Kids makes pdfium's form environment walk
2^depth fields (a 2.5 KB file hangs it), wherever that /Kids is stored.
"""

from __future__ import annotations

import re

from extractors.guards.pdf_checks import inflate_capped

_NEED_APPEARANCES_RE = re.compile(rb"/NeedAppearances\s+true")
_KIDS_RE = re.compile(rb"/Kids\s*\[([^\]]{0,20000})\]")
_REF_RE = re.compile(rb"(\d+)\s+(\d+)\s+R")
_OBJ_STREAM_RE = re.compile(rb"/Type\s*/ObjStm\b")
_STREAM_RE = re.compile(rb"stream\r?\n")
_FLATE_RE = re.compile(rb"/Filter\s*(?:\[\s*)?/FlateDecode\s*\]?")
_OTHER_FILTER_RE = re.compile(rb"/Filter\s*\[[^\]]*/FlateDecode\s*/")
_DICT_REACH = 2000  # bytes from /Type /ObjStm to the `stream` keyword of its object


def needs_appearances(data: bytes) -> bool:
    """The form asks for appearances (in plain bytes or in an object stream) and its field tree is a tree."""
    parts = [data]
    if not _NEED_APPEARANCES_RE.search(data):
        parts = object_streams(data)
        if not any(_NEED_APPEARANCES_RE.search(p) for p in parts):
            return False
        parts.append(data)
    return not any(_kid_listed_twice(p) for p in parts)


def object_streams(data: bytes) -> list[bytes]:
    """The decoded contents of the file's Flate-compressed object streams."""
    out = []
    for m in _OBJ_STREAM_RE.finditer(data):
        start = _STREAM_RE.search(data, m.end(), m.end() + _DICT_REACH)
        if not start:
            continue
        head = data[max(0, m.start() - _DICT_REACH):start.start()]
        head = head[max(head.rfind(b"obj"), 0):]  # this object's dictionary only
        if not _FLATE_RE.search(head) or _OTHER_FILTER_RE.search(head):
            continue
        end = data.find(b"endstream", start.end())
        out.append(inflate_capped(data[start.end():end if end >= 0 else len(data)]))
    return out


def _kid_listed_twice(data: bytes) -> bool:
    for kids in _KIDS_RE.finditer(data):
        refs = _REF_RE.findall(kids.group(1))
        if len(refs) != len(set(refs)):
            return True
    return False
