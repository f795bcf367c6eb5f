"""Putting a copy of an inbox file in its final place, byte-identical, without ever overwriting anything.

The copy goes to a hidden temporary name beside the target, is hashed while copied, fsynced, then hard-linked
to the target name (link() fails if the name exists: no overwrite), and the directory is fsynced. Only then may
the store say "stored" and the inbox entry be removed.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.inbox.entries import CHUNK, Entry, sha256_of
from pipeline.inbox.filenames import TEMP_SUFFIX, fsync_dir, temp_name, temp_owner_pid
from pipeline.inbox.processes import pid_alive


class ContentChanged(Exception):
    """The inbox file was rewritten after it was claimed: it will be picked up again as new content."""


def place_copy(entry: Entry, target: Path) -> None:
    """Copy `entry` to `target` (absolute). Idempotent: a target already holding the same bytes is kept."""
    if target.exists():
        if sha256_of(target) == entry.sha256:
            return
        raise FileExistsError(target)  # reserved names never exist: never overwrite
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / temp_name(target.name)
    try:
        _copy_hashed(entry, tmp)
        os.link(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(target.parent)


def _copy_hashed(entry: Entry, tmp: Path) -> None:
    import hashlib

    digest = hashlib.sha256()
    with open(entry.path, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    if digest.hexdigest() != entry.sha256:
        raise ContentChanged(entry.path)
    os.utime(tmp, ns=(entry.mtime_ns, entry.mtime_ns))


def write_text_atomic(path: Path, text: str) -> None:
    """Our own files (notes, drafts): written to a temporary name, fsynced, renamed."""
    tmp = path.parent / temp_name(path.name)
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def remove_inbox_entry(entry: Entry) -> bool:
    """Remove the inbox entry once its copy is safe, only if it is still the very file that was copied and no
    process holds it open for writing."""
    from pipeline.inbox.writers import open_for_writing

    if not entry.unchanged() or open_for_writing(entry.path):
        return False
    entry.path.unlink(missing_ok=True)
    fsync_dir(entry.path.parent)
    return True


def remove_stale_temps(*folders: Path) -> int:
    """Half-written copies left by a crashed worker (our own hidden `*.<pid>.vanban-tmp`, pid no longer running)."""
    count = 0
    for folder in folders:
        for tmp in folder.rglob("*" + TEMP_SUFFIX):
            pid = temp_owner_pid(tmp.name)
            if pid is None or not pid_alive(pid):
                tmp.unlink(missing_ok=True)
                count += 1
    return count
