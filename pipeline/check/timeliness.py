"""Was the report on time, and does it answer the right plan?

The plan's reporting deadline is its deadline whose action is reporting: "Báo cáo kết quả thực hiện
... trước ngày 10/12/2025" is due 2025-12-09 (the extractor already gives the last allowed day).
Plan numbers compare after normalisation: "05/KH-UBND" = "5/KH-UBND" = "5/KH - UBND".
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.errors import DocWarning, WarningCode
from extractors.patterns.docnums import number_key
from extractors.records import Citation, Deadline, Record

_REPORTING_RE = re.compile(r"báo cáo|gửi kết quả|tổng hợp kết quả", re.IGNORECASE)


def reporting_deadline(plan: Record) -> Deadline | None:
    """The plan's deadline for sending result reports: the earliest one whose action is reporting.

    Failing that, the earliest due date of an assignment to report ("Báo cáo kết quả thực hiện ...", 2025-12-09).
    """
    reporting = [d for d in plan.deadlines if _REPORTING_RE.search(f"{d.action or ''} {d.text}")]
    if not reporting:
        reporting = [Deadline(due=a.due, precision="day", text=a.task, action=a.task, responsible=a.unit)
                     for a in plan.assignments if a.due and _REPORTING_RE.search(a.task)]
    return min(reporting, key=lambda d: d.due) if reporting else None


def late_days(issued_on: dt.date | None, deadline: dt.date | None) -> int | None:
    """Days past the deadline (0 when on time), None when either date is unknown."""
    if issued_on is None or deadline is None:
        return None
    return max(0, (issued_on - deadline).days)


def cited_plan(report: Record, plan: Record) -> Citation | None:
    """The citation naming the plan: one with the plan's number if any, else the report's basis."""
    wanted = number_key(plan.number)
    for citation in report.citations:
        if wanted and number_key(citation.number) == wanted:
            return citation
    basis = report.basis
    if basis is not None:
        return basis
    return next((c for c in report.citations if c.kind.lower().startswith("kế hoạch")), None)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeliness_problems(report: Record, deadline: dt.date | None, late: int | None) -> list[DocWarning]:
    if report.issued_on is None:
        return [DocWarning(code=WarningCode.NO_DATE, message="Báo cáo không ghi ngày ban hành, không xác định được đúng hạn.")]
    if late:
        return [DocWarning(
            code=WarningCode.LATE,
            message=(f"Báo cáo ngày {report.issued_on:%d/%m/%Y} chậm {late} ngày so với hạn báo cáo "
                     f"{deadline:%d/%m/%Y} của kế hoạch."),
        )]
    return []


def citation_problems(report: Record, plan: Record, cited: Citation | None) -> list[DocWarning]:
    if cited is None or cited.number is None:
        return [DocWarning(code=WarningCode.NO_PLAN_CITED, message="Báo cáo không nêu số kế hoạch mà nó báo cáo kết quả.")]
    if plan.number and number_key(cited.number) != number_key(plan.number):
        return [DocWarning(
            code=WarningCode.WRONG_PLAN,
            message=(f"Báo cáo trích dẫn {cited.kind} số {cited.number}, không phải Kế hoạch số {plan.number} "
                     "đang kiểm tra; đề nghị đơn vị kiểm tra lại căn cứ."),
            location=_short(cited.text),
        )]
    return []
