"""Is some process still writing a file? Linux answers through /proc: every open descriptor is a link in
/proc/PID/fd, and /proc/PID/fdinfo/FD gives its open flags (O_WRONLY or O_RDWR = open for writing).

Only processes this user may inspect are seen (root sees all); a writer on another machine (a network share) is
invisible: there the stability delay is the only guard. Where /proc does not exist the answer is always "no".
"""

from __future__ import annotations

import os
from pathlib import Path

PROC = Path("/proc")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR


def can_tell() -> bool:
    """Whether this OS lets us see other processes' open files (Linux /proc)."""
    return (PROC / "self" / "fd").is_dir()


def open_for_writing(path: Path) -> bool:
    """True when a process other than this one holds `path` open for writing."""
    if not can_tell():
        return False
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    target = (st.st_dev, st.st_ino)
    me = os.getpid()
    for pid_dir in PROC.iterdir():
        if not pid_dir.name.isdigit() or int(pid_dir.name) == me:
            continue
        try:
            fds = os.listdir(pid_dir / "fd")
        except OSError:  # gone, or not ours to inspect
            continue
        for fd in fds:
            try:
                fst = os.stat(pid_dir / "fd" / fd)  # follows the link to the open file itself
            except OSError:
                continue
            if (fst.st_dev, fst.st_ino) == target and _writable(pid_dir / "fdinfo" / fd):
                return True
    return False


def _writable(fdinfo: Path) -> bool:
    try:
        for line in fdinfo.read_text().splitlines():
            if line.startswith("flags:"):
                return bool(int(line.split()[1], 8) & _WRITE_FLAGS)
    except (OSError, ValueError, IndexError):
        return False
    return False
