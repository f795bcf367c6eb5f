"""File -> Document. One reader module per format; `file_to_document` picks one by the file's bytes.

An exception raised inside a parsing library on a broken file (PdfiumError, PDFSyntaxError,
zipfile.BadZipFile, lxml's XMLSyntaxError, or a KeyError deep in python-docx ...) becomes
`BadInput(CORRUPT)`: the file is at fault. An exception raised in vanban's own code is a bug and
passes through unchanged, so it is never blamed on the file (run_limited reports it as `WorkerBug`).
Run it under `pipeline.isolation.run_limited` for time/memory limits.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from extractors.blocks import Document
from extractors.errors import BadInput, ErrorCode
from extractors.guards import FileKind, sniff

_RECURSION_LIMIT = 3000


def _reader(kind: FileKind) -> Callable[[Path], Document]:
    # imported lazily: a .txt read need not load pdfium, LibreOffice helpers or python-docx
    if kind is FileKind.DOCX:
        from extractors.readers.docx import read_docx
        return read_docx
    if kind is FileKind.PDF:
        from extractors.readers.pdf import read_pdf
        return read_pdf
    if kind is FileKind.DOC:
        from extractors.readers.doc import read_doc
        return read_doc
    if kind is FileKind.HTML:
        from extractors.readers.html import read_html
        return read_html
    from extractors.readers.txt import read_txt
    return read_txt


def file_to_document(path: str | Path) -> Document:
    """Read any supported file (DOCX, DOC/RTF, PDF with text or scanned, TXT, a saved web page) into blocks."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(ErrorCode.CORRUPT, path.name, "không tìm thấy tệp hoặc không phải tệp thường")
    kind = sniff(path)
    reader = _reader(kind)
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, _RECURSION_LIMIT))
    gc_was_on = gc.isenabled()
    gc.disable()  # readers allocate many small objects and no cycles: collection only costs time
    try:
        return reader(path)
    except BadInput:
        raise
    except MemoryError:
        raise BadInput(ErrorCode.MEMORY, path.name, "thư viện đọc tệp hết bộ nhớ") from None
    except RecursionError:
        raise BadInput(ErrorCode.CORRUPT, path.name, "cấu trúc lồng nhau quá sâu") from None
    except Exception as exc:
        library = raised_by_library(exc)
        if library is None:
            raise  # vanban's own bug: the caller reports it as such (exit 3, "lỗi của chương trình")
        raise BadInput(ErrorCode.CORRUPT, path.name, library_detail(library, exc)) from None
    finally:
        sys.setrecursionlimit(old_limit)
        if gc_was_on:
            gc.enable()


_OWN_CODE = str(Path(__file__).resolve().parent.parent)  # the extractors package


def raised_by_library(exc: BaseException) -> str | None:
    """The library module whose code raised `exc` (the innermost frame of its traceback), or None when
    the innermost frame is vanban's own code."""
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    filename = str(Path(tb.tb_frame.f_code.co_filename).resolve()) if tb.tb_frame.f_code.co_filename else ""
    if filename.startswith(_OWN_CODE):
        return None
    return tb.tb_frame.f_globals.get("__name__", "") or Path(filename).stem or "?"


def library_detail(library: str, exc: BaseException) -> str:
    """Technical detail of a library's parse error, led in Vietnamese."""
    message = str(exc).strip()[:200]
    return f"thư viện {library.split('.')[0]} không đọc được tệp ({type(exc).__name__}{': ' + message if message else ''})"


def ocr_page_count(path: str | Path) -> int:
    """Pages of this file that need OCR (0 unless it is a scanned PDF), so a caller can set a time limit
    before reading. A broken file counts 0 here: reading it reports what is wrong."""
    path = Path(path)
    try:
        if sniff(path) is not FileKind.PDF:
            return 0
        from extractors.readers.pdf import scanned_page_count
        return scanned_page_count(path)
    except Exception:  # noqa: BLE001 - the real read reports the error with its code
        return 0

