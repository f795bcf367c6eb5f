"""A unit's own words made fit to quote to the city: list labels off, the clause about the figure, typos found.

    clean_quote("2. Không còn hộ nghèo (tỷ lệ hộ nghèo 0%); tỷ lệ hộ cận nghèo giảm còn 1,05%", "Tỷ lệ hộ cận nghèo")
        -> "tỷ lệ hộ cận nghèo giảm còn 1,05%"
    typos("tỷ lệ gia định văn hóa đạt 94,0%", "Tỷ lệ gia đình được công nhận gia đình văn hoá")
        -> [("gia định", "gia đình")]

A typo is a pair of syllables of the quote that differ from a pair of the plan's wording only by their diacritics
("gia định" for "gia đình"): the report names the same thing and the plan spells it right. It is corrected in our
text and listed for the clerk, never repeated as our own words.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz
from underthesea import text_normalize

from extractors.patterns.outcomes import OWN_SHORT_RE

# A list label at the start: "2. ", "a) ", "- ", "+ ", "II. ", "2.1. ", "(3) "
LABEL_RE = re.compile(r"^\s*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]|\(\d+\)|[-+•*–])\s+", re.IGNORECASE)
_CLAUSE_RE = re.compile(r"\s*;\s*")
_WORD_RE = re.compile(r"\w+")


def strip_label(text: str) -> str:
    """"2. Không còn hộ nghèo" -> "Không còn hộ nghèo" (repeated: "1. a) ..." -> "...")."""
    previous = None
    while previous != text:
        previous, text = text, LABEL_RE.sub("", text, count=1)
    return text.strip()


def _fold(word: str) -> str:
    """Without diacritics: "định" -> "dinh" ("đ" -> "d")."""
    base = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in base if not unicodedata.combining(ch))


def clean_quote(text: str, about: str) -> str:
    """The clause of `text` about `about` that reports no shortfall, list labels off, no trailing ";" or "."."""
    clauses = [strip_label(c) for c in _CLAUSE_RE.split(strip_label(text)) if c.strip()]
    good = [c for c in clauses if not OWN_SHORT_RE.search(c)] or clauses
    best = max(good, key=lambda c: fuzz.partial_ratio(about.lower(), c.lower()), default="")
    best = re.split(r",\s*(?:chưa|không)\s+đạt\b", best)[0]  # "97,0%, chưa đạt 98% theo kế hoạch" -> "97,0%"
    return best.strip().rstrip(";.,").strip()


def typos(quote: str, reference: str) -> list[tuple[str, str]]:
    """(as written, as the plan spells it) for each syllable pair of `quote` that differs from one of `reference`
    only by diacritics."""
    def pairs(text: str) -> list[str]:
        words = _WORD_RE.findall(text_normalize(unicodedata.normalize("NFC", text)))
        return [f"{a} {b}" for a, b in zip(words, words[1:])]

    right = {_fold(p): p for p in pairs(reference)}
    said = {p.lower() for p in pairs(reference)}
    found, seen = [], set()
    for p in pairs(quote):
        spelled = right.get(_fold(p))
        if not spelled or p.lower() in said or spelled.lower() == p.lower():
            continue
        wrong = {(a, b) for a, b in zip(p.split(), spelled.split()) if a.lower() != b.lower()}
        if not wrong <= seen:
            found.append((p, spelled))
        seen |= wrong
    return found


def corrected(quote: str, fixes: list[tuple[str, str]]) -> str:
    """The quote with each typo replaced by the plan's spelling (same case of the first letter)."""
    for wrong, right in fixes:
        quote = re.sub(re.escape(wrong), lambda m, r=right: r[0].upper() + r[1:] if m.group(0)[0].isupper() else r,
                       quote, flags=re.IGNORECASE)
    return quote
