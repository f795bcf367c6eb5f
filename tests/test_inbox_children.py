"""Every program a reader starts (tesseract, LibreOffice and the soffice.bin it starts in turn) dies with the
process that started it: with a reader killed alone, and with a `vanban watch` killed alone (SIGKILL on its pid,
not its process group), so nothing is left reading for minutes after the watcher is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inbox_support import ROOT, Watcher, make_workspace, multi_page_scan, states, wait_for
from tests import processes
from tests.conftest import CORPUS, DATA, needs

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="no /proc: children cannot be listed")


def _descendants(pid: int) -> dict[int, str]:
    """pid -> command name of every process below `pid` (children of every thread, recursively)."""
    found: dict[int, str] = {}
    todo = [pid]
    while todo:
        for task in Path(f"/proc/{todo.pop()}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            for child in children:
                if child not in found:
                    found[child] = _name(child)
                    todo.append(child)
    return found


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _alive(pids) -> list[int]:
    out = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.append(pid)
    return out


def _kill_left(pids) -> None:
    """Whatever survived a failed assertion is stopped all the same (it left the test's process groups)."""
    for pid in _alive(pids):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _caught(watcher: Watcher, program: str) -> dict[int, str]:
    """The watcher's descendants, taken once one of them is `program` busy at its work (0.3 s of CPU: past
    reading its input, which a program would otherwise lose, and stop, when its parent dies)."""
    seen: dict[int, str] = {}

    def running() -> bool:
        seen.clear()
        seen.update(_descendants(watcher.proc.pid))
        return any(name == program and _cpu_s(pid) >= 0.3 for pid, name in seen.items())

    assert wait_for(running, 120, step=0.02), f"no {program} seen below the watcher"
    return dict(seen)


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/status").read_text().split("PPid:")[1].split()[0])
    except (OSError, IndexError):
        return None


def _kill_watcher_alone(watcher: Watcher, below: dict[int, str], program: str) -> None:
    """Kill the watcher's pid alone: its programs and the readers that started them are gone within a second;
    everything else it started (the fork server shutting down, multiprocessing's resource tracker) soon after."""
    programs = {pid for pid, name in below.items() if name == program}
    readers = {_parent(pid) for pid in programs} - {None}
    try:
        watcher.proc.kill()  # the watcher's pid only: its process group is left alone
        watcher.proc.wait(10)
        assert wait_for(lambda: not _alive(programs | readers), 1.0, step=0.05), \
            {pid: below.get(pid, "reader") for pid in _alive(programs | readers)}
        assert wait_for(lambda: not _alive(below), 10, step=0.1), {pid: below[pid] for pid in _alive(below)}
    finally:
        _kill_left(below)


@needs("tesseract")
def test_tesseract_started_by_a_reader_dies_with_a_watcher_killed_alone(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3)
    scan = multi_page_scan(DATA / "real" / "tinh_bacgiang_CV_390-2012_vp-ubnd-scan.pdf", 3, tmp_path / "quét.pdf")
    watcher = Watcher(ws.root)
    scan.rename(ws.inbox / scan.name)
    below = _caught(watcher, "tesseract")
    _kill_watcher_alone(watcher, below, "tesseract")
    assert "quét.pdf" in states(ws)  # it was really being read (claimed), and is read again by the next watcher


@needs("soffice")
def test_libreoffice_started_by_a_reader_dies_with_a_watcher_killed_alone(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3)
    watcher = Watcher(ws.root)
    src = CORPUS / "bao_cao" / "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su.doc"  # a real Word 97 file: converted first
    (ws.inbox / src.name).write_bytes(src.read_bytes())
    below = _caught(watcher, "soffice.bin")
    _kill_watcher_alone(watcher, below, "soffice.bin")


_CALLER = textwrap.dedent("""
    import subprocess, sys, time
    sys.path.insert(0, sys.argv[1])
    from extractors import programs
    print("started", flush=True)
    try:
        programs.run(["sh", "-c", "sleep 300 & sleep 300 & wait"], timeout=float(sys.argv[2]))
    except subprocess.TimeoutExpired:
        print("timed out", flush=True)
        time.sleep(300)
""")


def _caller(timeout: float) -> subprocess.Popen:
    return processes.spawn([sys.executable, "-c", _CALLER, str(ROOT), str(timeout)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)


def test_a_program_and_the_processes_it_starts_die_with_a_caller_killed_alone():
    caller = _caller(600)
    assert caller.stdout.readline() == "started\n"
    assert wait_for(lambda: list(_descendants(caller.pid).values()).count("sleep") == 2, 20, step=0.05)
    below = _descendants(caller.pid)
    caller.kill()
    caller.wait(10)
    try:
        assert wait_for(lambda: not _alive(below), 5, step=0.1), {pid: below[pid] for pid in _alive(below)}
    finally:
        _kill_left(below)


def test_a_program_that_times_out_is_killed_with_the_processes_it_started():
    caller = _caller(1.5)
    assert caller.stdout.readline() == "started\n"
    assert wait_for(lambda: list(_descendants(caller.pid).values()).count("sleep") == 2, 20, step=0.05)
    below = {pid: name for pid, name in _descendants(caller.pid).items() if not name.startswith("python")}  # not the guard
    try:
        assert caller.stdout.readline() == "timed out\n"  # told as subprocess.run would tell it, and still running
        assert wait_for(lambda: not _alive(below), 5, step=0.1), {pid: below[pid] for pid in _alive(below)}
    finally:
        _kill_left(below)
