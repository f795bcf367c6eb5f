"""Blocks -> assignments: which unit must do what, in which role, by when.

Three sources: the unit sections of "TỔ CHỨC THỰC HIỆN" ("1. Phòng Văn hóa – Xã hội." + its paragraphs),
task tables (Nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian), and sentences whose subject is a unit
("- Phòng Kinh tế chủ trì, phối hợp với ..., hoàn thành trong tháng 12/2025"; "Chánh Văn phòng ..., Trưởng
phòng ... chịu trách nhiệm thi hành Quyết định này").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from extractors.blocks import Document
from extractors.context import DocumentView, document_to_view
from extractors.deadlines import ByParagraph, deadlines_by_paragraph, section_unit
from extractors.patterns.actors import (
    LEADING_DIRECTIVE_RE, NAME_TAIL_WORDS, UNIT_HEAD_RE, split_units, subject_of, without_partners,
)
from extractors.patterns.dates import RECURRING_RE
from extractors.patterns.structure import parse_label
from extractors.patterns.tasks import (
    ASKING_PATTERN, BASIS_LEAD_RE, DONE_TASK_RE, EXECUTORS_RE, GIAO_RE, PARTNERS_RE, REPORT_WORD, SUPERVISORS_RE,
)
from extractors.records import Assignment, Deadline, Header
from extractors.sections import InSection
from extractors.task_tables import TaskRow, header_above, table_to_tasks

_FORMULAS = (("trách nhiệm thi hành", EXECUTORS_RE), ("giám sát việc thực hiện", SUPERVISORS_RE))
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s")


def _task(text: str) -> tuple[str, str | None]:
    """(task, role said at its start) from a paragraph: "Phối hợp với Sở Nội vụ bảo đảm kinh phí ..." ->
    ("Bảo đảm kinh phí ...", "phối hợp")."""
    label = parse_label(text)
    text = label.rest if label and label.kind in ("dash", "letter", "paren") else text
    text = BASIS_LEAD_RE.sub("", text.strip())
    low = text.lower()
    role = "phối hợp" if low.startswith("phối hợp") else "chủ trì" if low.startswith("chủ trì") else None
    text = without_partners(text)
    text = _SENTENCE_END_RE.split(text, maxsplit=1)[0].strip(" .;")
    return text[:1].upper() + text[1:], role


def _first_due(item: InSection, by_paragraph: dict[int, tuple[Deadline, ...]]) -> Deadline | None:
    return next(iter(by_paragraph.get(item.paragraph.first, ())), None)


def _section_assignments(items: list[InSection], by_paragraph: dict) -> Iterator[tuple[int, Assignment]]:
    for item in items:
        unit = section_unit(item.headings)
        if not unit or item.paragraph.label and item.paragraph.label.kind not in ("dash", "letter", "paren"):
            continue
        task, role = _task(item.paragraph.text)
        due = _first_due(item, by_paragraph)
        task = due.action if due and due.action else task  # "Báo cáo kết quả ... (qua ... trước ngày ...)" -> its action
        if task:
            yield item.paragraph.first, Assignment(unit=unit, role=role or "chủ trì", task=task,
                                                   due=due.due if due else None)


def _sentence_assignments(items: list[InSection], by_paragraph: dict) -> Iterator[tuple[int, Assignment]]:
    """Items outside unit sections whose subject is a unit and that set a deadline or say "chủ trì"."""
    for item in items:
        if section_unit(item.headings) or DONE_TASK_RE.search(item.paragraph.text):
            continue
        due = _first_due(item, by_paragraph)
        body = _request(item.paragraph.text)
        unit = (due.responsible if due else None) or subject_of(body)
        rest = body[len(unit):].strip(" ,") if unit else ""
        # "Các đoàn thể ... phối hợp vận động hội viên ..." (but "X phối hợp với Y ..." makes X the lead)
        supports = rest.lower().startswith("phối hợp") and not PARTNERS_RE.match(rest)
        recurring = bool(RECURRING_RE.search(body))  # "Các chi bộ báo cáo ... trước ngày 25 hằng tháng"
        assigned = bool(GIAO_RE.match(_body(item.paragraph.text)))  # "Giao Ủy ban nhân dân xã tổ chức thực hiện ..."
        if not unit or (not due and "chủ trì" not in body.lower() and not supports and not recurring and not assigned):
            continue
        if not due and item.paragraph.text.rstrip().endswith("./."):
            continue  # "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.": the closing formula
        if not body.lower().startswith(unit.lower()) and not _asked(body, unit):
            continue  # the unit came from "trong đó yêu cầu ..." in a sentence about another document
        task = due.action if due and due.action else _task(rest)[0]
        when = due.due if due else None
        yield item.paragraph.first, Assignment(unit=unit, role="phối hợp" if supports else "chủ trì", task=task,
                                               due=when)
        for partner in _partners(rest):
            yield item.paragraph.first, Assignment(unit=partner, role="phối hợp", task=task, due=when)


def _body(text: str) -> str:
    """A paragraph without its list mark or number: "1. Phòng Văn hóa - Xã hội chủ trì ..." (a công văn's numbered
    request), "Điều 2. Tổ công tác có nhiệm vụ ...", "- Hạt Kiểm lâm chủ trì ..." -> the sentence."""
    label = parse_label(text)
    if label and label.kind not in ("roman", "part", "chapter", "section"):
        return label.rest.strip()
    return text.lstrip("-–+• ")


def _request(text: str) -> str:
    """The sentence of a request without its opening verb: "3. Đề nghị các đơn vị gửi ..." -> "các đơn vị gửi ..."."""
    return LEADING_DIRECTIVE_RE.sub("", _body(text))


def _asked(body: str, unit: str) -> bool:
    """This document asks `unit` itself: "Thực hiện ..., Chủ tịch UBND xã đề nghị Trưởng các thôn rà soát ...";
    not "Ngày 15/9/2025, UBND xã ban hành Kế hoạch số 05/KH-UBND, trong đó yêu cầu các đơn vị báo cáo ..."."""
    return bool(re.search(rf"{ASKING_PATTERN}{re.escape(unit)}", body, re.I))


def _split_units(text: str) -> list[str]:
    return split_units(text)


def _partners(rest: str) -> list[str]:
    """Units after "phối hợp với" in "chủ trì, phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ xã đẩy mạnh ..."."""
    m = PARTNERS_RE.search(rest[:40])
    if not m or not (names := subject_of(rest[m.end():])):
        return []
    return [_trim_name(u) for u in _split_units(names) if UNIT_HEAD_RE.match(u.lower())]


def _trim_name(name: str) -> str:
    """Drop trailing verb words from a unit's name: "Đoàn Thanh niên xã tuần tra" -> "Đoàn Thanh niên xã"
    (a lower-case word right after a capitalised one belongs to the name: "Hội Nông dân")."""
    words = name.split()
    while len(words) > 1 and words[-1].islower() and words[-2].islower() and words[-1] not in NAME_TAIL_WORDS:
        words.pop()
    return " ".join(words)


def _executors(items: list[InSection]) -> Iterator[tuple[int, Assignment]]:
    for item, (phrase, formula) in ((i, f) for i in items for f in _FORMULAS):
        text = item.paragraph.text
        at = text.find(phrase)
        if at < 0:
            continue
        start = max(text.rfind(". ", 0, at) + 2, text.rfind(";", 0, at) + 1, 0)  # the sentence's start
        sentence = _body(text[start:]) if start == 0 else text[start:]
        for m in formula.finditer(sentence):
            what = m["what"].strip()
            for unit in _split_units(m["units"]):
                if UNIT_HEAD_RE.match(unit.lower()):
                    yield item.paragraph.first, Assignment(unit=unit, task=what[:1].upper() + what[1:])


def _report_due(deadlines: list[Deadline]) -> dt.date | None:
    """The document's reporting deadline: the first deadline whose action is to report ("Báo cáo kết quả ...")."""
    return next((d.due for d in deadlines if d.action and REPORT_WORD in d.action.lower()), None)


