"""How files really arrive, against a real `vanban watch` subprocess: a writer pausing longer than the stability
delay, an empty file filled later, a file deleted just after it was picked up and dropped again. Every document
must end archived with its full content, or quarantined for a reason that is true of the file."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox_support import AS_NOBODY, ROOT, Watcher, final_count, inbox_files, make_workspace, states, text_doc, wait_for
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.processing import Inbox
from pipeline.inbox.writers import can_tell, open_for_writing
from pipeline.store.models import DocumentRow, EventRow
from tests import processes

pytestmark = pytest.mark.slow


def _store_rows(ws, model, *where):
    inbox = Inbox(ws)
    try:
        with inbox.store.transaction() as session:
            return [(r.name, getattr(r, "event", None), getattr(r, "error_code", None))
                    for r in session.scalars(select(model).where(*where))]
    finally:
        inbox.store.dispose()


def _integrity_ok(ws) -> bool:
    inbox = Inbox(ws)
    try:
        return integrity_check(inbox.store, ws.root).ok
    finally:
        inbox.store.dispose()


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path / "ws", stability_delay_s=0.5, rescan_interval_s=2.0)


def test_a_file_open_for_writing_is_seen_as_such_and_closed_is_not(tmp_path):
    if not can_tell():
        pytest.skip("this OS has no /proc: open writers cannot be seen")
    path = tmp_path / "f.txt"
    path.write_bytes(b"x")
    with open(path, "rb"):
        assert not open_for_writing(path)  # readers and this process itself never count
    writer = processes.spawn(["sh", "-c", f"exec sleep 30 3>>'{path}'"])
    assert wait_for(lambda: open_for_writing(path), 10)
    writer.kill()
    writer.wait(10)
    assert not open_for_writing(path)


def test_a_writer_pausing_longer_than_the_delay_gets_its_whole_file_archived(ws):
    watcher = Watcher(ws.root)
    data = text_doc(11, "\n".join(f"- Nội dung dòng {i}" for i in range(40))).encode()
    parts = [data[i:i + len(data) // 4 + 1] for i in range(0, len(data), len(data) // 4 + 1)]
    with open(ws.inbox / "máy quét.txt", "wb") as fh:  # held open throughout, like a scanner or a network copy
        for part in parts:
            fh.write(part)
            fh.flush()
            time.sleep(1.5)  # three times the stability delay
    assert wait_for(lambda: final_count(ws) == 1 and inbox_files(ws) == [], 60)
    assert states(ws) == {"máy quét.txt": "stored"}
    [archived] = ws.archive.rglob("máy quét.txt")
    assert archived.read_bytes() == data
    assert not any(ws.quarantine.iterdir()) and inbox_files(ws) == [] and _integrity_ok(ws)
    assert watcher.stop() == 0


def test_an_empty_file_filled_a_few_seconds_later_is_archived_with_its_content(ws):
    watcher = Watcher(ws.root)
    target = ws.inbox / "tạo trước.txt"
    target.touch()
    time.sleep(3)  # six stability delays, well under the empty file's grace
    assert states(ws) == {}
    data = text_doc(12).encode()
    target.write_bytes(data)
    assert wait_for(lambda: final_count(ws) == 1 and inbox_files(ws) == [], 60)
    assert states(ws) == {"tạo trước.txt": "stored"}
    [archived] = ws.archive.rglob("tạo trước.txt")
    assert archived.read_bytes() == data and not any(ws.quarantine.iterdir())
    assert watcher.stop() == 0


def test_an_empty_file_left_empty_past_its_grace_is_quarantined_as_empty(tmp_path):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.3, rescan_interval_s=1.0, empty_grace_s=2.0)
    watcher = Watcher(ws.root)
    (ws.inbox / "rỗng.txt").touch()
    assert wait_for(lambda: final_count(ws) == 1 and inbox_files(ws) == [], 60)
    assert _store_rows(ws, DocumentRow) == [("rỗng.txt", None, "empty")]
    assert watcher.stop() == 0


def test_a_file_deleted_just_after_pick_up_is_read_for_real_when_dropped_again(ws, hostile):
    watcher = Watcher(ws.root)
    slow = hostile / "generated/docx_huge_table.docx"  # takes seconds to read
    shutil.copy(slow, ws.inbox)
    assert wait_for(lambda: states(ws).get("docx_huge_table.docx") == "claimed", 60, step=0.05)
    (ws.inbox / "docx_huge_table.docx").unlink()
    assert wait_for(lambda: any(e == "released" for _, e, _ in _store_rows(ws, EventRow)), 120, step=0.2)
    assert states(ws) == {}  # no decision kept about a file that vanished
    shutil.copy(slow, ws.inbox)
    assert wait_for(lambda: final_count(ws) == 1 and inbox_files(ws) == [], 180, step=0.5)
    [(_, _, code)] = _store_rows(ws, DocumentRow)
    assert code in (None, "timeout", "memory")  # what the manifest allows for this valid file, never "corrupt"
    assert inbox_files(ws) == [] and _integrity_ok(ws)
    assert watcher.stop() == 0


def test_a_file_still_open_for_writing_stays_in_the_inbox_until_the_writer_is_done(ws):
    if not can_tell():
        pytest.skip("this OS has no /proc: open writers cannot be seen")
    watcher = Watcher(ws.root)
    data = text_doc(13).encode()
    with open(ws.inbox / "đang ghi.txt", "wb") as fh:
        fh.write(data)
        fh.flush()
        time.sleep(4)  # complete and stable, but the writer has not closed it
        assert states(ws) == {} and inbox_files(ws) == ["đang ghi.txt"]
    assert wait_for(lambda: final_count(ws) == 1 and inbox_files(ws) == [], 60)
    assert states(ws) == {"đang ghi.txt": "stored"} and inbox_files(ws) == []
    assert watcher.stop() == 0


def test_files_in_sub_folders_are_moved_up_and_archived_under_their_folder_names(ws):
    watcher = Watcher(ws.root)
    (ws.inbox / "đợt 1" / "thôn").mkdir(parents=True)
    (ws.inbox / "đợt 1" / "a.txt").write_text(text_doc(21), encoding="utf-8")
    (ws.inbox / "đợt 1" / "thôn" / "b.txt").write_text(text_doc(22), encoding="utf-8")
    emptied = lambda: not any(p.is_file() for p in ws.inbox.rglob("*"))  # noqa: E731
    assert wait_for(lambda: final_count(ws) == 2 and emptied(), 60)
    assert states(ws) == {"đợt 1 - a.txt": "stored", "đợt 1 - thôn - b.txt": "stored"}
    assert [p for p in ws.inbox.rglob("*") if p.is_file()] == [] and _integrity_ok(ws)
    assert watcher.stop() == 0


def test_a_symlink_is_quarantined_as_a_link_with_a_note_and_its_target_is_not_stored(ws, tmp_path):
    target = tmp_path / "ngoài inbox.txt"
    target.write_text(text_doc(23), encoding="utf-8")
    (ws.inbox / "lối tắt.txt").symlink_to(target)
    watcher = Watcher(ws.root)
    link = ws.quarantine / "lối tắt.txt"
    assert wait_for(lambda: link.is_symlink(), 60)
    note = (ws.quarantine / "lối tắt.txt.loi.txt").read_text(encoding="utf-8")
    assert "liên kết" in note and "Lý do:" in note
    assert link.readlink() == target and target.read_text(encoding="utf-8") == text_doc(23)
    assert states(ws) == {} and inbox_files(ws) == [] and _integrity_ok(ws)
    assert watcher.stop() == 0


def test_status_check_says_what_waits_in_the_inbox_and_why(ws):
    from inbox_support import run_vanban

    (ws.inbox / "thư mục").mkdir()
    (ws.inbox / "thư mục" / "c.txt").write_text(text_doc(24), encoding="utf-8")
    (ws.inbox / "rỗng.txt").touch()
    (ws.inbox / "tải dở.txt.part").write_text("x", encoding="utf-8")
    out = run_vanban("status", ws.root, "--check").stdout
    assert "1 tệp trong thư mục con" in out and "thư mục/c.txt" in out
    assert "Đang chờ trong inbox/: 3 tệp" in out and "1 tệp rỗng, chờ được ghi nội dung: rỗng.txt" in out
    assert "1 tệp tạm hoặc ẩn" in out and "tải dở.txt.part" in out


@pytest.fixture
def nobody_root():
    """A folder user nobody may enter (pytest's own tmp folder is private to root)."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="vanban-nobody-", dir="/tmp"))
    root.chmod(0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def test_a_file_the_watcher_may_not_read_is_quarantined_with_a_note(nobody_root):
    import pwd
    import subprocess
    import sys

    probe = subprocess.run([*AS_NOBODY, sys.executable, "-c", "import pipeline.cli"], capture_output=True,
                           cwd=nobody_root, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if os.geteuid() != 0 or probe.returncode != 0:
        pytest.skip("needs root to run the watcher as user nobody (root may read every file): "
                    + probe.stderr.decode()[-160:].strip())
    ws = make_workspace(nobody_root / "ws", stability_delay_s=0.3, rescan_interval_s=1.0)
    nobody = pwd.getpwnam("nobody")
    for path in [ws.root, *ws.root.rglob("*")]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    (ws.inbox / "khoá.txt").write_text(text_doc(25), encoding="utf-8")
    (ws.inbox / "khoá.txt").chmod(0o000)  # root's, unreadable by others
    (ws.inbox / "đọc được.txt").write_text(text_doc(26), encoding="utf-8")
    os.chown(ws.inbox / "đọc được.txt", nobody.pw_uid, nobody.pw_gid)
    watcher = Watcher(ws.root, prefix=AS_NOBODY, env={"PYTHONPATH": str(ROOT)})
    note = ws.quarantine / "khoá.txt.loi.txt"
    assert wait_for(lambda: note.exists() and any(ws.archive.rglob("đọc được.txt")), 90, step=0.3)
    assert watcher.stop() == 0
    assert "không có quyền đọc" in note.read_text(encoding="utf-8")
    assert (ws.quarantine / "khoá.txt").read_text(encoding="utf-8") == text_doc(25)  # moved as it was
    assert states(ws) == {"đọc được.txt": "stored"} and inbox_files(ws) == [] and _integrity_ok(ws)
    log = next(ws.root.glob("watch-*.log")).read_text(encoding="utf-8")
    assert "Traceback" not in log


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_the_reader_child_dies_with_a_watcher_killed_alone(ws, hostile):
    if not Path("/proc/self/task").is_dir():
        pytest.skip("no /proc: children cannot be listed")
    watcher = Watcher(ws.root)
    shutil.copy(hostile / "generated/docx_huge_table.docx", ws.inbox)  # takes seconds to read
    assert wait_for(lambda: states(ws).get("docx_huge_table.docx") == "claimed", 60, step=0.05)
    assert wait_for(lambda: bool(_children(watcher.proc.pid)), 30, step=0.05)
    readers = _children(watcher.proc.pid)
    watcher.proc.kill()  # the watcher alone, not its process group
    watcher.proc.wait(10)
    assert wait_for(lambda: not any(_alive(pid) for pid in readers), 10, step=0.1)


@pytest.fixture
def small_disk():
    """A 6 MB tmpfs (needs root and a kernel allowing the mount), unmounted at the end."""
    import subprocess
    import tempfile

    mount = Path(tempfile.mkdtemp(prefix="vanban-disk-", dir="/tmp"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("cannot mount a small tmpfs here: " + done.stderr.decode().strip())
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    mount.rmdir()


def test_a_full_disk_is_reported_in_status_and_the_log_and_nothing_is_lost_once_freed(small_disk):
    from inbox_support import run_vanban

    ws = make_workspace(small_disk / "ws", stability_delay_s=0.3, rescan_interval_s=1.0)
    data = text_doc(27, "\n".join(f"- Dòng {i}: nội dung báo cáo chi tiết" for i in range(40_000))).encode()
    filler = small_disk / "chiếm chỗ.bin"
    free = __import__("shutil").disk_usage(small_disk).free
    filler.write_bytes(b"\0" * (free - len(data) - 256 * 1024))  # room for the drop, not for its copy
    (ws.inbox / "lớn.txt").write_bytes(data)
    watcher = Watcher(ws.root)
    log = lambda: next(ws.root.glob("watch-*.log")).read_text(encoding="utf-8")  # noqa: E731
    assert wait_for(lambda: "ổ đĩa đầy" in log(), 60, step=0.3)
    assert "Ổ đĩa chứa vùng làm việc sắp đầy hoặc đã đầy" in run_vanban("status", ws.root).stdout
    assert "Traceback" not in log() and inbox_files(ws) == ["lớn.txt"]
    filler.unlink()
    assert wait_for(lambda: final_count(ws) == 1 and inbox_files(ws) == [], 60, step=0.3)
    [archived] = ws.archive.rglob("lớn.txt")
    assert archived.read_bytes() == data and inbox_files(ws) == [] and _integrity_ok(ws)
    assert watcher.stop() == 0
