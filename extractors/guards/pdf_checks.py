"""PDF stream-bomb check: inflate every Flate stream (through its filter chain) with a cap.

A 1.6 KB PDF can hold a content stream that inflates to 300 MiB; pdfminer and pdfium would
decode it all. We decode each /FlateDecode chain incrementally and stop at the cap, before any
library sees the file. Streams with other filters are left to the libraries (and to the child
process's memory limit).

An image XObject whose only filter is Flate is not inflated here when its declared geometry
(/Width, /Height, /BitsPerComponent, colour components) keeps it under the cap: pdfium never
inflates such a stream as a whole; its image decoder inflates it row by row, and only the rows the
image declares, when the page is rendered (reading text never decodes images). A stream labelled as
a small image that would inflate to gigabytes costs pdfium only its declared size. The large images
of signed PDFs (a scanned seal, 2519 x 1105 RGB) were most of this check's time.
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
_OBJ_RE = re.compile(rb"\d+\s+\d+\s+obj\b")
_INT_KEY = rb"/%s\s+(\d+)(?!\s+\d+\s+R)\b"
_WIDTH_RE, _HEIGHT_RE, _BPC_RE = (re.compile(_INT_KEY % k) for k in (b"Width", b"Height", b"BitsPerComponent"))
_IMAGE_RE = re.compile(rb"/Subtype\s*/Image\b")
_IMAGE_MASK_RE = re.compile(rb"/ImageMask\s+true\b")
_COLOR_SPACE_RE = re.compile(rb"/ColorSpace\s*\[?\s*/(\w+)")
_COMPONENTS = {b"DeviceGray": 1, b"CalGray": 1, b"Indexed": 1, b"G": 1, b"I": 1, b"Separation": 1,
               b"DeviceRGB": 3, b"CalRGB": 3, b"Lab": 3, b"RGB": 3, b"DeviceCMYK": 4, b"CMYK": 4}
_MAX_COMPONENTS = 32  # an ICC profile or DeviceN named by reference: counted at the most any colour space has


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
    # First the streams the bounds cannot clear, measured; the others counted at their bound.
    total = 0
    measured = {}
    for start, end, passes in streams:
        bound = _bound(data, start, end, passes)
        if bound is None or bound > LIMITS.pdf_stream_bytes:
            bound = measured[start] = _checked_size(path, data[start:end], passes)
        total += bound
    if total <= LIMITS.pdf_total_stream_bytes:
        return
    total = 0
    for start, end, passes in streams:  # the bounds add up past the total cap: measure every stream
        size = measured.get(start)
        if size is None:
            image = _image_size(data, start) if passes == 1 else None
            size = _inflated_size(data[start:end], 1, image + 1) if image is not None \
                else _checked_size(path, data[start:end], passes)
            size = size if image is None else min(size, image)  # pdfium decodes no more rows than declared
        total += size
        if total > LIMITS.pdf_total_stream_bytes:
            raise BadInput(ErrorCode.TOO_LARGE, path.name, f"các luồng nén giải ra hơn {LIMITS.pdf_total_stream_bytes} byte")


def _bound(data: bytes, start: int, end: int, passes: int) -> int | None:
    """The most bytes the stream can give pdfium without inflating it: deflate's ratio bound for one
    Flate pass, or, for an image that bound cannot clear, its declared geometry."""
    if passes != 1:
        return None
    bound = (end - start) * _MAX_DEFLATE_RATIO
    if bound <= LIMITS.pdf_stream_bytes:
        return bound
    image = _image_size(data, start)
    return bound if image is None else min(bound, image)


def _checked_size(path: Path, raw: bytes, passes: int) -> int:
    size = _inflated_size(raw, passes, LIMITS.pdf_stream_bytes + 1)
    if size > LIMITS.pdf_stream_bytes:
        raise BadInput(ErrorCode.TOO_LARGE, path.name, f"một luồng nén giải ra hơn {LIMITS.pdf_stream_bytes} byte")
    return size


def _stream_starts(data: bytes):
    for m in _STREAM_START_RE.finditer(data):
        if data[max(0, m.start() - 3):m.start()] != b"end":
            yield m.end()


def _image_size(data: bytes, start: int) -> int | None:
    """The most bytes pdfium decodes from the image XObject whose stream starts at `start`: its rows
    (with a predictor's tag byte) times its height; None when the dictionary is not a plain image one."""
    head = data[max(0, start - _DICT_LOOKBACK):start]
    objs = list(_OBJ_RE.finditer(head))
    if not objs:
        return None
    head = head[objs[-1].end():]
    if not _IMAGE_RE.search(head):
        return None
    width, height, bpc = (_WIDTH_RE.search(head), _HEIGHT_RE.search(head), _BPC_RE.search(head))
    if not (width and height):
        return None
    if _IMAGE_MASK_RE.search(head):
        components, bits = 1, 1
    else:
        space = _COLOR_SPACE_RE.search(head)
        components = _COMPONENTS.get(space.group(1), _MAX_COMPONENTS) if space else _MAX_COMPONENTS
        bits = int(bpc.group(1)) if bpc else 16
    row = (int(width.group(1)) * components * min(max(bits, 1), 16) + 7) // 8 + 1
    return row * int(height.group(1))


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


def inflate_capped(raw: bytes, cap: int = LIMITS.pdf_stream_bytes) -> bytes:
    """One Flate pass over `raw`, at most about `cap` bytes out (more is cut); broken data gives what inflated."""
    return _inflate_capped(raw, cap, keep=True)[1][:cap]
