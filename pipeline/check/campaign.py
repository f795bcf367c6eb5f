"""All reports of one plan: who reported, who is late, missing or cites another plan; the consolidated table.

    check_campaign(plan, reports, as_of, assigned_units=None) -> CampaignCheck
"""

from __future__ import annotations

import datetime as dt

from extractors.errors import DocWarning, WarningCode
from extractors.patterns.docnums import number_key
from extractors.records import Record
from pipeline.check.consolidate import checks_to_table
from pipeline.check.figures import indicators_to_problems
from pipeline.check.models import CampaignCheck, ReportCheck
from pipeline.check.report_check import check_report, file_name
from pipeline.check.reporting_units import assignments_to_units, match_units, units_by_code
from pipeline.check.timeliness import reporting_deadline


def checks_to_assigned(checks: list[ReportCheck], reports: list[Record], assigned: list[str]) -> list[ReportCheck]:
    """Each check with the plan's name for its unit (`assigned_unit`), when one matches."""
    issuers = list(dict.fromkeys((r.issuer or "", r.parent_issuer) for r in reports if r.issuer))
    found = {issuers[j]: unit for unit, j in match_units(assigned, issuers).items()}
    return [
        c.model_copy(update={"assigned_unit": found.get((r.issuer or "", r.parent_issuer))})
        for c, r in zip(checks, reports, strict=True)
    ]


def _is_the_plan(record: Record, plan: Record) -> bool:
    key = number_key(plan.number)
    return key is not None and record.kind == plan.kind and number_key(record.number) == key


def _leads(plan: Record, unit_codes: dict[str, tuple[str, ...]] | None) -> dict[str, list[str]]:
    """Units answering for each code, lead first: the plan's assignments where they name the code, else `unit_codes`
    (the office profile) for the codes the plan leaves unassigned."""
    leads = units_by_code(plan.assignments)
    from_profile: dict[str, list[str]] = {}
    for unit, codes in (unit_codes or {}).items():
        for code in codes:
            from_profile.setdefault(code, []).append(unit)
    return {**from_profile, **leads}


def plan_problems(plan: Record) -> list[DocWarning]:
    """The plan's own figures checked too ("833.509/1.703,274" must be the sum of its parts)."""
    where = f"Kế hoạch {plan.number or file_name(plan.source)}"
    return [p.model_copy(update={"location": f"{where}: {p.location}" if p.location else where})
            for p in indicators_to_problems(plan.indicators)]


def missing_problems(missing: list[str], due: dt.date | None, as_of: dt.date) -> list[DocWarning]:
    def say(unit: str) -> str:
        if due and as_of > due:
            return f"{unit} chưa gửi báo cáo, đã quá hạn {(as_of - due).days} ngày (hạn {due:%d/%m/%Y})."
        return f"{unit} chưa gửi báo cáo" + (f" (hạn {due:%d/%m/%Y})." if due else ".")

    return [DocWarning(code=WarningCode.MISSING, message=say(u)) for u in missing]


def check_campaign(
    plan: Record,
    reports: list[Record],
    as_of: dt.date,
    assigned_units: list[str] | None = None,
    unit_codes: dict[str, tuple[str, ...]] | None = None,
) -> CampaignCheck:
    """Every report checked against the plan, the units' roll call, and one table row per plan indicator.

    Reports dated after `as_of` are left out. `assigned_units` (the office's list) defaults to the units
    the plan's assignments name ("Các thôn: A, B" counts as "Thôn A", "Thôn B"). `unit_codes` (the office
    profile: unit -> the chỉ tiêu codes it answers for, lead units first) stands in for a plan whose
    assignments do not say which unit answers for which code.
    """
    current = [r for r in reports if (r.issued_on is None or r.issued_on <= as_of) and not _is_the_plan(r, plan)]
    named_in_plan = [a.unit for a in plan.assignments]
    assigned = assignments_to_units(assigned_units if assigned_units is not None else named_in_plan)
    checks = checks_to_assigned([check_report(r, plan, as_of) for r in current], current, assigned)
    deadline = reporting_deadline(plan)
    due = deadline.due if deadline else None
    named = lambda c: c.assigned_unit or c.unit or c.report  # noqa: E731
    reported = list(dict.fromkeys(named(c) for c in checks))
    missing = [u for u in assigned if u not in reported]
    table, conflicts = checks_to_table(plan.indicators, checks, _leads(plan, unit_codes))
    return CampaignCheck(
        plan=file_name(plan.source),
        plan_number=plan.number,
        deadline=due,
        as_of=as_of,
        reports=tuple(checks),
        assigned_units=tuple(assigned),
        reported_units=tuple(reported),
        missing_units=tuple(missing),
        late_units=tuple(dict.fromkeys(named(c) for c in checks if c.late_days)),
        table=table,
        problems=(*missing_problems(missing, due, as_of), *conflicts, *plan_problems(plan)),
        wrong_plan_reports=tuple(c.report for c in checks if c.cites_wrong_plan),
    )
