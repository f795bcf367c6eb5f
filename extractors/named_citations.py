"""Text -> documents cited by name, without a number ("Thực hiện Quy chế làm việc của UBND xã", "Thực hiện Chương
trình 191"); the boundary with a mere mention is written in corpus/real/README.md ("Documents cited by name").

A kind word with a capital inside a clause is a cited document when
- it has a name: a bare number ("Đề án 112"), a quoted name, words after it ("Đề án đưa tiếng Anh thành ngôn ngữ
  thứ hai trong trường học"), or an issuer followed by its subject ("Kết luận của Ban Thường vụ Tỉnh ủy về ...");
- and the clause cites it: a citing word right before it ("thực hiện", "triển khai", "căn cứ", "theo", "thuộc",
  "góp ý dự thảo"), or it is joined by "và"/"," to a document so cited; a bare-number name needs no citing word;
- and it is not the document itself (its name is in the trích yếu), nor named in the subject of a numbered
  citation earlier in the clause ("Kế hoạch số 5129/KH-UBND ... thực hiện Chương trình Điều chỉnh mức sinh"), nor
  carried out through a numbered one named after it ("... Chương trình Củng cố ... theo Kế hoạch số 14352/KH-UBND").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractors.patterns.citing import (
    ALIAS_BEFORE_RE, BODY_HEAD_RE, CITING_BEFORE_RE, DRAFTED_BEFORE_RE, ISSUER_NAMED_KINDS, NAME_WORDS_RE, NAMED_RE,
    NOT_A_NAME_RE, NUMBER_NAME_RE, QUOTED_NAME_RE, SUBJECT_AFTER_ISSUER_RE,
)
from extractors.citation_issuers import issuer_words
from extractors.patterns.docnums import CITATION_RE, NUMBERED_KIND_RE, OF_ISSUER_RE
from extractors.patterns.phrases import base_letters

_CLAUSE_END_RE = re.compile(r";|\.(?=\s|$)|:(?=\s)")
_JOINED_RE = re.compile(r"(?:,|\s+và)\s*$")
# "theo Kế hoạch số 14352/KH-UBND": the named document is carried out through a numbered one (outside brackets)
_THROUGH_RE = re.compile(r"\b(?:theo|tại)\s+$", re.I)


def _clause_bounds(text: str, start: int) -> tuple[int, int]:
    begin = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)), default=0)
    end = _CLAUSE_END_RE.search(text, start)
    return begin, end.start() if end else len(text)


def _name(text: str, end: int) -> tuple[str, str | None, str] | None:
    """(name, issuer, key words) of a document named at text[end:], or None when the words after the kind are no
    name. The key is the name before the issuer ("Quy chế làm việc của UBND xã": "làm việc UBND xã"), or the issuer
    when the name follows it ("Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện ...", mentioned again with other words)."""
    if NOT_A_NAME_RE.match(text, end):
        return None
    if m := NUMBER_NAME_RE.match(text, end):
        return m.group().strip(), None, m.group().strip()
    if QUOTED_NAME_RE.match(text, end):
        close = re.search(r"[”\"]", text[end:].lstrip()[1:])
        quoted = text[end:end + 200].strip()[1:1 + (close.start() if close else 120)]
        return quoted, None, quoted
    words = NAME_WORDS_RE.match(text, end)
    name = words["name"].strip() if words else ""
    after = words.end() if words else end
    issuer = None
    if of := OF_ISSUER_RE.match(text, after):
        issuer = _issuer_after(text[of.end():of.end() + 200])
        rest = of.end() + len(issuer or "")
        subject = SUBJECT_AFTER_ISSUER_RE.match(text, rest) if issuer else None
        if not name and not subject:
            return None
        if not name:  # "Đề án của Chính phủ về “Phát triển ...”": the subject names it (for the trích yếu test)
            name = _clause_rest(text, subject.end())
    if len(name.split()) < 2 and not issuer:
        return None
    if name and _qualifies_the_verb(text[end:after]):
        return None
    before_issuer = words["name"].strip() if words else ""
    return name, issuer, " ".join(_words(before_issuer)[:3] + _words(issuer or ""))


def _clause_rest(text: str, start: int) -> str:
    return text[start:_clause_bounds(text, start)[1]].strip(" “”\"")[:200]


@lru_cache(maxsize=1024)
def _qualifies_the_verb(words: str) -> bool:
    """Do the words after the kind say how or where it is carried out, not which it is? "triển khai Kế hoạch
    nghiêm túc", "thực hiện Kế hoạch đúng tiến độ", "thực hiện Chương trình ở các cấp": the first word is an
    adjective, adverb or preposition (underthesea `pos_tag`)."""
    from underthesea import pos_tag  # lazy: asked only for a capitalised kind with words after it

    tags = pos_tag(words.strip())
    return bool(tags) and tags[0][1] in ("A", "R", "E")  # "ở các cấp địa phương": a place, not a name


def _issuer_after(text: str) -> str | None:
    """ "Ban Thường vụ Tỉnh ủy thực hiện ..." -> "Ban Thường vụ Tỉnh ủy"; "các Ban HĐND tỉnh" -> "các Ban HĐND tỉnh"
    (a body's name starts with a capital, after a count word)."""
    words = list(issuer_words(text))
    head = next((w for w in words if not (w.isdigit() or w in ("các", "hai", "những"))), "")
    return " ".join(words) if head[:1].isupper() else None


def _cited_before(text: str, begin: int, start: int, previous_end: int | None) -> bool:
    prefix = text[begin:start]
    if DRAFTED_BEFORE_RE.search(prefix):
        return False
    if CITING_BEFORE_RE.search(prefix):
        return True
    return previous_end is not None and previous_end >= begin and bool(_JOINED_RE.search(text[previous_end:start])) \
        and len(text[previous_end:start]) < 60


def _after_a_numbered_one(text: str, begin: int, start: int, end: int) -> bool:
    """Named in the subject of a numbered citation before it in the clause; or a numbered one follows in its own
    name or carries it out ("theo/tại Kế hoạch số ..."), not in brackets."""
    if NUMBERED_KIND_RE.search(text, begin, start):
        return True
    for m in CITATION_RE.finditer(text, end, _clause_bounds(text, end)[1]):
        between = text[end:m.start()]
        if "," not in between and " và " not in between and "(" not in between:
            return True  # in its name: "dự thảo Kế hoạch triển khai thực hiện Quyết định số 973/QĐ-TTg"
        if _THROUGH_RE.search(text, max(end, m.start() - 8), m.start()) and "(" not in between:
            return True
    return False


def _in_title(name: str, title_words: frozenset[str]) -> bool:
    words = _words(name)
    return bool(words) and sum(w in title_words for w in words) >= 0.8 * len(words)


def title_words(title: str | None) -> frozenset[str]:
    """The words of a document's trích yếu, as `named_citations` compares names with them (built once per
    document by its caller)."""
    return frozenset(_words(title or ""))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", base_letters(text).lower())


def named_citations(text: str, in_title: frozenset[str]) -> Iterator[tuple[str, str, str, str | None]]:
    """(key, kind, clause, issuer) of each document cited by name in one paragraph or cell (`in_title`: the
    document's `title_words`); an alias given to a numbered document ("(Gọi tắt là Đề án 06)") comes with issuer
    `ALIAS` and is no citation."""
    previous_end = None
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return  # a heading in capitals: a capital says nothing there
    for m in NAMED_RE.finditer(text):
        begin, stop = _clause_bounds(text, m.start())
        named = _name(text, m.end())
        if named is None:
            continue
        name, issuer, key_words = named
        kind = " ".join(m["kind"].split())
        kind = kind[0] + kind[1:].lower()
        if kind in ISSUER_NAMED_KINDS and not issuer:
            continue
        key = f"{kind}:{' '.join(_words(key_words))}"
        if ALIAS_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            yield key, kind, "", ALIAS
            continue
        if BODY_HEAD_RE.search(text, begin, m.start()):
            continue  # in a body's name: "Tổ công tác chuyên trách thực hiện Đề án 30"
        if not name.isdigit() and not _cited_before(text, begin, m.start(), previous_end):
            continue
        if _after_a_numbered_one(text, begin, m.start(), m.end()) or (name and _in_title(name, in_title)):
            continue
        previous_end = m.end() + len(name)
        yield key, kind, text[begin:stop].strip(), issuer


ALIAS = "\0alias"
