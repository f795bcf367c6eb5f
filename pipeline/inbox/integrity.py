"""`integrity_check()`: the store and the folders agree.

SQLite's own `PRAGMA integrity_check`, then the invariants: every document in exactly one known state; the file
present (with its sha256) where a final state says; a note beside each quarantined file; no sha256 twice; no file
in archive/ or quarantine/ that the store does not know (nothing duplicated); claims of dead workers listed as
pending (they are resumed on the next run).
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select, text

from pipeline.inbox.claims import owner_alive
from pipeline.inbox.entries import sha256_of
from pipeline.inbox.filenames import ERROR_SUFFIX, TEMP_SUFFIX, error_note_name
from pipeline.store.database import Store
from pipeline.inbox.arrivals import SET_ASIDE
from pipeline.store.models import CLAIMED, FINAL_STATES, QUARANTINED, DocumentRow, DuplicateRow, EventRow


class IntegrityReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    ok: bool
    problems: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()  # claims to be resumed: not a fault


def integrity_check(store: Store, root: Path, verify_hashes: bool = True) -> IntegrityReport:
    problems: list[str] = []
    pending: list[str] = []
    known: set[str] = set()
    with store.transaction() as session:
        if store.is_sqlite:
            result = session.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"SQLite integrity_check: {result}")
        for sha, count in session.execute(select(DocumentRow.sha256, func.count()).group_by(DocumentRow.sha256)
                                          .having(func.count() > 1)):
            problems.append(f"sha256 {sha} có {count} bản ghi")
        for doc in session.scalars(select(DocumentRow)):
            if doc.path:
                known.add(doc.path)
            problems += _document_problems(doc, root, verify_hashes)
            if doc.state == CLAIMED:
                live = owner_alive(doc.claimed_by, doc.claimed_at)
                pending.append(f"«{doc.name}» đang {'được xử lý' if live else 'chờ xử lý lại'}")
        known.update(session.scalars(select(EventRow.detail).where(EventRow.event == SET_ASIDE)))  # arrivals.py
        for dup in session.scalars(select(DuplicateRow)):
            known.add(dup.path)
            if dup.done and not (root / dup.path).is_file():
                problems.append(f"bản trùng «{dup.name}»: thiếu tệp {dup.path}")
    problems += [f"tệp không có trong kho: {p}" for p in _files_under(root, "archive", "quarantine") - known]
    return IntegrityReport(ok=not problems, problems=tuple(problems), pending=tuple(pending))


def _document_problems(doc: DocumentRow, root: Path, verify_hashes: bool) -> list[str]:
    if doc.state not in (CLAIMED, *FINAL_STATES):
        return [f"«{doc.name}»: trạng thái không hợp lệ {doc.state!r}"]
    if doc.state == CLAIMED:
        return []
    target = root / (doc.path or "")
    if not doc.path or not target.is_file():
        return [f"«{doc.name}» ({doc.state}): thiếu tệp {doc.path}"]
    found = []
    if verify_hashes and sha256_of(target) != doc.sha256:
        found.append(f"«{doc.name}»: tệp {doc.path} khác nội dung gốc")
    if doc.state == QUARANTINED and not (target.parent / error_note_name(target.name)).is_file():
        found.append(f"«{doc.name}»: thiếu ghi chú lỗi bên cạnh {doc.path}")
    return found


def _files_under(root: Path, *folders: str) -> set[str]:
    found = set()
    for folder in folders:
        for dirpath, _dirs, files in os.walk(root / folder):
            for name in files:
                if name.endswith((ERROR_SUFFIX, TEMP_SUFFIX)):
                    continue
                found.add(os.path.relpath(os.path.join(dirpath, name), root))
    return found
