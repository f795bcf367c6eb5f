"""Records for the check command: from documents, or from saved extractions; and the plan a report cites.

A path ending in ".json" is a saved record (`vanban extract --json` output, or a corpus gold file);
anything else is read and extracted (`pipeline.stages.file_to_record`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from extractors.errors import BadInput, ErrorCode
from extractors.records import Record
from pipeline.stages import file_to_record
from extractors.patterns.docnums import number_key

# Cheapest to read first: a saved record, plain text, Word, then PDF (a scan needs OCR).
DOCUMENT_SUFFIXES = (".json", ".txt", ".docx", ".doc", ".pdf", ".html", ".htm")


def path_to_record(path: Path) -> Record:
    """The record of one file; a saved ".json" record is loaded as it is."""
    if path.suffix.lower() == ".json":
        try:
            return Record.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise BadInput(ErrorCode.CORRUPT, file=path.name, detail=str(exc)[:200]) from None
    return file_to_record(path)


def candidate_files(folder: Path, exclude: Path | None = None) -> list[Path]:
    """Documents in `folder` (not recursive), cheapest to read first, without `exclude`."""
    found = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES]
    found.sort(key=lambda p: (DOCUMENT_SUFFIXES.index(p.suffix.lower()), p.name))
    return [p for p in found if exclude is None or p.resolve() != exclude.resolve()]


def cited_numbers(report: Record) -> set[str]:
    """Normalised numbers of every plan (Kế hoạch) the report cites."""
    return {number_key(c.number) for c in report.citations if c.number and c.kind.lower().startswith("kế hoạch")}


def find_plan(
    report: Record, candidates: Iterable[Path], read: Callable[[Path], Record] = path_to_record
) -> tuple[Path, Record] | None:
    """The first candidate that is a plan (kế hoạch) with a number the report cites; unreadable files are skipped."""
    wanted = cited_numbers(report)
    if not wanted:
        return None
    for path in candidates:
        try:
            record = read(path)
        except BadInput:
            continue
        if record.kind == "ke_hoach" and number_key(record.number) in wanted:
            return path, record
    return None
