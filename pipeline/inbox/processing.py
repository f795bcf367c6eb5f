"""One inbox entry, from dropped file to stored record or quarantine, in crash-safe, ordered steps.

    1. hash the entry; claim it in the store (claims.py): new, retry of a dead worker's claim, duplicate, or done
    2. read it in a limited child process (worker.py) -> Record, or the reason to refuse it; then, if the entry
       changed, vanished or is open for writing, the claim is released (nothing about a partial or vanished file is
       ever stored as a decision) and the entry is taken again later
    3. decide: reserve the target name (archive/YYYY/MM/ or quarantine/) and save the record, in one transaction
    4. copy the bytes there (hash-verified, fsynced, never overwriting), plus `<name>.loi.txt` in quarantine
    5. commit the final state (stored | quarantined) with warnings and links, and the outbox drafts it owes
       (`drafts_owed`: cleared by after.py once written, written on start-up if a crash came first)
    6. remove the inbox entry, only if it still holds the very bytes that were copied and no process has it open
       for writing (else it stays; the next scan finds it already stored and removes it, or takes its new bytes)

A `kill -9` between any two steps leaves the entry in the inbox with a claim that the next run resumes.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from extractors.patterns.docnums import number_key
from extractors.records import Record
from pipeline.inbox.claims import Claim, claim_entry, reserve_path, worker_id
from pipeline.inbox.entries import Entry
from pipeline.inbox.filenames import error_note_name, is_ignored
from pipeline.inbox.links import add_links, resolve_incoming
from pipeline.inbox.placement import ContentChanged, place_copy, remove_inbox_entry, remove_stale_temps, write_text_atomic
from pipeline.inbox.quarantine_note import note_text
from pipeline.store.database import Store
from pipeline.inbox.owed import owe_drafts
from pipeline.store.models import (QUARANTINED, STORED, DocumentRow, DuplicateRow, EventRow, RecordRow,
                                   WarningRow, utcnow)
from pipeline.inbox.worker import Refusal, read_isolated
from pipeline.inbox.writers import open_for_writing
from pipeline.store.workspace import Workspace

log = logging.getLogger(__name__)

Result = Literal["stored", "quarantined", "duplicate", "finished", "busy", "changed", "gone", "error"]


@dataclass(frozen=True)
class Outcome:
    name: str
    result: Result
    document_id: int | None = None
    path: str | None = None  # workspace-relative target
    kind: str | None = None
    number: str | None = None
    detail: str | None = None
    links_to: tuple[int, ...] = ()  # plans whose checks should be refreshed


class Inbox:
    """Processes inbox entries of one workspace against its store."""

    def __init__(self, ws: Workspace, store: Store | None = None):
        self.ws = ws
        self.store = store or Store(ws.store_url)
        self._hashes: dict = {}  # (path, inode, size, mtime_ns) -> sha256, see Entry.of

    def pending(self) -> list[Path]:
        """Regular, non-temporary files at the top of the inbox, oldest first."""
        files = []
        for path in self.ws.inbox.iterdir():
            if not is_ignored(path.name) and path.is_file() and not path.is_symlink():
                files.append(path)
        return sorted(files, key=_mtime)

    def sort_out(self) -> list[str]:
        """Lift files out of sub-folders, set symlinks and unreadable files aside (arrivals.py); logged."""
        from pipeline.inbox.arrivals import sort_out

        lines = sort_out(self.ws.inbox, self.ws.root, self.store, self.ws.settings.stability_delay_s)
        for line in lines:
            log.warning("%s", line)
        return lines

    def reconcile(self) -> int:
        """After a crash: remove our own half-written copies. Half-done claims are resumed when scanned."""
        return remove_stale_temps(self.ws.archive, self.ws.quarantine, self.ws.outbox, self.ws.inbox)

    def process(self, path: Path) -> Outcome:
        entry = Entry.of(path, self._hashes)
        if entry is None:
            return Outcome(path.name, "gone")
        me = worker_id()
        claim = claim_entry(self.store, self.ws.root, entry, me, lease_s=self.ws.settings.worker_timeout_s + 600)
        if claim.action == "busy":
            return Outcome(entry.display_name, "busy")
        if claim.action == "finish":
            remove_inbox_entry(entry)
            return Outcome(entry.display_name, "finished", claim.document_id, claim.path)
        if claim.action == "duplicate":
            return self._duplicate(entry, claim)
        return self._process(entry, claim, me)

    def process_logged(self, path: Path) -> Outcome:
        """`process`, but a bug in vanban on one entry is logged and reported as "error": the rest goes on,
        and the entry stays in the inbox (its claim is resumed on the next run)."""
        try:
            return self.process(path)
        except Exception as exc:  # noqa: BLE001 - never let one entry stop the inbox
            if disk_full(exc):  # not a bug: one line, the entry stays and is taken again once space is freed
                log.error("ổ đĩa đầy: không chép/ghi được «%s» (%s); tệp vẫn nằm trong inbox/ và sẽ được xử lý "
                          "khi giải phóng dung lượng", path.name, self.ws.root)
                return Outcome(path.name, "error", detail=DISK_FULL_NOTE)
            log.exception("lỗi chương trình khi xử lý %s", path.name)
            return Outcome(path.name, "error", detail=f"{type(exc).__name__}: {exc}")

    # -- steps ---------------------------------------------------------------------------------------------------

    def _process(self, entry: Entry, claim: Claim, me: str) -> Outcome:
        outcome, path = claim.outcome, claim.path
        if outcome is None:
            settings = self.ws.settings
            result = read_isolated(entry.path, entry.display_name, settings.worker_timeout_s,
                                   settings.worker_memory_mb, settings.ocr_seconds_per_page)
            unsettled = _unsettled(entry)
            if unsettled:
                self._release(claim.document_id, entry, me, unsettled)
                return Outcome(entry.display_name, "changed", detail=unsettled)
            outcome, path = self._decide(claim.document_id, entry, result)
        try:
            place_copy(entry, self.ws.root / path)
        except ContentChanged:
            self._release(claim.document_id, entry, me, CHANGED_NOTE)
            return Outcome(entry.display_name, "changed", detail=CHANGED_NOTE)
        except FileNotFoundError:
            if entry.path.exists():
                raise
            if claim.outcome is None:  # decided just now, from bytes that are gone: nothing is kept
                self._release(claim.document_id, entry, me, GONE_NOTE)
            return Outcome(entry.display_name, "gone", detail=GONE_NOTE)
        if outcome == QUARANTINED:
            self._write_note(claim.document_id, entry)
        done = self._finish(claim.document_id, entry, me)
        remove_inbox_entry(entry)
        return done

    def _decide(self, doc_id: int, entry: Entry, result: Record | Refusal) -> tuple[str, str]:
        for attempt in range(5):  # two workers may reserve the same free name at once: retry on conflict
            try:
                with self.store.transaction() as session:
                    doc = session.get(DocumentRow, doc_id)
                    if isinstance(result, Record):
                        _describe(doc, result)
                        session.merge(RecordRow(document_id=doc_id, json=result.model_dump_json()))
                        doc.outcome, folder = STORED, _archive_folder()
                    else:
                        doc.error_code, doc.error_message = result.code, _with_detail(result)
                        doc.outcome, folder = QUARANTINED, "quarantine"
                    doc.path = reserve_path(session, self.ws.root, folder, entry.name)
                    return doc.outcome, doc.path
            except IntegrityError:
                if attempt == 4:
                    raise
        raise AssertionError("unreachable")

    def _write_note(self, doc_id: int, entry: Entry) -> None:
        with self.store.transaction() as session:
            doc = session.get(DocumentRow, doc_id)
            target = self.ws.root / doc.path
            text = note_text(doc, entry.sha256)
        write_text_atomic(target.parent / error_note_name(target.name), text)

    def _finish(self, doc_id: int, entry: Entry, me: str) -> Outcome:
        with self.store.transaction() as session:
            doc = session.get(DocumentRow, doc_id)
            doc.state, doc.finished_at = doc.outcome, utcnow()
            plans: list[int] = []
            if doc.state == STORED:
                record = Record.model_validate_json(session.get(RecordRow, doc_id).json)
                _add_warnings(session, doc_id, record)
                links = add_links(session, doc, record)
                plans = [l.to_id for l in links if l.relation == "reports_on" and l.to_id]
                incoming = resolve_incoming(session, doc)
                if any(l.relation == "reports_on" for l in incoming):
                    plans.append(doc.id)
                owe_drafts(session, self.store, ([doc.id] if record.kind == "ke_hoach" else []), plans)
            session.add(EventRow(document_id=doc_id, sha256=entry.sha256, name=doc.name, event=doc.state,
                                 detail=doc.path, worker=me, at=utcnow()))
            return Outcome(doc.name, doc.state, doc.id, doc.path, doc.kind, doc.number,
                           doc.error_message, tuple(dict.fromkeys(plans)))

    def _duplicate(self, entry: Entry, claim: Claim) -> Outcome:
        try:
            place_copy(entry, self.ws.root / claim.path)
        except ContentChanged:
            with self.store.transaction() as session:
                session.execute(delete(DuplicateRow).where(DuplicateRow.id == claim.duplicate_id))
            return Outcome(entry.display_name, "changed")
        with self.store.transaction() as session:
            doc = session.get(DocumentRow, claim.document_id)
            note = note_text(doc, entry.sha256, duplicate_of=doc.name) if doc.state == QUARANTINED else None
        if note:  # a duplicate of a refused file sits in quarantine/ too, with the same explanation
            target = self.ws.root / claim.path
            write_text_atomic(target.parent / error_note_name(target.name), note)
        with self.store.transaction() as session:
            dup = session.get(DuplicateRow, claim.duplicate_id)
            dup.done = True
            original = session.get(DocumentRow, claim.document_id).name
        remove_inbox_entry(entry)
        return Outcome(entry.display_name, "duplicate", claim.document_id, claim.path,
                       detail=f"trùng nội dung với «{original}»")

    def _release(self, doc_id: int, entry: Entry, me: str, why: str) -> None:
        """The entry changed, vanished or is being written: forget this claim; what arrives later is a new entry."""
        with self.store.transaction() as session:
            session.execute(delete(RecordRow).where(RecordRow.document_id == doc_id))
            session.add(EventRow(sha256=entry.sha256, name=entry.display_name, event="released",
                                 detail=why, worker=me, at=utcnow()))
            if session.scalar(select(DuplicateRow.id).where(DuplicateRow.document_id == doc_id).limit(1)):
                # earlier copies (kept after a program error) hang on this row: keep it as a dead claim, resumed
                # when the same bytes are dropped again
                doc = session.get(DocumentRow, doc_id)
                doc.claimed_by, doc.outcome, doc.path, doc.error_code, doc.error_message = None, None, None, None, None
                return
            session.execute(update(EventRow).where(EventRow.document_id == doc_id).values(document_id=None))
            session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))


DISK_FULL_NOTE = "ổ đĩa đầy; sẽ xử lý lại khi giải phóng dung lượng"


def disk_full(exc: BaseException) -> bool:
    """ENOSPC from a copy, or SQLite's "database or disk is full" (wrapped by SQLAlchemy)."""
    import errno

    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "disk is full" in str(exc):
            return True
        exc = exc.__cause__ or getattr(exc, "orig", None)
    return False


