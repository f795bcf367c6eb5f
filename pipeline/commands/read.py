"""`vanban read FILE`: print the blocks of a file (or their JSON), read in a limited child process."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from extractors.blocks import Block, BlockKind, Document
from extractors.errors import BadInput
from extractors.readers import file_to_document
from pipeline.isolation import WorkerBug, run_limited


def read(file: Path = typer.Argument(..., help="Tệp DOCX, DOC, PDF (có lớp chữ hoặc bản quét) hoặc TXT"),
         json: bool = typer.Option(False, "--json", help="In toàn bộ Document dạng JSON (khối, bảng, định dạng, cảnh báo)"),
         timeout: float = typer.Option(300.0, "--timeout", help="Giới hạn thời gian đọc (giây); bản quét cần khoảng 10 giây mỗi trang"),
         memory: int = typer.Option(1024, "--memory", help="Giới hạn bộ nhớ của tiến trình đọc (MB)")) -> None:
    """Đọc một tệp và in các khối (tiêu đề, đoạn, mục, bảng, đầu/chân trang) theo thứ tự đọc."""
    err = Console(stderr=True, soft_wrap=True)
    try:
        doc = run_limited(file_to_document, file, file=file.name, timeout_s=timeout, memory_mb=memory)
    except BadInput as exc:
        err.print(f"[red]Lỗi:[/red] {exc.describe()}", markup=True, highlight=False)
        raise typer.Exit(2) from None
    except WorkerBug as exc:
        err.print(f"[red]Lỗi chương trình (không do tệp):[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(3) from None
    if json:
        typer.echo(doc.model_dump_json(indent=2))
        return
    typer.echo(_summary(doc))
    for block in doc.blocks:
        typer.echo(_block_line(block))
    for warning in doc.warnings:
        err.print(f"[yellow]Cảnh báo:[/yellow] {warning.message}", markup=True, highlight=False)


def _summary(doc: Document) -> str:
    pages = f", {doc.pages} trang" if doc.pages else ""
    return f"# {doc.source} ({doc.format}{pages}, {len(doc.blocks)} khối)"


def _block_line(block: Block) -> str:
    marks = "".join(m for m, on in (("B", block.bold), ("I", block.italic), ("OCR", block.ocr)) if on)
    extra = f" {{{marks}}}" if marks else ""
    head = f"[{block.location}] {block.kind}{extra}"
    if block.kind is not BlockKind.TABLE:
        return f"{head}: {block.text}"
    rows = "\n".join("    | " + " | ".join(c.text.replace("\n", " / ") for c in row.cells) + " |" for row in block.rows)
    return f"{head}: {len(block.rows)} hàng\n{rows}"


def register(app: typer.Typer) -> None:
    app.command("read")(read)
