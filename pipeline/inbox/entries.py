"""An inbox entry: a file as found on disk, identified by its content (sha256) and its identity (name, inode, mtime)."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    path: Path
    ino: int
    mtime_ns: int
    size: int
    sha256: str

    @property
    def name(self) -> str:
        """The exact name on disk (NFD stays NFD)."""
        return self.path.name

    @property
    def display_name(self) -> str:
        """The name as the office reads it: NFC, undecodable bytes shown as U+FFFD."""
        raw = os.fsencode(self.name)
        return unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))

    @classmethod
    def of(cls, path: Path, cache: dict | None = None) -> Entry | None:
        """Stat and hash `path`; None when it vanished or is not a regular file. The stat is taken twice
        around the hash, so a file rewritten while being hashed is reported as not ready (None). With `cache`,
        a file whose (path, inode, size, mtime) was hashed before is not read again (a big scan another watcher
        holds is otherwise re-hashed at every retry)."""
        try:
            before = os.stat(path, follow_symlinks=False)
            if not _is_regular(before):
                return None
            key = (str(path), before.st_ino, before.st_size, before.st_mtime_ns)
            sha = cache.get(key) if cache is not None else None
            if sha is None:
                sha = sha256_of(path)
                if cache is not None:
                    if len(cache) > 10_000:
                        cache.clear()
                    cache[key] = sha
            after = os.stat(path, follow_symlinks=False)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None
        if (before.st_ino, before.st_mtime_ns, before.st_size) != (after.st_ino, after.st_mtime_ns, after.st_size):
            return None
        return cls(path, after.st_ino, after.st_mtime_ns, after.st_size, sha)

    @staticmethod
    def still_there(path: Path, ino: int, mtime_ns: int) -> bool:
        try:
            st = os.stat(path, follow_symlinks=False)
        except OSError:
            return False
        return (st.st_ino, st.st_mtime_ns) == (ino, mtime_ns)

    def unchanged(self) -> bool:
        """Same inode, size and bytes as when it was claimed (a mere touch of the mtime does not count: the
        file would otherwise be archived a second time as its own duplicate)."""
        try:
            st = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        same = (st.st_ino, st.st_size) == (self.ino, self.size)
        return same and sha256_of(self.path) == self.sha256


def _is_regular(st: os.stat_result) -> bool:
    import stat

    return stat.S_ISREG(st.st_mode)
