"""File -> Document. One reader module per format; `file_to_document` picks one by the file's bytes.

(skeleton: only plain text for now; DOCX, PDF, OCR and DOC readers to be written)
"""

from __future__ import annotations

from pathlib import Path

from extractors.blocks import Document
from extractors.errors import BadInput, ErrorCode
from extractors.readers.txt import read_txt


def file_to_document(path: str | Path) -> Document:
    path = Path(path)
    if path.suffix.lower() == ".txt":
        return read_txt(path)
    raise BadInput(ErrorCode.NOT_SUPPORTED, path.name)
