"""The pipeline's table of contents: each stage turns one thing into the next."""

from __future__ import annotations

from pathlib import Path

from extractors.blocks import Document
from extractors.extract import document_to_record
from extractors.readers import file_to_document
from extractors.records import Record

__all__ = ["file_to_document", "document_to_record", "file_to_record"]


def file_to_record(path: str | Path) -> Record:
    """Read a file and extract its record (in this process: see `pipeline.isolation` for hostile input)."""
    doc: Document = file_to_document(path)
    return document_to_record(doc)