CHANGED_NOTE = "tệp bị sửa trong lúc xử lý; sẽ đọc lại"
GONE_NOTE = "tệp bị xoá hoặc đổi tên trong lúc xử lý; sẽ đọc lại nếu được thả lại"
WRITING_NOTE = "tệp vẫn đang được ghi; sẽ đọc lại khi ghi xong"


def _unsettled(entry: Entry) -> str | None:
    """Why what was just read may not be the file's final content (None: it is)."""
    if not entry.path.exists():
        return GONE_NOTE
    if not entry.unchanged():
        return CHANGED_NOTE
    if open_for_writing(entry.path):
        return WRITING_NOTE
    return None


def _describe(doc: DocumentRow, record: Record) -> None:
    doc.kind, doc.number, doc.number_key = record.kind, record.number, number_key(record.number)
    doc.issued_on, doc.issuer, doc.title = record.issued_on, record.issuer, record.title


def _add_warnings(session, doc_id: int, record: Record) -> None:
    for w in record.warnings:
        session.add(WarningRow(document_id=doc_id, code=w.code, message=w.message, location=w.location))
    for ind in record.indicators:
        for w in ind.warnings:
            session.add(WarningRow(document_id=doc_id, code=w.code, message=w.message,
                                   location=w.location or ind.code or ind.name[:80]))


def _with_detail(refusal: Refusal) -> str:
    return refusal.message if not refusal.detail or refusal.detail in refusal.message else \
        f"{refusal.message}\n{refusal.detail}"


def _archive_folder() -> str:
    today = dt.date.today()
    return f"archive/{today:%Y}/{today:%m}"


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
