"""Run one risky job (reading a hostile file) in a child process with hard time and memory limits.

The caller gets the job's result, or `BadInput` (TIMEOUT, MEMORY, CORRUPT when the child died), or
`WorkerBug` when the job raised something that is not the input's fault. The caller never hangs.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from extractors.errors import BadInput, ErrorCode, VanbanError

T = TypeVar("T")

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MEMORY_MB = 1024


class WorkerBug(VanbanError):
    """The job raised an unexpected exception: a bug in vanban, not the input's fault."""


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when its parent dies (a `kill -9` of the watcher, or of the fork
    server, which itself exits with the watcher), so no reader is left running alone."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the limits below still bound the child


def _child(conn, fn: Callable[..., Any], args: tuple, memory_mb: int, timeout_s: float) -> None:
    _die_with_parent()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    cpu = int(timeout_s) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        conn.send(("ok", fn(*args)))
    except BadInput as exc:
        conn.send(("bad", exc))
    except MemoryError:
        conn.send(("bad", BadInput(ErrorCode.MEMORY, detail=f"vượt {memory_mb} MB")))
    except RecursionError:
        conn.send(("bad", BadInput(ErrorCode.CORRUPT, detail="cấu trúc lồng nhau quá sâu")))
    except BaseException:  # noqa: BLE001 - everything else is reported as a bug, never swallowed
        conn.send(("bug", traceback.format_exc()))
    finally:
        conn.close()


def run_limited(
    fn: Callable[..., T],
    *args: Any,
    file: str = "",
    timeout_s: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> T:
    """Call `fn(*args)` in a forked child limited to `timeout_s` wall/CPU seconds and `memory_mb` of heap."""
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, fn, args, memory_mb, timeout_s), daemon=True)
    proc.start()
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            raise BadInput(ErrorCode.TIMEOUT, file, f"quá {timeout_s:g} giây")
        try:
            status, payload = receiver.recv()
        except (EOFError, OSError):
            proc.join(5)
            raise _death(proc.exitcode, file, memory_mb) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        receiver.close()
    if status == "ok":
        return payload
    if status == "bad":
        payload.file = payload.file or file
        raise BadInput(payload.code, payload.file, payload.detail, payload.message)
    raise WorkerBug(f"{file}: {payload}")


def _context() -> mp.context.BaseContext:
    """Fork when this process has one thread (fast); otherwise a fork server, since forking a
    multi-threaded process can leave the child waiting on a lock another thread held."""
    if threading.active_count() == 1:
        return mp.get_context("fork")
    ctx = mp.get_context("forkserver")
    # the fork server's children re-import the main module (the `vanban` script -> the CLI): preloaded once here,
    # with every reader (pipeline.inbox.preload), a child starts with them already imported
    ctx.set_forkserver_preload(["pipeline.cli", "pipeline.stages", "pipeline.inbox.preload"])
    return ctx


def _death(exitcode: int | None, file: str, memory_mb: int) -> BadInput:
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return BadInput(ErrorCode.TIMEOUT, file, "hết thời gian CPU")
    if exitcode == -signal.SIGSEGV or exitcode == -signal.SIGABRT:
        return BadInput(ErrorCode.MEMORY, file, f"tiến trình đọc dừng đột ngột (mã {exitcode}, giới hạn {memory_mb} MB)")
    return BadInput(ErrorCode.CORRUPT, file, f"tiến trình đọc dừng đột ngột (mã {exitcode})")
