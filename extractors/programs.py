"""Run an external program (tesseract, LibreOffice) for a reader, so that it and everything it starts die with the
process that started it.

`run` is `subprocess.run(capture_output=True)` with three differences:
- the program gets `PR_SET_PDEATHSIG` (Linux): the kernel kills it when its parent dies, however the parent dies
  (a reader child killed with its `kill -9`ed watcher, or by its own time limit; the kernel watches the thread that
  started it, and `run` returns only once the program has ended, so a pool thread is fine);
- the program leads its own process group, which is killed whole when the program ends, times out or fails, so a
  grandchild (LibreOffice's `oosplash` starts `soffice.bin`, which outlives it) is not left running;
- a guard process per caller process (started on first use, a few MB) kills those groups when the caller dies
  without being able to: it reads the group ids on a pipe and, at end of file (the caller is gone), kills them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence

PR_SET_PDEATHSIG = 1

# The guard: reads "+PGID" / "-PGID" lines; when its stdin closes (its caller died or exited) or it is told to
# stop (SIGTERM, SIGINT), kills the groups still listed.
_GUARD = """
import os, signal
def stop(*_):
    raise SystemExit
signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
groups = set()
try:
    for line in iter(os.fdopen(0, "rb", 0).readline, b""):
        (groups.add if line[:1] == b"+" else groups.discard)(int(line[1:]))
finally:
    for g in groups:
        try:
            os.killpg(g, signal.SIGKILL)
        except OSError:
            pass
"""

_lock = threading.Lock()
_guard: tuple[int, subprocess.Popen | None] | None = None  # (pid of the process it guards, the guard)


def _find_prctl():
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None  # not Linux: the process group and the guard still apply


_PRCTL = _find_prctl()  # looked up once: `die_with_parent` also runs between fork and exec


def die_with_parent() -> None:
    """Linux: the kernel kills the calling process when its parent dies, however the parent dies. Elsewhere a
    no-op."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def run(cmd: Sequence[str], *, timeout: float, input: bytes | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `cmd` (stdout and stderr captured, stdin `input` or nothing); raise `subprocess.TimeoutExpired` after
    `timeout` seconds, the program's whole process group killed first."""
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, process_group=0,
                            preexec_fn=die_with_parent)
    _tell_guard(f"+{proc.pid}")
    try:
        out, err = proc.communicate(input, timeout=timeout)
    except BaseException:
        _kill_group(proc.pid)
        proc.kill()
        proc.communicate()
        raise
    finally:
        _kill_group(proc.pid)  # whatever the program left behind
        _tell_guard(f"-{proc.pid}")
    return subprocess.CompletedProcess(list(cmd), proc.returncode, out, err)


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _tell_guard(line: str) -> None:
    global _guard
    with _lock:
        if _guard is None or _guard[0] != os.getpid() or (_guard[1] is not None and _guard[1].poll() is not None):
            _guard = (os.getpid(), _start_guard())
        if _guard[1] is None:
            return  # no guard here: PR_SET_PDEATHSIG and the group kill above still apply
        try:
            _guard[1].stdin.write(f"{line}\n".encode())
            _guard[1].stdin.flush()
        except OSError:
            pass  # the guard died: as above


def _start_guard() -> subprocess.Popen | None:
    try:  # -S -I: no site packages, no environment: starts in a few milliseconds
        return subprocess.Popen([sys.executable, "-S", "-I", "-c", _GUARD], stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:  # the interpreter may not be executed again here (a venv this user may not enter)
        return None
