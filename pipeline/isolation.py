"""Run one risky job (reading a hostile file) in a child process with hard time and memory limits.

The caller gets the job's result, or `BadInput` (TIMEOUT, MEMORY, CORRUPT when the child died), or
`WorkerBug` when the job raised something that is not the input's fault. The caller never hangs.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import select
import signal
import threading
import traceback
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

from extractors.errors import BadInput, ErrorCode, VanbanError
from extractors.programs import die_with_parent

T = TypeVar("T")

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MEMORY_MB = 1024


class WorkerBug(VanbanError):
    """The job raised an unexpected exception: a bug in vanban, not the input's fault."""


def _let_fork_server_go() -> None:
    """A fork server exits when every holder of its "alive" pipe is gone, and hands that pipe to each child it forks
    (so that children may start their own): a reader never does, so it lets go of it. Otherwise a fork server whose
    watcher was killed would wait for this reader to finish, and this reader for its parent to die."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
        server._forkserver_alive_fd = None


def _die_with(pid: int) -> None:
    """Linux: a thread that kills this child as soon as process `pid` (the caller of `run_limited`) exits. The
    parent may be the fork server, which outlives a killed watcher by a second or more while it shuts down."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        return  # not Linux 5.3+: PR_SET_PDEATHSIG (the fork server exits with the watcher) still applies

    def wait() -> None:
        select.select([fd], [], [])
        os.kill(os.getpid(), signal.SIGKILL)

    try:
        threading.Thread(target=wait, name="vanban-die-with-caller", daemon=True).start()
    except RuntimeError:
        pass  # no thread to spare: PR_SET_PDEATHSIG still applies


def _child(conn, fn: Callable[..., Any], args: tuple, memory_mb: int, timeout_s: float, caller: int) -> None:
    # a `kill -9` of the watcher, or of the fork server (which itself exits with the watcher): no reader runs alone;
    # not Linux: the limits below still bound the child
    die_with_parent()
    _let_fork_server_go()
    _die_with(caller)
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
    proc = ctx.Process(target=_child, args=(sender, fn, args, memory_mb, timeout_s, os.getpid()), daemon=True)
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
    return _fork_server()


def _fork_server() -> mp.context.BaseContext:
    ctx = mp.get_context("forkserver")
    # the fork server's children re-import the main module (the `vanban` script -> the CLI): preloaded once here,
    # with every reader (pipeline.inbox.preload), a child starts with them already imported
    ctx.set_forkserver_preload(["pipeline.cli", "pipeline.stages", "pipeline.inbox.preload"])
    return ctx


def start_fork_server(timeout_s: float = 120.0) -> bool:
    """Start the fork server now, before the threads that will need it, so the first file does not wait for it.
    True once a child it forked has run; False when it cannot run here (the interpreter may not be executed again,
    e.g. a venv under a folder this user may not enter): then fork from a single thread only."""
    from multiprocessing import forkserver

    ctx = _fork_server()
    with warnings.catch_warnings():  # a resource tracker that cannot start either: the caller says it once
        warnings.simplefilter("ignore")
        try:
            forkserver.ensure_running()
            proc = ctx.Process(target=_nothing, daemon=True)
            proc.start()
            proc.join(timeout_s)
        except OSError:
            return False
    if proc.is_alive():
        proc.kill()
    return proc.exitcode == 0


def stop_fork_server() -> None:
    """Stop the fork server and multiprocessing's resource tracker, and wait for them, so that a watcher leaves
    nothing running once it has returned (they would otherwise exit on their own a moment later)."""
    from multiprocessing import forkserver, resource_tracker

    for helper in (getattr(forkserver, "_forkserver", None), getattr(resource_tracker, "_resource_tracker", None)):
        try:
            helper._stop()  # CPython's own way (its tests use it): close the "alive" pipe, wait for the exit
        except (AttributeError, OSError):
            pass


def _nothing() -> None:
    pass


def _death(exitcode: int | None, file: str, memory_mb: int) -> BadInput:
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return BadInput(ErrorCode.TIMEOUT, file, "hết thời gian CPU")
    if exitcode == -signal.SIGSEGV or exitcode == -signal.SIGABRT:
        return BadInput(ErrorCode.MEMORY, file, f"tiến trình đọc dừng đột ngột (mã {exitcode}, giới hạn {memory_mb} MB)")
    return BadInput(ErrorCode.CORRUPT, file, f"tiến trình đọc dừng đột ngột (mã {exitcode})")
