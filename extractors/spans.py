"""Pieces of a long text around a position (the sentence or clause of a match), found in O(log n).

A paragraph can be a whole page when a PDF or OCR lost the punctuation; the pieces are therefore also clipped to
`WINDOW` characters each side, so no stage is quadratic in the paragraph's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

WINDOW = 600


class Pieces:
    """`text` cut by `splitter`; `around(pos)` is the [start, end) of the piece holding `pos`."""

    def __init__(self, text: str, splitter: re.Pattern):
        matches = list(splitter.finditer(text))
        self._starts = [m.start() for m in matches]
        self._ends = [m.end() for m in matches]
        self._length = len(text)

    def around(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._ends, pos)  # separators that end at or before pos
        start = self._ends[k - 1] if k else 0
        j = bisect_left(self._starts, pos)  # the first separator starting at or after pos
        end = self._starts[j] if j < len(self._starts) else self._length
        return max(start, pos - WINDOW), min(end, pos + WINDOW)


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is `pos` inside one of the sorted, non-overlapping [start, end) spans?"""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]
