"""DOCX package checks, made on the zip directory and streamed bytes before python-docx runs.

Refuses: bombs (declared sizes and ratios, checked before inflating), member names that climb out
(`../`, absolute, drive letters), macros (vbaProject.bin, macro-enabled main part), DTD/entity
declarations in any XML part (XXE, billion laughs), and packages without a main document part.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

from extractors.errors import BadInput, ErrorCode
from extractors.guards.limits import LIMITS

MAIN_PART = "word/document.xml"
MACRO_CONTENT_TYPE = b"macroEnabled"
_DTD_RE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1 << 20


def check_docx_package(path: Path) -> None:
    """Raise BadInput unless `path` is a zip that is safe to hand to python-docx."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_directory(path, infos)
            _check_parts(path, zf, infos)
    except zipfile.BadZipFile as exc:
        raise BadInput(ErrorCode.CORRUPT, path.name, f"tệp nén hỏng: {exc}") from None
    except (EOFError, OSError, ValueError, NotImplementedError, RuntimeError, zipfile.LargeZipFile) as exc:
        raise BadInput(ErrorCode.CORRUPT, path.name, f"tệp nén hỏng: {type(exc).__name__}: {exc}") from None


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > LIMITS.zip_entries:
        raise BadInput(ErrorCode.ZIP_BOMB, path.name, f"{len(infos)} mục trong tệp nén")
    total = 0
    for info in infos:
        if _unsafe_name(info.filename):
            raise BadInput(ErrorCode.ZIP_NAMES, path.name, f"mục «{info.filename}»")
        if info.flag_bits & 0x1:
            raise BadInput(ErrorCode.PASSWORD, path.name, f"mục «{info.filename}» được mã hóa")
        total += info.file_size
        _check_entry_size(path, info)
    if total > LIMITS.zip_total_bytes:
        raise BadInput(ErrorCode.ZIP_BOMB, path.name, f"tổng kích thước giải nén {total} byte")
    names = {info.filename for info in infos}
    if any(PurePosixPath(n).name.lower() == "vbaproject.bin" for n in names):
        raise BadInput(ErrorCode.MACRO, path.name, "có vbaProject.bin")
    if MAIN_PART not in names:
        raise BadInput(ErrorCode.CORRUPT, path.name, f"thiếu phần {MAIN_PART}")


def _check_entry_size(path: Path, info: zipfile.ZipInfo) -> None:
    if info.file_size > LIMITS.zip_entry_bytes:
        raise BadInput(ErrorCode.ZIP_BOMB, path.name, f"mục «{info.filename}» giải nén ra {info.file_size} byte")
    if info.file_size > LIMITS.zip_ratio_min_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > LIMITS.zip_ratio:
            raise BadInput(ErrorCode.ZIP_BOMB, path.name, f"mục «{info.filename}» có tỉ lệ nén {ratio:.0f}")


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    return ".." in re.split(r"[\\/]", name)


def _check_parts(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    content_types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in zf.namelist() else b""
    if MACRO_CONTENT_TYPE in content_types:
        raise BadInput(ErrorCode.MACRO, path.name, "phần chính là tài liệu có macro (.docm)")
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")) and _has_dtd(zf, info):
            raise BadInput(ErrorCode.DTD, path.name, f"phần «{info.filename}» khai báo DTD/thực thể")


def _has_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Stream the part (bounded by its checked size) looking for <!DOCTYPE or <!ENTITY."""
    tail = b""
    with zf.open(info) as fh:
        first = True
        while chunk := fh.read(_CHUNK):
            if first and chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                chunk = chunk.decode("utf-16", errors="ignore").encode("utf-8")
            first = False
            if _DTD_RE.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False
