"""The check's records: what `vanban check --json` prints and what the consolidated report is built from.

Field names are documented in the README; add fields with defaults, never rename.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from extractors.errors import DocWarning

Verdict = Literal["vượt", "đạt", "chưa đạt", "không báo cáo", "không so sánh được"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Match(_Frozen):
    """Why a reported indicator was taken for a plan indicator."""

    plan_code: str | None  # "(7)"
    plan_name: str
    reported_name: str
    score: float  # 0..100
    reason: str  # Vietnamese: "trùng tên sau chuẩn hóa", "từ viết tắt BHYT", ...
    doubtful: bool = False


class Assessment(_Frozen):
    """One plan indicator judged against one report (or against all reports, in a consolidation)."""

    plan_code: str | None
    name: str  # the plan's wording
    unit: str | None
    target: float | None
    target_high: float | None = None
    comparator: str | None = None
    direction: Literal["increase", "decrease"] | None = None
    reported_value: float | None = None  # converted to the plan's unit
    reported_text: str | None = None  # the report's own wording, quoted
    completion: float | None = None  # % of target
    verdict: Verdict
    match: Match | None = None
    source: str | None = None  # file the figure came from
    unit_name: str | None = None  # reporting unit (issuer of the report)
    note: str | None = None  # Vietnamese: why not comparable, unit conversion done, ...
    units_reporting: tuple[str, ...] = ()  # consolidation: units whose figures make up `reported_value`


class ReportCheck(_Frozen):
    """One unit report checked against its plan."""

    report: str  # file name
    unit: str | None  # reporting unit
    assigned_unit: str | None = None  # the plan's name for that unit, when the campaign found it
    report_number: str | None = None
    report_date: dt.date | None = None
    plan_number: str | None = None  # the plan it was checked against
    cited_plan_number: str | None = None  # the plan number the report itself cites
    cites_wrong_plan: bool = False
    deadline: dt.date | None = None
    late_days: int | None = None  # > 0 when late
    assessments: tuple[Assessment, ...] = ()
    unmatched: tuple[str, ...] = ()  # reported indicators matched to no plan indicator
    problems: tuple[DocWarning, ...] = ()  # arithmetic, duplicates, implausible values, lateness ...


class CampaignCheck(_Frozen):
    """All reports of one plan: who reported, who is late or missing, and the indicator table."""

    plan: str  # file name
    plan_number: str | None
    deadline: dt.date | None
    as_of: dt.date
    reports: tuple[ReportCheck, ...] = ()
    assigned_units: tuple[str, ...] = ()
    reported_units: tuple[str, ...] = ()
    missing_units: tuple[str, ...] = ()
    late_units: tuple[str, ...] = ()
    table: tuple[Assessment, ...] = ()  # one row per plan indicator, over all reports
    problems: tuple[DocWarning, ...] = ()  # missing units, conflicting figures across reports, the plan's own figures
    wrong_plan_reports: tuple[str, ...] = ()  # files citing another plan number than `plan_number`
