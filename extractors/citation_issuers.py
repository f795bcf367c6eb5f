"""The body that issued a cited document, from the words after "của" or before "tại":
"Kế hoạch số 232/KH-UBND ngày 09/9/2025 của Ủy ban nhân dân thành phố Hải Phòng phát động ..." -> "Ủy ban nhân dân
thành phố Hải Phòng"."""

from __future__ import annotations

from collections.abc import Iterator

from extractors.patterns.citing import NAMED_RE
from extractors.patterns.docnums import (
    CITATION_RE, ISSUER_BEFORE_RE, ISSUER_STOPS, ISSUER_WORDS, ISSUING_VERB_WORDS, OF_ISSUER_RE,
)


def issuer_words(text: str) -> Iterator[str]:
    words = text[:300].split()[:16]
    for n, raw in enumerate(words):
        word = raw.rstrip(",;.:)")
        low = word.lower()
        if word in ("-", "–"):
            if n + 1 < len(words) and words[n + 1][:1].isupper():
                yield word
                continue
            return
        if low == "và" and n and _joins_a_name(words, n):
            yield word  # "Sở Tài nguyên và Môi trường", "Bộ Lao động - Thương binh và Xã hội"
            continue
        if not word or low in ISSUER_STOPS or (n + 1 < len(words) and (low, words[n + 1]) == ISSUING_VERB_WORDS):
            return
        prev = words[n - 1] if n else ""
        if not (word[0].isupper() or low in ISSUER_WORDS or (prev[:1].isupper() and word.isalpha())):
            return
        yield word
        if word != raw:
            return


def _joins_a_name(words: list[str], n: int) -> bool:
    """Does "và" at words[n] join two parts of one body's name? Yes when a capitalised word follows that starts no
    other document ("của UBND tỉnh và Công văn số ...") and the name so far has no comma."""
    if n + 1 >= len(words) or not words[n + 1][:1].isupper() or words[n - 1].endswith(","):
        return False
    return not CITATION_RE.match(" ".join(words[n + 1:n + 6])) and not NAMED_RE.match(words[n + 1])


def issuer(after: str, before: str) -> str | None:
    """ "của Ủy ban nhân dân thành phố Hải Phòng phát động ..." -> "Ủy ban nhân dân thành phố Hải Phòng";
    "của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số ..." -> "Trưởng phòng Văn hóa - Xã hội"."""
    if m := OF_ISSUER_RE.match(after):
        return " ".join(issuer_words(after[m.end():])) or None
    if m := ISSUER_BEFORE_RE.search(before[-120:]):
        return " ".join(issuer_words(m["issuer"])) or None
    return None
