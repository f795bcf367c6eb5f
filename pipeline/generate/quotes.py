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
    """(as written, as the plan spells it) where the middle of three syllables of `quote` differs from the plan's only
    by its diacritics and its neighbours are the plan's own ("tỷ lệ gia định văn hóa" against "gia đình văn hoá" ->
    ("gia định", "gia đình")); "nông thôn dùng nước" is not "được sử dụng nước"."""
    def windows(text: str) -> list[list[str]]:
        words = _WORD_RE.findall(text_normalize(unicodedata.normalize("NFC", text)))
        return [words[i:i + 3] for i in range(len(words) - 2)]

    right = {_fold(" ".join(w)): w for w in windows(reference)}
    found = []
    for said in windows(quote):
        spelled = right.get(_fold(" ".join(said)))
        if not spelled or [i for i in range(3) if said[i].lower() != spelled[i].lower()] != [1]:
            continue  # only the middle syllable differs, its neighbours are the plan's own
        pair = (" ".join(said[:2]), " ".join(spelled[:2]))
        if pair not in found:
            found.append(pair)
    return found


# "4,386 triệu đồng": a comma and exactly three digits (a Vietnamese decimal comma, or a slip for "4.386")
_COMMA3_RE = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d,])")


def thousands_commas(quote: str, read_values: frozenset[float]) -> list[tuple[str, str]]:
    """("4,386", "4.386") for each "a,bbb" the extractor read as a,bbb·1000 from the same report (the ratio or sum
    around it says so): the source used a comma for thousands; in Vietnamese it is a dot."""
    return [(m.group(0), f"{m.group(1)}.{m.group(2)}") for m in _COMMA3_RE.finditer(quote)
            if float(m.group(1) + m.group(2)) in read_values]


def corrected(quote: str, fixes: list[tuple[str, str]]) -> str:
    """The quote with each typo replaced by the plan's spelling (same case of the first letter)."""
    for wrong, right in fixes:
        quote = re.sub(re.escape(wrong), lambda m, r=right: r[0].upper() + r[1:] if m.group(0)[0].isupper() else r,
                       quote, flags=re.IGNORECASE)
    return quote
