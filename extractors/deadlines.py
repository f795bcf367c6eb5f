"""Blocks -> deadlines: time limits set by the document ("trước ngày 10/12/2025", "trong Quý II/2026").

A date or period is a deadline when a cue word precedes it ("trước", "chậm nhất", "trong", "đến hết" ...) or
when it sits in the time column of a task table. Dates inside citations ("Kế hoạch số ... ngày 09/9/2025"),
past events ("trong tháng 11 đã tổ chức ...") and limits before the document's own date are not deadlines.
"""

from __future__ import annotations

import re
import datetime as dt
from dataclasses import replace
from collections.abc import Iterable, Iterator

from extractors.blocks import Block, Document
from extractors.context import DocumentView, document_to_view
from extractors.patterns.actors import DIRECTIVE_RE, subject_of, unit_name, without_partners
from extractors.errors import DocWarning, WarningCode
from extractors.patterns.dates import (
    BLANK_LIMIT_RE, COMPLETION_BEFORE_RE, COMPLETION_LIMIT_RE, DEADLINE_CUE_RE, SCHEDULE_STEP_RE, NOT_A_LIMIT_RE, PAST_CLAUSE_RE, RECURRING_AFTER_RE, RECURRING_RE, SINCE_TAIL_RE,
    Period, deadline_cue, find_periods,
    last_day_before, parse_date,
)
from extractors.patterns.docnums import CITATION_RE, MORE_NUMBERS_RE
from extractors.patterns.phrases import is_implementation_heading
from extractors.patterns.structure import parse_label
from extractors.patterns.tasks import DONE_TAIL_RE
from extractors.records import Deadline, Header
from extractors.sections import InSection
from extractors.spans import Pieces, inside
from extractors.task_tables import continued, header_above, table_to_tasks

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
_CLAUSE_RE = re.compile(";")


def section_unit(headings: tuple[tuple[str, str], ...]) -> str | None:
    """The unit a section of "TỔ CHỨC THỰC HIỆN" is about: "1. Các phòng, ban, ngành ..." -> that unit."""
    for n, (_, title) in enumerate(headings):
        if is_implementation_heading(title):
            return next((u for _, t in reversed(headings[n + 1:]) if (u := unit_name(t))), None)
    return None


def _unlabelled(text: str) -> str:
    label = parse_label(text)
    return label.rest if label and label.kind not in ("roman", "part", "chapter", "section") else text


def responsible_for(clause: str, headings: tuple[tuple[str, str], ...], before: str = "") -> str | None:
    """The unit named as the clause's subject, or as the subject its sentence opens with ("1. Trưởng các thôn rà
    soát ...; báo cáo ... trước 30/01/2026": the clauses share it), or after "yêu cầu"/"giao"/"đề nghị" in the
    clause or earlier in its sentence ("..., Chủ tịch UBND xã đề nghị Trưởng các thôn rà soát ..., gửi báo cáo ...
    chậm nhất ngày ..."), or by the enclosing section."""
    if subject := subject_of(_unlabelled(clause)) or (before and subject_of(_unlabelled(before))):
        return subject
    for text in (clause, before):
        for m in DIRECTIVE_RE.finditer(text):
            if subject := subject_of(text[m.end():]):
                return subject
    return section_unit(headings)


def _action(clause: str, cue_at: int, responsible: str | None) -> str | None:
    """What must be done by then: the clause before the time phrase, without its subject."""
    text = clause[:cue_at]
    if (m := DIRECTIVE_RE.search(text)) and subject_of(text[m.end():]):
        text = text[m.end():]  # "... trong đó yêu cầu các đơn vị báo cáo ..." -> "các đơn vị báo cáo ..."
    label = parse_label(text.strip())
    text = label.rest if label and label.kind in ("dash", "letter", "paren") else text.strip()
    if responsible and text.lower().startswith(responsible.lower()):
        text = text[len(responsible):]
    text = without_partners(text.strip())
    text = SINCE_TAIL_RE.sub("", text)
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]
    text = DONE_TAIL_RE.sub("", text.strip(" ,;:-")).strip(" ,;:-")
    return text[:1].upper() + text[1:] if text else None


