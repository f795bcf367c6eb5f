"""Every process a test starts is stopped, with its whole process group, when the test ends (pass or fail).

`spawn` starts a command in a new session (its own process group, so a `vanban watch` and the readers and
tesseract it forks can be stopped together); the autouse fixture in conftest.py calls `stop_all` after each test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

_STARTED: list[subprocess.Popen] = []


def spawn(args: list[str], **popen_kwargs) -> subprocess.Popen:
    """Popen in a new process group, remembered until the test ends."""
    proc = subprocess.Popen(args, start_new_session=True, **popen_kwargs)
    _STARTED.append(proc)
    return proc


def run(args: list[str], timeout: float, **popen_kwargs) -> subprocess.CompletedProcess:
    """Like subprocess.run(capture_output=True, text=True), but a timeout kills the whole group."""
    proc = spawn(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen_kwargs)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop_group(proc, grace=0)
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def stop_group(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM the process group, SIGKILL what is left after `grace` seconds, reap the leader."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        end = time.monotonic() + grace
        while time.monotonic() < end and _group_alive(proc.pid):
            time.sleep(0.05)
        if not _group_alive(proc.pid):
            break
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        pass


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie leader still counts: reap it so the group can empty.
    try:
        os.waitpid(pgid, os.WNOHANG)
    except ChildProcessError:
        pass
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def stop_all() -> None:
    """Stop every group started by `spawn` during the test; the list is emptied."""
    while _STARTED:
        stop_group(_STARTED.pop(), grace=2.0)
