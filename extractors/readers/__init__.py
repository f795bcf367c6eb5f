"""File -> Document. One reader module per format; `file_to_document` picks one by the file's bytes.

Every exception a parsing library raises on a broken file (TypeError, KeyError, RecursionError,
PdfiumError, PDFSyntaxError, zipfile.BadZipFile ...) becomes `BadInput(CORRUPT)`; only our own
`BadInput` passes through. Run it under `pipeline.isolation.run_limited` for time/memory limits.
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
    from extractors.readers.txt import read_txt
    return read_txt


def file_to_document(path: str | Path) -> Document:
    """Read any supported file (DOCX, DOC/RTF, PDF with text or scanned, TXT) into blocks."""
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
    except Exception as exc:  # noqa: BLE001 - a library choking on a broken file is the file's fault
        raise BadInput(ErrorCode.CORRUPT, path.name, f"{type(exc).__name__}: {str(exc)[:200]}") from None
    finally:
        sys.setrecursionlimit(old_limit)
        if gc_was_on:
            gc.enable()


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

