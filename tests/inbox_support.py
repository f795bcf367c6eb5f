"""Helpers for the inbox tests: workspaces, a real `vanban watch` subprocess, waiting on the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.inbox.processing import Inbox
from tests import processes
from tests.conftest import SEED  # noqa: F401 - re-exported for the inbox tests
from pipeline.inbox.status import documents_status
from pipeline.store.workspace import Settings, Workspace, init_workspace

ROOT = Path(__file__).resolve().parent.parent
VANBAN = [sys.executable, "-c", "from pipeline.cli import main; main()"]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_server").new_database()


def make_workspace(root: Path, **settings) -> Workspace:
    return init_workspace(root, Settings(**settings))


def text_doc(i: int, extra: str = "") -> str:
    """A small distinct plain-text document (the seed's header with a different number)."""
    return (f"ỦY BAN NHÂN DÂN XÃ KIẾN MINH\nSố: {i}/BC-UBND\nKiến Minh, ngày 10 tháng 10 năm 2025\n"
            f"BÁO CÁO\nKết quả thực hiện số {i}\n{extra}\n")


def run_vanban(*args: str, timeout: float = 300, check: bool = True) -> subprocess.CompletedProcess:
    result = processes.run([*VANBAN, *map(str, args)], timeout=timeout, cwd=ROOT)
    if check and result.returncode != 0:
        raise AssertionError(f"vanban {' '.join(map(str, args))} exited {result.returncode}:\n"
                             f"{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return result


class Watcher:
    """A real `vanban watch DIR` subprocess."""

    def __init__(self, root: Path, *extra: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()):
        self.log = open(root / f"watch-{time.monotonic_ns()}.log", "w")
        self.proc = processes.spawn([*prefix, *VANBAN, "watch", str(root), *extra], cwd=ROOT, stdout=self.log,
                                    stderr=subprocess.STDOUT, text=True, env={**os.environ, **(env or {})})

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 90) -> int:
        if self.alive():
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout)
        self.log.close()
        return code

    def kill(self) -> None:
        """SIGKILL the watcher and every process of its group (its readers), as a crash would."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(30)
        self.log.close()


AS_NOBODY = ("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups")


def wait_for(condition: Callable[[], bool], timeout: float, step: float = 0.1) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(step)
    return condition()


def states(ws: Workspace) -> dict[str, str]:
    """name -> state of every document in the store."""
    inbox = Inbox(ws)
    try:
        return {d.name: d.state for d in documents_status(inbox.store)}
    finally:
        inbox.store.dispose()


def final_count(ws: Workspace) -> int:
    """Documents in a final state plus archived duplicates."""
    inbox = Inbox(ws)
    try:
        docs = documents_status(inbox.store)
        return sum(d.state in ("stored", "quarantined") for d in docs) + sum(len(d.duplicates) for d in docs)
    finally:
        inbox.store.dispose()


def inbox_files(ws: Workspace) -> list[str]:
    return sorted(p.name for p in ws.inbox.iterdir() if not p.name.startswith("."))


def slow_write(path: Path, data: bytes, chunk: int, pause: float) -> None:
    """Write `data` in small chunks with pauses, like a copy over a slow network share."""
    with open(path, "wb") as fh:
        for i in range(0, len(data), chunk):
            fh.write(data[i:i + chunk])
            fh.flush()
            time.sleep(pause)


def multi_page_scan(scan: Path, pages: int, out: Path) -> Path:
    """A scanned PDF of `pages` pages, each a copy of the first page of the real `scan` (OCR on every page)."""
    import pypdfium2 as pdfium

    src, dst = pdfium.PdfDocument(scan), pdfium.PdfDocument.new()
    try:
        dst.import_pages(src, [0] * pages)
        dst.save(out)
    finally:
        dst.close()
        src.close()
    return out


def long_docx(path: Path, paragraphs: int) -> Path:
    """A valid DOCX of a report with `paragraphs` paragraphs of body text (Word's own package from python-docx,
    its document.xml written at once: python-docx adds paragraphs one by one in quadratic time)."""
    import io
    import zipfile

    import docx
    from xml.sax.saxutils import escape

    buf = io.BytesIO()
    docx.Document().save(buf)
    head = ["ỦY BAN NHÂN DÂN XÃ KIẾN MINH", "Số: 99/BC-UBND", "Kiến Minh, ngày 10 tháng 10 năm 2025", "BÁO CÁO",
            "Kết quả thực hiện nhiệm vụ năm 2025"]
    body = head + [f"{i}. Nội dung chi tiết số {i}: kết quả thực hiện nhiệm vụ trong tháng, đạt 95% kế hoạch."
                   for i in range(1, paragraphs + 1)]
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in body)
           + "</w:body></w:document>")
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, xml if item.filename == "word/document.xml" else src.read(item.filename))
    return path
