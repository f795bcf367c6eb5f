"""Time limits in the parent's sentences, as the commune's draft must print them.

A reporting limit ("báo cáo ... trước ngày 15/12/2025") moves earlier by the profile's lead time, so the units
report to the commune before the commune reports up; never to a day before the draft's own date. A limit that has
already passed on the draft's date is blanked ("trước ngày …/…/…") with a warning, never printed in the past.
Dates that are no limits (a cited document's date) are left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.patterns.dates import deadline_cue, find_periods
from pipeline.generate.filters import ngay_ngan

REPORT_WORDS = ("báo cáo", "gửi kết quả", "tổng hợp kết quả")
BLANK_DAY = "…/…/…"
BLANK_MONTH = "…/…"


def is_report(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in REPORT_WORDS)


def moved(due: dt.date, lead_days: int, issued_on: dt.date) -> dt.date:
    """The units' limit: `lead_days` before the parent's, not before the draft's date."""
    return max(due - dt.timedelta(days=lead_days), issued_on)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# "Kế hoạch số 232/KH-UBND ngày 09/9/2025", "Nghị định số 12/2009/NĐ-CP ngày 12 tháng 2 năm 2009": a cited document's
# date, just after its number
_CITED_BEFORE_RE = re.compile(r"(?:số\s*[\w.-]*\d[\w.-]*\s*/\s*[\w/.-]+\s*(?:,\s*)?(?:ngày|ban hành ngày)?"
                              r"|\d[\w.-]*\s*/\s*[\w/.-]+\s*(?:,\s*)?(?:ngày|ban hành ngày))\s*$", re.I)
_RECURRING_AFTER_RE = re.compile(r"^\s*(?:h[àằ]ng|mỗi)\s+(?:năm|tháng|quý)", re.I)


def _is_limit(text: str, p) -> bool:
    """A dated limit of the parent's (not a recurring "10/01 hằng năm", not a cited document's date)."""
    if not _YEAR_RE.search(p.text) or _RECURRING_AFTER_RE.match(text[p.end:]):
        return False
    if _CITED_BEFORE_RE.search(text[max(0, p.start - 80):p.start]):
        return False
    return p.precision in ("day", "month") or (p.precision == "year" and deadline_cue(text, p) is not None)


def shift_limits(text: str, issued_on: dt.date, lead_days: int, year: int | None) -> tuple[str, list[str]]:
    """(text, warnings): the dated limits in one of the parent's sentences, moved or blanked for the commune."""
    periods = [p for p in find_periods(text, year) if _is_limit(text, p)]
    if not periods:
        return text, []
    warnings: list[str] = []
    report = is_report(text)
    out, at = [], 0
    for p in periods:
        out.append(text[at:p.start])
        at = p.end
        if p.due < issued_on:
            out.append(BLANK_DAY if p.precision == "day" else f"tháng {BLANK_MONTH}" if p.precision == "month"
                       else "năm ……")
            warnings.append(f"Thời hạn «{p.text}» trong kế hoạch cấp trên đã qua so với ngày của dự thảo "
                            f"({ngay_ngan(issued_on)}): để trống để văn phòng xác định lại.")
        elif report and p.precision == "day" and p.text[:1].isdigit() and deadline_cue(text, p):
            printed_gap = _printed(p.text, p.due)
            new_due = moved(p.due, lead_days, issued_on)
            out.append(ngay_ngan(new_due + printed_gap))
        else:
            out.append(p.text)
    out.append(text[at:])
    return "".join(out), warnings


def _printed(text: str, due: dt.date) -> dt.timedelta:
    """"15/12/2025" with due 14/12 ("trước ngày"): the printed day is one after the last allowed day."""
    from extractors.patterns.dates import parse_date

    day = parse_date(text)
    return (day - due) if day else dt.timedelta(0)
