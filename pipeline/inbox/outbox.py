"""What the office gets back in `outbox/` when documents arrive.

- a city plan (ke_hoach whose issuer is not the commune) -> the draft implementing plan of the commune;
- a unit report (bao_cao) linked to a plan (or citing a wrong number of it, `pipeline.inbox.links`) -> the check
  of all reports against that plan (JSON), the consolidated report draft, its XLSX annex and the clerk's note,
  through the same code as `vanban consolidate`.

The drafting pieces come from `pipeline.check` (check_campaign), `pipeline.generate.derive` (derive_plan),
`pipeline.generate.consolidated` (consolidate) and `pipeline.generate.render`, imported only when a draft is made
(the inbox stays light); the caller (`after.py`) logs any failure, never failing the inbox. A missing or broken
office profile skips the drafts that need it. Drafts are our own files: rewritten in place, atomically.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

from extractors.records import Record
from pipeline.inbox.filenames import temp_name
from pipeline.inbox.placement import write_text_atomic
from pipeline.profile import Profile, load_profile

log = logging.getLogger(__name__)
_UNSAFE_RE = re.compile(r"[^\w.-]+")


def safe_part(number: str | None) -> str:
    """"232/KH-UBND" -> "232-KH-UBND" (for our own file names)."""
    return _UNSAFE_RE.sub("-", number or "khong-so").strip("-")[:80] or "khong-so"


def is_city_plan(record: Record, commune_issuer: str | None) -> bool:
    if record.kind != "ke_hoach" or not record.issuer:
        return False
    return commune_issuer is None or _folded(record.issuer) != _folded(commune_issuer)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


# Formats whose text is read again cheaply for the parent's content (a scan would need OCR a second time)
_REREAD = (".docx", ".doc", ".txt")


def plan_to_outbox(plan: Record, outbox: Path, profile_path: Path, source: Path | None = None) -> list[Path]:
    """The commune's draft implementing plan for a city plan (`pipeline.generate.derive.derive_plan` + ke_hoach.docx);
    with the archived `source` (a Word or text file), the parent's own purposes and tasks are carried over too.
    The draft's warnings are Word comments in it (`pipeline.generate.notes`)."""
    from pipeline.generate.derive import derive_plan
    from pipeline.generate.notes import add_notes
    from pipeline.generate.parent import parent_of_record

    profile = load_profile_or_none(profile_path)
    if profile is None:
        return []
    parent = parent_of_record(plan)
    if source is not None and source.suffix.lower() in _REREAD and source.is_file():
        from pipeline.stages import file_to_document

        parent = parent_of_record(plan, file_to_document(source))
    context = derive_plan(parent, profile)
    out = outbox / f"du-thao-ke-hoach-thuc-hien-{safe_part(plan.number)}.docx"
    written = _rendered("ke_hoach.docx", context, out)
    add_notes(out, context)
    return written


def reports_to_outbox(plan: Record, reports: list[Record], outbox: Path, profile_path: Path,
                      as_of: dt.date | None = None) -> list[Path]:
    """The check of every report against `plan` (JSON); with a profile, the consolidated report draft (DOCX), its
    annex (XLSX) and the clerk's note (TXT), made by the same code as `vanban consolidate`
    (`pipeline.generate.documents.draft_report`)."""
    from pipeline.check.with_profile import campaign_with_profile
    from pipeline.generate.documents import draft_report, note_path, write_report

    profile = load_profile_or_none(profile_path)
    as_of = as_of or dt.date.today()
    part = safe_part(plan.number)
    check_file = outbox / f"kiem-tra-{part}.json"
    if profile is None:
        write_text_atomic(check_file, campaign_with_profile(plan, reports, None, as_of).model_dump_json(indent=2))
        return [check_file]
    draft = draft_report(plan, reports, profile, as_of)
    write_text_atomic(check_file, draft.check.model_dump_json(indent=2))
    out = outbox / f"du-thao-bao-cao-tong-hop-{part}.docx"
    return [check_file, *write_report(draft, out, outbox / f"phu-luc-{part}.xlsx", note_path(out))]


def _rendered(template: str, context, out: Path) -> list[Path]:
    """Render to a hidden temporary name, then replace the previous draft in one step."""
    from pipeline.generate.render import render

    tmp = out.parent / temp_name(out.name)
    try:
        render(template, context, tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return [out]


def load_profile_or_none(path: Path) -> Profile | None:
    """The office profile, or None when the workspace has none or it cannot be read (logged)."""
    if not path.exists():
        return None
    try:
        return load_profile(path)
    except Exception as exc:  # noqa: BLE001 - a broken profile must not stop the inbox; it is logged
        log.warning("outbox: hồ sơ cơ quan %s không đọc được: %s", path, exc)
        return None
