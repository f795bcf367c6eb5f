"""Two lanes for `vanban watch`, so that a small text file is not stuck behind a long scan.

The *fast* lane takes every ready file and sorts it first: a file whose reading needs OCR (a PDF with scanned
pages, counted in a limited child, `worker.scanned_pages`) or LibreOffice (Word 97-2003, RTF) is passed to the
*slow* lane; the rest (DOCX, text PDF, TXT) is processed where it is. Each lane is one thread processing one file at a
time with `Inbox.process_logged` (claims make two threads as safe as two watchers); outcomes are handed back to the
watcher's own thread through `finished()`, where the outbox drafts are written.
"""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path
from typing import Literal

from extractors.errors import BadInput
from extractors.guards import FileKind, sniff
from pipeline.inbox.processing import Inbox, Outcome
from pipeline.inbox.worker import scanned_pages

log = logging.getLogger(__name__)

Lane = Literal["fast", "slow"]


def lane_of(path: Path, memory_mb: int) -> Lane:
    """"slow" when reading `path` needs OCR or LibreOffice, else "fast" (also when it cannot be told: the read says
    what is wrong)."""
    try:
        kind = sniff(path)
    except (BadInput, OSError):
        return "fast"
    if kind is FileKind.PDF:
        return "slow" if scanned_pages(path, path.name, memory_mb) else "fast"
    return "slow" if kind is FileKind.DOC else "fast"


class Lanes:
    """The fast and the slow lane of one watcher; `submit` a ready file, collect `finished()` outcomes, `close()`."""

    def __init__(self, inbox: Inbox, threads: bool = True):
        """`threads=False`: one file at a time in the caller's thread (no lanes), where no fork server can run."""
        self._inbox = inbox
        self._fast: queue.Queue[Path | None] = queue.Queue()
        self._slow: queue.Queue[Path | None] = queue.Queue()
        self._done: queue.Queue[tuple[Path, Outcome]] = queue.Queue()
        self._in_flight: set[Path] = set()  # submitted and not yet finished: a rescan does not submit it again
        self._threads = [threading.Thread(target=self._run, args=(self._fast, True), name="vanban-fast", daemon=True),
                         threading.Thread(target=self._run, args=(self._slow, False), name="vanban-slow", daemon=True)]
        for thread in self._threads if threads else ():
            thread.start()
        self.threaded = threads

    def submit(self, path: Path) -> None:
        if not self.threaded:
            self._done.put((path, self._inbox.process_logged(path)))
        elif path not in self._in_flight:
            self._in_flight.add(path)
            self._fast.put(path)

    def finished(self) -> list[tuple[Path, Outcome]]:
        """(inbox entry, outcome) of the files processed since the last call."""
        out = []
        while True:
            try:
                path, outcome = self._done.get_nowait()
            except queue.Empty:
                return out
            self._in_flight.discard(path)
            out.append((path, outcome))

    def close(self) -> list[tuple[Path, Outcome]]:
        """Drop what has not been started (it stays in inbox/), let each lane finish its file, return the last
        outcomes."""
        for q in (self._fast, self._slow):
            while True:
                try:
                    q.get_nowait()
                except queue.Empty:
                    break
            q.put(None)
        for thread in self._threads if self.threaded else ():
            thread.join()
        return self.finished()

    def _run(self, todo: queue.Queue, sorting: bool) -> None:
        while (path := todo.get()) is not None:
            try:
                if sorting and lane_of(path, self._inbox.ws.settings.worker_memory_mb) == "slow":
                    self._slow.put(path)
                    continue
                outcome = self._inbox.process_logged(path)
            except Exception:  # noqa: BLE001 - a bug in sorting: logged, the file is taken again at a rescan
                log.exception("lỗi chương trình khi phân luồng %s", path.name)
                outcome = Outcome(path.name, "error")
            self._done.put((path, outcome))
