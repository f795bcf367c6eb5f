"""Chỉ tiêu without a figure, kept so the check can judge them from the report's words.

- A plan's uncoded list item among chỉ tiêu: "7. Hoàn thành xây dựng nhà văn hóa thôn Đông, đưa vào sử dụng trong
  năm 2025." (items 1-6 of the same list state figures) -> a qualitative target.
- A report's words that say a thing was done or did not happen: "- Nhà văn hóa thôn Đông đã hoàn thành, bàn giao
  đưa vào sử dụng từ tháng 10/2025." -> "Nhà văn hóa thôn Đông"; "trong năm không xảy ra ngộ độc thực phẩm tập thể
  trên địa bàn xã" -> "Không xảy ra ngộ độc thực phẩm tập thể trên địa bàn xã": kept as a figure without a value
  (role "result"), not as a chỉ tiêu.
- A report table's row whose result is words: "3 | Không để xảy ra ngộ độc ... | | | Không xảy ra | Đạt".

`extractors.patterns.outcomes` decides what the words say; the check (`pipeline.check.assess`) judges.
"""

from __future__ import annotations

import re

from extractors.indicators.context import Paragraph
from extractors.indicators.measures import Measures
from extractors.indicators.names import capitalised, complete_period
from extractors.patterns.indicators import period_in
from extractors.patterns.numbers import NUMBER_RE
from extractors.patterns.outcomes import DONE_RE, HAPPENED_RE, NOT_DONE_RE, NOT_HAPPENED_RE, own_verdict
from extractors.records import Figure, Indicator

_LIST_KINDS = ("dotted1", "dotted2", "dotted3", "paren", "letter")
_MAX_ITEM_CHARS = 250  # a chỉ tiêu is one sentence; a longer item is an account, not a target
_MAX_SUBJECT_WORDS = 12  # "Nhà văn hóa thôn Đông": what was done, named in a few words
_LEAD_RE = re.compile(r"^[\s\-+•*]*(?:\d{1,2}[.)]\s*)?")
_SUBJECT_TAIL_RE = re.compile(r"(?:\s+(?:đã|được|cơ bản|đều|và|nay))+\s*$", re.IGNORECASE)


def _parent(p: Paragraph) -> str | None:
    """"II." for the item "II.7.": the list an item belongs to."""
    if p.section and p.label is not None and p.section.endswith(p.label.label):
        return p.section[: -len(p.label.label)] or None
    return p.section


def _list_item(p: Paragraph) -> bool:
    return p.label is not None and p.label.kind in _LIST_KINDS


def _opens(item: Paragraph, nxt: Paragraph) -> bool:
    """The item heads what follows: the next paragraph is no sibling (another kind of label, a dash, or none)."""
    if nxt.zone != item.zone:
        return False
    label = nxt.label
    return label is None or label.kind == "dash" or (label.kind in _LIST_KINDS and label.kind != item.label.kind
                                                     and label.kind != "dotted1")


def uncoded_plan_items(prose: list[Paragraph], found: list[Measures]) -> dict[int, Indicator]:
    """A plan's list items in a chỉ tiêu section that state no figure, in a list whose other items are chỉ tiêu.

    Returns {position in `prose`: qualitative indicator}. A heading ("2. Mục tiêu cụ thể:") or a list of aims with
    no figure at all gives none: only a list some of whose items are measured is a list of chỉ tiêu.
    """
    from extractors.indicators.prose import _qualitative  # the warning and fields a figureless chỉ tiêu carries

    measured = {(_parent(p), p.label.kind) for p, m in zip(prose, found)
                if _list_item(p) and p.zone == "indicator" and m.indicators}
    out: dict[int, Indicator] = {}
    for k, (p, m) in enumerate(zip(prose, found)):
        if m.indicators or m.figures or p.zone != "indicator" or not _list_item(p):
            continue
        body = p.label.rest.strip()
        if (_parent(p), p.label.kind) not in measured or body.endswith(":") or len(body) > _MAX_ITEM_CHARS:
            continue
        if k + 1 < len(prose) and _opens(p, prose[k + 1]):
            continue  # "b) Kinh tế số" over its "- Kinh tế số chiếm tỷ trọng 15% GRDP": a heading
        out[k] = _qualitative(body, None, p, _parent(p))
    return out


def report_outcome(clause: str, p: Paragraph, text: str, section: str | None, listed: bool) -> Figure | None:
    """A report's clause without a figure that says something did not happen, or (in a list line or a chỉ tiêu
    section: `listed`) that a thing was done: a result without a figure (value None). It is a figure, not a chỉ
    tiêu of the report (most such words answer no target); the check reads it for a plan's target without a
    figure (`pipeline.check.report_check`)."""
    clause = _LEAD_RE.sub("", clause).strip(" .;")
    if NUMBER_RE.search(_without_dates(clause)):
        return None
    name = _prevented(clause) or (_done(clause) if listed else None)
    if name is None:
        return None
    period = complete_period(p.period, p.year)
    return Figure(name=capitalised(name), role="result", section=section, period=period, text=text)


def _without_dates(clause: str) -> str:
    """"từ tháng 10/2025", "ngày 15/10/2025", "năm 2025": dates are no figures."""
    return re.sub(r"\b(?:\d{1,2}/)?\d{1,2}/\d{4}\b|\b(?:19|20)\d{2}\b", " ", clause)


def _prevented(clause: str) -> str | None:
    """"trong năm không xảy ra ngộ độc thực phẩm tập thể trên địa bàn xã" -> "không xảy ra ngộ độc ... xã"."""
    found = NOT_HAPPENED_RE.search(clause) or HAPPENED_RE.search(clause)
    if found is None:
        return None
    what = clause[found.start():].split(",")[0].strip()
    return what if len(what.split()) >= 4 else None  # "không có" alone names nothing


def _done(clause: str) -> str | None:
    """"Nhà văn hóa thôn Đông đã hoàn thành, bàn giao ..." -> "Nhà văn hóa thôn Đông" (the subject before it)."""
    found = NOT_DONE_RE.search(clause) or DONE_RE.search(clause)
    if found is None:
        return None
    subject = _SUBJECT_TAIL_RE.sub("", clause[: found.start()]).strip(" ,:")
    if not subject or "," in subject or not subject[:1].isupper():
        return None  # a subject that opens the clause, as a list line opens: "Nhà văn hóa ..."
    return subject if len(subject.split()) <= _MAX_SUBJECT_WORDS else None


def outcome_row(name: str, result: str, verdict: str, row_text: str, section: str | None,
                period: str | None, year: int | None) -> Indicator | None:
    """A report table's row whose result is words ("Không xảy ra", "Đã hoàn thành") or whose verdict cell says
    "Đạt"/"Chưa đạt" without a figure: kept with no value, for the check to judge from the row's words."""
    if not any(c.isalpha() for c in name) or not (result.strip() or own_verdict(verdict)):
        return None
    words = f"{result} | {verdict}"
    if not (DONE_RE.search(words) or NOT_DONE_RE.search(words) or NOT_HAPPENED_RE.search(words)
            or HAPPENED_RE.search(words) or own_verdict(verdict)):
        return None
    return Indicator(name=name, section=section, period=complete_period(period or period_in(name), year),
                     text=row_text)
