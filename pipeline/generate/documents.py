"""Generation, end to end: files in, Decree 30 DOCX out. The CLI (`pipeline/commands/generate.py`) calls these.

    generate_plan(city_plan_file, profile_file, out)            -> the commune's implementing plan
    generate_report(plan_file, report_files, profile_file, out) -> the consolidated report (+ XLSX annex, clerk's note)
    draft_report(plan, reports, profile, as_of) / write_report(draft, out, xlsx, note): the one path the CLI and
        the inbox's outbox share
    generate_reminder(plan_file, report_files, profile_file, out) -> a công văn urging the missing units
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import NamedTuple

from extractors.errors import BadInput, ErrorCode
from extractors.records import Record
from pipeline.check.models import CampaignCheck
from pipeline.check.with_profile import campaign_with_profile
from pipeline.check.plan_lookup import path_to_record
from pipeline.generate.annex import check_to_xlsx
from pipeline.generate.clerk_note import note_text
from pipeline.generate.consolidated import consolidate, quoted_typos
from pipeline.generate.contexts import CongVanContext, PlanContext, ReportContext
from pipeline.generate.derive import derive_plan
from pipeline.generate.remind import remind
from pipeline.generate.render import render
from pipeline.profile import Profile, load_profile

__all__ = ["derive_plan", "consolidate", "generate_plan", "generate_report", "render"]


def _refuse_overwrite(out: Path, inputs: list[Path]) -> None:
    """No input file is ever overwritten."""
    if any(out.resolve() == p.resolve() for p in inputs):
        raise BadInput(ErrorCode.WRONG_TYPE, out.name, message="Tệp kết quả trùng với tệp đầu vào; chọn tên khác.")


def generate_plan(parent_plan: Path, profile_file: Path, out: Path, issued_on: dt.date | None = None,
                  parent_number: str | None = None, parent_date: dt.date | None = None,
                  timeout_s: float | None = None) -> PlanContext:
    """The commune's implementing plan for any parent plan file (or saved record); the warnings are in the context
    and, as Word comments, in the draft itself."""
    from pipeline.generate.notes import add_notes
    from pipeline.generate.parent import read_parent_limited

    _refuse_overwrite(out, [parent_plan, profile_file])
    profile = load_profile(profile_file)
    parent = read_parent_limited(parent_plan, timeout_s)
    context = derive_plan(parent, profile, issued_on, parent_number, parent_date)
    render("ke_hoach.docx", context, out)
    add_notes(out, context)
    return context


def campaign_for(plan: Record, reports: list[Record], profile: Profile, as_of: dt.date) -> CampaignCheck:
    """The campaign check with the profile's units, their chỉ tiêu codes and comparators (as everywhere)."""
    return campaign_with_profile(plan, reports, profile, as_of)


class ReportDraft(NamedTuple):
    """Everything the consolidated report is made of: the check, the report's context, the clerk's note."""

    check: CampaignCheck
    context: ReportContext
    note: str  # "Vấn đề cần kiểm tra" (plain text, for the clerk only)


def draft_report(plan: Record, reports: list[Record], profile: Profile, as_of: dt.date,
                 issued_on: dt.date | None = None) -> ReportDraft:
    """The one path from records to the consolidated report: `vanban consolidate` and the inbox's outbox both call it."""
    reports = sorted(reports, key=lambda r: (r.source or "", r.number or ""))  # same order from any caller
    check = campaign_for(plan, reports, profile, as_of)
    context = consolidate(plan, reports, check, profile, issued_on)
    return ReportDraft(check, context, note_text(check, quoted_typos(check, reports)))


def _atomic(out: Path, write) -> Path:
    """Write through a hidden temporary name in the same folder, then replace `out` in one step."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.{os.getpid()}.tmp"
    try:
        write(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def write_report(draft: ReportDraft, out: Path, xlsx: Path | None = None, note: Path | None = None) -> list[Path]:
    """The report (DOCX), its annex (XLSX) and the clerk's note (TXT), each replaced atomically."""
    written = [_atomic(out, lambda p: render("bao_cao_tong_hop.docx", draft.context, p))]
    if xlsx is not None:
        written.append(_atomic(xlsx, lambda p: check_to_xlsx(draft.check, p, draft.context)))
    if note is not None:
        written.append(_atomic(note, lambda p: p.write_text(draft.note, encoding="utf-8")))
    return written


def note_path(out: Path) -> Path:
    """Where the clerk's note goes beside a report: "bao-cao.docx" -> "bao-cao.van-de-can-kiem-tra.txt"."""
    return out.with_name(f"{out.stem}.van-de-can-kiem-tra.txt")


def read_reports(report_files: list[Path]) -> tuple[list[Record], list[str]]:
    """(records, errors): unreadable reports are skipped with their Vietnamese error, never stop the rest."""
    reports, errors = [], []
    for f in report_files:
        try:
            reports.append(path_to_record(f))
        except BadInput as exc:
            errors.append(exc.describe())
        except OSError as exc:  # missing or unreadable: said, and the rest goes on
            errors.append(f"Tệp «{f.name}»: không mở được tệp ({exc.strerror}).")
    return reports, errors


def generate_report(plan_file: Path, report_files: list[Path], profile_file: Path, out: Path,
                    as_of: dt.date | None = None, xlsx: Path | None = None) -> tuple[ReportContext, list[str]]:
    """(context, errors): the consolidated report, and the reports that could not be read."""
    _refuse_overwrite(out, [plan_file, profile_file, *report_files])
    profile, plan = load_profile(profile_file), path_to_record(plan_file)
    reports, errors = read_reports(report_files)
    if xlsx is not None:
        _refuse_overwrite(xlsx, [plan_file, profile_file, *report_files])
    note = note_path(out)
    _refuse_overwrite(note, [plan_file, profile_file, *report_files])
    draft = draft_report(plan, reports, profile, as_of or dt.date.today())
    write_report(draft, out, xlsx, note)
    return draft.context, errors


def generate_reminder(plan_file: Path, report_files: list[Path], profile_file: Path, out: Path,
                      as_of: dt.date | None = None) -> tuple[CongVanContext, list[str]]:
    """A công văn đôn đốc to the units that have not reported (or cited the wrong plan)."""
    _refuse_overwrite(out, [plan_file, profile_file, *report_files])
    profile, plan = load_profile(profile_file), path_to_record(plan_file)
    reports, errors = read_reports(report_files)
    check = campaign_for(plan, reports, profile, as_of or dt.date.today())
    context = remind(plan, check, profile)
    render("cong_van.docx", context, out)
    return context, errors
