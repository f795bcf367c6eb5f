"""After a document is stored: refresh what the office gets in `outbox/` (see `pipeline.inbox.outbox`). Each
draft written clears its `drafts_owed` row (`owed.py`); `write_owed_drafts` writes what a crash left owed."""

from __future__ import annotations

import logging
import os
import time

from sqlalchemy import select

from extractors.errors import BadInput
from extractors.records import Record
from pipeline.inbox.outbox import is_city_plan, load_profile_or_none, plan_to_outbox, reports_to_outbox
from pipeline.inbox.processing import Inbox, Outcome, disk_full
from pipeline.inbox.owed import owed, paid
from pipeline.store.models import OWED_PLAN, OWED_REPORTS, STORED, DocumentRow, LinkRow, RecordRow

log = logging.getLogger(__name__)


def after_outcome(inbox: Inbox, outcome: Outcome, refresh_checks: bool = True) -> None:
    """Never raises: a draft that cannot be written is logged, the document stays stored. A batch passes
    `refresh_checks=False` and calls `refresh_checks_of` once at the end instead of once per report."""
    if outcome.result != "stored" or outcome.document_id is None:
        return
    _test_pause()
    draft_plan_of(inbox, outcome.document_id)
    if refresh_checks:
        refresh_checks_of(inbox, outcome.links_to)


def write_owed_drafts(inbox: Inbox) -> int:
    """On start-up: the drafts a crash left owed (never raises). Returns how many were owed."""
    try:
        rows = owed(inbox.store)
    except Exception:  # noqa: BLE001 - the inbox must go on
        log.exception("không đọc được danh sách dự thảo còn nợ")
        return 0
    for doc_id, what in rows:
        if what == OWED_PLAN:
            draft_plan_of(inbox, doc_id)
    refresh_checks_of(inbox, [doc_id for doc_id, what in rows if what == OWED_REPORTS])
    if rows:
        log.info("đã soạn lại %d dự thảo còn nợ trong outbox/", len(rows))
    return len(rows)


def draft_plan_of(inbox: Inbox, doc_id: int) -> None:
    """The commune's draft plan when `doc_id` is a city plan (never raises; the owed row stays on failure)."""
    try:
        record = stored_record(inbox, doc_id)
        if is_city_plan(record, _commune_issuer(inbox.ws.profile_path)):
            plan_to_outbox(record, inbox.ws.outbox, inbox.ws.profile_path, stored_path(inbox, doc_id))
        paid(inbox.store, doc_id, OWED_PLAN)
    except Exception as exc:  # noqa: BLE001 - drafting is best effort; the inbox must go on
        _failed(exc, "không soạn được dự thảo kế hoạch trong outbox/ sau khi lưu văn bản #%s", doc_id)


def _failed(exc: Exception, what: str, *args) -> None:
    """Log a draft that could not be made (call it in the `except` block): one line when the input or a full disk is
    the cause, the traceback only for a bug."""
    if disk_full(exc):
        log.error(what + ": ổ đĩa đầy", *args)
    elif isinstance(exc, BadInput):
        log.warning(what + ": %s", *args, exc.describe())
    else:
        log.exception(what, *args)


def _test_pause() -> None:
    """Tests only: `VANBAN_TEST_PAUSE_BEFORE_OUTBOX_S` holds the worker here, after the document is stored and its
    inbox entry removed, so that a test can kill it before the outbox step."""
    pause = os.environ.get("VANBAN_TEST_PAUSE_BEFORE_OUTBOX_S")
    if pause:
        time.sleep(float(pause))


def refresh_checks_of(inbox: Inbox, plan_ids) -> None:
    """Re-check all reports on each plan and refresh its drafts in outbox/ (never raises)."""
    for plan_id in dict.fromkeys(plan_ids):
        try:
            plan = stored_record(inbox, plan_id)
            reports_to_outbox(plan, reports_on(inbox, plan_id), inbox.ws.outbox, inbox.ws.profile_path)
            paid(inbox.store, plan_id, OWED_REPORTS)
        except Exception as exc:  # noqa: BLE001 - drafting is best effort; the inbox must go on
            _failed(exc, "không cập nhật được báo cáo tổng hợp trong outbox/ (kế hoạch #%s)", plan_id)


def stored_record(inbox: Inbox, doc_id: int) -> Record:
    with inbox.store.transaction() as session:
        return Record.model_validate_json(session.get(RecordRow, doc_id).json)


def stored_path(inbox: Inbox, doc_id: int):
    """Where the stored document is now (archive/...), or None."""
    with inbox.store.transaction() as session:
        rel = session.get(DocumentRow, doc_id).path
    return inbox.ws.root / rel if rel else None


def reports_on(inbox: Inbox, plan_id: int) -> list[Record]:
    """Records of the stored documents linked to `plan_id` as reports on it."""
    with inbox.store.transaction() as session:
        rows = session.scalars(select(RecordRow.json).join(LinkRow, LinkRow.from_id == RecordRow.document_id)
                               .join(DocumentRow, DocumentRow.id == RecordRow.document_id)
                               .where(LinkRow.to_id == plan_id, LinkRow.relation == "reports_on",
                                      DocumentRow.state == STORED))
        return [Record.model_validate_json(j) for j in rows]


def _commune_issuer(profile_path) -> str | None:
    """The commune's own issuer; None without a readable profile (then every ke_hoach counts as a city plan)."""
    profile = load_profile_or_none(profile_path)
    return profile.office.issuer if profile else None
