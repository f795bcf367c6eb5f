"""The XLSX annex (phụ lục) of the consolidated report: every figure, with the document it came from (openpyxl)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from pipeline.check.models import CampaignCheck

TABLE_HEAD = ("STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Đánh giá",
              "Đơn vị báo cáo", "Nguồn (tệp)", "Ghi chú")
FIGURE_HEAD = ("Đơn vị", "Báo cáo số", "Ngày báo cáo", "Tệp", "Mã", "Chỉ tiêu của kế hoạch", "Nội dung trích từ báo cáo",
               "Thực hiện", "Kế hoạch", "Tỷ lệ (%)", "Đánh giá", "Ghi chú")
UNIT_HEAD = ("Đơn vị được giao", "Đã báo cáo", "Báo cáo chậm", "Chưa báo cáo")


def _sheet(wb: Workbook, title: str, head: tuple[str, ...], rows: list[tuple], first: bool = False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append(head)
    for cell in ws[1]:
        cell.font = Font(name="Times New Roman", bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in rows:
        ws.append(row)
    ws.freeze_panes = "A2"
    return ws


def check_to_xlsx(check: CampaignCheck, out: Path) -> Path:
    """Three sheets: the consolidated table, every reported figure by unit, and the roll call of units."""
    wb = Workbook()
    _sheet(wb, "Tổng hợp", TABLE_HEAD, [
        (n, a.plan_code, a.name, a.unit, a.target, a.reported_value, a.completion, a.verdict,
         ", ".join(u for u in a.units_reporting if u), a.source, a.note)
        for n, a in enumerate(check.table, 1)], first=True)
    _sheet(wb, "Số liệu theo đơn vị", FIGURE_HEAD, [
        (c.assigned_unit or c.unit, c.report_number, c.report_date, c.report, a.plan_code, a.name, a.reported_text,
         a.reported_value, a.target, a.completion, a.verdict, a.note)
        for c in check.reports for a in c.assessments if a.verdict != "không báo cáo"])
    reported, late, missing = set(check.reported_units), set(check.late_units), set(check.missing_units)
    _sheet(wb, "Đơn vị", UNIT_HEAD, [
        (u, "x" if u in reported else "", "x" if u in late else "", "x" if u in missing else "")
        for u in check.assigned_units])
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
