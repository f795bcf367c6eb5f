"""Inbox entries that are not plain readable files at the top of inbox/, so that nothing waits there silently:

- a file in a sub-folder (any depth; hidden folders skipped) is moved up to the top of inbox/ once its mtime is
  older than the stability delay and no process holds it open for writing, named "<folder> - <name>" (suffix
  " (2)" when taken); it is then processed as any other drop. Emptied sub-folders are left in place.
- a symbolic link is moved, the link itself (its target is never opened), to quarantine/ with a `.loi.txt`.
- a file vanban is not allowed to read (permissions) is moved as it is to quarantine/ with a `.loi.txt`.

A move to quarantine/ is recorded in the store first (an event "set_aside" whose detail is the reserved path), so
the integrity check knows the file. `waiting()` says what is still in the inbox and why (`vanban status --check`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import time
import unicodedata
from pathlib import Path

from pipeline.inbox.claims import reserve_path, worker_id
from pipeline.inbox.filenames import error_note_name, fsync_dir, is_ignored, with_suffix_number
from pipeline.inbox.placement import write_text_atomic
from pipeline.inbox.writers import open_for_writing
from pipeline.store.database import Store
from pipeline.store.models import EventRow, utcnow

log = logging.getLogger(__name__)
SET_ASIDE = "set_aside"

LINK_REASON = ("Đây là một liên kết (symbolic link), không phải tệp văn bản thật. Vì an toàn, vanban không mở tệp "
               "mà liên kết trỏ tới. Liên kết đã được chuyển nguyên trạng vào quarantine/.")
LINK_TODO = "Đặt chính tệp văn bản (không phải liên kết hay lối tắt) vào thư mục inbox/."
UNREADABLE_REASON = ("vanban không có quyền đọc tệp này (quyền truy cập của tệp không cho phép). "
                     "Tệp đã được chuyển nguyên trạng vào quarantine/.")
UNREADABLE_TODO = "Cấp quyền đọc cho tệp, hoặc chép lại tệp rồi đặt bản chép vào thư mục inbox/."


def sort_out(inbox_dir: Path, root: Path, store: Store, delay_s: float) -> list[str]:
    """Lift stable files out of sub-folders; set symlinks and unreadable files aside. Returns one log line each."""
    lines = []
    for path in _subfolder_files(inbox_dir):
        lifted = _lift(path, inbox_dir, delay_s)
        if lifted:
            lines.append(f"chuyển «{_shown(path.relative_to(inbox_dir))}» từ thư mục con lên inbox/ "
                         f"thành «{_shown(lifted.name)}»")
    for path in sorted(inbox_dir.iterdir()):
        if is_ignored(path.name):
            continue
        try:
            st = os.stat(path, follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            lines.append(_set_aside(path, root, store, "symlink", LINK_REASON, LINK_TODO))
        elif stat.S_ISREG(st.st_mode) and not _readable(path):
            lines.append(_set_aside(path, root, store, "unreadable", UNREADABLE_REASON, UNREADABLE_TODO))
    return [line for line in lines if line]


def waiting(inbox_dir: Path, delay_s: float, empty_grace_s: float) -> dict[str, list[str]]:
    """What is still in the inbox, by reason (Vietnamese), without touching anything."""
    out: dict[str, list[str]] = {}
    now = time.time()
    for path in _subfolder_files(inbox_dir):
        out.setdefault("trong thư mục con (sẽ được chuyển lên inbox/ khi ổn định)", []).append(
            _shown(path.relative_to(inbox_dir)))
    for path in sorted(inbox_dir.iterdir()):
        if path.is_dir() and not path.is_symlink():
            continue
        try:
            st = os.stat(path, follow_symlinks=False)
        except OSError:
            continue
        if is_ignored(path.name):
            reason = "tạm hoặc ẩn (không bao giờ được đọc)"
        elif stat.S_ISLNK(st.st_mode):
            reason = "liên kết (sẽ được chuyển vào quarantine/)"
        elif not stat.S_ISREG(st.st_mode):
            reason = "không phải tệp thường"
        elif not _readable(path):
            reason = "không có quyền đọc (sẽ được chuyển vào quarantine/)"
        elif open_for_writing(path):
            reason = "đang được ghi"
        elif st.st_size == 0 and now - st.st_mtime < empty_grace_s:
            reason = "rỗng, chờ được ghi nội dung"
        elif now - st.st_mtime < delay_s:
            reason = "vừa thay đổi, chờ ổn định"
        else:
            reason = "chờ xử lý"
        out.setdefault(reason, []).append(_shown(path.name))
    return out


def _subfolder_files(inbox_dir: Path) -> list[Path]:
    found = []
    for sub in sorted(inbox_dir.iterdir()):
        if is_ignored(sub.name) or sub.is_symlink() or not sub.is_dir():
            continue
        for dirpath, dirs, files in os.walk(sub):  # does not follow symlinked folders
            dirs[:] = sorted(d for d in dirs if not is_ignored(d))
            found += [Path(dirpath) / f for f in sorted(files) if not is_ignored(f)]
    return found


def _lift(path: Path, inbox_dir: Path, delay_s: float) -> Path | None:
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    if time.time() - st.st_mtime < delay_s or (stat.S_ISREG(st.st_mode) and open_for_writing(path)):
        return None
    base = " - ".join(path.relative_to(inbox_dir).parts)
    for n in range(1, 10_000):
        target = inbox_dir / with_suffix_number(base, n)
        if os.path.lexists(target):
            continue
        try:  # rename never overwrites here: link() then unlink() of the old name (a link is moved by rename)
            if stat.S_ISREG(st.st_mode):
                os.link(path, target, follow_symlinks=False)
                path.unlink()
            else:
                os.rename(path, target)
        except FileExistsError:
            continue
        except OSError:
            return None
        fsync_dir(inbox_dir)
        return target
    return None


def _set_aside(path: Path, root: Path, store: Store, what: str, reason: str, todo: str) -> str:
    name = _shown(path.name)
    with store.transaction() as session:
        rel = reserve_path(session, root, "quarantine", path.name)
        session.add(EventRow(sha256="", name=name, event=SET_ASIDE, detail=rel, worker=worker_id(), at=utcnow()))
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(path, target)  # the entry itself (a link stays a link), same file system
    except FileNotFoundError:
        return ""
    write_text_atomic(target.parent / error_note_name(target.name),
                      f"Tệp: {name}\nThời điểm xử lý: {dt.datetime.now():%d/%m/%Y %H:%M:%S}\n"
                      f"Kết quả: KHÔNG xử lý được, tệp đã được chuyển vào thư mục cách ly (quarantine).\n"
                      f"Mã lỗi: {what}\nLý do: {reason}\n\nCần làm: {todo}\n")
    fsync_dir(target.parent)
    return f"cách ly «{name}»: {reason.split('.')[0]}"


def _readable(path: Path) -> bool:
    try:
        with open(path, "rb"):
            return True
    except PermissionError:
        return False
    except OSError:
        return True  # vanished or other: the normal path reports it


def _shown(name) -> str:
    raw = os.fsencode(str(name))
    return unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))


DISK_MARGIN = 16 * 1024 * 1024  # room kept for the store and the notes


def disk_note(root: Path, inbox_dir: Path) -> str | None:
    """A Vietnamese warning when the workspace's disk cannot take the files waiting in the inbox (None: fine).
    Each file needs about its own size again for its archived copy (until its inbox entry is removed)."""
    try:
        vfs = os.statvfs(root)
    except OSError:
        return None
    free = vfs.f_bavail * vfs.f_frsize
    need = 0
    for path in inbox_dir.rglob("*"):
        try:
            st = os.stat(path, follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            need += st.st_size
    if free >= need + DISK_MARGIN:
        return None
    return (f"Ổ đĩa chứa vùng làm việc sắp đầy hoặc đã đầy: còn {free / 2**20:.1f} MB trống, các tệp đang chờ cần "
            f"khoảng {(need + DISK_MARGIN) / 2**20:.1f} MB. Không tệp nào bị mất; đề nghị giải phóng dung lượng để "
            f"vanban xử lý tiếp.")