def _masked(text: str) -> list[tuple[int, int]]:
    """Spans of citations ("Kế hoạch số 12/KH-UBND ngày 09/9/2025", and the numbers listed after one)."""
    if "/" not in text and "-" not in text:
        return []  # no document number, no citation (a cheap test before the long pattern)
    spans = []
    for m in CITATION_RE.finditer(text):
        end = m.end()
        while more := MORE_NUMBERS_RE.match(text, end):
            end = more.end()
        spans.append((m.start(), end))
    return spans


def _cue_start(text: str, period: Period) -> int:
    window = text[max(0, period.start - 40): period.start]
    m = DEADLINE_CUE_RE.search(window.lower() + ("ngày " if period.text.lower().startswith("ngày") else ""))
    return period.start - len(window) + m.start("cue") if m else period.start


Scopes = frozenset[tuple[dt.date, str]]


def scopes_of(texts: Iterable[str], year: int | None) -> Scopes:
    """The periods a document covers, named in its title ("Báo cáo ... tháng 6 năm 2026 và phương hướng, nhiệm vụ
    tháng 7 năm 2026"): "trong tháng 7 năm 2026" in it says when, not by when. (A section heading "NHIỆM VỤ NĂM
    2026" does not make its "trong năm 2026" a scope: the synthetic corpus's gold counts those as limits.)"""
    return frozenset((p.due, p.precision) for t in texts for p in find_periods(t, year) if p.precision != "day")


def _not_a_limit(text: str, period: Period, cue: str, scopes: Scopes) -> bool:
    """As of ("tính đến ngày ..."), a cited title's horizon ("tầm nhìn đến năm 2050"), a rule that recurs ("vào ngày
    31 tháng 12 hằng năm"), or "trong" + the period the document or section covers (its scope)."""
    before = text[max(0, period.start - 60): period.start].lower()
    return bool(NOT_A_LIMIT_RE.search(before) or RECURRING_AFTER_RE.match(text[period.end:])
                or (cue == "trong" and (period.due, period.precision) in scopes
                    and not COMPLETION_BEFORE_RE.search(before))
                or (cue == "đến" and period.precision == "year" and _horizon(text, period)))


def _horizon(text: str, period: Period) -> bool:
    """ "đến năm 2030" with no word saying to finish by then is a horizon, not a time limit: the title of a
    programme ("Chương trình Điều chỉnh mức sinh ... đến năm 2030", corpus/real huyen_vungtau_KH_2144-2025), a
    target's year ("Phấn đấu đến năm 2012, đạt 90% ...", "Mục tiêu cụ thể đến năm 2015:", tinh_bacgiang_KH_2668);
    "hoàn thành ... đến năm 2026" is a limit."""
    start = max(text.rfind(";", 0, period.start), text.rfind(". ", 0, period.start)) + 1
    return not COMPLETION_LIMIT_RE.search(text[start:period.start].lower())


def paragraph_to_deadlines(item: InSection, year: int | None, scopes: Scopes = frozenset()) -> Iterator[Deadline]:
    text = item.paragraph.text
    masked = _masked(text)
    sentences, clauses = Pieces(text, _SENTENCE_RE), Pieces(text, _CLAUSE_RE)
    step = SCHEDULE_STEP_RE.match(text)
    for period in find_periods(text, year):
        cue = "đến" if step and period.start == step.start("end") else deadline_cue(text, period)
        if not cue or inside(masked, period.start) or _not_a_limit(text, period, cue, scopes):
            continue
        s_start, s_end = sentences.around(period.start)
        sentence = text[s_start:s_end]
        c_start, c_end = clauses.around(period.start)
        c_start, c_end = max(c_start, s_start) - s_start, min(c_end, s_end) - s_start
        clause = sentence[c_start:c_end]
        if cue == "trong" and PAST_CLAUSE_RE.search(clause):
            continue  # "Trong tháng 11, thôn đã tổ chức ...": a past event
        due = last_day_before(period) if cue == "trước" else period.due
        responsible = responsible_for(clause, item.headings, sentence[:c_start])
        cue_at = _cue_start(text, period) - s_start - c_start
        yield Deadline(due=due, precision=period.precision, text=sentence.strip(),
                       action=_action(clause, max(0, cue_at), responsible), responsible=responsible)


