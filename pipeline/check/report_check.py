"""One unit report (báo cáo) against the plan (kế hoạch) it reports on: `check_report`.

Stages: match reported indicators to plan indicators (`matching`), assess each plan indicator
(`assess`), check the figures themselves (`figures`), the deadline and the cited plan (`timeliness`).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import PurePath

from extractors.errors import DocWarning, WarningCode
from extractors.patterns.docnums import number_key
from extractors.records import Indicator, Record
from pipeline.check.assess import assess, plan_target
from pipeline.check.figures import indicators_to_problems
from pipeline.check.matching import PlanIndex, match_indicators, plan_to_index
from pipeline.check.models import Assessment, Match, ReportCheck
from pipeline.check.timeliness import (
    citation_problems,
    cited_plan,
    late_days,
    reporting_deadline,
    timeliness_problems,
)


@lru_cache(maxsize=32)
def plan_index(indicators: tuple[Indicator, ...]) -> PlanIndex:
    """The plan's indicators with their normalised names, computed once per plan."""
    return plan_to_index(indicators)


def file_name(source: str) -> str:
    return PurePath(source).name if source else ""


def statements(report: Record) -> tuple[Indicator, ...]:
    """What the report says without a figure ("Nhà văn hóa thôn Đông đã hoàn thành ...", "không xảy ra ngộ độc
    ..."): the extractor keeps these as result figures without a value (`extractors.indicators.qualitative`)."""
    return tuple(Indicator(name=f.name, text=f.text, period=f.period, section=f.section) for f in report.figures
                 if f.role == "result" and f.value is None and f.target is None and f.ratio is None and f.name)


def _answer_qualitative(report: Record, plan: Record, by_plan: dict) -> dict[int, tuple[Indicator, Match]]:
    """Plan targets without a figure that no reported chỉ tiêu answers, matched to the report's statements."""
    open_rows = [p for p, ind in enumerate(plan.indicators) if p not in by_plan and plan_target(ind) is None]
    said = statements(report)
    if not open_rows or not said:
        return {}
    found = match_indicators(said, plan_index(tuple(plan.indicators[p] for p in open_rows)))
    return {open_rows[q]: (said[r], m) for r, (q, m) in found.items()}


def report_to_assessments(report: Record, plan: Record) -> tuple[tuple[Assessment, ...], tuple[str, ...], list[Match]]:
    """(one assessment per plan indicator, reported names matched to none, the matches made)."""
    matches = match_indicators(report.indicators, plan_index(plan.indicators))
    by_plan = {p: (report.indicators[r], m) for r, (p, m) in matches.items()}
    by_plan.update(_answer_qualitative(report, plan, by_plan))
    source, unit = file_name(report.source) or None, report.issuer
    assessments = []
    for p, plan_ind in enumerate(plan.indicators):
        rep, match = by_plan.get(p, (None, None))
        assessments.append(assess(plan_ind, rep, match, source=source, unit_name=unit))
    unmatched = tuple(ind.name for r, ind in enumerate(report.indicators) if r not in matches)
    return tuple(assessments), unmatched, [m for _, m in by_plan.values()]


def match_problems(matches: list[Match], unmatched: tuple[str, ...]) -> list[DocWarning]:
    out = [
        DocWarning(
            code=WarningCode.DOUBTFUL_MATCH,
            message=(f"Chỉ tiêu «{m.reported_name}» được đối chiếu với «{m.plan_name}» {m.plan_code or ''} "
                     f"nhưng chưa chắc chắn ({m.reason}).").replace("  ", " "),
        )
        for m in matches if m.doubtful
    ]
    out += [
        DocWarning(code=WarningCode.UNMATCHED, message=f"Chỉ tiêu «{name}» không tìm thấy trong kế hoạch.")
        for name in unmatched
    ]
    return out


KIND_NAMES = {"ke_hoach": "kế hoạch", "quyet_dinh": "quyết định", "cong_van": "công văn", "thong_bao": "thông báo",
              "to_trinh": "tờ trình"}


def kind_problems(report: Record) -> list[DocWarning]:
    """A document read as another kind than a report (báo cáo) is still checked, but the office is told."""
    if report.kind not in KIND_NAMES:
        return []
    return [DocWarning(code=WarningCode.NOT_A_REPORT,
                       message=f"Văn bản được nhận diện là {KIND_NAMES[report.kind]}, không phải báo cáo kết quả.")]


def check_report(report: Record, plan: Record, as_of: dt.date | None = None) -> ReportCheck:
    """One report against its plan: every plan indicator assessed, figures, deadline and citation checked.

    `as_of` stands in for the report's date when the report has none (the day it is checked).
    """
    assessments, unmatched, matches = report_to_assessments(report, plan)
    deadline = reporting_deadline(plan)
    due = deadline.due if deadline else None
    late = late_days(report.issued_on or as_of, due)
    cited = cited_plan(report, plan)
    cites_wrong = bool(
        cited and cited.number and plan.number and number_key(cited.number) != number_key(plan.number)
    )
    problems = (
        *kind_problems(report),
        *indicators_to_problems(report.indicators),
        *match_problems(matches, unmatched),
        *timeliness_problems(report, due, late),
        *citation_problems(report, plan, cited),
    )
    return ReportCheck(
        report=file_name(report.source),
        unit=report.issuer,
        report_number=report.number,
        report_date=report.issued_on,
        plan_number=plan.number,
        cited_plan_number=cited.number if cited else None,
        cites_wrong_plan=cites_wrong,
        deadline=due,
        late_days=late,
        assessments=assessments,
        unmatched=unmatched,
        problems=problems,
    )
