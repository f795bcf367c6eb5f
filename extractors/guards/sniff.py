"""What a file really is, from its first bytes (the extension only breaks ties)."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from extractors.errors import BadInput, ErrorCode
from extractors.guards.limits import LIMITS

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
# Encrypted OOXML is an OLE2 file holding these streams (names stored as UTF-16LE).
ENCRYPTED_OOXML_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
IMAGE_MAGICS = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif",
                b"II*\x00": "image/tiff", b"MM\x00*": "image/tiff"}
TEXT_SUFFIXES = {".txt", ".text", ".csv", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_MAGIC_RE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                           re.IGNORECASE | re.DOTALL)


class FileKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    DOC = "doc"  # OLE2 Word 97-2003, or RTF: both go through LibreOffice
    TXT = "txt"
    HTML = "html"  # a saved web page (a portal's notice)


def sniff(path: Path) -> FileKind:
    """Pick the reader by content: "%PDF-" in the first KiB, "PK\\x03\\x04", OLE2 magic, text."""
    size = path.stat().st_size
    if size == 0:
        raise BadInput(ErrorCode.EMPTY, path.name)
    if size > LIMITS.file_bytes:
        raise BadInput(ErrorCode.TOO_LARGE, path.name, f"{size} byte > {LIMITS.file_bytes}")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if PDF_MAGIC in head:
        return FileKind.PDF
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return FileKind.DOCX
    if head.startswith(OLE2_MAGIC):
        return _ole2_kind(path)
    if head.lstrip().startswith(RTF_MAGIC):
        return FileKind.DOC
    for magic, mime in IMAGE_MAGICS.items():
        if head.startswith(magic):
            raise BadInput(ErrorCode.WRONG_TYPE, path.name, f"tệp thực chất là ảnh ({mime})")
    if _looks_like_text(head):
        if HTML_MAGIC_RE.match(head) or (path.suffix.lower() in HTML_SUFFIXES and b"<" in head):
            return FileKind.HTML
        if path.suffix.lower() in TEXT_SUFFIXES:
            return FileKind.TXT
        raise BadInput(ErrorCode.WRONG_TYPE, path.name, f"tệp «{path.suffix}» thực chất là văn bản thuần")
    code = ErrorCode.WRONG_TYPE if path.suffix.lower() in {".pdf", ".docx", ".doc", ".docm"} else ErrorCode.NOT_SUPPORTED
    raise BadInput(code, path.name, "không nhận ra định dạng từ nội dung tệp")


def _ole2_kind(path: Path) -> FileKind:
    data = path.read_bytes()
    if any(marker in data for marker in ENCRYPTED_OOXML_MARKERS):
        raise BadInput(ErrorCode.PASSWORD, path.name, "tệp Office được mã hóa (EncryptedPackage)")
    return FileKind.DOC


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the 1 KiB window
            return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls == 0  # cp1258 and other 8-bit text
