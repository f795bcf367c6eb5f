"""A small file is not stuck behind a long scan: `vanban watch` reads files that need OCR or LibreOffice in a slow
lane of their own, and the rest in a fast lane (pipeline/inbox/lanes.py)."""

from __future__ import annotations

import shutil

import pytest

from inbox_support import Watcher, inbox_files, make_workspace, multi_page_scan, states, wait_for
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.lanes import lane_of
from pipeline.inbox.processing import Inbox
from tests.conftest import CORPUS, DATA, needs

SCAN = DATA / "real" / "tinh_bacgiang_CV_390-2012_vp-ubnd-scan.pdf"
DOCX = CORPUS / "bao_cao" / "bao-cao-06-bc-thon-tien-cam.docx"


@pytest.mark.parametrize(("path", "lane"), [
    (SCAN, "slow"),  # a scanned page: OCR
    (CORPUS / "bao_cao" / "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su.doc", "slow"),  # Word 97: LibreOffice
    (DATA / "real" / "tinh_quangngai_TB_542-2024.pdf", "fast"),  # a PDF with its text
    (DOCX, "fast"),
    (DATA / "seed" / "ke-hoach-thi-dua-xa-kien-minh-2025.txt", "fast"),
    (DATA / "hostile" / "generated" / "random_bytes.pdf", "fast"),  # not a PDF at all: the read says so, quickly
], ids=lambda v: getattr(v, "name", v))
def test_a_file_goes_to_the_slow_lane_only_when_reading_it_needs_ocr_or_libreoffice(path, lane):
    assert lane_of(path, memory_mb=1024) == lane


@pytest.mark.slow
@needs("tesseract")
def test_a_small_docx_dropped_after_a_long_scan_is_archived_while_the_scan_is_still_read(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3)
    scan = multi_page_scan(SCAN, 6, tmp_path / "bản quét 6 trang.pdf")
    watcher = Watcher(ws.root)
    scan.rename(ws.inbox / scan.name)
    assert wait_for(lambda: states(ws).get(scan.name) == "claimed", 60, step=0.1)  # being read
    shutil.copy(DOCX, ws.inbox)
    assert wait_for(lambda: states(ws).get(DOCX.name) == "stored", 120, step=0.1)
    assert states(ws)[scan.name] == "claimed"  # the scan is still being read
    assert [p.read_bytes() for p in ws.archive.rglob(DOCX.name)] == [DOCX.read_bytes()]
    assert wait_for(lambda: states(ws).get(scan.name) == "stored", 300, step=0.3)
    assert watcher.stop() == 0
    assert inbox_files(ws) == []
    inbox = Inbox(ws)
    try:
        assert integrity_check(inbox.store, ws.root).ok
    finally:
        inbox.store.dispose()
