"""Facts every corpus document shares: the campaign, its plans, the commune's units."""

from __future__ import annotations

import datetime as dt

from tools.corpus.spec import C, Signer


def day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


CITY = "UBND thành phố Hải Phòng"
COMMUNE = "UBND xã Kiến Minh"
CITY_PLAN_NO, CITY_PLAN_DATE = "232/KH-UBND", day(2025, 9, 9)
PLAN_NO, PLAN_DATE = "05/KH-UBND", day(2025, 9, 15)
COMMUNE_DEADLINE = day(2025, 12, 9)  # "trước ngày 10/12/2025"
CITY_DEADLINE = day(2025, 12, 14)  # "trước ngày 15/12/2025"

CAMPAIGN = ("Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh "
            "năm 2025")

CHU_TICH = Signer("Phạm Tiến Thuật", "CHỦ TỊCH", "TM.", "ỦY BAN NHÂN DÂN", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"))
PHO_CHU_TICH = Signer("Nguyễn Thị Hằng", "PHÓ CHỦ TỊCH", "KT.", "ỦY BAN NHÂN DÂN",
                      ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))


def plan_citation(text: str, relation: str | None = "reports_on", number: str = PLAN_NO,
                  issuer: str = COMMUNE) -> C:
    return C("Kế hoạch", number, PLAN_DATE, issuer, relation, text)


def vn_date(d: dt.date, place: str) -> str:
    """"Kiến Minh, ngày 05 tháng 12 năm 2025" (Decree 30: leading zero for days < 10 and months 1-2)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"
