"""`vanban read FILE`: print the blocks of a file (or their JSON), read in a limited child process.

Exit codes: 0 read, 2 the file is refused (its fault: a Vietnamese reason), 3 a bug in vanban (the
traceback goes to a log file, the message says it is the program's fault, not the file's).
A scanned PDF gets `--ocr-seconds-per-page` more time for each page that needs OCR.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import typer
from rich.console import Console

from extractors.blocks import Block, BlockKind, Document
from extractors.errors import BadInput
from extractors.readers import file_to_document, ocr_page_count
from pipeline.isolation import WorkerBug, run_limited

COUNT_TIMEOUT_S = 15.0  # counting the scanned pages opens the untrusted file too: in a limited child


def read(file: Path = typer.Argument(..., help="Tệp DOCX, DOC, PDF (có lớp chữ hoặc bản quét) hoặc TXT"),
         json: bool = typer.Option(False, "--json", help="In toàn bộ Document dạng JSON (khối, bảng, định dạng, cảnh báo)"),
         timeout: float = typer.Option(60.0, "--timeout", help="Giới hạn thời gian đọc (giây) của tệp có lớp chữ"),
         ocr_seconds_per_page: float = typer.Option(
             15.0, "--ocr-seconds-per-page", help="Thời gian cộng thêm cho mỗi trang bản quét cần nhận dạng chữ (giây)"),
         memory: int = typer.Option(1024, "--memory", help="Giới hạn bộ nhớ của tiến trình đọc (MB)")) -> None:
    """Đọc một tệp và in các khối (tiêu đề, đoạn, mục, bảng, đầu/chân trang) theo thứ tự đọc."""
    err = Console(stderr=True, soft_wrap=True)
    try:
        limit = timeout + ocr_seconds_per_page * scanned_pages(file, memory) if ocr_seconds_per_page else timeout
        doc = run_limited(file_to_document, file, file=file.name, timeout_s=limit, memory_mb=memory)
    except BadInput as exc:
        err.print(f"[red]Lỗi:[/red] {exc.describe()}", markup=True, highlight=False)
        raise typer.Exit(2) from None
    except WorkerBug as exc:
        log = write_bug_log("read", file, str(exc))
        err.print(f"[red]Lỗi của chương trình vanban[/red] khi đọc tệp «{file.name}» (không phải lỗi của tệp). "
                  f"Đề nghị báo cho người phụ trách vanban; chi tiết kỹ thuật: {log}", markup=True, highlight=False)
        raise typer.Exit(3) from None
    if json:
        typer.echo(doc.model_dump_json(indent=2))
        return
    typer.echo(_summary(doc))
    for block in doc.blocks:
        typer.echo(_block_line(block))
    for warning in doc.warnings:
        err.print(f"[yellow]Cảnh báo:[/yellow] {warning.message}", markup=True, highlight=False)


def scanned_pages(file: Path, memory_mb: int) -> int:
    """Pages of `file` that need OCR, counted in a limited child; 0 when counting fails (the read says why)."""
    try:
        return run_limited(ocr_page_count, file, file=file.name, timeout_s=COUNT_TIMEOUT_S, memory_mb=memory_mb)
    except (BadInput, WorkerBug):
        return 0


def write_bug_log(command: str, file: Path, traceback_text: str) -> Path:
    """The traceback of a bug, in the user's cache (`~/.cache/vanban/logs`); returns its path."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vanban" / "logs"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        base = Path("/tmp")
    log = base / f"{command}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    log.write_text(f"vanban {command} {file}\n\n{traceback_text}\n", encoding="utf-8")
    return log


def _summary(doc: Document) -> str:
    pages = f", {doc.pages} trang" if doc.pages else ""
    return f"# {doc.source} ({doc.format}{pages}, {len(doc.blocks)} khối)"


def _block_line(block: Block) -> str:
    marks = ",".join(m for m, on in (("B", block.bold), ("I", block.italic), ("OCR", block.ocr),
                                    ("chú thích", block.annotation)) if on)
    extra = f" {{{marks}}}" if marks else ""
    head = f"[{block.location}] {block.kind}{extra}"
    if block.kind is not BlockKind.TABLE:
        return f"{head}: {block.text}"
    rows = "\n".join("    | " + " | ".join(c.text.replace("\n", " / ") for c in row.cells) + " |" for row in block.rows)
    return f"{head}: {len(block.rows)} hàng\n{rows}"


def register(app: typer.Typer) -> None:
    app.command("read")(read)
