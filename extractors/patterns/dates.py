"""Dates and periods as Vietnamese documents write them.

`parse_date("ngày 09 tháng 9 năm 2025")` -> date(2025, 9, 9); also "09/9/2025", "9-9-2025", "09.9.2025".
`find_periods(text, default_year)` finds every date or period in a text, each with the last day it covers:
"ngày 10/12/2025" (day), "tháng 12/2025" (month), "Quý II/2026" (quarter), "6 tháng cuối năm 2025",
"năm 2026" (year).
"""

from __future__ import annotations

import calendar
from bisect import bisect_right, insort
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

_SP = r"[\s\u00a0]*"
# "ngày 09 tháng 9 năm 2025" (seed plan), "ngày 26 tháng 12 năm 2024"; OCR may glue or split words
WORDY_DATE_RE = re.compile(
    rf"(?:ngày{_SP})?(?P<d>\d{{1,2}}){_SP}tháng{_SP}(?P<m>\d{{1,2}})(?:{_SP}năm{_SP}(?P<y>\d{{4}}))?",
    re.I,
)
# "26/12/2024", "09/9/2025", "9-9-2025", "09.9.2025", "10/12" (year from context); not "833.509/1.703"
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.,-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d/]|[.,]\d)"
)
# "tháng 12/2025", "tháng 12 năm 2025", "tháng 12-2025", "tháng 10" (year from the document)
MONTH_RE = re.compile(rf"tháng{_SP}(?P<m>\d{{1,2}})(?:{_SP}(?:/|-|năm){_SP}(?P<y>\d{{4}}))?(?![\d/])", re.I)
# "Quý II/2026", "quý 2 năm 2026", "quý IV" (year from the document)
QUARTER_RE = re.compile(
    rf"quý{_SP}(?P<q>IV|I{{1,3}}|[1-4])\b(?:{_SP}(?:/|-|năm){_SP}(?P<y>\d{{4}}))?", re.I)
# "6 tháng cuối năm 2025", "06 tháng đầu năm 2025", "9 tháng đầu năm"
HALF_RE = re.compile(rf"(?P<n>0?[369]){_SP}tháng{_SP}(?P<part>cuối|đầu){_SP}năm(?:{_SP}(?P<y>\d{{4}}))?", re.I)
# "năm 2026", "cuối năm 2025"
YEAR_RE = re.compile(rf"năm{_SP}(?P<y>(?:19|20)\d\d)(?![\d/-])", re.I)

_ANY_DIGIT_RE = re.compile(r"\d")
_ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class Period:
    """A date or period found in a text: [start, end) span and the last day it covers."""

    start: int
    end: int
    due: dt.date
    precision: str  # day / month / quarter / year
    text: str


