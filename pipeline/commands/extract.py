"""`vanban extract FILE` and `vanban schema`."""

from __future__ import annotations

import json as jsonlib
from pathlib import Path

import typer
from rich.console import Console

from extractors.errors import BadInput
from extractors.records import Record
from pipeline.isolation import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S, WorkerBug, run_limited

_KIND_VI = {"ke_hoach": "Kế hoạch", "bao_cao": "Báo cáo", "quyet_dinh": "Quyết định", "cong_van": "Công văn",
            "thong_bao": "Thông báo", "to_trinh": "Tờ trình", "khac": "Văn bản khác"}


def _summary(record: Record) -> str:
    """A few lines in Vietnamese for people (the JSON is for programs)."""
    lines = [
        f"{_KIND_VI[record.kind]} số {record.number or '(chưa có số)'}, "
        f"ngày {record.issued_on.strftime('%d/%m/%Y') if record.issued_on else '(chưa có ngày)'}",
        f"Cơ quan ban hành: {record.issuer or '(không rõ)'}",
        f"Trích yếu: {record.title or '(không rõ)'}",
        f"Chỉ tiêu: {len(record.indicators)}; thời hạn: {len(record.deadlines)}; "
        f"văn bản viện dẫn: {len(record.citations)}; phân công: {len(record.assignments)}",
    ]
    if record.basis:
        lines.append(f"Căn cứ/thực hiện: {record.basis.kind} số {record.basis.number}")
    lines += [f"Cảnh báo: {w.message}" for w in record.warnings]
    return "\n".join(lines)


def extract(file: Path = typer.Argument(..., help="Tệp văn bản (DOCX, DOC, PDF, TXT)"),
            json: bool = typer.Option(False, "--json", help="In toàn bộ kết quả dạng JSON"),
            timeout: float = typer.Option(DEFAULT_TIMEOUT_S, help="Giới hạn thời gian xử lý (giây)"),
            memory: int = typer.Option(DEFAULT_MEMORY_MB, help="Giới hạn bộ nhớ (MB)")) -> None:
    """Trích xuất thông tin văn bản: số, ngày, cơ quan, chỉ tiêu, thời hạn, văn bản viện dẫn, phân công."""
    from pipeline.stages import file_to_record  # the extractors load only when a command runs

    err = Console(stderr=True)
    try:
        record = run_limited(file_to_record, file, file=file.name, timeout_s=timeout, memory_mb=memory)
    except BadInput as exc:
        err.print(f"[red]Lỗi:[/red] {exc.describe()}")
        raise typer.Exit(2) from None
    except WorkerBug as exc:
        err.print(f"[red]Lỗi chương trình (không phải do tệp):[/red] {exc}")
        raise typer.Exit(3) from None
    typer.echo(record.model_dump_json(indent=2) if json else _summary(record))


def schema() -> None:
    """In JSON Schema của kết quả trích xuất."""
    typer.echo(jsonlib.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("schema")(schema)
