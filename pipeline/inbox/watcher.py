"""`vanban watch`: pick up new inbox files by events (watchfiles), with a periodic rescan as a safety net and a
polling mode for network shares; read a file only once its size and mtime have been stable for the delay, no
process holds it open for writing (`writers.py`), and, when it is empty, once it has stayed empty for the
longer `empty_grace_s` (a scanner or a copy often creates the file first and fills it later)."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchfiles import Change, watch

from pipeline.inbox.after import after_outcome, write_owed_drafts
from pipeline.inbox.filenames import is_ignored
from pipeline.inbox.lanes import Lanes
from pipeline.inbox.processing import Inbox, Outcome
from pipeline.inbox.worker import warm_up
from pipeline.inbox.writers import open_for_writing
from pipeline.isolation import start_fork_server, stop_fork_server

log = logging.getLogger(__name__)

BUSY_BACKOFF_S = 5.0


class StabilityTracker:
    """Candidates with their last (size, mtime) and since when they have not changed."""

    def __init__(self, delay_s: float, empty_grace_s: float = 30.0):
        self.delay_s = delay_s
        self.empty_grace_s = max(delay_s, empty_grace_s)
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}

    def observe(self, path: Path) -> None:
        if is_ignored(path.name) or path in self._seen:
            return
        try:
            st = os.stat(path, follow_symlinks=False)
        except OSError:
            return
        self._seen[path] = ((st.st_size, st.st_mtime_ns), time.monotonic())

    def defer(self, path: Path, seconds: float) -> None:
        """Look at `path` again only after `seconds` more than the delay (a file another watcher holds)."""
        self.observe(path)
        if path in self._seen:
            sig, since = self._seen[path]
            self._seen[path] = (sig, since + seconds)

    def ready(self) -> list[Path]:
        """Candidates unchanged for the delay; they leave the tracker (observe them again to retry)."""
        now, out = time.monotonic(), []
        for path, (sig, since) in list(self._seen.items()):
            try:
                st = os.stat(path, follow_symlinks=False)
            except OSError:
                del self._seen[path]
                continue
            current = (st.st_size, st.st_mtime_ns)
            if current != sig:
                self._seen[path] = (current, now)
            elif now - since >= (self.delay_s if st.st_size else self.empty_grace_s):
                if open_for_writing(path):  # a writer pausing longer than the delay: wait for it to close
                    self._seen[path] = (current, now)
                    continue
                del self._seen[path]
                out.append(path)
        return out

    def __len__(self) -> int:
        return len(self._seen)


def watch_inbox(inbox: Inbox, stop: threading.Event, on_outcome: Callable[[Outcome], None] = lambda o: None) -> None:
    """Run until `stop` is set; the files being processed when it is set (one per lane) are finished first."""
    settings = inbox.ws.settings
    tracker = StabilityTracker(settings.stability_delay_s, settings.empty_grace_s)
    tick_ms = 50
    warm_up()
    inbox.reconcile()
    write_owed_drafts(inbox)
    last_scan = _rescan(inbox, tracker)
    # a small DOCX is not stuck behind a long scan (lanes.py); the lanes' threads read files in children of the fork
    # server (pipeline/isolation.py): where it cannot run, one file at a time, forked from this single thread
    lanes = Lanes(inbox, threads=start_fork_server())
    if not lanes.threaded:
        log.warning("không khởi động được tiến trình phụ đọc tệp song song; xử lý lần lượt từng tệp (bản quét dài "
                    "sẽ làm các tệp sau phải chờ)")
    changes_iter = watch(inbox.ws.inbox, stop_event=stop, rust_timeout=tick_ms, yield_on_timeout=True,
                         debounce=tick_ms, step=tick_ms, force_polling=settings.polling or None,
                         poll_delay_ms=500, recursive=False, raise_interrupt=False)  # polling: 2 scans a second
    try:
        for changes in changes_iter:
            for change, raw in changes:
                if change != Change.deleted:
                    tracker.observe(Path(raw))
            if time.monotonic() - last_scan >= settings.rescan_interval_s:
                last_scan = _rescan(inbox, tracker)
            for path in tracker.ready():
                if stop.is_set():
                    break
                lanes.submit(path)
            for path, outcome in lanes.finished():
                _handle(inbox, tracker, path, outcome, on_outcome)
            if stop.is_set():
                break
    finally:
        for path, outcome in lanes.close():
            _handle(inbox, tracker, path, outcome, on_outcome)
        if lanes.threaded:
            stop_fork_server()


def _handle(inbox: Inbox, tracker: StabilityTracker, path: Path, outcome: Outcome,
            on_outcome: Callable[[Outcome], None]) -> None:
    if outcome.result == "busy":  # another watcher holds it: back off instead of re-reading it in a loop
        tracker.defer(path, BUSY_BACKOFF_S)
    elif outcome.result == "changed":
        tracker.observe(path)
    elif outcome.result not in ("gone", "error"):
        after_outcome(inbox, outcome)
        on_outcome(outcome)


def _rescan(inbox: Inbox, tracker: StabilityTracker) -> float:
    inbox.sort_out()
    for path in inbox.pending():
        tracker.observe(path)
    return time.monotonic()
