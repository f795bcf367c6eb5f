"""The store, on SQLite and on a real PostgreSQL server: claims, integrity, links."""

from __future__ import annotations

import multiprocessing as mp
import os

from sqlalchemy import select

from inbox_support import store_url  # noqa: F401 - fixture
from pg import pg_server  # noqa: F401 - fixture
from pipeline.inbox.claims import claim_entry
from pipeline.inbox.entries import Entry
from pipeline.inbox.integrity import integrity_check
from pipeline.store.database import Store
from pipeline.store.models import DocumentRow


def _entry(tmp_path, name="a.txt", data=b"noi dung"):
    path = tmp_path / "inbox" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return Entry.of(path)


def test_a_new_entry_is_claimed_once_and_a_live_claim_is_left_alone(tmp_path, store_url):
    from pipeline.inbox.claims import HOST

    store = Store(store_url)
    entry = _entry(tmp_path)
    me, other_thread = f"{HOST}:{os.getpid()}:1", f"{HOST}:{os.getpid()}:2"
    assert claim_entry(store, tmp_path, entry, me).action == "process"
    assert claim_entry(store, tmp_path, entry, other_thread).action == "busy"
    assert claim_entry(store, tmp_path, entry, me).action == "process"  # its own claim: resumed
    store.dispose()


def test_a_claim_of_a_dead_worker_is_taken_over_and_counted_as_a_retry(tmp_path, store_url):
    import socket

    store = Store(store_url)
    entry = _entry(tmp_path)
    dead = mp.get_context("fork").Process(target=lambda: None)
    dead.start()
    dead.join()
    assert claim_entry(store, tmp_path, entry, f"{socket.gethostname()}:{dead.pid}:1").action == "process"
    me = f"{socket.gethostname()}:{os.getpid()}:1"
    retry = claim_entry(store, tmp_path, entry, me)
    assert retry.action == "process"
    assert claim_entry(store, tmp_path, entry, f"{socket.gethostname()}:{os.getpid()}:2").action == "busy"
    with store.transaction() as session:
        row = session.scalars(select(DocumentRow)).one()
        assert (row.attempts, row.claimed_by) == (2, me)
    store.dispose()


def _claim_in_child(url, root, path, queue):
    store = Store(url)
    entry = Entry.of(path)
    queue.put(claim_entry(store, root, entry, f"{__import__('socket').gethostname()}:{os.getpid()}:0").action)
    store.dispose()


def test_six_processes_racing_for_one_file_give_exactly_one_claim(tmp_path, store_url):
    Store(store_url).dispose()  # tables exist before the race
    entry = _entry(tmp_path)
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_claim_in_child, args=(store_url, tmp_path, entry.path, queue)) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    actions = sorted(queue.get(timeout=5) for _ in procs)
    # A loser whose winner already exited may see a dead claim and retry it: never two live owners at once.
    assert actions.count("process") >= 1 and set(actions) <= {"process", "busy"}
    store = Store(store_url)
    with store.transaction() as session:
        assert len(session.scalars(select(DocumentRow)).all()) == 1
    store.dispose()


def test_integrity_check_finds_a_missing_archive_file_and_an_unknown_one(tmp_path, store_url):
    store = Store(store_url)
    entry = _entry(tmp_path)
    claim = claim_entry(store, tmp_path, entry, "h:1:1")
    with store.transaction() as session:
        row = session.get(DocumentRow, claim.document_id)
        row.state, row.outcome, row.path = "stored", "stored", "archive/2025/10/a.txt"
    report = integrity_check(store, tmp_path)
    assert not report.ok and any("thiếu tệp archive/2025/10/a.txt" in p for p in report.problems)
    (tmp_path / "archive/2025/10").mkdir(parents=True)
    (tmp_path / "archive/2025/10/a.txt").write_bytes(b"noi dung")
    assert integrity_check(store, tmp_path).ok
    (tmp_path / "archive/2025/10/la.txt").write_bytes(b"?")
    report = integrity_check(store, tmp_path)
    assert report.problems == ("tệp không có trong kho: archive/2025/10/la.txt",)
    store.dispose()
