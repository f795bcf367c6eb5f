"""Blocks -> citations: the other documents this one names ("Thực hiện Kế hoạch số 232/KH-UBND ...")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from extractors.blocks import BlockKind, Document
from extractors.context import DocumentView, document_to_view
from extractors.citation_issuers import issuer as _issuer
from extractors.citation_numbers import as_usual, unglue_numbers, usual_groups
from extractors.named_citations import ALIAS, named_citations, title_words
from extractors.patterns.citing import STANDARD_KIND, STANDARD_RE
from extractors.patterns.dates import parse_date
from extractors.patterns.docnums import (
    AMENDED_LAWS_RE, BARE_NUMBER_RE, BASIS_KINDS, BASIS_WORD, CITATION_RE, IMPLEMENTS_RE, ISSUED_BEFORE_RE, LAW_DATE_RE,
    LAW_HINT, LAW_LOWER_RE, LAW_NUMBER_RE, LAW_RE, LISTED_NUMBER_RE, MORE_NUMBERS_RE, SENTENCE_END_RE, REPORTS_ON_RE,
    cited_kind, kind_of_number, normalize_number, ocr_date_digits,
)
from extractors.patterns.phrases import base_letters, phrase_key
from extractors.patterns.structure import parse_label
from extractors.records import Citation, Header
from extractors.spans import Pieces

LIST_OPENER_RE = re.compile(r"(?<!\w)các\s+$", re.I)
_CLAUSE_END_RE = re.compile(r";|\.(?=\s|$)|:(?=\s)")
RELATION_KINDS = frozenset({"ke_hoach", "bao_cao"})


def _clause(text: str, pieces: Pieces, start: int, end: int) -> str:
    """The clause around text[start:end], without a leading list label: the citing `text`."""
    begin, _ = pieces.around(start)
    _, stop = pieces.around(end)
    stop = stop + (stop < len(text) and text[stop] == ".")
    clause = text[begin:stop].strip()
    label = parse_label(clause)
    return label.rest if label and label.kind in ("dash", "letter", "paren") else clause


def _relation(prefix: str, kind: str, header: Header) -> str | None:
    """ "Thực hiện"/"Căn cứ" + a plan -> implements ("Căn cứ" only in a plan; in a report -> reports_on);
    a report's "Kết quả thực hiện Kế hoạch số ..." -> reports_on. Only plans and reports have a basis: a công văn,
    thông báo or tờ trình "Thực hiện Công văn số ..." gives none (corpus/real/README.md)."""
    if kind not in BASIS_KINDS or (header.kind and header.kind not in RELATION_KINDS):
        return None
    label = parse_label(prefix)
    key = phrase_key(label.rest if label and label.kind in ("dash", "letter", "paren") else prefix).strip(" ,-")
    if REPORTS_ON_RE.match(key):
        return "reports_on"
    if not IMPLEMENTS_RE.match(key):
        return None
    if header.kind == "bao_cao":
        return "reports_on"
    if key.startswith(BASIS_WORD) and header.kind != "ke_hoach":
        return None
    return "implements"


def _more_numbers(text: str, pos: int) -> Iterator[re.Match]:
    """Further numbers of the same kind right after a citation (", 4975/UBND-KGVX ngày 17/9/2024 và ...")."""
    while m := MORE_NUMBERS_RE.match(text, pos):
        yield m
        pos = m.end()


def _opens_list(text: str, m: re.Match) -> bool:
    """"các Công văn: số 87/HĐND-KTNS ...", "các Quyết định số ...", "Công văn: số ...": a kind named for a list."""
    return bool(LIST_OPENER_RE.search(text, max(0, m.start() - 8), m.start())) or ":" in text[m.end("kind"):m.start("num")]


def _listed_numbers(text: str, start: int, limit: int) -> Iterator[re.Match]:
    """", số 208/HĐND-KTNS ngày 30/10/2024 về việc ..." after a kind named for a list, up to the next such kind or
    the end of the sentence (documents cited inside an item's subject do not end the list)."""
    if stop := SENTENCE_END_RE.search(text, start, limit):
        limit = stop.start()
    yield from LISTED_NUMBER_RE.finditer(text, start, limit)


def _spaceless(date: str) -> str:
    """"27 /5/2008" -> "27/5/2008" (a numeric date typed with stray spaces); worded dates keep theirs."""
    return date if "tháng" in date else re.sub(r"\s+", "", date)


def text_to_citations(text: str, header: Header,
                      in_title: frozenset[str] | None = None) -> Iterator[tuple[str, Citation | None]]:
    """Every citation in one paragraph or table cell, each with its deduplication key: numbered ones, laws, and
    documents cited by name (`in_title`: the header's `title_words`, built once by a caller reading many texts)."""
    text = unglue_numbers(text)
    numbers = set()
    for key, c in _numbered_and_laws(text, header):
        numbers.add(c.number)
        yield key, c
    yield from _bare_numbers(text, numbers)
    for m in STANDARD_RE.finditer(text):
        number = normalize_number(m["num"])
        yield number, Citation(kind=STANDARD_KIND, number=number, text=_clause(text, Pieces(text, _CLAUSE_END_RE),
                                                                                 m.start(), m.end()))
    in_title = title_words(header.title) if in_title is None else in_title
    for key, kind, clause, issuer in named_citations(text, in_title):
        if issuer == ALIAS:
            yield _ALIAS_KEY + key, None
            continue
        yield key, Citation(kind=kind, number=None, date=None, issuer=issuer, text=clause, relation=None)


_ALIAS_KEY = "alias:"


def _cut_short(text: str, end: int) -> bool:
    """Does the number stop at a dash whose symbol group was lost? "Nghị quyết số 17/NQ- Một số ..." (OCR of a
    table: corpus/real/dev bo_bcdcchc_QD_46-2021), "13/TTr-SNgŸ": only part of it was read, so it is no number."""
    return text[end:end + 1] in ("-", "–")


def _bare_numbers(text: str, found: set[str | None]) -> Iterator[tuple[str, Citation]]:
    """Numbers after "số" with no kind word before them, of the kind their type code names ("... định số
    1667/QĐ-UBND" where OCR lost "Quyết"); numbers without a type code are left (a permit, a form ...)."""
    pieces = Pieces(text, _CLAUSE_END_RE)
    for m in BARE_NUMBER_RE.finditer(text):
        number = normalize_number(m["num"])
        kind = kind_of_number(number)
        if kind is None or number in found or _cut_short(text, m.end("num")):
            continue
        found.add(number)
        yield number, Citation(kind=kind, number=number, date=parse_date(ocr_date_digits(_spaceless(m["date"] or ""))),
                               issuer=_issuer(text[m.end():], text[:m.start()]),
                               text=_clause(text, pieces, m.start("num"), m.end()))


def _numbered_and_laws(text: str, header: Header) -> Iterator[tuple[str, Citation]]:
    numbered = "/" in text or "-" in text  # a cheap test before the long pattern
    pieces = Pieces(text, _CLAUSE_END_RE)
    matches = list(CITATION_RE.finditer(text)) if numbered else []
    for n, m in enumerate(matches):
        kind = cited_kind(m["kind"])
        if kind == "Luật":
            continue  # "Luật ... số 06/2022/QH15" is found by name below
        prefix = text[pieces.around(m.start())[0]:m.start()]
        before = ISSUED_BEFORE_RE.match(prefix)  # "Ngày 15/9/2025, Ủy ban nhân dân xã ban hành Kế hoạch số ..."
        end = m.end()
        for one in (m, *_more_numbers(text, end)):
            end = one.end()
            if _cut_short(text, one.end("num")):
                continue
            number = normalize_number(one["num"])
            date = parse_date(ocr_date_digits(_spaceless(one["date"] or (before["date"] if before else ""))))
            issuer = _issuer(text[end:], text[:m.start()]) or (before["issuer"] if before else None)
            yield number, Citation(kind=kind, number=number, date=date,
                                   issuer=issuer, text=_clause(text, pieces, m.start(), one.end()),
                                   relation=_relation(prefix, kind, header))
        if not _opens_list(text, m):
            continue
        limit = next((o.start() for o in matches[n + 1:] if _opens_list(text, o)), len(text))
        for one in _listed_numbers(text, end, limit):
            number = normalize_number(one["num"])
            date = parse_date(ocr_date_digits(_spaceless(one["date"] or "")))
            yield number, Citation(kind=kind, number=number, date=date,
                                   issuer=_issuer(text[one.end():], ""),
                                   text=_clause(text, pieces, one.start("num"), one.end()),
                                   relation=_relation(prefix, kind, header))
    laws = [*LAW_RE.finditer(text), *LAW_LOWER_RE.finditer(text)] if LAW_HINT in text or "lệnh" in text else []
    inside_name = -1  # laws named inside an amending law's name are part of it
    for m in sorted(laws, key=lambda m: m.start()):
        if m.start() < inside_name:
            continue
        kind = "Luật" if m["kind"] == "Bộ luật" else m["kind"]  # "Luật" (a "Bộ luật" too), "Pháp lệnh": by name
        amending = AMENDED_LAWS_RE.match(text, m.end())
        date_at = _law_date(text, m.end(), nested=bool(amending))
        if amending:
            inside_name = date_at.end() if date_at else pieces.around(m.end())[1]
        numbered = LAW_NUMBER_RE.match(text, m.end())
        date = parse_date(ocr_date_digits(date_at["date"])) if date_at else None
        # amending laws share the words of their names ("Luật sửa đổi, bổ sung một số điều ..."): told apart by date
        key = f"{_law_key(kind, m['name'])}@{date}" if amending else _law_key(kind, m["name"])
        yield key, Citation(
            kind=kind, number=normalize_number(numbered["num"]) if numbered else None,
            date=date, text=_clause(text, pieces, m.start(), m.end()))


_LAW_KEY = "luật:"


def _law_key(kind: str, name: str) -> str:
    """A law's name as a key that OCR and punctuation do not change: "Luật Phổ biến, giáo dục pháp luật" and "Luật
    Phô biên giáo dục pháp luật" -> "luật:luat pho bien giao duc phap luat" (base letters, words only)."""
    letters = re.sub(r"[^a-z0-9 ]+", " ", base_letters(f"{kind} {name}").lower())
    return _LAW_KEY + " ".join(letters.split())


def _same_law(key: str, found: dict) -> str:
    """The key of a law already found that this one names again, longer or shorter ("Luật Phổ biến giáo dục pháp
    luật, cụ thể" is "Luật Phổ biến giáo dục pháp luật"), else the key itself."""
    if not key.startswith(_LAW_KEY):
        return key
    if "@" in key:  # an amending law: the same name and date, or the same name where one mention has no date
        name, date = key.split("@", 1)
        return next((k for k in found if "@" in k and k.split("@", 1)[0] == name
                     and "None" in (date, k.split("@", 1)[1])), key)
    return next((k for k in found if k.startswith(_LAW_KEY) and "@" not in k and (
        f"{k} ".startswith(f"{key} ") or f"{key} ".startswith(f"{k} ")
        or k.replace(" ", "") == key.replace(" ", ""))), key)  # a web page glues words: "Luật Phổbiến, giáo dục"


def _law_date(text: str, end: int, nested: bool = False) -> re.Match | None:
    """The date of a law cited by name: "ngày ..." in its clause, before any other document is named (except the
    laws an amending law names: `nested`)."""
    m = LAW_DATE_RE.match(text, end)
    if not m or CITATION_RE.search(text, end, m.start("date")) or (
            not nested and LAW_RE.search(text[end:m.start("date")])):
        return None
    return m


def _texts(view: DocumentView) -> Iterator[tuple[bool, str]]:
    """(is the trích yếu, text) of paragraphs and table cells in reading order."""
    doc, title = view.doc, view.header.title
    paragraphs = {p.first: p.text for p in view.paragraphs}
    title_key = " ".join((title or "").split())
    for i, block in enumerate(doc.blocks):
        if i in paragraphs:
            yield bool(title_key) and paragraphs[i] in title_key, paragraphs[i]
        elif block.kind == BlockKind.NOTE:
            yield False, " ".join(block.text.split())  # a footnote: "Kế hoạch số 120/KH-UBND ngày ..."
        elif block.kind == BlockKind.TABLE:
            for row in block.rows:
                for cell in row.cells:
                    yield False, " ".join(cell.text.split())


def _fullness(c: Citation, in_title: bool) -> tuple[int, int]:
    """Mentions in the body beat the trích yếu; then the one with date and issuer."""
    return (not in_title, (c.date is not None) + (c.issuer is not None))


def blocks_to_citations(doc: Document, header: Header) -> tuple[Citation, ...]:
    """The citations of a document read alone, with a given header (tests)."""
    return view_to_citations(document_to_view(doc, header))


def view_to_citations(view: DocumentView) -> tuple[Citation, ...]:
    """Citations in reading order, one per cited document (its fullest mention), never the document itself."""
    header = view.header
    found: dict[str, tuple[Citation, tuple[int, int]]] = {}
    aliases: set[str] = set()  # short names of numbered documents ("Đề án 06"): never cited again by that name
    texts = list(_texts(view))
    usual = usual_groups([header.number or "", *(t for _, t in texts)])
    words_of_title = title_words(header.title)
    for in_title, text in texts:
        for key, c in text_to_citations(text, header, words_of_title):
            if c is not None and c.number and (repaired := as_usual(c.number, usual)) != c.number:
                key, c = repaired if key == c.number else key, c.model_copy(update={"number": repaired})
            if c is None:
                aliases.add(key.removeprefix(_ALIAS_KEY))
                continue
            if key in aliases or (header.number and c.number == header.number):
                continue
            score = _fullness(c, in_title)
            key = _same_law(key, found)
            old = found.get(key)
            if old is None:
                found[key] = (c, score)
            else:
                best, best_score = (c, score) if score > old[1] else old
                found[key] = (best.model_copy(update={"relation": old[0].relation or c.relation}), best_score)
    return tuple(c for c, _ in found.values())
