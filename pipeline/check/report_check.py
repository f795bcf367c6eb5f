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
from pipeline.check.assess import assess
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


def report_to_assessments(report: Record, plan: Record) -> tuple[tuple[Assessment, ...], tuple[str, ...], list[Match]]:
    """(one assessment per plan indicator, reported names matched to none, the matches made)."""
    matches = match_indicators(report.indicators, plan_index(plan.indicators))
    by_plan = {p: (r, m) for r, (p, m) in matches.items()}
    source, unit = file_name(report.source) or None, report.issuer
    assessments = []
    for p, plan_ind in enumerate(plan.indicators):
        r, match = by_plan.get(p, (None, None))
        rep = report.indicators[r] if r is not None else None
        assessments.append(assess(plan_ind, rep, match, source=source, unit_name=unit))
    unmatched = tuple(ind.name for r, ind in enumerate(report.indicators) if r not in matches)
    return tuple(assessments), unmatched, [m for _, m in matches.values()]


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
