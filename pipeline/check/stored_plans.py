"""Stored documents for the check command: the plans an inbox workspace has read, and its office's units.

`vanban check REPORT --workspace DIR` finds the plan the report cites among the workspace's stored
records (kind "ke_hoach", same number); `check-campaign --workspace DIR` takes the units that must
report from the office profile (hồ sơ cơ quan) when `--unit` is not given.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from extractors.records import Record
from extractors.patterns.docnums import number_key
from pipeline.check.plan_lookup import cited_numbers
from pipeline.store.database import Store
from pipeline.store.models import DocumentRow, RecordRow
from pipeline.store.workspace import open_workspace
from pipeline.profile import load_profile


def stored_plans(root: Path, numbers: set[str]) -> list[Record]:
    """Stored plans whose number is one of `numbers` (compared as the store keys them), newest first."""
    keys = {number_key(n) for n in numbers}
    store = Store(open_workspace(root).store_url)
    try:
        with store.transaction() as session:
            rows = session.execute(
                select(RecordRow.json)
                .join(DocumentRow, DocumentRow.id == RecordRow.document_id)
                .where(DocumentRow.kind == "ke_hoach", DocumentRow.number_key.in_(keys))
                .order_by(DocumentRow.issued_on.desc())
            ).scalars().all()
    finally:
        store.dispose()
    return [Record.model_validate_json(text) for text in rows]


def find_stored_plan(report: Record, root: Path) -> Record | None:
    """The stored plan the report cites, if the workspace has read it."""
    wanted = cited_numbers(report)
    found = stored_plans(root, wanted) if wanted else []
    return found[0] if found else None


def profile_units(root: Path) -> dict[str, tuple[str, ...]]:
    """The units the office profile says must report, each with the chỉ tiêu codes it answers for ({} if none)."""
    ws = open_workspace(root)
    if not ws.profile_path.exists():
        return {}
    return {u.name: u.codes for u in load_profile(ws.profile_path).units}
