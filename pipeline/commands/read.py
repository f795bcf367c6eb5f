"""`vanban read FILE`: print the blocks of a file."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from extractors.errors import BadInput
from pipeline.stages import file_to_document


def read(file: Path = typer.Argument(..., help="Tệp DOCX, DOC, PDF hoặc TXT"),
         json: bool = typer.Option(False, "--json", help="In dạng JSON")) -> None:
    """Đọc một tệp và in các khối (đoạn, bảng, tiêu đề) theo thứ tự."""
    try:
        doc = file_to_document(file)
    except BadInput as exc:
        Console(stderr=True).print(f"[red]Lỗi:[/red] {exc.describe()}")
        raise typer.Exit(2) from None
    if json:
        typer.echo(doc.model_dump_json(indent=2))
        return
    for block in doc.blocks:
        typer.echo(f"[{block.location}] {block.kind}: {block.text}")


def register(app: typer.Typer) -> None:
    app.command("read")(read)
