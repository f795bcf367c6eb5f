"""Indicator and unit names made comparable: one normalised form, its syllables and its words.

"Tỷ lệ gia đình được công nhận gia đình văn hoá" and "Tỷ lệ gia đình được công nhận GĐVH" become
the same kind of key: NFC, tone placement unified ("hoá" -> "hóa"), abbreviations expanded, lower-case,
punctuation stripped, and segmented into words (underthesea `word_tokenize`, offline).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from underthesea import text_normalize, word_tokenize

from extractors.patterns.abbreviations import expand_abbreviations, unify_spelling, unify_synonyms

_PUNCT_RE = re.compile(r"[^\w\s]+")
_SPACE_RE = re.compile(r"\s+")
_CODE_RE = re.compile(r"^\s*\(\s*\d+\s*\)\s*[.:]?\s*")  # "(7). " in front of a name


@dataclass(frozen=True)
class NameKey:
    """A name ready for comparison: `text` (normalised syllables) and `words` (segmented, "bảo_hiểm")."""

    text: str
    words: str


def normalise_text(text: str) -> str:
    """NFC, abbreviations expanded, tone placement and synonyms unified, lower-case, no punctuation."""
    text = unicodedata.normalize("NFC", text)
    text = _CODE_RE.sub("", text)
    text = text_normalize(expand_abbreviations(text)).lower()
    text = unify_synonyms(unify_spelling(text))
    return _SPACE_RE.sub(" ", _PUNCT_RE.sub(" ", text)).strip()


@lru_cache(maxsize=8192)
def name_key(text: str) -> NameKey:
    """The comparison key of a name (cached: plan names are keyed once, repeated report names too)."""
    norm = normalise_text(text)
    words = [w.replace(" ", "_") for w in word_tokenize(norm)] if norm else []
    return NameKey(text=norm, words=" ".join(words))
