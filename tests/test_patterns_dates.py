"""Dates and periods as Vietnamese documents write them."""

import datetime as dt

import pytest

from extractors.patterns import dates
from extractors.patterns.dates import find_periods, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 09 tháng 9 năm 2025", dt.date(2025, 9, 9)),
        ("Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của", dt.date(2025, 9, 9)),
        ("09/9/2025", dt.date(2025, 9, 9)),
        ("9-9-2025", dt.date(2025, 9, 9)),
        ("09.9.2025", dt.date(2025, 9, 9)),
        ("Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị", dt.date(2024, 12, 26)),
        ("ngày 31/02/2025", None),  # no such day
        ("Tổng giá trị sản xuất: 833.509/1.703,274 tỷ đồng", None),
        ("Cấp Giấy chứng nhận QSD đất ở lần đầu: 23/45 giấy.", None),
        ("2.1. Các chỉ tiêu kinh tế", None),
    ],
)
def test_a_written_date_is_parsed_or_refused(text, expected):
    assert parse_date(text) == expected


def test_a_date_without_a_year_takes_the_default_year_or_is_none():
    assert parse_date("trước ngày 10/12") is None
    assert parse_date("trước ngày 10/12", default_year=2025) == dt.date(2025, 12, 10)
    assert parse_date("ngày 05 tháng 01", default_year=2026) == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    ("text", "due", "precision"),
    [
        ("đến hết tháng 12/2025", dt.date(2025, 12, 31), "month"),
        ("trong tháng 02 năm 2024", dt.date(2024, 2, 29), "month"),
        ("Quý II/2026", dt.date(2026, 6, 30), "quarter"),
        ("trong quý 4 năm 2025", dt.date(2025, 12, 31), "quarter"),
        ("6 tháng cuối năm 2025", dt.date(2025, 12, 31), "year"),
        ("trong năm 2026", dt.date(2026, 12, 31), "year"),
        ("nguồn tuyển quân tháng 10 cho công tác", dt.date(2025, 10, 31), "month"),
    ],
)
def test_a_period_covers_up_to_its_last_day(text, due, precision):
    (period,) = find_periods(text, default_year=2025)
    assert (period.due, period.precision) == (due, precision)


def test_a_full_date_is_not_also_read_as_a_month_or_a_year():
    periods = find_periods("ngày 09 tháng 9 năm 2025 và đến hết tháng 12/2025")
    assert [(p.precision, p.due) for p in periods] == [("day", dt.date(2025, 9, 9)), ("month", dt.date(2025, 12, 31))]


def test_a_clause_in_the_past_tense_is_recognised():
    assert dates.PAST_CLAUSE_RE.search("Trong năm 2025, các đơn vị đã tổ chức")
    assert dates.PAST_CLAUSE_RE.search("trong tháng vừa qua")
    assert dates.PAST_CLAUSE_RE.search("thực hiện chế độ ưu đãi trong năm 2025") is None


def test_the_start_of_a_period_is_cut_from_a_task():
    assert dates.SINCE_TAIL_RE.sub("", "Phong trào được triển khai từ ngày phát động") == "Phong trào được triển khai"
    assert dates.SINCE_TAIL_RE.sub("", "triển khai từ khi có kế hoạch") == "triển khai"


def test_a_year_named_with_nam_is_read():
    assert dates.NAMED_YEAR_RE.search("Thu ngân sách xã năm 2025").group(1) == "2025"
    assert dates.NAMED_YEAR_RE.search("trong 05 năm") is None
