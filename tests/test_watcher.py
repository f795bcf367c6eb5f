"""A real `vanban watch` subprocess on a temporary workspace."""

from __future__ import annotations

import shutil
import signal

import pytest

from inbox_support import (SEED, Watcher, final_count, inbox_files, make_workspace, slow_write, states,
                           store_url, text_doc, wait_for)  # noqa: F401 - store_url is a fixture
from pg import pg_server  # noqa: F401 - fixture
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.processing import Inbox

pytestmark = pytest.mark.slow


def _integrity(ws):
    inbox = Inbox(ws)
    try:
        return integrity_check(inbox.store, ws.root)
    finally:
        inbox.store.dispose()


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path / "ws", stability_delay_s=0.5, rescan_interval_s=2.0)


@pytest.mark.parametrize("mode", [(), ("--polling",)], ids=["events", "polling"])
def test_a_file_copied_slowly_in_small_chunks_is_read_only_once_complete(ws, mode):
    watcher = Watcher(ws.root, *mode)
    data = text_doc(7, "\n".join(f"- Dòng nội dung số {i}" for i in range(60))).encode()
    slow_write(ws.inbox / "chép chậm.txt", data, chunk=256, pause=0.15)  # pauses shorter than the delay
    assert wait_for(lambda: final_count(ws) == 1, 60)
    assert states(ws) == {"chép chậm.txt": "stored"}
    [archived] = ws.archive.rglob("chép chậm.txt")
    assert archived.read_bytes() == data
    assert watcher.stop() == 0


def test_duplicates_renames_and_partial_downloads_each_end_once(ws):
    watcher = Watcher(ws.root)
    shutil.copy(SEED, ws.inbox / "kế hoạch.txt")
    shutil.copy(SEED, ws.inbox / "kế hoạch - bản sao.txt")
    (ws.inbox / "báo cáo.txt.part").write_text(text_doc(3), encoding="utf-8")
    (ws.inbox / "~$báo cáo.docx").write_bytes(b"lock")
    assert wait_for(lambda: final_count(ws) == 2, 60)
    (ws.inbox / "báo cáo.txt.part").rename(ws.inbox / "báo cáo.txt")  # the download finished
    # the record is committed before the inbox entry goes: wait for both
    assert wait_for(lambda: final_count(ws) == 3 and inbox_files(ws) == ["~$báo cáo.docx"], 60)  # lock file left
    assert set(states(ws)) == {"báo cáo.txt", "kế hoạch.txt"} or set(states(ws)) == {"báo cáo.txt",
                                                                                     "kế hoạch - bản sao.txt"}
    assert watcher.alive() and _integrity(ws).ok
    assert watcher.stop() == 0


def test_files_dropped_while_the_watcher_is_down_are_processed_when_it_restarts(ws):
    first = Watcher(ws.root)
    (ws.inbox / "1.txt").write_text(text_doc(1), encoding="utf-8")
    assert wait_for(lambda: final_count(ws) == 1, 60)
    assert first.stop(signal.SIGINT) == 0
    for i in (2, 3, 4):
        (ws.inbox / f"{i}.txt").write_text(text_doc(i), encoding="utf-8")
    second = Watcher(ws.root)
    assert wait_for(lambda: final_count(ws) == 4 and inbox_files(ws) == [], 60)
    assert set(states(ws).values()) == {"stored"}
    assert second.stop() == 0 and _integrity(ws).ok


HOSTILE_SUBSET = ("generated/docx_not_a_zip.docx", "generated/docx_macro.docm", "generated/docx_zip_bomb.docx",
                  "generated/docx_billion_laughs.docx", "from-qpdf/issue-100.pdf", "generated/docx_nfd_text.docx")


def test_hostile_files_end_stored_or_quarantined_and_the_watcher_stays_alive(ws, hostile):
    watcher = Watcher(ws.root)
    for rel in HOSTILE_SUBSET:
        shutil.copy(hostile / rel, ws.inbox)
    (ws.inbox / "sau cùng.txt").write_text(text_doc(9), encoding="utf-8")  # the next file is still taken
    assert wait_for(lambda: final_count(ws) == len(HOSTILE_SUBSET) + 1, 240, step=0.5)
    assert set(states(ws).values()) <= {"stored", "quarantined"} and states(ws)["sau cùng.txt"] == "stored"
    for note in ws.quarantine.glob("*.loi.txt"):
        assert "Lý do:" in note.read_text(encoding="utf-8")
    assert watcher.alive() and _integrity(ws).ok
    assert watcher.stop() == 0


def test_two_watchers_sharing_one_inbox_and_store_never_process_a_file_twice(tmp_path, store_url):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3, rescan_interval_s=1.0, store_url=store_url)
    watchers = [Watcher(ws.root), Watcher(ws.root)]
    for i in range(16):
        (ws.inbox / f"bc-{i:02}.txt").write_text(text_doc(i), encoding="utf-8")
    shutil.copy(ws.inbox / "bc-00.txt", ws.inbox / "bc-00 (bản sao).txt")
    assert wait_for(lambda: final_count(ws) == 17 and inbox_files(ws) == [], 120, step=0.5)
    assert len(states(ws)) == 16
    archived = [p for p in ws.archive.rglob("*") if p.is_file()]
    assert len(archived) == 17
    assert all(w.alive() for w in watchers) and _integrity(ws).ok
    assert [w.stop() for w in watchers] == [0, 0]


def test_sigterm_while_a_file_is_being_read_finishes_that_file_before_exiting(ws, hostile):
    watcher = Watcher(ws.root)
    shutil.copy(hostile / "generated/docx_huge_table.docx", ws.inbox)  # takes seconds to read
    assert wait_for(lambda: states(ws).get("docx_huge_table.docx") == "claimed", 60, step=0.05)
    assert watcher.stop(signal.SIGTERM) == 0
    assert states(ws)["docx_huge_table.docx"] in ("stored", "quarantined")
    assert inbox_files(ws) == [] and _integrity(ws).ok