def _row_assignments(row: TaskRow, report_due: dt.date | None) -> Iterator[Assignment]:
    due = row.due or (report_due if REPORT_WORD.replace(" ", "") in row.task.lower().replace(" ", "") else None)
    yield Assignment(unit=row.lead, role="chủ trì", task=row.task, due=due)
    for partner in (u for p in re.split(r"[;\n]", row.support or "") for u in split_units(p) if u.strip()):
        yield Assignment(unit=partner, role="phối hợp", task=row.task, due=due)


def blocks_to_assignments(doc: Document, header: Header) -> tuple[Assignment, ...]:
    """The assignments of a document read alone, with a given header (tests)."""
    return view_to_assignments(document_to_view(doc, header))


def view_to_assignments(view: DocumentView, by_paragraph: ByParagraph | None = None) -> tuple[Assignment, ...]:
    doc, header, items = view.doc, view.header, list(view.in_sections)
    by_paragraph = by_paragraph if by_paragraph is not None else deadlines_by_paragraph(view)
    found = [*_section_assignments(items, by_paragraph), *_sentence_assignments(items, by_paragraph),
             *_executors(items)]
    report_due = _report_due([d for ds in by_paragraph.values() for d in ds])
    for i, block in enumerate(doc.blocks):
        rows = table_to_tasks(block, header.year, header_above(doc, i))
        found += [(i, a) for row in rows for a in _row_assignments(row, report_due)]
    out: dict[tuple, Assignment] = {}
    for _, a in sorted(found, key=lambda pair: pair[0]):
        out.setdefault((a.unit, a.role, a.task, a.due), a)
    return tuple(out.values())
