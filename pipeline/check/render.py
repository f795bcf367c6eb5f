"""The check as the office reads it in a terminal: rich tables with Vietnamese headings."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from extractors.errors import DocWarning
from pipeline.check.models import Assessment, CampaignCheck, ReportCheck
from pipeline.vi_format import number_vi

VERDICT_STYLE = {
    "vượt": "bold green",
    "đạt": "green",
    "chưa đạt": "red",
    "không báo cáo": "yellow",
    "không so sánh được": "magenta",
}
COMPARATOR_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}


def _unit(a: Assessment) -> str:
    return f" {a.unit}" if a.unit and a.unit != "%" else (a.unit or "")


def target_text(a: Assessment) -> str:
    if a.target is None:
        return "—"
    if a.comparator == "range" and a.target_high is not None:
        return f"{number_vi(a.target)}–{number_vi(a.target_high)}{_unit(a)}"
    sign = COMPARATOR_SIGN.get(a.comparator or "", "")
    return f"{sign} {number_vi(a.target)}{_unit(a)}".strip()


def value_text(a: Assessment) -> str:
    return "—" if a.reported_value is None else f"{number_vi(a.reported_value)}{_unit(a)}"


def assessments_table(rows: tuple[Assessment, ...], title: str, with_units: bool = False) -> Table:
    table = Table(title=title, show_lines=False)
    for heading, justify in (("STT", "right"), ("Chỉ tiêu", "left"), ("Kế hoạch", "right"),
                             ("Thực hiện", "right"), ("% hoàn thành", "right"), ("Đánh giá", "left")):
        table.add_column(heading, justify=justify)
    if with_units:
        table.add_column("Đơn vị báo cáo")
    for i, a in enumerate(rows, 1):
        name = f"{a.plan_code or ''} {a.name}".strip()
        if a.match and a.match.doubtful:
            name += " [yellow](?)[/yellow]"
        cells = [str(i), name, target_text(a), value_text(a),
                 "—" if a.completion is None else f"{number_vi(a.completion, 1)}%",
                 f"[{VERDICT_STYLE[a.verdict]}]{a.verdict}[/]"]
        if with_units:
            cells.append(", ".join(u for u in a.units_reporting if u))
        table.add_row(*cells)
    return table


def print_notes(console: Console, rows: tuple[Assessment, ...]) -> None:
    """Why each row that could not be compared could not be."""
    notes = [(i, a) for i, a in enumerate(rows, 1) if a.verdict == "không so sánh được" and a.note]
    if notes:
        console.print("[bold]Không so sánh được:[/bold]")
        for i, a in notes:
            console.print(f"  {i}. {a.name}: {a.note}.")


def print_problems(console: Console, problems: tuple[DocWarning, ...], heading: str = "Vấn đề cần lưu ý") -> None:
    if not problems:
        return
    console.print(f"[bold]{heading}:[/bold]")
    for w in problems:
        console.print(f"  - {w.message}" + (f" [dim]({w.location})[/dim]" if w.location else ""))


def print_report_check(check: ReportCheck, console: Console) -> None:
    console.print(f"[bold]Báo cáo:[/bold] {check.report} — {check.unit or 'không rõ đơn vị'}"
                  + (f", số {check.report_number}" if check.report_number else "")
                  + (f", ngày {check.report_date:%d/%m/%Y}" if check.report_date else ""))
    plan = f"[bold]Kế hoạch:[/bold] {check.plan_number or '—'}"
    if check.deadline:
        plan += f", hạn báo cáo {check.deadline:%d/%m/%Y}"
        plan += f" — [red]chậm {check.late_days} ngày[/red]" if check.late_days else " — đúng hạn"
    console.print(plan)
    shown = tuple(a for a in check.assessments if a.verdict != "không báo cáo")
    console.print(assessments_table(shown, "Đối chiếu chỉ tiêu"))
    print_notes(console, shown)
    left_out = len(check.assessments) - len(shown)
    if left_out:
        console.print(f"[dim]{left_out} chỉ tiêu khác của kế hoạch không có trong báo cáo này (xem --json).[/dim]")
    print_problems(console, check.problems)


def print_campaign_check(check: CampaignCheck, console: Console) -> None:
    console.print(f"[bold]Kế hoạch:[/bold] {check.plan_number or check.plan}"
                  + (f", hạn báo cáo {check.deadline:%d/%m/%Y}" if check.deadline else "")
                  + f", tính đến ngày {check.as_of:%d/%m/%Y}")
    done = len(check.assigned_units) - len(check.missing_units)
    console.print(f"Đã báo cáo: {done}/{len(check.assigned_units)} đơn vị được giao"
                  f" ({len(check.reports)} báo cáo)")
    for label, items in (("Chưa báo cáo", check.missing_units), ("Báo cáo chậm", check.late_units),
                         ("Trích dẫn sai số kế hoạch", check.wrong_plan_reports)):
        if items:
            console.print(f"[red]{label}:[/red] " + ", ".join(items))
    console.print(assessments_table(check.table, "Bảng tổng hợp chỉ tiêu", with_units=True))
    print_notes(console, check.table)
    print_problems(console, check.problems)
    for report in check.reports:
        print_problems(console, report.problems, f"{report.report} ({report.unit or '—'})")
