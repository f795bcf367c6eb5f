"""An upload takes exactly the path of a file dropped into `inbox/`: its name is sanitised, its bytes are written to
a private temporary folder, `copy_into_inbox` places it (as `vanban ingest FILES` does), and a `vanban ingest`
process reads it with the same guards, quarantine and store. Nothing from the request names a path on disk."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
import threading
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.inbox.filenames import is_ignored
from pipeline.inbox.ingest import copy_into_inbox

DEFAULT_MAX_MB = 50
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_NAME_BYTES = 200


class UploadRefused(ValueError):
    """A Vietnamese message for the page."""


def safe_name(raw: str | None) -> str:
    """The last component of what the browser sent, NFC, without control characters or leading dots, cut to fit:
    "../../etc/passwd" -> "passwd", "C:\\x\\Báo cáo.docx" -> "Báo cáo.docx"."""
    name = unicodedata.normalize("NFC", raw or "")
    name = re.split(r"[/\\]", name)[-1]
    name = _CONTROL_RE.sub("", name).strip().lstrip(".~$").strip()
    while len(name.encode("utf-8")) > _NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:-1] + dot + ext) if stem and len(ext) < 10 else name[:-1]
    if not name or name in (".", ".."):
        raise UploadRefused("Tệp không có tên hợp lệ; hãy đặt tên tệp rồi tải lên lại.")
    if is_ignored(name):
        raise UploadRefused(f"Tệp «{name}» là tệp tạm hoặc tệp ẩn (hộp thư đến bỏ qua loại này); "
                            "hãy lưu thành tệp DOCX, PDF hoặc TXT rồi tải lên lại.")
    return name


@dataclass
class Upload:
    name: str  # the name placed in inbox/
    sha256: str
    size: int


@dataclass
class Job:
    id: str
    uploads: list[Upload]
    refused: list[str]
    process: subprocess.Popen | None = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


@dataclass
class Jobs:
    """The ingest processes started by uploads; `wait_all` when the server stops (nothing is left half-done)."""

    root: Path
    jobs: dict[str, Job] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self, uploads: list[Upload], refused: list[str]) -> Job:
        job = Job(uuid.uuid4().hex, uploads, refused)
        if uploads:
            job.process = subprocess.Popen(
                [sys.executable, "-c", "from pipeline.cli import main; main()", "ingest", str(self.root)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with self.lock:
            self.jobs[job.id] = job
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def wait_all(self, timeout: float = 600) -> None:
        with self.lock:
            procs = [j.process for j in self.jobs.values() if j.process is not None]
        for proc in procs:
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.terminate()
                proc.wait(30)


async def receive(files, inbox: Path, max_bytes: int) -> tuple[list[Upload], list[str]]:
    """Write each uploaded file (Starlette UploadFile) into `inbox/`; (placed, Vietnamese refusals)."""
    placed, refused = [], []
    with tempfile.TemporaryDirectory(prefix="vanban-upload-") as tmp:
        for upload in files:
            try:
                name = safe_name(upload.filename)
                src = Path(tmp) / uuid.uuid4().hex
                src.mkdir()
                path = src / name
                digest, size = hashlib.sha256(), 0
                with open(path, "wb") as out:
                    while chunk := await upload.read(1 << 20):
                        size += len(chunk)
                        if size > max_bytes:
                            raise UploadRefused(f"Tệp «{name}» lớn hơn giới hạn {max_bytes // (1 << 20)} MB; "
                                                "không nhận.")
                        digest.update(chunk)
                        out.write(chunk)
                if size == 0:
                    raise UploadRefused(f"Tệp «{name}» rỗng (0 byte); không nhận.")
                target = copy_into_inbox([path], inbox)[0]
                placed.append(Upload(target.name, digest.hexdigest(), size))
            except UploadRefused as exc:
                refused.append(str(exc))
            finally:
                await upload.close()
    return placed, refused
