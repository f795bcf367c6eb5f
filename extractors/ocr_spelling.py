"""OCR'd header words repaired from the document's own spelling.

Tesseract reads the bodies of a scanned header in capitals and often drops or changes a mark: "TỈNH QUANG
BÌNH", "SỞ KÉ HOẠCH VÀ ĐẦU TƯ", "ỦY BANNHÂN DÂN" (corpus/real scans). The same words stand many times in the
body in ordinary case and are mostly read right there ("tỉnh Quảng Bình", "Sở Kế hoạch và Đầu tư"). A header
word is replaced by the spelling the body uses most with the same neighbours (same letters without marks);
two words glued together are split where the body has them as a pair. No word list: the document is its own
dictionary, so a word the body never writes is left as read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from extractors.blocks import Document
from extractors.patterns.phrases import base_letters

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_PHRASE_BREAK_RE = re.compile(r"[,;:.()\n\"“”]+")


@lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    return base_letters(word).lower()


def _phrases(text: str) -> list[list[str]]:
    """The words of `text` by phrase, without the stretches in capitals (two words or more: headings and header
    lines, where OCR garbles marks the same way, and a header table's cells read as one text, "ĐOÀN TNCS HỒ CHÍ
    MINH BCH ĐOÀN XÃ ..." where two bodies only stand side by side); an abbreviation alone ("UBND") stays."""
    phrases = []
    for run in _PHRASE_BREAK_RE.split(text):
        words = _WORD_RE.findall(run)
        capitals = [len(w) > 1 and w.isupper() for w in words]
        current: list[str] = []
        for i, word in enumerate(words):
            in_stretch = capitals[i] and ((i > 0 and capitals[i - 1]) or (i + 1 < len(words) and capitals[i + 1]))
            if in_stretch:
                if current:
                    phrases.append(current)
                current = []
            else:
                current.append(word)
        if current:
            phrases.append(current)
    return phrases


@dataclass
class Spelling:
    """The spellings of each pair of bare words (no marks, lower case) in a document's text, its bare words, and
    its runs of three bare words."""

    by_bare: dict = field(default_factory=dict)  # (bare1, bare2) -> Counter of (w1, w2)
    bare_words: Counter = field(default_factory=Counter)
    triples: set = field(default_factory=set)  # three bare words in a row, within one phrase

    def add(self, text: str) -> None:
        for run in _phrases(text):
            words = [w.lower() for w in run]
            bare = [_bare(w) for w in words]
            self.bare_words.update(bare)
            for pair in zip(words, words[1:]):
                self.by_bare.setdefault((_bare(pair[0]), _bare(pair[1])), Counter())[pair] += 1
            self.triples.update(zip(bare, bare[1:], bare[2:]))

    def continues(self, previous: str, line: str) -> bool:
        """Does `line` go on with the body name above it? Yes when the words across the break stand together in
        the text ("BAN CHỈ ĐẠO CẢI CÁCH" / "HÀNH CHÍNH CỦA CHÍNH PHỦ": "cải cách hành chính"; "CHỈ ĐẠO THỰC HIỆN
        NGHỊ" / "QUYẾT TW4": "thực hiện Nghị quyết"); a parent and its body ("UBND TỈNH BẮC GIANG" / "SỞ CÔNG
        THƯƠNG") are not written so."""
        above = [_bare(w) for w in _WORD_RE.findall(previous)]
        below = [_bare(w) for w in _WORD_RE.findall(line)]
        if not above or not below:
            return False
        return ((len(above) > 1 and (above[-2], above[-1], below[0]) in self.triples)
                or (len(below) > 1 and (above[-1], below[0], below[1]) in self.triples))

    def _votes(self, left: str | None, word: str, right: str | None) -> Counter:
        """Spellings of `word` (lower case) the document writes beside the same neighbours."""
        votes: Counter = Counter()
        bare = _bare(word)
        if left:
            for (_, w), n in self.by_bare.get((_bare(left), bare), {}).items():
                votes[w] += n
        if right:
            for (w, _), n in self.by_bare.get((bare, _bare(right)), {}).items():
                votes[w] += n
        return votes

    def _split(self, word: str) -> tuple[str, str] | None:
        """"bannhân" -> ("ban", "nhân") when the document writes that pair."""
        bare = _bare(word)
        best = None
        for cut in range(1, len(word)):
            pair = self.by_bare.get((bare[:cut], bare[cut:]))
            if pair and (best is None or sum(pair.values()) > best[0]):
                best = (sum(pair.values()), (word[:cut], word[cut:]))
        return best[1] if best else None

    def repair(self, line: str) -> str:
        """A header line in capitals with each word spelled as the document spells it."""
        tokens = line.split()
        out: list[str] = []
        for n, token in enumerate(tokens):
            if not (token.isalpha() and token.isupper()):
                out.append(token)
                continue
            word = token.lower()
            left = tokens[n - 1].lower() if n else None
            right = tokens[n + 1].lower() if n + 1 < len(tokens) else None
            votes = self._votes(left, word, right)
            if votes:
                best, count = votes.most_common(1)[0]
                out.append(best.upper() if count > votes.get(word, 0) else token)
                continue
            if len(word) > 4 and _bare(word) not in self.bare_words and (parts := self._split(word)):
                out.extend(p.upper() for p in parts)
                continue
            out.append(token)
        return " ".join(out)


class LazySpelling:
    """A document's `Spelling`, built the first time a header needs it (most headers never do)."""

    def __init__(self, doc: Document, start: int = 0) -> None:
        self._doc, self._start, self._spelling = doc, start, None

    def _built(self) -> Spelling:
        if self._spelling is None:
            self._spelling = Spelling()
            for block in self._doc.blocks[self._start:self._start + _SPELLING_BLOCKS]:
                if not block.annotation:
                    self._spelling.add(block.text)
        return self._spelling

    def continues(self, previous: str, line: str) -> bool:
        return self._built().continues(previous, line)

    def repair(self, line: str) -> str:
        return self._built().repair(line)


def document_spelling(doc: Document, start: int = 0) -> LazySpelling:
    """The spelling of a document's text from block `start` on (lines in capitals left out: the header being
    repaired is among them; its place/date line "Bắc Giang, ngày ..." counts)."""
    return LazySpelling(doc, start)


_SPELLING_BLOCKS = 300  # enough text to spell a header; bounds the time on a long document
