"""The store: SQLAlchemy 2 over the URL in `vanban.toml` (SQLite in the workspace by default, or PostgreSQL).

SQLite runs in WAL mode with a busy timeout, and every transaction is `BEGIN IMMEDIATE`, so the check-then-write
of a claim is atomic across processes. PostgreSQL claims rows with `SELECT ... FOR UPDATE SKIP LOCKED`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session

from pipeline.store.models import Base

SQLITE_BUSY_MS = 30_000


class Store:
    """One engine, the tables created on first use; `transaction()` yields a session inside one transaction."""

    def __init__(self, url: str):
        self.url = url
        self.engine = _engine(url)
        self._create_tables()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def _create_tables(self) -> None:
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":  # two watchers starting at once must not race on DDL
                conn.execute(text("SELECT pg_advisory_xact_lock(7305)"))
            Base.metadata.create_all(conn)

    def dispose(self) -> None:
        self.engine.dispose()

    def after_fork(self) -> None:
        """A forked child must not reuse the parent's connections."""
        self.engine.dispose(close=False)


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # the driver must not open transactions itself: we send BEGIN IMMEDIATE
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")
