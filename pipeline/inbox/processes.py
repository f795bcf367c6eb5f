"""Is a process on this machine still running? Used for claims (claims.py) and temporary files (placement.py).

A zombie (exited, not yet reaped by its parent) counts as dead: it will never finish the work it held.
"""

from __future__ import annotations

import os
from pathlib import Path


def pid_alive(pid: int) -> bool:
    """True while `pid` runs here (or belongs to another user, whom we may not signal); False once it has exited."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] == "Z"
