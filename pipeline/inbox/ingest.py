"""`vanban ingest`: process what is in the inbox once (optionally copying given files in first), then return."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pipeline.inbox.after import after_outcome, refresh_checks_of, write_owed_drafts
from pipeline.inbox.filenames import fsync_dir, temp_name, with_suffix_number
from pipeline.inbox.processing import Inbox, Outcome
from pipeline.inbox.worker import warm_up
from pipeline.inbox.writers import open_for_writing

MAX_ROUNDS = 600  # busy entries (held by another watcher) are retried; give up after this many short waits


def copy_into_inbox(files: Iterable[Path], inbox: Path) -> list[Path]:
    """Copy each file into the inbox under its own name (" (2)" when taken); the source is never touched.
    The copy appears atomically (hidden temporary name, then link), so a watcher never sees it half-written."""
    placed = []
    for src in files:
        tmp = inbox / temp_name(src.name)
        shutil.copyfile(src, tmp)
        for n in range(1, 10_000):
            target = inbox / with_suffix_number(src.name, n)
            try:
                os.link(tmp, target)
                break
            except FileExistsError:
                continue
        tmp.unlink()
        placed.append(target)
    fsync_dir(inbox)
    return placed


def ingest(inbox: Inbox, workers: int = 1, on_outcome: Callable[[Outcome], None] | None = None,
           on_total: Callable[[int], None] | None = None) -> list[Outcome]:
    """Process every pending entry; entries another worker holds are waited for. Returns final outcomes."""
    warm_up()
    inbox.reconcile()
    write_owed_drafts(inbox)
    outcomes: list[Outcome] = []
    failed: set[Path] = set()  # entries that hit a bug in this run are not retried in a loop
    for _ in range(MAX_ROUNDS):
        inbox.sort_out()
        pending = [p for p in inbox.pending() if p not in failed]
        writing = [p for p in pending if open_for_writing(p)]  # waited for (up to MAX_ROUNDS short waits)
        pending = [p for p in pending if p not in writing]
        if not pending:
            if not writing:
                break
            time.sleep(0.2)
            continue
        if on_total:
            on_total(len(pending))
        _wait_stable(pending, inbox.ws.settings.stability_delay_s)
        round_outcomes = []
        for path, outcome in zip(pending, _mapped(inbox.process_logged, pending, workers)):
            round_outcomes.append(outcome)
            if outcome.result == "error":
                failed.add(path)
            if outcome.result not in ("busy", "gone"):
                outcomes.append(outcome)
                after_outcome(inbox, outcome, refresh_checks=False)
                if on_outcome:
                    on_outcome(outcome)
        if any(o.result == "busy" for o in round_outcomes):
            time.sleep(0.2)
    refresh_checks_of(inbox, [plan for o in outcomes for plan in o.links_to])  # once per plan, not per report
    return outcomes


def _mapped(fn, items: list[Path], workers: int) -> Iterable[Outcome]:
    """In this thread when one worker (no thread is running when the reader's child is forked), else a pool."""
    if workers <= 1:
        yield from map(fn, items)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, items)


def _wait_stable(paths: list[Path], delay: float) -> None:
    """Files modified less than `delay` seconds ago may still be being written: wait until they are not."""
    while True:
        now = time.time()
        young = [now - p.stat().st_mtime for p in paths if p.exists() and now - p.stat().st_mtime < delay]
        if not young:
            return
        time.sleep(delay - min(young) if young else 0)
