"""Helpers for the units' result reports (báo cáo): the common skeleton, result tables, next-period tasks."""

from __future__ import annotations

import datetime as dt

from tools.corpus.common import PLAN_NO, plan_citation, vn_date
from tools.corpus.spec import D, DocSpec, I, Item, P, Row, Signer, T

TABLE_HEAD = Row(("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ %"))
TABLE_WIDTHS = (12, 68, 22, 21, 21, 21)
Y25 = "năm 2025"


def num(x: float, dec: int = 1) -> str:
    """Vietnamese number: "." thousands, "," decimals ("97,4", "1.720.500")."""
    s = f"{x:,.{dec}f}" if dec else f"{x:,.0f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


# A two-row heading with merged cells, as many offices draw it: "Năm 2025" spans "Kế hoạch" and "Thực hiện".
TWO_ROW_HEAD = (Row(("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "", "Tỷ lệ %")),
                Row(("", "", "", "Kế hoạch", "Thực hiện", "")))
TWO_ROW_MERGES = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5))


def result_table(*rows: tuple, two_row_head: bool = False) -> T:
    """Rows of (name, unit, plan text, done text, percent text, Indicator); STT is numbered here."""
    head = TWO_ROW_HEAD if two_row_head else (TABLE_HEAD,)
    out = list(head)
    for i, (name, unit, plan, done, pct, ind) in enumerate(rows, 1):
        out.append(Row((str(i), name, unit, plan, done, pct), (ind,)))
    return T(tuple(out), TABLE_WIDTHS, head=len(head), merges=TWO_ROW_MERGES if two_row_head else ())


def task(text: str, due: dt.date, precision: str, action: str) -> P:
    return P(f"- {text}", (D(due, precision, action),))


def intro(unit_text: str, wording: int = 0, plan_no: str = PLAN_NO) -> P:
    """The opening sentence citing the plan reported on (three usual wordings)."""
    n = plan_no
    texts = (
        f"Thực hiện Kế hoạch số {n} ngày 15/9/2025 của UBND xã Kiến Minh về phát động Đợt thi đua thực hiện thắng "
        f"lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2025, {unit_text} báo cáo kết "
        f"quả thực hiện như sau:",
        f"Căn cứ Kế hoạch số {n} ngày 15 tháng 9 năm 2025 của Ủy ban nhân dân xã Kiến Minh phát động Đợt thi đua "
        f"năm 2025; {unit_text} báo cáo kết quả triển khai, thực hiện cụ thể như sau:",
        f"Triển khai Kế hoạch số {n} ngày 15/9/2025 của UBND xã về phát động thi đua thực hiện thắng lợi nhiệm vụ "
        f"năm 2025, {unit_text} đã chủ động triển khai thực hiện và báo cáo kết quả như sau:",
    )
    issuers = ("UBND xã Kiến Minh", "Ủy ban nhân dân xã Kiến Minh", "UBND xã")  # as each wording prints it
    return P(texts[wording], (plan_citation(texts[wording], number=n, issuer=issuers[wording]),))


CLOSING = ("Trên đây là báo cáo kết quả thực hiện Kế hoạch số {n} của {unit}, kính báo cáo Ủy ban nhân dân xã "
           "xem xét, tổng hợp./.")


def report(name: str, *, unit: str, parent: str | None, issuer: str, number: str, date: dt.date, signer: Signer,
           body: tuple[Item, ...], formats=("docx",), plan_no: str = PLAN_NO, wording: int = 0,
           title: str | None = None, recipients: tuple[str, ...] | None = None,
           motto: tuple[str, str] | None = None, numbering=(), place: str = "Kiến Minh",
           printed: str | None = None, extra: dict | None = None, kinh_gui: tuple[str, ...] = (),
           assigned: str | None = None) -> DocSpec:
    """A unit's report on the plan: intro citing it, the unit's sections, the usual closing line.

    `unit` is how the report names its sender; `assigned` the unit's name in the plan's table V.3.
    """
    title = title or (f"Kết quả thực hiện Kế hoạch số {plan_no} ngày 15/9/2025 của UBND xã Kiến Minh\n"
                      f"về phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ năm 2025")
    closing = P(CLOSING.format(n=plan_no, unit=unit))
    kw = {"motto": motto} if motto else {}
    return DocSpec(
        name=name, folder="bao_cao", kind="bao_cao", number=number, number_printed=printed or number,
        issued_on=date, date_line=vn_date(date, place), place=place, parent_issuer=parent, issuer=issuer,
        type_name="BÁO CÁO", title=title, body=(intro(unit, wording, plan_no), *body, closing), signer=signer,
        recipients=recipients or ("UBND xã (b/c)", "Phòng Văn hóa - Xã hội", "Lưu: VT"), formats=formats,
        kinh_gui=kinh_gui,
        extra={"unit": unit, "plan_no": plan_no, "assigned": assigned or unit,
               **({"numbering": numbering} if numbering else {}), **(extra or {})},
        **kw,
    )


def pct(name: str, value: float | None, plan_code: str | None, target: float | None = None, ratio=None,
        text: str | None = None, period: str = Y25, direction: str = "increase") -> I:
    return I(name, value, target, "%", period=period, direction=direction, ratio=ratio, plan_code=plan_code,
             text=text)
