"""Jinja filters for Vietnamese numbers and dates, as Decree 30 writes them.

    {{ 1703.274 | so }}                -> "1.703,274"
    {{ d | ngay_thang }}               -> "ngày 09 tháng 9 năm 2025"   (ND30: day < 10 and months 1-2 padded)
    {{ d | ngay_ngan }}                -> "09/9/2025"
    {{ 5 | so_hieu }}                  -> "05"
    {{ 97.42 | phan_tram }}            -> "97,4%"

The number filters are `pipeline.vi_format` (shared with the check's messages).
"""

from __future__ import annotations

import datetime as dt

from pipeline.vi_format import number_vi, percent_vi


def _month(d: dt.date) -> str:
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def ngay_thang(d: dt.date | None) -> str:
    """date(2025, 9, 9) -> "ngày 09 tháng 9 năm 2025"; date(2026, 2, 9) -> "ngày 09 tháng 02 năm 2026"."""
    if d is None:
        return "ngày      tháng      năm"
    return f"ngày {d.day:02d} tháng {_month(d)} năm {d.year}"


def ngay_ngan(d: dt.date | None) -> str:
    """date(2025, 12, 9) -> "09/12/2025" (short form used in running text)."""
    return "" if d is None else f"{d.day:02d}/{_month(d)}/{d.year}"


def so_hieu(number: int | str | None) -> str:
    """5 -> "05"; 232 -> "232"; None -> blank slot for the văn thư ("    ")."""
    if number in (None, ""):
        return "     "
    text = str(number)
    return text.zfill(2) if text.isdigit() else text


COMPARATOR_VI = {">=": "đạt", ">": "đạt trên", "<=": "không quá", "<": "dưới", "=": "đạt"}


def so_sanh(comparator: str | None) -> str:
    """">=" -> "đạt"; "<=" -> "không quá" (how a target is worded)."""
    return COMPARATOR_VI.get(comparator or "", "đạt")


FILTERS = {
    "so": number_vi,
    "number_vi": number_vi,
    "phan_tram": percent_vi,
    "ngay_thang": ngay_thang,
    "ngay_ngan": ngay_ngan,
    "so_hieu": so_hieu,
    "so_sanh": so_sanh,
}
