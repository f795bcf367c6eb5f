"""What the campaign page (Đợt / Kế hoạch) shows: the check of every stored report on a stored plan, by the same code
as `vanban consolidate` and the inbox's outbox (`pipeline.generate.documents.draft_report`), and the drafts it writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from extractors.records import Record
from pipeline.check.models import Assessment, CampaignCheck
from pipeline.check.with_profile import campaign_with_profile
from pipeline.generate.documents import draft_report, note_path, write_report
from pipeline.generate.remind import remind
from pipeline.generate.render import render
from pipeline.inbox import Inbox
from pipeline.inbox.after import reports_on, stored_record
from pipeline.inbox.outbox import load_profile_or_none, safe_part
from pipeline.store.models import STORED, DocumentRow


@dataclass(frozen=True)
class UnitLine:
    unit: str
    status: str  # "đã báo cáo" | "chậm N ngày" | "chưa báo cáo" | "sai số kế hoạch"
    report: str | None  # file name
    report_id: int | None


@dataclass(frozen=True)
class Cell:
    value: float | None
    text: str | None
    doc_id: int | None  # the report the figure came from


@dataclass(frozen=True)
class Row:
    total: Assessment
    cells: tuple[Cell, ...]  # one per unit column


@dataclass(frozen=True)
class Campaign:
    plan: Record
    plan_id: int
    check: CampaignCheck
    units: tuple[UnitLine, ...]
    columns: tuple[str, ...]  # units that sent a report, in the order of `units`
    rows: tuple[Row, ...]
    has_profile: bool


def _doc_ids_by_name(inbox: Inbox) -> dict[str, int]:
    with inbox.store.transaction() as session:
        return {name: i for i, name in session.execute(
            select(DocumentRow.id, DocumentRow.name).where(DocumentRow.state == STORED))}


def _inputs(inbox: Inbox, plan_id: int) -> tuple[Record, list[Record]]:
    return stored_record(inbox, plan_id), reports_on(inbox, plan_id)


def campaign(inbox: Inbox, plan_id: int, as_of: dt.date) -> Campaign:
    plan, reports = _inputs(inbox, plan_id)
    profile = load_profile_or_none(inbox.ws.profile_path)
    check = campaign_with_profile(plan, reports, profile, as_of)
    ids = _doc_ids_by_name(inbox)
    by_unit = {c.assigned_unit or c.unit or c.report: c for c in check.reports}
    units = []
    for unit in dict.fromkeys([*check.assigned_units, *by_unit]):
        rc = by_unit.get(unit)
        if rc is None:
            status = "chưa báo cáo"
        elif rc.cites_wrong_plan:
            status = "sai số kế hoạch"
        elif rc.late_days and rc.late_days > 0:
            status = f"chậm {rc.late_days} ngày"
        else:
            status = "đã báo cáo"
        units.append(UnitLine(unit, status, rc.report if rc else None, ids.get(rc.report) if rc else None))
    columns = tuple(u.unit for u in units if u.report)
    rows = []
    for total in check.table:
        cells = []
        for unit in columns:
            rc = by_unit[unit]
            found = next((a for a in rc.assessments if a.plan_code == total.plan_code and a.name == total.name
                          and a.reported_value is not None), None)
            cells.append(Cell(found.reported_value, found.reported_text, ids.get(rc.report)) if found
                         else Cell(None, None, None))
        rows.append(Row(total, tuple(cells)))
    return Campaign(plan, plan_id, check, tuple(units), columns, tuple(rows), profile is not None)


class NoProfile(ValueError):
    pass


def write_drafts(inbox: Inbox, plan_id: int, as_of: dt.date, which: str) -> list[Path]:
    """"tong-hop": the consolidated report (DOCX), its annex (XLSX) and the clerk's note; "don-doc": the reminder.
    Written into outbox/ under the names the inbox uses."""
    profile = load_profile_or_none(inbox.ws.profile_path)
    if profile is None:
        raise NoProfile(f"Vùng làm việc chưa có hồ sơ cơ quan đọc được ({inbox.ws.settings.profile}); "
                        "không soạn được văn bản.")
    plan, reports = _inputs(inbox, plan_id)
    outbox, part = inbox.ws.outbox, safe_part(plan.number)
    if which == "don-doc":
        check = campaign_with_profile(plan, reports, profile, as_of)
        out = outbox / f"cong-van-don-doc-{part}.docx"
        tmp = outbox / f".{out.name}.tmp"
        render("cong_van.docx", remind(plan, check, profile), tmp)
        tmp.replace(out)
        return [out]
    draft = draft_report(plan, reports, profile, as_of)
    out = outbox / f"du-thao-bao-cao-tong-hop-{part}.docx"
    return write_report(draft, out, outbox / f"phu-luc-{part}.xlsx", note_path(out))
