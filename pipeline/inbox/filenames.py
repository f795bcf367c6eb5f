"""File names in the inbox: which to ignore, and how to add a suffix without breaking NAME_MAX (255 bytes).

Names are kept byte-exact for the original (NFD names stay NFD on disk); only the length is guarded.
No name ever goes through a shell.
"""

from __future__ import annotations

import os
from pathlib import Path

NAME_MAX = 255
ERROR_SUFFIX = ".loi.txt"  # "<name>.loi.txt" beside a quarantined file
TEMP_SUFFIX = ".vanban-tmp"  # our own half-written copies (removed on restart)

# Office suites and browsers write these while a file is still being saved or downloaded.
_PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", TEMP_SUFFIX)


def is_ignored(name: str) -> bool:
    """Temporary, partial and hidden files are never read: "~$x.docx", "x.part", ".DS_Store"."""
    lower = name.lower()
    return (
        name.startswith((".", "~$", "~"))
        or lower.endswith(_PARTIAL_SUFFIXES)
        or lower.endswith(ERROR_SUFFIX)
        or lower in ("thumbs.db", "desktop.ini")
    )


def _fit(stem: str, tail: str) -> str:
    """`stem + tail`, cutting the stem (on a character boundary) so the whole name fits in NAME_MAX bytes."""
    room = NAME_MAX - len(os.fsencode(tail))
    raw = os.fsencode(stem)
    if len(raw) <= room:
        return stem + tail
    cut = raw[:room].decode("utf-8", errors="ignore") if _is_utf8(raw) else os.fsdecode(raw[:room])
    return cut + tail


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def with_suffix_number(name: str, n: int) -> str:
    """"báo cáo.docx", 2 -> "báo cáo (2).docx"; the extension is kept, the stem is cut if too long."""
    if n <= 1:
        return _fit(name, "")
    stem, ext = os.path.splitext(name)
    return _fit(stem, f" ({n}){ext}")


def error_note_name(name: str) -> str:
    """"x.docx" -> "x.docx.loi.txt", cut to fit NAME_MAX."""
    return _fit(name, ERROR_SUFFIX)


def temp_name(name: str) -> str:
    """Hidden name of our own half-written copy, tagged with our pid: ".x.docx.4242.vanban-tmp"."""
    return _fit("." + name, f".{os.getpid()}{TEMP_SUFFIX}")


def temp_owner_pid(name: str) -> int | None:
    """The pid in a `temp_name`, or None."""
    stem = name[: -len(TEMP_SUFFIX)] if name.endswith(TEMP_SUFFIX) else ""
    pid = stem.rpartition(".")[2]
    return int(pid) if pid.isdigit() else None


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
