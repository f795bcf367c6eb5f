"""`vanban extract FILE` and `vanban schema`."""

from __future__ import annotations

import json as jsonlib
from pathlib import Path

import typer
from rich.console import Console

from extractors.errors import BadInput
from extractors.records import Record
from pipeline.stages import file_to_record


def extract(file: Path = typer.Argument(..., help="Tệp văn bản"),
            json: bool = typer.Option(False, "--json", help="In dạng JSON")) -> None:
    """Trích xuất thông tin văn bản: số, ngày, cơ quan, chỉ tiêu, thời hạn, văn bản viện dẫn, phân công."""
    try:
        record = file_to_record(file)
    except BadInput as exc:
        Console(stderr=True).print(f"[red]Lỗi:[/red] {exc.describe()}")
        raise typer.Exit(2) from None
    typer.echo(record.model_dump_json(indent=2))


def schema() -> None:
    """In JSON Schema của kết quả trích xuất."""
    typer.echo(jsonlib.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("schema")(schema)
