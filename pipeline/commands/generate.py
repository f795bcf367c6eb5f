"""`vanban derive-plan`, `vanban consolidate`, `vanban remind`, `vanban lint`: write and check Decree 30 documents.

The library (docxtpl, openpyxl, the check) is imported when a command runs, so that `vanban --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from extractors.errors import BadInput
from pipeline.commands.common import bad_input_exits, err, parse_date

_out = Console()

PROFILE_OPT = typer.Option(..., "--profile", help="Hồ sơ cơ quan (TOML), ví dụ corpus/profile.toml.")
OUT_OPT = typer.Option(..., "-o", "--output", help="Tệp DOCX sẽ ghi ra.")
PDF_OPT = typer.Option(False, "--pdf", help="Xuất thêm bản PDF (cần LibreOffice).")


def _finish(summary: str, skipped: list[str], output: Path, pdf: bool) -> None:
    """Say what was skipped and what was written; export the PDF when asked."""
    for message in skipped:
        err.print(f"[yellow]Bỏ qua:[/yellow] {message}")
    _out.print(summary)
    if pdf:
        _pdf(output)


def _pdf(out: Path) -> None:
    from pipeline.generate.export_pdf import docx_to_pdf

    with bad_input_exits():
        _out.print(f"Đã xuất PDF: {docx_to_pdf(out)}")


def derive_plan_command(
    city_plan: Path = typer.Argument(..., help="Kế hoạch cấp trên (DOCX, PDF, DOC, bản chụp hoặc bản ghi JSON)."),
    profile: Path = PROFILE_OPT,
    output: Path = OUT_OPT,
    issued_on: str = typer.Option(None, "--date", help="Ngày ban hành (mặc định: hôm nay)."),
    parent_number: str = typer.Option(None, "--parent-number",
                                      help="Số, ký hiệu của kế hoạch cấp trên khi bản dự thảo để trống (232/KH-UBND)."),
    parent_date: str = typer.Option(None, "--parent-date", help="Ngày ban hành của kế hoạch cấp trên khi để trống."),
    timeout: float = typer.Option(None, "--timeout",
                                  help="Giới hạn thời gian đọc kế hoạch cấp trên (giây; mặc định 120 + 30 mỗi trang quét)."),
    pdf: bool = PDF_OPT,
) -> None:
    """Soạn kế hoạch thực hiện của xã từ kế hoạch cấp trên bất kỳ (Nghị định 30)."""
    from pipeline.generate import RenderError, generate_plan
    from pipeline.isolation import WorkerBug

    with bad_input_exits(RenderError, WorkerBug):
        ctx = generate_plan(city_plan, profile, output, parse_date(issued_on), parent_number,
                            parse_date(parent_date), timeout)
    for w in ctx.warnings:
        err.print(f"[yellow]Lưu ý:[/yellow] {w}", markup=True, highlight=False)
    due = f", hạn báo cáo trước ngày {ctx.unit_deadline_text}" if ctx.unit_deadline_text else ""
    targets = sum(len(g.lines) for g in ctx.target_groups if g.title == "Chỉ tiêu")
    _finish(f"Đã soạn kế hoạch {ctx.so_ky_hieu} ({targets} chỉ tiêu, {len(ctx.tasks)} nhiệm vụ, "
            f"{len(ctx.units)} đơn vị{due}; {len(ctx.warnings)} lưu ý): {output}", [], output, pdf)


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
    from pipeline.generate import RenderError, generate_report

    with bad_input_exits(RenderError):
        ctx, errors = generate_report(plan, reports, profile, output, parse_date(as_of), xlsx)
    summary = f"Đã soạn báo cáo tổng hợp {ctx.so_ky_hieu} ({len(ctx.rows)} chỉ tiêu): {output}"
    _finish(summary + (f"\nPhụ lục số liệu: {xlsx}" if xlsx else ""), errors, output, pdf)


def remind_command(
    reports: list[Path] = typer.Argument(None, help="Các báo cáo đã nhận của đơn vị."),
    plan: Path = typer.Option(..., "--plan", help="Kế hoạch của xã."),
    profile: Path = PROFILE_OPT,
    output: Path = OUT_OPT,
    as_of: str = typer.Option(None, "--as-of", help="Tính đến ngày (mặc định: hôm nay)."),
    pdf: bool = PDF_OPT,
) -> None:
    """Soạn công văn đôn đốc các đơn vị chưa gửi báo cáo (hoặc ghi sai số kế hoạch)."""
    from pipeline.generate import RenderError, generate_reminder

    with bad_input_exits(RenderError):
        ctx, errors = generate_reminder(plan, reports or [], profile, output, parse_date(as_of))
    _finish(f"Đã soạn công văn đôn đốc gửi {len(ctx.kinh_gui)} đơn vị: {output}", errors, output, pdf)


def lint_command(files: list[Path] = typer.Argument(..., help="Các tệp DOCX cần kiểm tra.")) -> None:
    """Kiểm tra thể thức văn bản (DOCX) theo Nghị định 30/2020/NĐ-CP; mã thoát 1 khi có lỗi."""
    from pipeline.lint import lint_isolated

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
