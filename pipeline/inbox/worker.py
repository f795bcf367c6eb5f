"""Read one inbox file in a limited child process: the result is a Record, or the reason it was refused."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractors.errors import BadInput, ErrorCode
from extractors.readers import ocr_page_count
from extractors.records import Record
from pipeline.isolation import WorkerBug, run_limited
from pipeline.stages import file_to_record

BUG_CODE = "bug"
BUG_MESSAGE = ("Lỗi chương trình vanban khi đọc tệp này (không phải lỗi của tệp). "
               "Đề nghị báo cho người phụ trách vanban, gửi kèm tệp này và nội dung ghi chú này.")


@dataclass(frozen=True)
class Refusal:
    """Why a file goes to quarantine: a stable code, the office's message, technical detail."""

    code: str
    message: str
    detail: str = ""


COUNT_TIMEOUT_S = 15.0


def read_isolated(path: Path, display_name: str, timeout_s: float, memory_mb: int,
                  ocr_seconds_per_page: float = 0.0) -> Record | Refusal:
    """`file_to_record(path)` under hard limits; never raises for the file's sake.

    A scan gets `ocr_seconds_per_page` more for each page that needs OCR; the pages are counted in a
    limited child too, since counting opens the untrusted file."""
    pages = scanned_pages(path, display_name, memory_mb) if ocr_seconds_per_page else 0
    timeout_s += ocr_seconds_per_page * pages
    try:
        return run_limited(file_to_record, str(path), file=display_name, timeout_s=timeout_s, memory_mb=memory_mb)
    except BadInput as exc:
        if exc.code == ErrorCode.TIMEOUT:
            detail = f" (chi tiết: {exc.detail})" if exc.detail else ""
            return Refusal(TIMEOUT_CODE, timeout_message(path, display_name, timeout_s, pages) + detail)
        return Refusal(str(exc.code), exc.describe(), exc.detail)
    except WorkerBug as exc:
        return Refusal(BUG_CODE, f"Tệp «{display_name}»: {BUG_MESSAGE}", str(exc))


TIMEOUT_CODE = str(ErrorCode.TIMEOUT)


def timeout_message(path: Path, display_name: str, limit_s: float, scanned: int) -> str:
    """What the office reads when a file took longer than the limit: how big it is, that this is not a sign of a
    broken file (the advice is in quarantine_note.py)."""
    try:
        size = _size_text(path.stat().st_size)
    except OSError:
        size = ""
    what = ", ".join(x for x in (size, f"{scanned} trang quét" if scanned else "") if x)
    return (f"Tệp «{display_name}»{f' ({what})' if what else ''} cần nhiều thời gian đọc hơn giới hạn cho phép "
            f"({f'{limit_s:g}'.replace('.', ',')} giây) nên vanban đã dừng đọc. Đây không phải dấu hiệu tệp bị hỏng: văn bản rất dài, "
            f"nhiều bảng hoặc nhiều trang quét thì cần nhiều thời gian hơn.")


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


_counted: dict[tuple, int] = {}  # (path, inode, size, mtime_ns) -> pages needing OCR; the lanes count first


def scanned_pages(path: Path, display_name: str, memory_mb: int) -> int:
    """Pages of `path` that need OCR, counted in a limited child (0 for anything but a PDF, or a broken one).
    Remembered for this very file (path, inode, size, mtime): sorting it into a lane and setting its time limit
    count once."""
    if not _starts_like_pdf(path):  # only a PDF can hold scanned pages: no child process for the rest
        return 0
    try:
        st = path.stat()
    except OSError:
        return 0
    key = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _counted:
        try:
            pages = run_limited(ocr_page_count, str(path), file=display_name, timeout_s=COUNT_TIMEOUT_S,
                                memory_mb=memory_mb)
        except (BadInput, WorkerBug):
            pages = 0  # the read itself reports what is wrong
        if len(_counted) > 1000:
            _counted.clear()
        _counted[key] = pages
    return _counted[key]


def _starts_like_pdf(path: Path) -> bool:
    """The reader's own rule (`%PDF-` in the first KiB), read here without opening the file in a library."""
    try:
        with open(path, "rb") as fh:
            return b"%PDF-" in fh.read(1024)
    except OSError:
        return False


def warm_up() -> None:
    """Import every reader and extractor module once in the long-lived parent, so the forked child of each file
    starts with them loaded (a lazy import would otherwise be paid again for every file)."""
    import importlib
    import pkgutil

    import extractors

    for info in pkgutil.walk_packages(extractors.__path__, "extractors."):
        try:
            importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - an optional reader whose library is missing: it says so when used
            continue
    for name in ("docx", "pdfplumber", "pypdfium2", "lxml.etree", "PIL.Image", "openpyxl"):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