_PAGE_GAP = 3  # blocks between a table and its continuation on the next page (a page number, a header line)


def _table_deadlines(doc: Document, year: int | None) -> Iterator[tuple[int, Deadline]]:
    last: tuple[int, Block] | None = None  # the last task table, for a table that goes on over the next page
    for i, block in enumerate(doc.blocks):
        before = last[1] if last is not None and i - last[0] <= _PAGE_GAP + 1 else None
        rows = table_to_tasks(block, year, header_above(doc, i))
        if not rows and before is not None:
            block = continued(block, before)
            rows = table_to_tasks(block, year)
        if rows:
            last = (i, block)
        for row in rows:
            if row.due and row.precision:
                yield i, Deadline(due=row.due, precision=row.precision, text=row.text, action=row.task or None,
                                  responsible=row.lead)


ByParagraph = dict[int, tuple[Deadline, ...]]


_MAX_PERIOD_LINE = 40


def _after_time_label(item: InSection, previous: InSection | None, year: int | None) -> InSection:
    """"Thời gian thực hiện:" / "Quý IV/2012.": a period alone on the line after a time label (a scan's lines, a
    table cell's) is that label's limit; read the two as one."""
    text, before = item.paragraph.text, previous.paragraph.text.rstrip() if previous else ""
    if (not before.endswith(":") or DEADLINE_CUE_RE.search(before.lower()) is None
            or len(text) > _MAX_PERIOD_LINE or not find_periods(text, year)):
        return item
    return InSection(replace(item.paragraph, text=f"{before} {text}"), item.headings)


def deadlines_by_paragraph(view: DocumentView) -> ByParagraph:
    """The deadlines of each paragraph (by its first block index); extraction computes them once."""
    scopes = scopes_of([view.header.title or ""], view.year)
    items = view.in_sections
    return {item.paragraph.first: tuple(paragraph_to_deadlines(
                _after_time_label(item, items[k - 1] if k else None, view.year), view.year, scopes))
            for k, item in enumerate(items)}


def view_to_deadlines(view: DocumentView, by_paragraph: ByParagraph | None = None) -> tuple[Deadline, ...]:
    header = view.header
    by_paragraph = by_paragraph if by_paragraph is not None else deadlines_by_paragraph(view)
    found = [(first, d) for first, ds in by_paragraph.items() for d in ds]
    found += list(_table_deadlines(view.doc, header.year))
    out: dict[tuple, Deadline] = {}
    for first, d in sorted(found, key=lambda pair: pair[0]):
        if not (header.issued_on and d.due < header.issued_on):
            # the same limit twice in one place is one; "- Thời gian thực hiện: Năm 2025." under two tasks is two
            out.setdefault((first, d.due, d.precision, d.text, d.action, d.responsible), d)
    return tuple(out.values())


def blocks_to_deadlines(doc: Document, header: Header) -> tuple[Deadline, ...]:
    """The deadlines of a document read alone, with a given header (tests)."""
    return view_to_deadlines(document_to_view(doc, header))


def deadline_warnings(view: DocumentView) -> tuple[DocWarning, ...]:
    """Time limits whose date cannot be read ("trước ngày    /12/2025"): said, not guessed."""
    doc, header = view.doc, view.header
    out = []
    for item in view.in_sections:
        text = item.paragraph.text
        for m in BLANK_LIMIT_RE.finditer(text):
            if parse_date(m[0], header.year) is not None:
                continue
            where = str(doc.blocks[item.paragraph.first].location)
            if recurring := RECURRING_RE.match(text, m.end()) or RECURRING_RE.match(text, m.end() + 1):
                out.append(DocWarning(code=WarningCode.DEADLINE_RECURRING, location=where, message=(
                    f"Thời hạn định kỳ «{m[0].strip()} {recurring[0]}» không phải một ngày cụ thể; "
                    "không ghi thành thời hạn.")))
            else:
                out.append(DocWarning(code=WarningCode.DEADLINE_UNREADABLE, location=where,
                                      message=f"Không đọc được thời hạn «{m[0].strip()}»; đề nghị kiểm tra lại."))
    return tuple(out)
