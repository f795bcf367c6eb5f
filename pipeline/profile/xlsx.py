"""The commune's targets from an XLSX sheet (openpyxl): one row per chỉ tiêu under a header row.

Columns, by header text: "Mã" ("(7)"), "Nhóm" ("xã hội"), "Chỉ tiêu" (name), "Kế hoạch" (figure),
"Đơn vị tính" ("%"), "So sánh" (">=", optional).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from extractors.errors import BadInput, ErrorCode

HEADERS = {"mã": "code", "nhóm": "group", "chỉ tiêu": "name", "kế hoạch": "target", "đơn vị tính": "unit",
           "so sánh": "comparator"}


def xlsx_to_targets(path: Path) -> list[dict]:
    try:
        sheet = load_workbook(path, read_only=True, data_only=True).active
    except FileNotFoundError:
        raise BadInput(ErrorCode.EMPTY, path.name, message="Không tìm thấy bảng chỉ tiêu (XLSX) của hồ sơ.") from None
    rows = sheet.iter_rows(values_only=True)
    header = [HEADERS.get(str(h or "").strip().lower()) for h in next(rows, ())]
    if "code" not in header or "name" not in header:
        raise BadInput(ErrorCode.CORRUPT, path.name, message="Bảng chỉ tiêu phải có cột «Mã» và «Chỉ tiêu».")
    out = []
    for row in rows:
        item = {k: v for k, v in zip(header, row) if k and v not in (None, "")}
        if item.get("name"):
            out.append(item | {"code": str(item["code"])})
    return out
