"""Crash safety: SIGKILL the inbox worker at random points, restart, and nothing is lost or duplicated.

Each run drops a few small files and starts a worker (a forked copy of this process running `ingest`, so the kill
lands in the middle of real work rather than in interpreter start-up), kills it with SIGKILL after a random delay,
and the next run's worker is the restart. After the last run one more worker finishes the inbox; then every dropped
file must be in the archive exactly once (duplicates as duplicates), the inbox empty, the integrity check clean.
"""

from __future__ import annotations

import collections
import os
import random
import shutil
import signal
import time

import pytest
from sqlalchemy import func, select

from inbox_support import Watcher, inbox_files, make_workspace, states, store_url, text_doc, wait_for  # noqa: F401
from pg import pg_server  # noqa: F401 - fixture
from pipeline.inbox.entries import sha256_of
from pipeline.inbox.ingest import ingest
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.owed import owed
from pipeline.inbox.processing import Inbox
from pipeline.inbox.worker import warm_up
from pipeline.store.models import EventRow
from pipeline.store.workspace import open_workspace

pytestmark = pytest.mark.slow
RUNS = 50


def _fork_ingest(root) -> int:
    pid = os.fork()
    if pid == 0:  # the worker: never returns into pytest
        code = 1
        try:
            inbox = Inbox(open_workspace(root))
            ingest(inbox)
            code = 0
        finally:
            os._exit(code)
    return pid


def _drop(ws, run: int, dropped: collections.Counter) -> None:
    first = text_doc(1000 + run).encode()
    files = {f"r{run:02} a.txt": first, f"r{run:02} b.txt": text_doc(2000 + run).encode(),
             f"r{run:02} a (sao).txt": first}  # same bytes under two names
    if run % 5 == 0:
        files[f"r{run:02} rỗng.txt"] = b""  # quarantined
    for name, data in files.items():
        (ws.inbox / name).write_bytes(data)
        dropped[_sha(data)] += 1


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _archived(ws) -> collections.Counter:
    found = collections.Counter()
    for folder in (ws.archive, ws.quarantine):
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.endswith(".loi.txt") and not path.name.startswith("."):
                found[sha256_of(path)] += 1
    return found


def test_sigkill_at_random_points_over_fifty_runs_loses_and_duplicates_nothing(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.0)
    warm_up()  # imported here once: each forked worker starts with the readers loaded, so the kills land in its work
    rng = random.Random(int(os.environ.get("VANBAN_KILL_SEED", time.time_ns())))
    dropped: collections.Counter = collections.Counter()
    _drop(ws, RUNS, dropped)  # calibration: how long one undisturbed batch takes, so kills land inside the work
    started = time.monotonic()
    os.waitpid(_fork_ingest(ws.root), 0)
    span = time.monotonic() - started
    for run in range(RUNS):
        _drop(ws, run, dropped)
        pid = _fork_ingest(ws.root)
        time.sleep(rng.uniform(0.0, span))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    pid = _fork_ingest(ws.root)  # the final restart runs to the end
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert inbox_files(ws) == []
    assert _archived(ws) == dropped  # every dropped file exactly once: none lost, none duplicated
    inbox = Inbox(ws)
    report = integrity_check(inbox.store, ws.root)
    with inbox.store.transaction() as session:
        retried = session.scalar(select(func.count()).where(EventRow.event == "retried"))
    inbox.store.dispose()
    assert report.ok and report.pending == (), (report.problems, report.pending)
    assert retried > 0, "no kill landed inside a claim: the test did not exercise recovery"
    print(f"{RUNS} kills over {span:.2f} s batches, {retried} half-done claims resumed")


def test_a_real_watcher_killed_mid_batch_resumes_after_restart(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.1)
    dropped = collections.Counter()
    watcher = Watcher(ws.root)
    for i in range(12):
        data = text_doc(i).encode()
        (ws.inbox / f"{i}.txt").write_bytes(data)
        dropped[_sha(data)] += 1
    wait_for(lambda: len(inbox_files(ws)) < 10, 60, step=0.05)
    watcher.kill()
    restarted = Watcher(ws.root)
    assert wait_for(lambda: inbox_files(ws) == [] and _archived(ws) == dropped, 120, step=0.3)
    assert restarted.stop() == 0
    inbox = Inbox(ws)
    assert integrity_check(inbox.store, ws.root).ok
    inbox.store.dispose()


def test_a_watcher_killed_between_storing_a_city_plan_and_its_outbox_draft_writes_the_draft_after_restart(
        tmp_path, corpus, store_url):
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(corpus / "profile.toml", root / "profile.toml")  # the commune: UBND xã Kiến Minh
    ws = make_workspace(root, stability_delay_s=0.2, rescan_interval_s=1.0, store_url=store_url)
    draft = ws.outbox / "du-thao-ke-hoach-thuc-hien-232-KH-UBND.docx"
    watcher = Watcher(ws.root, env={"VANBAN_TEST_PAUSE_BEFORE_OUTBOX_S": "300"})  # holds it before the outbox step
    shutil.copy(corpus / "ke_hoach/ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx", ws.inbox)
    assert wait_for(lambda: inbox_files(ws) == [] and set(states(ws).values()) == {"stored"}, 120, step=0.2)
    watcher.kill()
    assert not draft.exists()
    restarted = Watcher(ws.root)
    assert wait_for(draft.exists, 120, step=0.3)
    assert restarted.stop() == 0
    inbox = Inbox(ws)
    try:
        assert owed(inbox.store) == [] and integrity_check(inbox.store, ws.root).ok
    finally:
        inbox.store.dispose()
