"""What `vanban status` shows: every document with its state, kind, number, links, duplicates and warnings."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select

from pipeline.store.database import Store
from pipeline.store.models import DocumentRow, DuplicateRow, LinkRow, WarningRow


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class LinkStatus(_Frozen):
    relation: str  # "implements" | "reports_on"
    number: str | None
    to_id: int | None  # None while the cited document is not in the store
    to_name: str | None


class DocumentStatus(_Frozen):
    id: int
    name: str
    state: str  # claimed | stored | quarantined
    kind: str | None
    number: str | None
    issued_on: dt.date | None
    issuer: str | None
    path: str | None
    sha256: str
    error: str | None
    warnings: tuple[str, ...]
    links: tuple[LinkStatus, ...]
    duplicates: tuple[str, ...]  # workspace-relative paths of later drops of the same bytes


def documents_status(store: Store) -> list[DocumentStatus]:
    with store.transaction() as session:
        docs = list(session.scalars(select(DocumentRow).order_by(DocumentRow.id)))
        names = {d.id: d.name for d in docs}
        warnings = _grouped(session.execute(select(WarningRow.document_id, WarningRow.message)))
        dups = _grouped(session.execute(select(DuplicateRow.document_id, DuplicateRow.path)
                                        .where(DuplicateRow.done.is_(True))))
        links: dict[int, list[LinkStatus]] = {}
        for link in session.scalars(select(LinkRow).order_by(LinkRow.id)):
            links.setdefault(link.from_id, []).append(
                LinkStatus(relation=link.relation, number=link.number, to_id=link.to_id,
                           to_name=names.get(link.to_id)))
        return [DocumentStatus(id=d.id, name=d.name, state=d.state, kind=d.kind, number=d.number,
                               issued_on=d.issued_on, issuer=d.issuer, path=d.path, sha256=d.sha256,
                               error=d.error_message, warnings=tuple(warnings.get(d.id, ())),
                               links=tuple(links.get(d.id, ())), duplicates=tuple(dups.get(d.id, ())))
                for d in docs]


def _grouped(rows) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for key, value in rows:
        out.setdefault(key, []).append(value)
    return out
