"""PDF stream-bomb check: inflate every Flate stream (through its filter chain) with a cap.

A 1.6 KB PDF can hold a content stream that inflates to 300 MiB; pdfminer and pdfium would
decode it all. We decode each /FlateDecode chain incrementally and stop at the cap, before any
library sees the file. Streams with other filters are left to the libraries (and to the child
process's memory limit).
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from extractors.errors import BadInput, ErrorCode
from extractors.guards.limits import LIMITS

_STREAM_START_RE = re.compile(rb"stream\r?\n")
_DICT_BEFORE_RE = re.compile(rb"/Filter\s*(\[[^\]]*\]|/\w+)")
_ENDSTREAM = b"endstream"
_DICT_LOOKBACK = 600
_MAX_DEFLATE_RATIO = 1100  # deflate's ceiling is 1032:1 (258-byte matches in 2 bits), with a margin


def check_pdf_streams(path: Path, data: bytes | None = None) -> None:
    """Raise BadInput(TOO_LARGE) when a Flate stream decodes past the per-stream or total cap.

    Deflate cannot expand more than ~1032 times, so when that bound keeps every single-Flate stream
    and their sum under the caps, nothing needs inflating (most files: the libraries inflate them
    once, not twice)."""
    data = path.read_bytes() if data is None else data
    streams = []
    for start in _stream_starts(data):
        end = data.find(_ENDSTREAM, start)
        if end < 0:
            end = len(data)
        filters = _filters_before(data, start)
        if filters and all(f == b"FlateDecode" for f in filters):
            streams.append((start, end, len(filters)))
    # First the streams the bound cannot clear, measured; the others counted at their bound.
    total = 0
    for start, end, passes in streams:
        bound = (end - start) * _MAX_DEFLATE_RATIO if passes == 1 else None
        total += bound if bound is not None and bound <= LIMITS.pdf_stream_bytes \
            else _checked_size(path, data[start:end], passes)
    if total <= LIMITS.pdf_total_stream_bytes:
        return
    total = 0
    for start, end, passes in streams:  # the bounds add up past the total cap: measure every stream
        total += _checked_size(path, data[start:end], passes)
        if total > LIMITS.pdf_total_stream_bytes:
            raise BadInput(ErrorCode.TOO_LARGE, path.name, f"các luồng nén giải ra hơn {LIMITS.pdf_total_stream_bytes} byte")


def _checked_size(path: Path, raw: bytes, passes: int) -> int:
    size = _inflated_size(raw, passes, LIMITS.pdf_stream_bytes + 1)
    if size > LIMITS.pdf_stream_bytes:
        raise BadInput(ErrorCode.TOO_LARGE, path.name, f"một luồng nén giải ra hơn {LIMITS.pdf_stream_bytes} byte")
    return size


def _stream_starts(data: bytes):
    for m in _STREAM_START_RE.finditer(data):
        if data[max(0, m.start() - 3):m.start()] != b"end":
            yield m.end()


def _filters_before(data: bytes, start: int) -> list[bytes]:
    head = data[max(0, start - _DICT_LOOKBACK):start]
    matches = list(_DICT_BEFORE_RE.finditer(head))
    if not matches:
        return []
    return re.findall(rb"/(\w+)", matches[-1].group(1))


def _inflated_size(raw: bytes, passes: int, cap: int) -> int:
    """Size after `passes` rounds of inflate, counting at most `cap` bytes of the last round."""
    current = raw
    for i in range(passes):
        last = i == passes - 1
        size, out = _inflate_capped(current, cap, keep=not last)
        if last or size >= cap:
            return size
        current = out
    return len(current)


def _inflate_capped(raw: bytes, cap: int, keep: bool) -> tuple[int, bytes]:
    """Inflate `raw` in 1 MiB steps up to `cap` bytes. Stops at the end of the zlib stream: the bytes
    after it (the EOL before `endstream`) are `unused_data` and would otherwise be offered forever."""
    decomp = zlib.decompressobj()
    pieces, size, pending = [], 0, raw
    try:
        while pending and size < cap and not decomp.eof:
            chunk = decomp.decompress(pending, 1 << 20)
            progress = len(chunk) or len(pending) - len(decomp.unconsumed_tail)
            pending = decomp.unconsumed_tail
            size += len(chunk)
            if keep:
                pieces.append(chunk)
            if not progress:  # nothing consumed, nothing produced: it never will be
                break
    except zlib.error:
        pass  # broken data: the libraries will say what they make of it
    return size, b"".join(pieces)
