"""Bounds on every read. One frozen object, so tests and the benchmark can see the numbers."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Limits(BaseModel):
    model_config = ConfigDict(frozen=True)

    file_bytes: int = 100 * 1024 * 1024  # a file on disk
    zip_entries: int = 5_000
    zip_total_bytes: int = 200 * 1024 * 1024  # all entries of a DOCX, inflated
    zip_entry_bytes: int = 100 * 1024 * 1024
    zip_ratio: float = 200.0  # inflated / deflated, for entries over zip_ratio_min_bytes
    zip_ratio_min_bytes: int = 1024 * 1024
    pdf_pages: int = 500
    pdf_stream_bytes: int = 128 * 1024 * 1024  # one decoded PDF stream (a 600 dpi colour A4 page is ~105 MB)
    pdf_total_stream_bytes: int = 1024 * 1024 * 1024  # all Flate streams of a file (scans store one per page)
    pdf_chars_per_page: int = 200_000  # a page with more characters is refused (too_large)
    table_rows: int = 20_000
    table_cells: int = 400_000
    blocks: int = 200_000
    nesting: int = 20  # tables within tables
    ocr_pages: int = 60
    ocr_dpi: int = 300


LIMITS = Limits()