def _date(y: int | None, m: int, d: int) -> dt.date | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(raw: str | None, default_year: int | None) -> int | None:
    return int(raw) if raw else default_year


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def iter_dates(text: str, default_year: int | None = None) -> Iterator[Period]:
    """Every full date in `text`, wordy or numeric, in order."""
    found: list[Period] = []
    wordy = "tháng" in text or "THÁNG" in text or "Tháng" in text
    for rx in (WORDY_DATE_RE, NUMERIC_DATE_RE) if wordy else (NUMERIC_DATE_RE,):
        taken = [(p.start, p.end) for p in found]  # the wordy dates, in order
        for m in rx.finditer(text):
            if _inside(taken, m.start()):
                continue
            if rx is NUMERIC_DATE_RE and not m["y"] and m["sep"] != "/":
                continue  # "2.1" or "3-4" without a year are not dates
            day = _date(_year(m["y"], default_year), int(m["m"]), int(m["d"]))
            if day:
                found.append(Period(m.start(), m.end(), day, "day", m[0]))
    return iter(sorted(found, key=lambda p: p.start))


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date in `text`: "ngày 09 tháng 9 năm 2025", "09/9/2025", "9-9-2025" -> 2025-09-09."""
    return next((p.due for p in iter_dates(text, default_year)), None)


def _coarse(text: str, default_year: int | None) -> Iterator[Period]:
    for m in HALF_RE.finditer(text):
        if (y := _year(m["y"], default_year)) is not None:
            n = int(m["n"])
            month = 12 if m["part"].lower() == "cuối" else n
            yield Period(m.start(), m.end(), _month_end(y, month), "month" if n != 6 else "year", m[0])
    for m in QUARTER_RE.finditer(text):
        q = _ROMAN_QUARTER.get(m["q"].upper()) or int(m["q"])
        if (y := _year(m["y"], default_year)) is not None:
            yield Period(m.start(), m.end(), _month_end(y, q * 3), "quarter", m[0])
    for m in MONTH_RE.finditer(text):
        y = _year(m["y"], default_year)
        if y is not None and 1 <= int(m["m"]) <= 12:
            yield Period(m.start(), m.end(), _month_end(y, int(m["m"])), "month", m[0])
    for m in YEAR_RE.finditer(text):
        yield Period(m.start(), m.end(), dt.date(int(m["y"]), 12, 31), "year", m[0])


def find_periods(text: str, default_year: int | None = None) -> list[Period]:
    """Dates first, then the coarser periods that do not overlap them, in text order."""
    if not _ANY_DIGIT_RE.search(text):
        return []
    found = list(iter_dates(text, default_year))
    taken = sorted((p.start, p.end) for p in found)
    for p in _coarse(text, default_year):  # halves, quarters, months, years: the first that claims a span wins
        if not _inside(taken, p.start) and not _inside(taken, p.end - 1):
            found.append(p)
            insort(taken, (p.start, p.end))
    return sorted(found, key=lambda p: p.start)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_right(spans, (pos, 10**9)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# Words before a date or period that make it a time limit (matched on the lower-cased text just before it):
# "trước ngày 10/12/2025" (seed plan), "chậm nhất ngày 20/01/2026", "trong ngày 05/12/2025", "đến hết tháng
# 12/2025" (seed plan), "hoàn thành trong Quý II/2026", "trong năm 2026", "hạn cuối là ngày 15/12/2025",
# "Thời gian hoàn thành: Quý IV/2025"; with a time of day, which leaves that day allowed: "trước 17 giờ 00 ngày
# 05/12/2025", "trước 16 giờ 30 phút, ngày 19/12/2025"; with "vào": "chậm nhất vào ngày 15 tháng 01 năm 2026".
DEADLINE_CUE_RE = re.compile(
    r"(?<!\w)(?P<cue>trước|chậm nhất(?: là)?|muộn nhất(?: là)?|trong|đến hết|hết|đến|hạn(?: chót| cuối)?(?: là)?|"
    r"kết thúc(?: vào)?|xong|hoàn thành(?: vào)?|thời hạn|thời gian(?: hoàn thành| thực hiện)?\s*:)"
    r"(?:\s+vào)?(?P<time>\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?)?"
    r"\s*(?:ng[àa]y|thời hạn)?\s*[:,]?\s*"  # "chậm nhất ngay 12/12/2025" (tone mark dropped)
    r"(?:\d{1,2}\s*(?:,|và)\s*)*$"  # "Thời gian thực hiện: Ngày 26, 27/12/2011": the last of the days listed
)
# The end of a span "từ ngày 10/11/2025 đến hết ngày 31/12/2025" is a period's end, not a time limit.
# "từ ngày 08 đến 12/11/2012" (a fair's days) too.
SPAN_START_RE = re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?)?\s+(?:đến|tới)(?:\s+hết)?"
                           r"(?:\s+ngày)?\s*$")
_CUE_WINDOW = 40


def deadline_cue(text: str, period: Period) -> str | None:
    """The cue word that makes `period` a time limit ("trước", "chậm nhất", "trong" ...), or None."""
    before = text[max(0, period.start - _CUE_WINDOW): period.start].lower()
    if period.text.lower().startswith("ngày"):
        before += "ngày "
    m = DEADLINE_CUE_RE.search(before)
    if not m or SPAN_START_RE.search(text[max(0, period.start - 2 * _CUE_WINDOW): period.start].lower()):
        return None
    return f"{m['cue']} giờ" if m["time"] else m["cue"]


def last_day_before(period: Period) -> dt.date:
    """"trước ngày 10/12/2025" -> 2025-12-09; "trước tháng 12/2025" -> 2025-11-30; "trước Quý II/2026" -> 2026-03-31."""
    due = period.due
    if period.precision == "day":
        return due - dt.timedelta(days=1)
    months = {"month": 1, "quarter": 3, "year": 12}[period.precision]
    month_index = due.year * 12 + due.month - 1 - months  # the last month before the period
    return _month_end(month_index // 12, month_index % 12 + 1)


# A recurring time limit: a duty with no single due date ("báo cáo ... trước ngày 25 hằng tháng", "định kỳ 6 tháng",
# "hàng quý"); the unit is assigned the task, no deadline is recorded.
RECURRING_RE = re.compile(r"(?<!\w)(?:h[ằà]ng\s+(?:tháng|quý|năm|tuần|ngày)|định\s+kỳ)(?!\w)", re.I)


# A time limit whose date is left blank or garbled: "trước ngày    /12/2025", "chậm nhất ngày .../...".
BLANK_LIMIT_RE = re.compile(r"(?:trước|chậm nhất(?: là)?|trong|đến hết|đến)\s+ngày(?P<raw>[\s\d./…_-]{2,14})(?=[\s,;.)]|$)",
                            re.I)

# "Trong năm 2025, các đơn vị đã tổ chức ...", "trong tháng vừa qua": a clause in the past tense is no deadline.
# Whole words only: not "đãi" ("ưu đãi").
PAST_CLAUSE_RE = re.compile(r"(?<!\w)(?:đã|vừa qua)(?!\w)")
# "... được triển khai từ ngày phát động" -> "... được triển khai" (the start of the period)
SINCE_TAIL_RE = re.compile(r"\s+từ\s+(?:ngày|khi)\b.*$")
# "Thu ngân sách xã năm 2025", "Kế hoạch ... năm 2025": a year named with "năm" (group 1: "2025"); not "05 năm".
NAMED_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b")

# A date or period that is not a time limit although a cue word precedes it (matched on the lower-cased text just
# before the period): "tính đến ngày 30/6/2024" (as of), "số liệu đến ngày ..." ; a horizon in the title of a cited
# document: "Chiến lược ... đến năm 2030, tầm nhìn đến năm 2050", "giai đoạn 2021 - 2025, định hướng đến năm 2030"
# (corpus/real conventions).
NOT_A_LIMIT_RE = re.compile(r"(?:(?<!\w)tính|số liệu|tầm nhìn|định hướng|giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*,?)"
                            r"\s+(?:từ\s+[^,;]{1,30}?\s+)?(?:đến|tới)(?:\s+hết)?\s*(?:ngày|năm)?\s*$")
# Recurring right after the date: "kết thúc vào ngày 31 tháng 12 hằng năm" (a rule, not a time limit)
RECURRING_AFTER_RE = re.compile(r"^\s*(?:h[ằà]ng|mỗi)\s+(?:tháng|quý|năm|tuần)(?!\w)", re.I)
# "xong trong năm 2026", "hoàn thành, đưa vào sử dụng trong năm 2026": a completion word in the clause makes
# "trong" a limit even within the period the document covers
COMPLETION_WORDS = r"(?:hoàn thành|xong|kết thúc|dứt điểm|hoàn tất|phấn đấu)"
# (and a labelled time limit: "- Thời gian thực hiện: trong năm 2025.", corpus/real xa_phuong1-vungtau_KH_447-2025)
COMPLETION_BEFORE_RE = re.compile(rf"(?:{COMPLETION_WORDS}[^;.]{{0,40}}|thời\s+(?:gian|hạn)[^:;.]{{0,20}}:\s*)trong\s*$")
# Words that make "đến năm 2026" a limit: "hoàn thành ... đến năm 2026" (not "phấn đấu đến năm ...": a target's year)
COMPLETION_LIMIT_RE = re.compile(r"hoàn thành|xong|dứt điểm|hoàn tất")
# A schedule step: "- Từ 10/10/2022 đến 25/11/2022: UBND các huyện ... triển khai thu thập ..." (corpus/real
# so_quangbinh_CV_1445-2022): the step's end is its time limit. (A span inside a sentence, "triển khai từ ngày
# 10/11/2025 đến hết ngày 31/12/2025", is a period, not a limit.)
SCHEDULE_STEP_RE = re.compile(r"^\s*(?:[-–+•]\s*)?Từ\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s+(?:đến|tới)\s+"
                              r"(?:hết\s+)?(?:ngày\s+)?(?P<end>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*:", re.I)
