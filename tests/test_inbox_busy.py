"""Two watchers on one inbox: the one that did not claim a long scan waits for it without re-hashing it in a loop
(hashes are cached by path, inode, size and mtime; a file another watcher holds is looked at again after 5 s).
Measured with the kernel's count of bytes the idle watcher read (`/proc/PID/io`, `rchar`)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox_support import Watcher, inbox_files, make_workspace, multi_page_scan, states, wait_for
from pipeline.inbox.processing import Inbox
from pipeline.store.models import DocumentRow
from tests.conftest import DATA, needs

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="no /proc/PID/io: reads cannot be counted")]


def _read_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/PID/io")


def _holder(ws, name: str) -> int | None:
    """The pid of the watcher whose claim holds `name` ("host:pid:thread")."""
    inbox = Inbox(ws)
    try:
        with inbox.store.transaction() as session:
            owner = session.scalar(select(DocumentRow.claimed_by).where(DocumentRow.name == name))
    finally:
        inbox.store.dispose()
    return int(owner.split(":")[1]) if owner else None


@needs("tesseract")
def test_the_idle_watcher_does_not_re_hash_a_long_scan_another_watcher_is_reading(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3, rescan_interval_s=1.0)
    scan = multi_page_scan(DATA / "real" / "tinh_bacgiang_CV_390-2012_vp-ubnd-scan.pdf", 8, tmp_path / "quét.pdf")
    size = scan.stat().st_size
    watchers = [Watcher(ws.root), Watcher(ws.root)]
    time.sleep(3)  # both started: both see the drop
    scan.rename(ws.inbox / scan.name)
    assert wait_for(lambda: _holder(ws, scan.name) is not None, 60, step=0.05)
    [idle] = [w for w in watchers if w.proc.pid != _holder(ws, scan.name)]
    before, started = _read_bytes(idle.proc.pid), time.monotonic()
    assert wait_for(lambda: states(ws).get(scan.name) == "stored", 600, step=0.5)
    waited, read = time.monotonic() - started, _read_bytes(idle.proc.pid) - before
    assert waited > 10, "the scan was read too fast to show anything"
    # one hash of the scan at most (it may have hashed it before the other's claim), plus the store's small reads;
    # re-hashing at every retry (every 0.3 s) would read it dozens of times
    assert read < 2 * size, f"the idle watcher read {read} bytes in {waited:.0f} s for a {size}-byte scan"
    assert [w.stop() for w in watchers] == [0, 0]
    assert inbox_files(ws) == []
