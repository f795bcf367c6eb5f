"""A valid but very long document that takes longer than the time limit: the office is told it took too long (how
big it is, the limit), that it is kept and not broken, and what to do; dropped again once the limit is raised, it is
read again and stored."""

from __future__ import annotations

import re
import shutil

import pytest

from inbox_support import inbox_files, long_docx, make_workspace
from pipeline.inbox.ingest import ingest
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.processing import Inbox
from pipeline.inbox.status import documents_status
from pipeline.store.workspace import Workspace

pytestmark = pytest.mark.slow


def _ingest(ws):
    inbox = Inbox(ws)
    try:
        return {o.name: o for o in ingest(inbox)}, documents_status(inbox.store), integrity_check(inbox.store, ws.root)
    finally:
        inbox.store.dispose()


def test_a_long_valid_docx_that_times_out_is_kept_with_a_note_saying_it_took_too_long_and_what_to_do(tmp_path):
    big = long_docx(tmp_path / "báo cáo rất dài.docx", 20_000)
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.0, worker_timeout_s=1.0)
    shutil.copy(big, ws.inbox)
    outcomes, docs, report = _ingest(ws)
    assert outcomes[big.name].result == "quarantined" and report.ok
    assert (ws.quarantine / big.name).read_bytes() == big.read_bytes()  # kept as it was
    note = (ws.quarantine / f"{big.name}.loi.txt").read_text(encoding="utf-8")
    assert "Mã lỗi: timeout" in note
    assert "hỏng" not in note.replace("không phải dấu hiệu tệp bị hỏng", "")  # never told it may be broken
    assert re.search(r"«báo cáo rất dài\.docx» \(\d+ KB\) cần nhiều thời gian đọc hơn giới hạn cho phép \(1 giây\)",
                     note)
    assert "được giữ nguyên trong thư mục quarantine/" in note
    for advice in ("tách văn bản thành nhiều tệp nhỏ hơn", "lưu lại thành tệp mới (Save As) hoặc in ra PDF",
                   "tăng giới hạn thời gian đọc (worker_timeout_s", "vanban sẽ đọc lại tệp"):
        assert advice in note

    raised = Workspace(ws.root, ws.settings.model_copy(update={"worker_timeout_s": 600.0}))
    shutil.copy(big, raised.inbox)  # the office drops it again once the limit is raised
    outcomes, docs, report = _ingest(raised)
    assert outcomes[big.name].result == "stored"
    [doc] = docs
    assert doc.state == "stored" and doc.duplicates == (f"quarantine/{big.name}",) and report.ok
    assert inbox_files(raised) == []
