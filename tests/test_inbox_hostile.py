"""Every file of the shared hostile set, dropped into an inbox: each ends stored or quarantined with a reason,
within the worker limits (60 s, 1 GiB), and nothing stops the batch."""

from __future__ import annotations

import csv
import os

import pytest

from inbox_support import inbox_files, make_workspace
from pipeline.inbox.ingest import copy_into_inbox, ingest
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.processing import Inbox
from pipeline.inbox.status import documents_status

pytestmark = pytest.mark.slow


def _manifest(hostile):
    with open(hostile / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_hostile_file_ends_stored_or_quarantined_with_a_reason(tmp_path, hostile):
    rows = _manifest(hostile)
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.0)
    copy_into_inbox([hostile / row["file"] for row in rows], ws.inbox)
    inbox = Inbox(ws)
    outcomes = ingest(inbox, workers=2)
    docs = {d.sha256: d for d in documents_status(inbox.store)}
    report = integrity_check(inbox.store, ws.root)
    inbox.store.dispose()
    assert inbox_files(ws) == []
    assert len(outcomes) == len(rows)
    for row in rows:
        doc = docs[row["sha256"]]
        assert doc.state in ("stored", "quarantined"), row["file"]
        if row["expected"] == "reject":
            assert doc.state == "quarantined", f"{row['file']} must be refused, got {doc.state}"
        if doc.state == "quarantined":
            assert doc.error and "Tệp «" in doc.error, row["file"]
    notes = {p.name for p in ws.quarantine.glob("*.loi.txt")}
    originals = [p for p in ws.quarantine.iterdir() if p.name not in notes]
    assert len(originals) == sum(d.state == "quarantined" for d in docs.values()) + sum(
        len(d.duplicates) for d in docs.values() if d.state == "quarantined")
    assert len(notes) == len(originals)  # every refused file has its note, duplicates too
    assert all(len(os.fsencode(p.name)) <= 255 for p in ws.quarantine.iterdir())
    assert report.ok, report.problems  # includes: a note beside every quarantined file


def test_a_watcher_over_the_hostile_set_says_each_refusal_in_one_line_and_logs_no_traceback(tmp_path, hostile):
    import shutil
    import unicodedata

    from inbox_support import Watcher, final_count, wait_for

    rows = _manifest(hostile)
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3, rescan_interval_s=2.0)
    watcher = Watcher(ws.root)
    for row in rows:
        shutil.copy(hostile / row["file"], ws.inbox)
    assert wait_for(lambda: final_count(ws) == len(rows) and inbox_files(ws) == [], 600, step=1.0)
    assert watcher.stop() == 0
    log = next(ws.root.glob("watch-*.log")).read_text(encoding="utf-8")
    assert "Traceback" not in log
    lines = log.splitlines()
    for row in rows:
        if row["expected"] != "reject":
            continue
        name = unicodedata.normalize("NFC", os.path.basename(row["file"]))
        [said] = [line for line in lines if line.startswith(("cách ly: ", "trùng: ")) and f": {name} -> " in line]
        if said.startswith("cách ly: "):  # the reason on the same line ("trùng": the same bytes were refused already)
            assert " — lý do: " in said and len(said.split(" — lý do: ")[1]) > 20, said
