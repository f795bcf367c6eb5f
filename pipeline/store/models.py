"""The store's tables (SQLAlchemy 2, the same on SQLite and PostgreSQL).

    documents   one row per distinct file content (sha256 unique): state claimed -> stored | quarantined
    duplicates  a later drop of bytes already stored, archived beside the original (never lost)
    records     the extraction JSON (`Record.model_dump_json()`) of a stored document
    warnings    the record's warnings, one row each
    events      processing history (claimed, stored, quarantined, duplicate, retried, released)
    links       "this document implements / reports on that one", resolved when both are in the store
    drafts_owed outbox drafts owed after a document was stored (written in the same transaction as its final state,
                deleted once the drafts are written): "plan" = derive the commune's plan from this city plan,
                "reports" = refresh the check and consolidated report of this plan
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

CLAIMED, STORED, QUARANTINED = "claimed", "stored", "quarantined"
OWED_PLAN, OWED_REPORTS = "plan", "reports"
FINAL_STATES = (STORED, QUARANTINED)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)  # the name it was dropped under (NFC)
    size: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16), index=True)
    # Identity of the inbox entry being processed: lets a restart tell "our half-done file" from a new drop.
    inbox_name: Mapped[str] = mapped_column(Text)  # exact name on disk (may be NFD)
    inbox_ino: Mapped[int] = mapped_column(BigInteger)
    inbox_mtime_ns: Mapped[int] = mapped_column(BigInteger)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(16))  # decided result, before the file is moved
    path: Mapped[str | None] = mapped_column(Text, unique=True)  # archive/... or quarantine/..., workspace-relative
    kind: Mapped[str | None] = mapped_column(String(32))
    number: Mapped[str | None] = mapped_column(String(200), index=True)
    number_key: Mapped[str | None] = mapped_column(String(200), index=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(String(32))
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class DuplicateRow(Base):
    __tablename__ = "duplicates"
    __table_args__ = (UniqueConstraint("inbox_name", "inbox_ino", "inbox_mtime_ns"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    inbox_name: Mapped[str] = mapped_column(Text)
    inbox_ino: Mapped[int] = mapped_column(BigInteger)
    inbox_mtime_ns: Mapped[int] = mapped_column(BigInteger)
    path: Mapped[str] = mapped_column(Text, unique=True)
    done: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class RecordRow(Base):
    __tablename__ = "records"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    json: Mapped[str] = mapped_column(Text)


class WarningRow(Base):
    __tablename__ = "warnings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    event: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    worker: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LinkRow(Base):
    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("from_id", "relation", "number_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    relation: Mapped[str] = mapped_column(String(16))  # "implements" | "reports_on"
    number: Mapped[str | None] = mapped_column(String(200))
    number_key: Mapped[str] = mapped_column(String(200), index=True)
    cited_date: Mapped[dt.date | None] = mapped_column(Date)
    cited_issuer: Mapped[str | None] = mapped_column(Text)
    to_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)


class DraftOwedRow(Base):
    __tablename__ = "drafts_owed"
    __table_args__ = (UniqueConstraint("document_id", "what"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    what: Mapped[str] = mapped_column(String(16))  # OWED_PLAN | OWED_REPORTS
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
