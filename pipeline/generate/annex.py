"""The XLSX annex (phụ lục) of the consolidated report: every figure, with the document it came from (openpyxl).

A finished document, not a data dump: each sheet titled "Phụ lục ... kèm theo Báo cáo số .../BC-UBND ngày ...",
Times New Roman, set column widths, dates dd/mm/yyyy, numbers rounded and written the Vietnamese way
("1.703,274", "96,3"), the header row frozen and repeated on every printed page, printed A4 landscape, fit to width.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.check.models import CampaignCheck
from pipeline.generate.contexts import ReportContext
from pipeline.vi_format import number_vi

FONT = "Times New Roman"
# (header, width in characters); "STT" is wide enough never to wrap.
TABLE_HEAD = (("STT", 6), ("Mã", 6), ("Chỉ tiêu", 40), ("Đơn vị tính", 11), ("Kế hoạch", 12), ("Thực hiện", 12),
              ("Tỷ lệ (%)", 10), ("Đánh giá", 14), ("Đơn vị báo cáo", 28), ("Nguồn (tệp)", 30), ("Ghi chú", 40))
FIGURE_HEAD = (("STT", 6), ("Đơn vị", 22), ("Báo cáo số", 14), ("Ngày báo cáo", 12), ("Tệp", 28), ("Mã", 6),
               ("Chỉ tiêu của kế hoạch", 34), ("Nội dung trích từ báo cáo", 48), ("Thực hiện", 12),
               ("Kế hoạch", 12), ("Tỷ lệ (%)", 10), ("Đánh giá", 14), ("Ghi chú", 36))
UNIT_HEAD = (("STT", 6), ("Đơn vị được giao", 34), ("Đã báo cáo", 12), ("Báo cáo chậm", 13), ("Chưa báo cáo", 13))
LINE_PT = 16  # one printed line of Times New Roman 12
TITLE_ROWS = 3  # title, subtitle, blank; the table's header is row 4
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY_FONT = Font(name=FONT, size=12)
_ALIGN = {h: Alignment(horizontal=h, vertical="top", wrap_text=True) for h in ("left", "center", "right")}


def date_vi(d: dt.date | None) -> str:
    """date(2025, 9, 5) -> "05/09/2025"."""
    return "" if d is None else f"{d:%d/%m/%Y}"


def num(value: float | None, digits: int = 3) -> str:
    return number_vi(value, digits)


def _report_ref(context: ReportContext | None) -> str:
    """"Báo cáo số 135/BC-UBND ngày 12/12/2025 của Ủy ban nhân dân xã ..." (blanks left for the văn thư)."""
    if context is None:
        return "Báo cáo số .../BC-UBND ngày ..."
    number = context.so_ky_hieu.strip() or "..."
    number = number if not number.startswith("/") else f"...{number}"
    day = date_vi(context.issued_on) or "..."
    return f"Báo cáo số {number} ngày {day}"


def _sheet(wb: Workbook, name: str, title: str, subtitle: str, head: tuple[tuple[str, int], ...], rows: list[tuple],
           first: bool = False) -> Worksheet:
    ws = wb.active if first else wb.create_sheet()
    ws.title = name
    last = get_column_letter(len(head))
    for r, (text, bold, size) in enumerate(((title, True, 13), (subtitle, False, 12)), 1):
        ws.merge_cells(f"A{r}:{last}{r}")
        cell = ws.cell(row=r, column=1, value=text)
        cell.font = Font(name=FONT, bold=bold, italic=not bold, size=size)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 36
    header_row = TITLE_ROWS + 1
    for c, (text, width) in enumerate(head, 1):
        cell = ws.cell(row=header_row, column=c, value=text)
        cell.font = Font(name=FONT, bold=True, size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=text != "STT")
        cell.border = _BOX
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.row_dimensions[header_row].height = LINE_PT * max(_lines(t, w) for t, w in head)
    for r, row in enumerate(rows, header_row + 1):
        ws.row_dimensions[r].height = LINE_PT * max(_lines(v, w) for v, (_, w) in zip(row, head))
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.font, cell.border = _BODY_FONT, _BOX
            numeric = isinstance(value, str) and value[:1].isdigit() and c > 1 and head[c - 1][1] <= 14
            cell.alignment = _ALIGN["center" if c == 1 else ("right" if numeric else "left")]
    _print_setup(ws, header_row, last, header_row + len(rows))
    return ws


def _lines(value, width: int) -> int:
    """Printed lines of a wrapped cell: LibreOffice and Excel do not grow a row for wrapped text written by openpyxl,
    so the height is set from the text (about 1.1 characters of Times New Roman 12 per unit of column width)."""
    text = "" if value is None else str(value)
    per_line = max(1, int(width * 1.1))
    return max(1, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))


def _print_setup(ws: Worksheet, header_row: int, last_col: str, last_row: int) -> None:
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{last_col}{max(last_row, header_row)}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def check_to_xlsx(check: CampaignCheck, out: Path, context: ReportContext | None = None) -> Path:
    """Three sheets: the consolidated table, every reported figure by unit, and the roll call of units."""
    wb = Workbook()
    ref = _report_ref(context)
    plan = f"Kế hoạch số {check.plan_number or '...'}"
    as_of = f"Số liệu đến ngày {date_vi(check.as_of)}"
    _sheet(wb, "Tổng hợp", f"Phụ lục I\nBẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA {plan.upper()}",
           f"(Kèm theo {ref}; {as_of.lower()})", TABLE_HEAD, [
               (n, a.plan_code, a.name, a.unit, num(a.target), num(a.reported_value), num(a.completion, 1),
                a.verdict, ", ".join(u for u in a.units_reporting if u), a.source, a.note)
               for n, a in enumerate(check.table, 1)], first=True)
    figures = [(c, a) for c in check.reports for a in c.assessments if a.verdict != "không báo cáo"]
    _sheet(wb, "Số liệu theo đơn vị", "Phụ lục II\nSỐ LIỆU BÁO CÁO CỦA CÁC ĐƠN VỊ",
           f"(Kèm theo {ref})", FIGURE_HEAD, [
               (n, c.assigned_unit or c.unit, c.report_number, date_vi(c.report_date), c.report, a.plan_code, a.name,
                a.reported_text, num(a.reported_value), num(a.target), num(a.completion, 1), a.verdict, a.note)
               for n, (c, a) in enumerate(figures, 1)])
    reported, late, missing = set(check.reported_units), set(check.late_units), set(check.missing_units)
    _sheet(wb, "Đơn vị", "Phụ lục III\nTÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ", f"(Kèm theo {ref}; {as_of.lower()})",
           UNIT_HEAD, [
               (n, u, "x" if u in reported else "", "x" if u in late else "", "x" if u in missing else "")
               for n, u in enumerate(check.assigned_units, 1)])
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
