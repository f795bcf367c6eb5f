"""One row per plan indicator over all reports: the consolidated table (bảng tổng hợp).

Which figure stands for the whole commune:
- the figure of the lead unit (the first unit the plan assigns the chỉ tiêu to: "Trạm Y tế xã: theo dõi,
  báo cáo chỉ tiêu (4), (7)"), when it reported; the villages' own rates are its parts, not rivals;
- else the only figure reported;
- else, several units without the lead: counts and money (additive) are summed; rates (%) are not
  additive, so equal rates stand and different ones leave the row "không so sánh được", all figures listed.
"""

from __future__ import annotations

import datetime as dt

from extractors.errors import DocWarning, WarningCode
from extractors.patterns.units import canonical_unit
from extractors.records import Indicator
from pipeline.check.assess import assess
from pipeline.check.models import Assessment, ReportCheck
from pipeline.check.names import name_key
from pipeline.vi_format import number_vi

NON_ADDITIVE = ("%",)
_EPOCH = dt.date.min
Reported = list[tuple[ReportCheck, Assessment]]


def _name(check: ReportCheck) -> str:
    return check.assigned_unit or check.unit or check.report


def _same_unit(a: str | None, b: str) -> bool:
    return a is not None and name_key(a).text == name_key(b).text


def _listed(reported: Reported, unit: str | None) -> str:
    suffix = "%" if unit == "%" else f" {unit or ''}".rstrip()
    return "; ".join(f"{_name(c)}: {number_vi(a.reported_value, 2)}{suffix}" for c, a in reported)


def _not_reported(plan_ind: Indicator, checks: list[ReportCheck], p: int) -> Assessment:
    tried = [c for c in checks if c.assessments[p].verdict != "không báo cáo"]
    row = tried[0].assessments[p] if tried else assess(plan_ind, None)
    return row.model_copy(update={"units_reporting": tuple(_name(c) for c in tried)})


def _summed(plan_ind: Indicator, reported: Reported, units: tuple[str, ...]) -> Assessment:
    total = sum(a.reported_value for _, a in reported)
    merged = Indicator(name=plan_ind.name, value=total, unit=plan_ind.unit, text=plan_ind.name)
    row = assess(plan_ind, merged, source="; ".join(a.source or "" for _, a in reported))
    note = f"cộng số liệu của {len(reported)} đơn vị ({_listed(reported, plan_ind.unit)})"
    return row.model_copy(update={"units_reporting": units, "note": note, "reported_text": None})


def _rates(plan_ind: Indicator, reported: Reported, units: tuple[str, ...]) -> tuple[Assessment, list[DocWarning]]:
    values = {a.reported_value for _, a in reported}
    if len(values) == 1:
        return reported[0][1].model_copy(update={"units_reporting": units}), []
    listed = _listed(reported, "%")
    row = assess(plan_ind, None).model_copy(update={
        "verdict": "không so sánh được", "units_reporting": units,
        "note": f"chưa có số liệu chung của đơn vị chủ trì; các đơn vị báo cáo: {listed}",
    })
    warning = DocWarning(
        code=WarningCode.CONFLICTING_FIGURES,
        message=f"Chỉ tiêu «{plan_ind.name}» được các đơn vị báo cáo khác nhau ({listed}), chưa có số liệu chung.",
        location=plan_ind.code,
    )
    return row, [warning]


def consolidate_indicator(
    plan_ind: Indicator, checks: list[ReportCheck], p: int, leads: list[str]
) -> tuple[Assessment, list[DocWarning]]:
    """The consolidated row for plan indicator `p` (`leads`: units assigned to it, lead first)."""
    reported = [(c, c.assessments[p]) for c in checks if c.assessments[p].reported_value is not None]
    if not reported:
        return _not_reported(plan_ind, checks, p), []
    units = tuple(_name(c) for c, _ in reported)
    from_lead = [(c, a) for unit in leads[:1] for c, a in reported if _same_unit(c.assigned_unit, unit)]
    lead = max(from_lead, key=lambda ca: ca[0].report_date or _EPOCH, default=None)  # a resent report wins
    if lead is not None:
        own = f"số liệu của đơn vị chủ trì {_name(lead[0])}" if len(reported) > 1 else None
        note = "; ".join(n for n in (lead[1].note, own) if n) or None
        lead_first = (_name(lead[0]), *(u for u in units if u != _name(lead[0])))
        return lead[1].model_copy(update={"units_reporting": lead_first, "note": note}), []
    if len(reported) == 1:
        return reported[0][1].model_copy(update={"units_reporting": units}), []
    if canonical_unit(plan_ind.unit) in NON_ADDITIVE:
        return _rates(plan_ind, reported, units)
    return _summed(plan_ind, reported, units), []


def checks_to_table(
    plan_indicators: tuple[Indicator, ...], checks: list[ReportCheck], leads: dict[str, list[str]]
) -> tuple[tuple[Assessment, ...], list[DocWarning]]:
    """(rows, problems) over all plan indicators; `leads` maps a plan code to the units assigned to it."""
    rows, problems = [], []
    for p, plan_ind in enumerate(plan_indicators):
        row, found = consolidate_indicator(plan_ind, checks, p, leads.get(plan_ind.code or "", []))
        rows.append(row)
        problems += found
    return tuple(rows), problems
