"""Outbox drafts owed: recorded in the same transaction as the document's final state, so that a crash between
storing a document and writing its drafts cannot lose them (after.py writes and clears them; start-up writes
whatever is still owed)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pipeline.store.database import Store
from pipeline.store.models import OWED_PLAN, OWED_REPORTS, DraftOwedRow


def owe_drafts(session: Session, store: Store, plans_to_derive: list[int], plans_to_refresh: list[int]) -> None:
    """Inside the transaction that stores a document: the drafts it makes due (idempotent)."""
    dialect = postgresql if store.is_postgres else sqlite
    rows = [(d, OWED_PLAN) for d in plans_to_derive] + [(d, OWED_REPORTS) for d in dict.fromkeys(plans_to_refresh)]
    for doc_id, what in rows:
        stmt = dialect.insert(DraftOwedRow).values(document_id=doc_id, what=what)
        session.execute(stmt.on_conflict_do_nothing(index_elements=["document_id", "what"]))


def owed(store: Store) -> list[tuple[int, str]]:
    """(document id, what) of every draft still owed, oldest first."""
    with store.transaction() as session:
        return [(r.document_id, r.what) for r in session.scalars(select(DraftOwedRow).order_by(DraftOwedRow.id))]


def paid(store: Store, doc_id: int, what: str) -> None:
    with store.transaction() as session:
        session.execute(delete(DraftOwedRow).where(DraftOwedRow.document_id == doc_id, DraftOwedRow.what == what))
