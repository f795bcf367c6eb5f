"""`vanban derive-plan`, `vanban consolidate`, `vanban remind`, `vanban lint`: write and check Decree 30 documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.console import Console

from extractors.errors import BadInput
from pipeline.export_pdf import docx_to_pdf
from pipeline.generate import generate_plan, generate_reminder, generate_report
from pipeline.lint import lint_isolated
from pipeline.render import RenderError

_out, _err = Console(), Console(stderr=True)

PROFILE_OPT = typer.Option(..., "--profile", help="Hồ sơ cơ quan (TOML), ví dụ corpus/profile.toml.")
OUT_OPT = typer.Option(..., "-o", "--output", help="Tệp DOCX sẽ ghi ra.")
PDF_OPT = typer.Option(False, "--pdf", help="Xuất thêm bản PDF (cần LibreOffice).")


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    _err.print(f"[red]Lỗi:[/red] ngày «{text}» không hợp lệ; ghi theo dạng 2025-12-10 hoặc 10/12/2025.")
    raise typer.Exit(2)


def _fail(exc: Exception) -> None:
    _err.print(f"[red]Lỗi:[/red] {exc.describe() if isinstance(exc, BadInput) else exc}")
    raise typer.Exit(2)


def _pdf(out: Path) -> None:
    try:
        _out.print(f"Đã xuất PDF: {docx_to_pdf(out)}")
    except BadInput as exc:
        _fail(exc)


def derive_plan_command(
    city_plan: Path = typer.Argument(..., help="Kế hoạch của thành phố (DOCX, PDF, DOC hoặc bản ghi JSON)."),
    profile: Path = PROFILE_OPT,
    output: Path = OUT_OPT,
    issued_on: str = typer.Option(None, "--date", help="Ngày ban hành (mặc định: hôm nay)."),
    pdf: bool = PDF_OPT,
) -> None:
    """Soạn kế hoạch thực hiện của xã từ kế hoạch của thành phố (Nghị định 30)."""
    try:
        ctx = generate_plan(city_plan, profile, output, _date(issued_on))
    except (BadInput, RenderError) as exc:
        _fail(exc)
    _out.print(f"Đã soạn kế hoạch {ctx.so_ky_hieu} ({sum(len(g.lines) for g in ctx.target_groups)} chỉ tiêu, "
               f"{len(ctx.units)} đơn vị, hạn báo cáo trước ngày {ctx.unit_deadline_text}): {output}")
    if pdf:
        _pdf(output)


def consolidate_command(
    reports: list[Path] = typer.Argument(..., help="Các báo cáo của đơn vị."),
    plan: Path = typer.Option(..., "--plan", help="Kế hoạch của xã mà các báo cáo thực hiện."),
    profile: Path = PROFILE_OPT,
    output: Path = OUT_OPT,
    xlsx: Path = typer.Option(None, "--xlsx", help="Ghi thêm phụ lục số liệu (XLSX)."),
    as_of: str = typer.Option(None, "--as-of", help="Tính đến ngày (mặc định: hôm nay)."),
    pdf: bool = PDF_OPT,
) -> None:
    """Soạn báo cáo tổng hợp gửi cấp trên từ kế hoạch và báo cáo của các đơn vị."""
    try:
        ctx, errors = generate_report(plan, reports, profile, output, _date(as_of), xlsx)
    except (BadInput, RenderError) as exc:
        _fail(exc)
    for message in errors:
        _err.print(f"[yellow]Bỏ qua:[/yellow] {message}")
    _out.print(f"Đã soạn báo cáo tổng hợp {ctx.so_ky_hieu} ({len(ctx.rows)} chỉ tiêu): {output}")
    if xlsx:
        _out.print(f"Phụ lục số liệu: {xlsx}")
    if pdf:
        _pdf(output)


def remind_command(
    reports: list[Path] = typer.Argument(None, help="Các báo cáo đã nhận của đơn vị."),
    plan: Path = typer.Option(..., "--plan", help="Kế hoạch của xã."),
    profile: Path = PROFILE_OPT,
    output: Path = OUT_OPT,
    as_of: str = typer.Option(None, "--as-of", help="Tính đến ngày (mặc định: hôm nay)."),
    pdf: bool = PDF_OPT,
) -> None:
    """Soạn công văn đôn đốc các đơn vị chưa gửi báo cáo (hoặc ghi sai số kế hoạch)."""
    try:
        ctx, errors = generate_reminder(plan, reports or [], profile, output, _date(as_of))
    except (BadInput, RenderError) as exc:
        _fail(exc)
    for message in errors:
        _err.print(f"[yellow]Bỏ qua:[/yellow] {message}")
    _out.print(f"Đã soạn công văn đôn đốc gửi {len(ctx.kinh_gui)} đơn vị: {output}")
    if pdf:
        _pdf(output)


def lint_command(files: list[Path] = typer.Argument(..., help="Các tệp DOCX cần kiểm tra.")) -> None:
    """Kiểm tra thể thức văn bản (DOCX) theo Nghị định 30/2020/NĐ-CP; mã thoát 1 khi có lỗi."""
    found = 0
    for f in files:
        try:
            findings = lint_isolated(f)
        except (BadInput, OSError) as exc:
            message = exc.describe() if isinstance(exc, BadInput) else f"Tệp «{f.name}»: không mở được ({exc.strerror})."
            _out.print(f"Lỗi: {message}", markup=False, highlight=False)
            found += 1
            continue
        for x in findings:
            where = f" «{x.where}»" if x.where else ""
            _out.print(f"{f.name}: [{x.rule}] {x.message}{where} ({x.ref})", markup=False, highlight=False)
        if not findings:
            _out.print(f"{f.name}: đúng thể thức Nghị định 30.")
        found += len(findings)
    raise typer.Exit(1 if found else 0)


def register(app: typer.Typer) -> None:
    app.command("derive-plan")(derive_plan_command)
    app.command("consolidate")(consolidate_command)
    app.command("remind")(remind_command)
    app.command("lint")(lint_command)
