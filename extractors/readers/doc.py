"""Legacy Word .doc (OLE2) and RTF -> DOCX by LibreOffice, then read as DOCX.

The converted copy lives in a temporary folder; the input file is never touched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from extractors.blocks import Document
from extractors.errors import BadInput, ErrorCode
from extractors.libreoffice import convert, soffice
from extractors.normalize import nfc_name
from extractors.readers.docx import read_docx

MISSING_LIBREOFFICE = ("Tệp Word cũ (.doc) cần LibreOffice để chuyển sang .docx nhưng máy chưa cài "
                       "(gói libreoffice-writer-nogui). Đề nghị cài LibreOffice hoặc gửi lại tệp .docx.")


def read_doc(path: Path) -> Document:
    if soffice() is None:
        raise BadInput(ErrorCode.MISSING_TOOL, path.name, message=MISSING_LIBREOFFICE)
    with tempfile.TemporaryDirectory(prefix="vanban-doc-") as tmp:
        # a plain ASCII copy: LibreOffice names its output after the input, and odd names
        # (shell characters, 240 bytes, NFD) must not reach its command line or overflow NAME_MAX
        src = Path(tmp) / f"input{_suffix(path)}"
        shutil.copyfile(path, src)
        out = convert(src, "docx", Path(tmp) / "out")
        try:
            doc = read_docx(out)
        except BadInput as exc:
            raise BadInput(exc.code, path.name, exc.detail, exc.message) from None
    return doc.model_copy(update={"source": nfc_name(path.name), "format": "doc"})


def _suffix(path: Path) -> str:
    return ".rtf" if path.suffix.lower() == ".rtf" else ".doc"
