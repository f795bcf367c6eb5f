"""Claiming an inbox entry in the store, so that no two workers (threads, processes, machines) process it twice.

One transaction decides what to do with an entry, from its sha256 and its identity on disk (name, inode, mtime):

    process    new content, or a claim left half-done by a worker that died: (re)process it
    duplicate  the same bytes are already stored under another drop: archive this one as a duplicate
    finish     this very entry was already stored (crash before its inbox entry was removed): just remove it
    busy       a live worker holds it: leave it alone
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pipeline.inbox.entries import Entry
from pipeline.inbox.filenames import error_note_name, with_suffix_number
from pipeline.inbox.processes import pid_alive
from pipeline.store.database import Store
from pipeline.store.models import CLAIMED, QUARANTINED, DocumentRow, DuplicateRow, EventRow, utcnow
from pipeline.inbox.worker import BUG_CODE, TIMEOUT_CODE

Action = Literal["process", "duplicate", "finish", "busy"]
HOST = socket.gethostname()
FOREIGN_LEASE_S = 600.0  # a claim from another machine is considered dead after this long
# refusals that say nothing final about the bytes: the same file dropped again is read again
READ_AGAIN = {BUG_CODE: "xử lý lại sau lỗi chương trình", TIMEOUT_CODE: "đọc lại sau lần đọc quá thời gian"}


def worker_id() -> str:
    """"host:pid:thread" of the caller: who holds a claim."""
    return f"{HOST}:{os.getpid()}:{threading.get_ident()}"


def owner_alive(owner: str | None, claimed_at, lease_s: float = FOREIGN_LEASE_S) -> bool:
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    if host != HOST:
        return claimed_at is not None and (utcnow() - claimed_at).total_seconds() < lease_s
    return pid_alive(int(rest.partition(":")[0]))


@dataclass(frozen=True)
class Claim:
    action: Action
    document_id: int | None = None
    duplicate_id: int | None = None
    path: str | None = None  # target, workspace-relative, when already reserved
    outcome: str | None = None  # decided result of an earlier attempt


def claim_entry(store: Store, root: Path, entry: Entry, me: str, lease_s: float = FOREIGN_LEASE_S) -> Claim:
    """Decide, in one transaction, what this worker does with `entry` (`root` is the workspace)."""
    with store.transaction() as session:
        row = _locked_row(session, store, entry.sha256)
        if row is None:
            return _insert_claim(session, store, entry, me)
        if row.state == CLAIMED:
            return _claimed(session, row, entry, me, lease_s)
        if _same_entry(row, entry):
            return Claim("finish", row.id, path=row.path)
        if row.state == QUARANTINED and row.error_code in READ_AGAIN:
            return _read_again(session, row, entry, me)
        return _duplicate(session, root, row, entry, me)


def _locked_row(session: Session, store: Store, sha: str) -> DocumentRow | None:
    query = select(DocumentRow).where(DocumentRow.sha256 == sha)
    if store.is_postgres:
        query = query.with_for_update(skip_locked=True)
    return session.scalars(query).first()


def _insert_claim(session: Session, store: Store, entry: Entry, me: str) -> Claim:
    values = dict(sha256=entry.sha256, name=entry.display_name, size=entry.size, state=CLAIMED,
                  inbox_name=entry.name, inbox_ino=entry.ino, inbox_mtime_ns=entry.mtime_ns,
                  claimed_by=me, claimed_at=utcnow(), attempts=1, created_at=utcnow())
    dialect = postgresql if store.is_postgres else sqlite
    stmt = dialect.insert(DocumentRow).values(**values).on_conflict_do_nothing(index_elements=["sha256"])
    doc_id = session.execute(stmt.returning(DocumentRow.id)).scalar()
    if doc_id is None:  # another worker inserted it and still holds its row lock
        return Claim("busy")
    _event(session, doc_id, entry, "claimed", me)
    return Claim("process", doc_id)


def _claimed(session: Session, row: DocumentRow, entry: Entry, me: str, lease_s: float) -> Claim:
    if row.claimed_by != me and owner_alive(row.claimed_by, row.claimed_at, lease_s):
        return Claim("busy")
    if not _same_entry(row, entry) and _entry_exists(row, entry.path.parent):
        return Claim("busy")  # its own entry is still there: that one is retried, this one waits
    previous = row.claimed_by
    row.inbox_name, row.inbox_ino, row.inbox_mtime_ns = entry.name, entry.ino, entry.mtime_ns
    row.claimed_by, row.claimed_at, row.attempts = me, utcnow(), row.attempts + 1
    _event(session, row.id, entry, "retried", me, f"lần {row.attempts}; trước đó: {previous}")
    return Claim("process", row.id, path=row.path, outcome=row.outcome)


def _read_again(session: Session, row: DocumentRow, entry: Entry, me: str) -> Claim:
    """Dropped again after a program error or a read that took too long (the limit may have been raised): read it
    again. The quarantined copy stays, kept as a duplicate."""
    why = READ_AGAIN[row.error_code]
    session.add(DuplicateRow(document_id=row.id, name=row.name, inbox_name=row.inbox_name, inbox_ino=row.inbox_ino,
                             inbox_mtime_ns=row.inbox_mtime_ns, path=row.path, done=True))
    row.state, row.outcome, row.path, row.error_code, row.error_message = CLAIMED, None, None, None, None
    row.inbox_name, row.inbox_ino, row.inbox_mtime_ns = entry.name, entry.ino, entry.mtime_ns
    row.claimed_by, row.claimed_at, row.attempts = me, utcnow(), row.attempts + 1
    _event(session, row.id, entry, "retried", me, why)
    return Claim("process", row.id)


def _duplicate(session: Session, root: Path, row: DocumentRow, entry: Entry, me: str) -> Claim:
    dup = session.scalars(select(DuplicateRow).where(
        DuplicateRow.inbox_name == entry.name, DuplicateRow.inbox_ino == entry.ino,
        DuplicateRow.inbox_mtime_ns == entry.mtime_ns)).first()
    if dup is None:
        folder = os.path.dirname(row.path or "archive")
        dup = DuplicateRow(document_id=row.id, name=entry.display_name, inbox_name=entry.name,
                           inbox_ino=entry.ino, inbox_mtime_ns=entry.mtime_ns,
                           path=reserve_path(session, root, folder, entry.name))
        session.add(dup)
        session.flush()
        _event(session, row.id, entry, "duplicate", me, f"trùng nội dung với «{row.name}»")
    return Claim("finish" if dup.done else "duplicate", row.id, dup.id, dup.path)


def reserve_path(session: Session, root: Path, folder: str, name: str) -> str:
    """A workspace-relative path in `folder` that exists neither on disk nor in the store (suffix " (2)" ...)."""
    for n in range(1, 10_000):
        candidate = os.path.join(folder, with_suffix_number(name, n))
        taken = (root / candidate).exists() or (root / folder / error_note_name(os.path.basename(candidate))).exists()
        if not taken and not _path_in_store(session, candidate):
            return candidate
    raise RuntimeError(f"no free name for {name!r} in {folder}")


def _path_in_store(session: Session, path: str) -> bool:
    return bool(session.scalar(select(DocumentRow.id).where(DocumentRow.path == path))
                or session.scalar(select(DuplicateRow.id).where(DuplicateRow.path == path)))


def _same_entry(row: DocumentRow, entry: Entry) -> bool:
    return (row.inbox_name, row.inbox_ino, row.inbox_mtime_ns) == (entry.name, entry.ino, entry.mtime_ns)


def _entry_exists(row: DocumentRow, inbox: Path) -> bool:
    return Entry.still_there(inbox / row.inbox_name, row.inbox_ino, row.inbox_mtime_ns)


def _event(session: Session, doc_id: int | None, entry: Entry, what: str, me: str, detail: str | None = None) -> None:
    session.add(EventRow(document_id=doc_id, sha256=entry.sha256, name=entry.display_name, event=what,
                         detail=detail, worker=me, at=utcnow()))
