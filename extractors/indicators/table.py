"""Table blocks -> indicators, one per data row (or per row and column in a matrix table).

A results table: "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ %". Column roles come from the
header rows (several rows when cells are merged), read by `TABLE_ROLES`. A matrix table has no name column:
"STT | Đơn vị | Thu ngân sách xã (triệu đồng) | Giải quyết việc làm (lượt người)" gives one indicator per
row and figure column, named "Thu ngân sách xã (xã Kiến Minh)".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.blocks import Block, Row
from extractors.errors import DocWarning, WarningCode
from extractors.indicators.context import Paragraph
from extractors.indicators.mentions import mask_non_figures, ratio_mismatch, vi_number
from extractors.indicators.names import clean_label, complete_period
from extractors.indicators.count_nouns import header_count_noun
from extractors.indicators.measures import Measures, indicator_to_figure
from extractors.indicators.qualitative import outcome_row
from extractors.patterns.indicators import (
    CHANGE_COLUMN_RE, CHANGE_HEADER_RE, COLUMN_NUMBER_RE, COMPARED_WITH_RE, COMPARING_PARENT_RE, CUMULATIVE_HEADER_RE, DITTO_RE,
    MONTH_HEADER_RE, GROUP_STT_RE, HEADER_UNIT_RE, INNER_UNIT_RE, OCR_FIGURE_CELL_RE, SCALED_UNIT_RE,
    COMPARISON_HEADER_RE, DECIMAL_CELL_RE, PERCENT_HEADER_RE, PERIOD_HEADER_RE, PLAN_SHARE_HEADER_RE, FORMULA_HEADER_RE,
    READABLE_NAME_RE, ROW_NAME_HEADER_RE, TABLE_ROLES, TABLE_ROLES_UNMARKED, TOTAL_ROW_RE, comparator_before,
    direction_of, unmarked,
    period_in,
)
from extractors.patterns.numbers import NUMBER_RE, read_number, reading_for_unit
from extractors.patterns.units import canonical_unit, unit_kind
from extractors.records import Figure as CellFigure, FigureRole, Indicator

_MAX_HEADER_ROWS = 4
_MAX_FIGURE_CELL = 40
_MAX_FIGURE_CELL_LETTERS = 15
_FIGURE_ROLES = ("target", "value", "ratio")
_MIN_UNIT_CELLS = 3
_UNIT_CELL_SHARE = 0.6
_YEAR_IN_HEADER_RE = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Column:
    index: int
    role: str
    header: str  # all header rows joined
    parts: tuple[str, ...] = ()  # the header rows' texts, top first ("Số lượng khen thưởng trong năm", "Tổng số")


@dataclass(frozen=True)
class Figure:
    value: float
    comparator: str | None
    percent: bool
    warning: DocWarning | None


def _grid(row: Row, repeat: bool) -> list[str]:
    """A row's texts, one per grid column: a merged header cell repeats its text, a merged data cell does not."""
    out: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        out += [text] * cell.span if repeat else [text] + [""] * (cell.span - 1)
    return out


def _has_figure(texts: list[str]) -> bool:
    """A data row has a figure past its first cell; "Năm 2025", "Dự tính 10 tháng", "8=4/1" in a header are not."""
    return any(NUMBER_RE.search(mask_non_figures(t)) and not PERIOD_HEADER_RE.match(t) for t in texts[1:])


def _header_rows(rows: tuple[Row, ...]) -> tuple[list[list[str]], int]:
    """The header rows' texts and the index of the first data row."""
    headers: list[list[str]] = []
    for i, row in enumerate(rows[: _MAX_HEADER_ROWS + 1]):
        texts = _grid(row, repeat=True)
        if all(COLUMN_NUMBER_RE.match(t) for t in texts if t) and headers:
            return headers, i + 1  # "1 | 2 | 3 | 4": numbers the columns, ends the header
        if _has_figure(texts) and headers:
            return headers, i
        headers.append(texts)
    return headers, len(headers)


@functools.lru_cache(maxsize=64)
def _unmarked_regex(regex: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(unmarked(regex.pattern), regex.flags)


def _says(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`regex` in a header, or in its letters without marks when OCR changed them ("Lũy kê 10 thang")."""
    return regex.search(text) or _unmarked_regex(regex).search(unmarked(text))


def _role(header: str) -> str | None:
    """The role the header states; on letters without marks when OCR changed them ("Kê hoạch", "Lũy kê")."""
    return (next((role for role, regex in TABLE_ROLES if regex.search(header)), None)
            or next((role for role, regex in TABLE_ROLES_UNMARKED if regex.search(unmarked(header))), None))


def _columns(headers: list[list[str]]) -> list[Column]:
    width = max((len(h) for h in headers), default=0)
    columns = []
    for j in range(width):
        parts: list[str] = []
        for h in headers:
            if j < len(h) and h[j] and h[j] not in parts:
                parts.append(h[j])
        joined = " ".join(parts)
        # the lowest header row names the column most precisely ("Năm 2025" over "Kế hoạch"); when it is only a
        # word split off ("Đơn vị" over "tính"), the joined text does; a formula ("9=5/3") says no role
        named = [p for p in parts if not FORMULA_HEADER_RE.match(p)]
        attempts = [named[-1], " ".join(named), *reversed(named[:-1])] if named else []
        role = next((r for r in map(_role, attempts) if r), None)
        if len(named) > 1 and role not in ("stt", "name", "unit", "label") and any(
                _says(COMPARING_PARENT_RE, p) for p in named[:-1]):
            # "So sánh (%)" over "KH | Cùng kỳ": a ratio to the plan, a comparison with last year (not "KH", a plan)
            role = "ignore" if _role(named[-1]) in ("ignore", "baseline") else "ratio"
        elif named and role in ("value", "target", "other") and (against := _says(COMPARED_WITH_RE, named[-1])):
            # "Ước thực hiện 2019 so với thực hiện 2018 (%)", "Kế hoạch 2020 so với thực hiện 2019 (%)": a comparison,
            # with the plan (the share done) or with an earlier period (not annotated)
            role = "ratio" if _says(PLAN_SHARE_HEADER_RE, against.group("other")) else "ignore"
        columns.append(Column(j, role or "other", joined, tuple(parts)))
    return columns


def _header_year(column: Column) -> int | None:
    years = [int(y) for y in _YEAR_IN_HEADER_RE.findall(column.header)]
    return max(years) if years else None


def _earlier_columns(columns: list[Column], year: int | None, is_report: bool) -> list[Column]:
    """Figure columns of an earlier period are baselines, not this document's figures.

    A 2025 plan's "Ước thực hiện năm 2024 | Kế hoạch năm 2025", a report's "Thực hiện năm 2023 | Kế hoạch 2024 |
    Thực hiện 2024": the 2023 and the estimated 2024 columns are where things stood. A column names no year when
    it is of the document's period ("Tháng 10 | 10 tháng"), so the document's year counts then. A report's pair of
    an earlier year ("KH 2024 | Thực hiện 2024 | Mục tiêu 2025", or a year-end report issued in January) is what it
    reports. Of two single months ("Thực hiện tháng 9 | Thực hiện tháng 10 | Lũy kế 10 tháng"), the earlier one is
    the previous month's."""
    figures = [c for c in columns if c.role in ("value", "target", "other")]
    years = {c.index: y for c in figures if (y := _header_year(c)) is not None}
    latest = max([*years.values(), *([year] if year and len(years) < len(figures) else [])], default=None)
    if not is_report and year is not None and latest is not None:
        latest = max(latest, year)
    reported = {y for y in years.values() if is_report
                and {"target", "value"} <= {c.role for c in figures if years.get(c.index) == y}}
    months = {c.index: int(m.group("month")) for c in figures if c.role in ("value", "other")
              and (m := _says(MONTH_HEADER_RE, c.header)) and not _says(CUMULATIVE_HEADER_RE, c.header)}
    last_month = max(months.values()) if len(set(months.values())) > 1 else None
    out = []
    for c in columns:
        y = years.get(c.index)
        earlier = (y is not None and latest is not None and y < latest and y not in reported) or (
            last_month is not None and months.get(c.index, last_month) < last_month)
        out.append(Column(c.index, "baseline", c.header, c.parts) if earlier else c)
    return out


def _figure(text: str, unit: str | None, location: str) -> Figure | None:
    token = NUMBER_RE.search(text)
    if token is None:
        return None
    try:
        reading = read_number(token.group())
    except ValueError:
        return None
    percent = "%" in text[token.end():]
    value, unusual = reading_for_unit(reading, "%" if percent else unit)
    warning = None
    if unusual:
        warning = DocWarning(
            code=WarningCode.NUMBER_FORMAT,
            message=(f"Số «{reading.text}» trong bảng được đọc là {vi_number(value)}; "
                     "đề nghị kiểm tra lại cách viết số."),
            location=location,
        )
    if re.fullmatch(r"\s*[-−–]\s*", text[: token.start()]):  # "-300" in a "Mức tăng (giảm)" column
        value = -value
    return Figure(value, comparator_before(text[: token.start()]), percent, warning)


@dataclass(frozen=True)
class TableContext:
    is_report: bool
    section: str | None
    period: str | None
    year: int | None
    location: str
    unit: str | None = None  # "Đơn vị tính: triệu đồng" above the table
    role: FigureRole | None = None  # "requirement" in a purpose / task section: no chỉ tiêu there
    kind: str = "khac"  # the document's kind: what a bare statistical figure is (a report's result ...)
    ocr: bool = False  # the table was read from a scan: a cell must be a clean figure, not OCR noise


def _finish(name: str, unit: str | None, figures: dict[str, Figure], row_text: str, code: str | None,
            period: str | None, ctx: TableContext) -> Indicator | None:
    target = figures.get("target")
    value = figures.get("value")
    ratio = figures.get("ratio")
    if not any(c.isalpha() for c in name) or not (target or value or ratio):
        return None
    if unit is None and any(f.percent for f in (target, value) if f):
        unit = "%"
    stated = next((f.comparator for f in (target, value) if f and f.comparator), None)
    direction = direction_of(name, "", stated)
    comparator = stated
    if comparator is None and target and not value and not ctx.is_report:
        comparator = {"increase": ">=", "decrease": "<="}.get(direction)
    warnings = [f.warning for f in figures.values() if f.warning]
    if value and target and ratio:
        if (w := ratio_mismatch(value.value, target.value, ratio.value, ctx.location)) is not None:
            warnings.append(w)
    return Indicator(
        code=code, name=name, unit=unit, comparator=comparator, direction=direction,
        value=value.value if value else None, target=target.value if target else None,
        ratio=ratio.value if ratio else None, period=complete_period(period, ctx.year),
        section=ctx.section, text=row_text, warnings=tuple(warnings),
    )


def _is_figure_cell(text: str, ocr: bool = False) -> bool:
    """"120,5", "≥ 95%", "15.850 người": a cell that states a figure; "1. Lương thực 148,69" or a sentence does not.

    In a scan the cell must be nothing but the figure: "1.006,2j", "5879[", "36/7" are OCR noise, not figures.
    """
    return (len(text) <= _MAX_FIGURE_CELL and NUMBER_RE.search(mask_non_figures(text)) is not None
            and sum(c.isalpha() for c in text) <= _MAX_FIGURE_CELL_LETTERS
            and (not ocr or OCR_FIGURE_CELL_RE.match(text.strip()) is not None))


def _column_role(column: Column) -> FigureRole:
    """The role of a figure in a column that states no chỉ tiêu: an earlier period's level, a change on it, a fact."""
    if column.role == "baseline":
        return "baseline"
    if column.role == "ignore":
        return "change" if CHANGE_HEADER_RE.search(column.header) else "baseline"
    return "change" if CHANGE_COLUMN_RE.search(column.header) else "fact"  # "Mức tăng (giảm)"


def _cell_figures(texts: list[str], columns: list[Column], skip: set[str], name: str, unit: str | None,
                  row_text: str, period: str | None, ctx: TableContext, role: FigureRole | None = None) -> list:
    """The figures of a row's cells outside the columns `skip` (those of its chỉ tiêu)."""
    out = []
    for c in columns:
        if c.role in skip or c.role in ("stt", "name", "unit", "label") or c.index >= len(texts):
            continue
        text = texts[c.index]
        if not _is_figure_cell(text, ctx.ocr) or (figure := _figure(text, unit, ctx.location)) is None:
            continue
        head = HEADER_UNIT_RE.match(c.header)
        cell_unit = "%" if figure.percent else (canonical_unit(head.group("unit")) if head else unit)
        out.append(CellFigure(
            name=name or clean_label(c.header) or None, value=figure.value, unit=cell_unit,
            role=role or _column_role(c), comparator=figure.comparator, period=complete_period(period, ctx.year),
            section=ctx.section, text=row_text))
    return out


def _indicator_figure(ind: Indicator, ctx: TableContext) -> CellFigure:
    role: FigureRole = "result" if ind.value is not None or (ind.target is None and ctx.is_report) else "target"
    return indicator_to_figure(ind, ctx.role or role)


def _code(texts: list[str], columns: list[Column]) -> str | None:
    stt = next((texts[c.index] for c in columns if c.role == "stt" and c.index < len(texts)), "")
    return stt if stt.startswith("(") and stt.endswith(")") else None


def _column_period(column: Column) -> str | None:
    """The period a column's header names: "Lũy kế 10 tháng năm 2024", else its bare year ("Thực hiện 2019")."""
    return period_in(column.header) or (f"năm {y}" if (y := _header_year(column)) else None)


def _period(columns: list[Column], ctx: TableContext) -> str | None:
    return next((p for p in (_column_period(c) for c in columns if c.role in _FIGURE_ROLES) if p), ctx.period)


def _list_rows(data: list[list[str]], columns: list[Column], ctx: TableContext) -> Measures:
    """A table with a name column: one indicator per data row; other figure cells are figures of their own."""
    name_col = next(c for c in columns if c.role == "name")
    unit_col = next((c for c in columns if c.role == "unit"), None)
    columns = _ratio_by_figures(data, columns, ctx)
    out = Measures([], [])
    for texts in data:
        stt = next((texts[c.index] for c in columns if c.role == "stt" and c.index < len(texts)), "")
        name = clean_label(texts[name_col.index]) if name_col.index < len(texts) else ""
        row_text = " | ".join(t for t in texts if t)
        unit = canonical_unit(texts[unit_col.index]) if unit_col and unit_col.index < len(texts) else None
        unit = unit or _header_unit(columns, ctx)
        period = _period(columns, ctx)
        if GROUP_STT_RE.match(stt) or TOTAL_ROW_RE.match(name):
            out.figures.extend(_cell_figures(texts, columns, set(), name, unit, row_text, period, ctx, "fact"))
            continue
        figures = {}
        for c in columns:
            if c.role in _FIGURE_ROLES and c.index < len(texts) and c.role not in figures:
                if not _is_figure_cell(texts[c.index], ctx.ocr):
                    continue  # "Thời gian 30 ngày nhận Phiếu ...", "Quyết định, danh sách": no figure
                if (f := _figure(texts[c.index], "%" if c.role == "ratio" else unit, ctx.location)) is not None:
                    figures[c.role] = f
        if ctx.kind == "quyet_dinh" and "value" not in figures and unit_kind(unit) == "money" and figures:
            # money a decision allots ("Dự toán", "Kinh phí"): a budget, not a chỉ tiêu
            out.figures.extend(_cell_figures(texts, columns, set(), name, unit, row_text, period, ctx, "specification"))
            continue
        ind = _finish(name, unit, figures, row_text, _code(texts, columns), period, ctx)
        if ind is None and not figures and ctx.is_report and ctx.role is None:
            ind = _words_row(name, texts, columns, row_text, period, ctx)  # "Không xảy ra | Đạt"
        if ind is not None:
            if ctx.role is None:
                out.indicators.append(ind)
            out.figures.append(_indicator_figure(ind, ctx))
        skip = set(_FIGURE_ROLES) if ind is not None else set()
        out.figures.extend(_cell_figures(texts, columns, skip, name, unit, row_text, period, ctx))
    return out


def _ratio_by_figures(data: list[list[str]], columns: list[Column], ctx: TableContext) -> list[Column]:
    """"Kế hoạch | Thực hiện | Đánh giá" with no column named a ratio: the column whose figures are the actual over
    the plan, in %, on every row, is the ratio."""
    plan = next((c for c in columns if c.role == "target"), None)
    actual = next((c for c in columns if c.role == "value"), None)
    if plan is None or actual is None or any(c.role == "ratio" for c in columns):
        return columns
    rows = [{c.index: (f, None) for c in columns if c.index < len(t) and _is_figure_cell(t[c.index], ctx.ocr)
             and (f := _figure(t[c.index], None, ctx.location)) is not None} for t in data]
    others = [c for c in columns if c.role in ("other", "ignore", "target", "value")]
    done = _done_column(rows, others, plan, actual)
    return [Column(c.index, "ratio", c.header, c.parts) if c is done else c for c in columns]


def _words_row(name: str, texts: list[str], columns: list[Column], row_text: str, period: str | None,
               ctx: TableContext) -> Indicator | None:
    """A report's row whose result cell is words ("Không xảy ra", "Đã hoàn thành") beside its own "Đạt"."""
    def cells(roles: tuple[str, ...], keep: bool) -> str:
        return " ".join(texts[c.index] for c in columns if c.index < len(texts) and (c.role in roles) == keep)

    verdict = cells(("stt", "name", "unit", *_FIGURE_ROLES), keep=False)
    return outcome_row(name, cells(("value",), keep=True), verdict, row_text, ctx.section, period, ctx.year)


def _header_unit(columns: list[Column], ctx: TableContext) -> str | None:
    """The unit the figure columns' headers state ("Diện tích (ha)"), else the table's caption's."""
    units = {canonical_unit(h.group("unit")) for c in columns if c.role in _FIGURE_ROLES
             and (h := HEADER_UNIT_RE.match(c.header)) and not COLUMN_NUMBER_RE.match(h.group("unit"))}
    return units.pop() if len(units) == 1 else ctx.unit


def _matrix_rows(data: list[list[str]], columns: list[Column], ctx: TableContext) -> Measures:
    """A table whose columns are indicators and rows are units: one indicator per row and figure column."""
    label_col = next(c for c in columns if c.role == "label")
    role = "value" if ctx.is_report else "target"
    out = Measures([], [])
    for texts in data:
        label = texts[label_col.index] if label_col.index < len(texts) else ""
        row_text = " | ".join(t for t in texts if t)
        if not label or TOTAL_ROW_RE.match(label):
            out.figures.extend(_cell_figures(texts, columns, set(), label, None, row_text, ctx.period, ctx, "fact"))
            continue
        for c in columns:
            if c.role in ("stt", "label", "unit", "name") or c.index >= len(texts):
                continue
            head = HEADER_UNIT_RE.match(c.header)
            name, unit = (head.group("name"), canonical_unit(head.group("unit"))) if head else (c.header, ctx.unit)
            figure = _figure(texts[c.index], unit, ctx.location) if _is_figure_cell(texts[c.index], ctx.ocr) else None
            if figure is None or not name:
                continue
            full_name = f"{clean_label(name)} ({label[:1].lower() + label[1:]})"
            period = period_in(c.header) or ctx.period
            if c.role not in ("other", "target", "value"):
                out.figures.extend(_cell_figures(texts, [c], set(), full_name, unit, row_text, period, ctx))
            elif (ind := _finish(full_name, unit, {role: figure}, row_text, None, period, ctx)):
                if ctx.role is None:
                    out.indicators.append(ind)
                out.figures.append(_indicator_figure(ind, ctx))
    return out


def _is_figure_column(data: list[list[str]], column: Column, ocr: bool = False) -> bool:
    cells = [t[column.index] for t in data if column.index < len(t) and t[column.index] not in ("", "-")]
    return bool(cells) and sum(_is_figure_cell(t, ocr) for t in cells) * 2 >= len(cells)


def _is_unit_cell(text: str) -> bool:
    """"Tỷ.đ", "tấn", "%", '"' (ditto), "10³ chiếc": a cell that states only the row's unit."""
    return bool(DITTO_RE.match(text) or unit_kind(text) or SCALED_UNIT_RE.match(text.strip()))


def _unit_column_by_cells(data: list[list[str]], columns: list[Column]) -> list[Column]:
    """A column of units whose header did not say so (a scan's "ĐVT" lost to OCR) is the unit column."""
    if any(c.role == "unit" for c in columns):
        return columns
    for c in columns:
        if c.role in ("stt", "name", "label"):
            continue
        cells = [t[c.index].strip() for t in data if c.index < len(t) and t[c.index].strip()]
        units = sum(_is_unit_cell(t) for t in cells)
        if units >= _MIN_UNIT_CELLS and units >= _UNIT_CELL_SHARE * len(cells):
            return [Column(x.index, "unit", x.header, x.parts) if x is c else x for x in columns]
    return columns


def _decimal_column(data: list[list[str]], column: Column) -> bool:
    """Most figures of the column are written with a decimal part ("633,0", "1.348,0")."""
    cells = [t[column.index] for t in data if column.index < len(t) and NUMBER_RE.search(t[column.index])]
    return len(cells) >= _MIN_UNIT_CELLS and sum(bool(DECIMAL_CELL_RE.search(t)) for t in cells) * 3 >= 2 * len(cells)


def _row_label(texts: list[str], columns: list[Column], figure_columns: list[Column]) -> str:
    """The row's label: its name or label column, else its first cell with words ("Tổng" spanning two columns)."""
    skip = {c.index for c in figure_columns} | {c.index for c in columns if c.role == "unit"}
    named = [c.index for c in columns if c.role in ("name", "label") and c.index < len(texts) and texts[c.index]]
    candidates = named + [j for j, t in enumerate(texts) if j not in skip and any(ch.isalpha() for ch in t)]
    return clean_label(texts[candidates[0]]) if candidates else ""


def _statistical_role(column: Column, unit: str | None, ctx: TableContext) -> FigureRole:
    """A statistical table's figure: a report's result, a plan's target, a decision's amount (a specification).

    Only the document's kind tells: a table of scores in a decision's appendix states no result.
    """
    if column.role in ("baseline", "ignore"):
        return _column_role(column)
    if column.role == "ratio" and (COMPARISON_HEADER_RE.search(column.header)
                                   or PLAN_SHARE_HEADER_RE.search(column.header)):
        return "ratio"  # "So sánh | 7=3/2": a comparison of two other columns, not a measure ("Tỷ lệ %" is one)
    if ctx.kind == "quyet_dinh" and column.role == "target" and unit_kind(unit) == "money":
        return "specification"  # money a decision allots ("Dự toán được giao"): a budget, not a chỉ tiêu
    if column.role == "target" or (column.role != "value" and ctx.kind == "ke_hoach"):
        return "target"
    if ctx.kind == "bao_cao" or column.role == "value":
        return "result"
    return "specification" if ctx.kind == "quyet_dinh" or unit_kind(unit) == "money" else "fact"


def _column_unit(column: Column, ctx: TableContext) -> str | None:
    """"Thu ngân sách (triệu đồng)", "SL tập thể", "Số cá nhân": the unit a column's header states."""
    for part in (column.header, *reversed(column.parts)):  # "Chỉ số giá tháng 7 năm 2024 (%)" over the column
        head = HEADER_UNIT_RE.match(part)
        if head and not COLUMN_NUMBER_RE.match(head.group("unit")) and unit_kind(head.group("unit")):
            return canonical_unit(head.group("unit"))
    for part in (column.header, *reversed(column.parts)):
        inner = [u for m in INNER_UNIT_RE.finditer(part) if unit_kind(u := m.group("unit"))]
        if len(inner) == 1:
            return canonical_unit(inner[0])
    lowest = column.parts[-1] if column.parts else column.header
    if PERCENT_HEADER_RE.match(lowest):
        return "%"  # "Tỷ lệ % trích quỹ TĐKT trên tổng số chi ngân sách" under a caption "Đơn vị: triệu đồng"
    return header_count_noun(lowest) or ctx.unit


def _row_noun(columns: list[Column]) -> str | None:
    """"Tên cơ sở" over the rows' names: the rows are "cơ sở", and a bare count in a row's cells counts them."""
    for c in columns:
        if c.role in ("name", "label") and (found := ROW_NAME_HEADER_RE.match(c.header.strip())):
            return header_count_noun("Số " + found.group("noun"))
    return None


def _statistical_rows(data: list[list[str]], columns: list[Column], ctx: TableContext) -> Measures:
    """A table whose columns say no chỉ tiêu role: a statistical form, a per-unit matrix, a price list.

    The figure columns are those whose cells are figures; each row's label names it ("TYT PM Bắc", "Cộng");
    with one figure column a row is one measure, with several each cell is "<column header> (<row label>)".
    A report's cells are results, a plan's targets, a decision's amounts specifications.
    """
    out = Measures([], [])
    columns = _unit_column_by_cells(data, columns)
    figure_columns = [c for c in columns if c.role not in ("stt", "name", "label", "unit")
                      and _is_figure_column(data, c, ctx.ocr)]
    if not figure_columns:
        return out
    unit_col = next((c for c in columns if c.role == "unit"), None)
    # a title row merged over the whole table ("Biểu mẫu số 05 ... Đơn vị: Triệu đồng") names no column
    spanning = {p for p in figure_columns[0].parts if all(p in c.parts for c in columns)}
    previous_unit = None
    row_noun = _row_noun(columns)
    lost_decimals = {c.index for c in figure_columns if _decimal_column(data, c)}
    labels, texts_of, cells_of = [], [], []
    for texts in data:
        labels.append(_row_label(texts, columns, figure_columns))
        row_unit = texts[unit_col.index].strip() if unit_col and unit_col.index < len(texts) else ""
        row_unit = previous_unit if DITTO_RE.match(row_unit) else canonical_unit(row_unit)
        previous_unit = row_unit
        cells: dict[int, tuple[Figure, str | None]] = {}
        for c in figure_columns:
            text = texts[c.index] if c.index < len(texts) else ""
            if not _is_figure_cell(text, ctx.ocr) or (ctx.ocr and c.index in lost_decimals
                                                     and not DECIMAL_CELL_RE.search(text)):
                continue  # "6330" in a scan's column of "6.780,0", "1.348,0": OCR dropped the comma
            unit = row_unit or _column_unit(c, ctx)
            if c.role in ("ratio", "ignore") and ("%" in c.header or COMPARISON_HEADER_RE.search(c.header)):
                unit = "%"  # "So cùng kỳ", "So sánh (%)": a share, whatever the row's unit
            if (figure := _figure(text, unit, ctx.location)) is None:
                continue
            if unit is None and not figure.percent and figure.value.is_integer():
                unit = row_noun  # "Tên cơ sở | Tỉnh quản lý | Đã ký cam kết": counts of cơ sở
            cells[c.index] = figure, "%" if figure.percent else unit
        texts_of.append(texts)
        cells_of.append(cells)
    pairs = _pairs(cells_of, figure_columns, spanning, ctx)
    for label, texts, cells in zip(labels, texts_of, cells_of):
        row_text = " | ".join(t for t in texts if t)
        paired = {actual.index: (plan, done) for plan, actual, done in pairs
                  if plan.index in cells and actual.index in cells}
        joined = {c.index for plan, done in paired.values() for c in (plan, done) if c is not None}
        for c in figure_columns:
            if c.index not in cells or c.index in joined:
                continue  # the plan's figure and "% so KH" go with the actual's ("Kế hoạch | ... | 10 tháng | % KH")
            figure, unit = cells[c.index]
            header = " - ".join(clean_label(p) for p in c.parts if p and p not in spanning) or clean_label(c.header)
            name = f"{header} ({label})" if len(figure_columns) > 1 or not label else label
            role = ctx.role or _statistical_role(c, unit, ctx)
            period = complete_period(_column_period(c) or ctx.period, ctx.year)
            # a measure is named by its column and its row: " (Kế hoạch)" or "Hàng thủy sản ()" names nothing
            readable = READABLE_NAME_RE.search(header) and (len(figure_columns) == 1 or READABLE_NAME_RE.search(label))
            if role in ("result", "target") and readable and any(ch.isalpha() for ch in name):
                fields = {"value" if role == "result" else "target": figure.value}
                if c.index in paired:
                    plan, done = paired[c.index]
                    fields["target"] = cells[plan.index][0].value
                    if done is not None and done.index in cells:
                        fields["ratio"] = cells[done.index][0].value
                ind = Indicator(name=name, unit=unit, comparator=figure.comparator, period=period,
                                section=ctx.section, text=row_text, direction=direction_of(name, "", None),
                                warnings=(figure.warning,) if figure.warning else (), **fields)
                out.indicators.append(ind)
                out.figures.append(indicator_to_figure(ind, role))
            else:
                out.figures.append(CellFigure(name=name or None, value=figure.value, unit=unit, role=role,
                                              comparator=figure.comparator, period=period, section=ctx.section,
                                              text=row_text))
    return out


def _results_beside_plan(data: list[list[str]], columns: list[Column], ctx: TableContext) -> bool:
    """A report's table with a plan column and, past it, two figure columns of no role (the months done)."""
    plan = next(c for c in columns if c.role == "target")
    return sum(c.index > plan.index and c.role == "other" and _is_figure_column(data, c, ctx.ocr)
               for c in columns) >= 2


def _one_measure_per_cell(data: list[list[str]], columns: list[Column], ctx: TableContext) -> bool:
    """A form whose row states more than one result or more than one target ("Thực hiện tháng 10 | Lũy kế 10
    tháng", "Kế hoạch 2024 | Thực hiện 2024 | Mục tiêu 2025", "KH 2025 | KH 2026"): each cell is a measure."""
    figures = [c for c in columns if c.role in ("value", "target") and _is_figure_column(data, c, ctx.ocr)]
    values = sum(c.role == "value" for c in figures)
    return values >= 2 or len(figures) - values >= 2


def _plan_and_actual(figure_columns: list[Column], ctx: TableContext) -> tuple[Column | None, Column | None]:
    """A report's plan-vs-actual form: "Kế hoạch năm | Tháng 9 | Tháng 10 | 10 tháng | Năm 2011 ... | So sánh".

    The actual is the period to date ("Lũy kế", "Cộng dồn", "10 tháng"), else the last result column; its plan is
    the last plan column before it ("KH 2024 | Thực hiện 2024 | Mục tiêu 2025": not the next year's target). The
    other result columns stay results of their own, earlier periods baselines."""
    if ctx.role is not None or not (ctx.is_report or ctx.kind == "bao_cao"):
        return None, None
    plans = [c for c in figure_columns if c.role == "target"]
    results = [c for c in figure_columns if c.role not in ("ratio", "target")
               and _statistical_role(c, None, ctx) == "result"]
    results = [c for c in results if c.role == "value"] or results  # "Thực hiện" over a column of no role
    if not plans or not results:
        return None, None
    cumulative = [c for c in results if _says(CUMULATIVE_HEADER_RE, c.header)]
    actual = cumulative[-1] if cumulative else results[-1]
    before = [c for c in plans if c.index < actual.index]
    return (before[-1] if before else plans[0]), actual


def _pairs(cells_of: list[dict[int, tuple[Figure, str | None]]], figure_columns: list[Column], spanning: set[str],
           ctx: TableContext) -> list[tuple[Column, Column, Column | None]]:
    """The (plan, actual, share done) column triples of a form. Measures as column groups under their own header
    ("Hộ nghèo" over "KH | TH | %", "BHYT" over "KH | TH | %") pair within each group; else the whole table is one
    group."""
    def group(c: Column) -> tuple[str, ...]:
        return tuple(p for p in c.parts[:-1] if p not in spanning)

    groups: dict[tuple[str, ...], list[Column]] = {}
    for c in figure_columns:
        groups.setdefault(group(c), []).append(c)
    sets = list(groups.values()) if sum(
        {"target", "value"} <= {c.role for c in g} for g in groups.values()) > 1 else [figure_columns]
    out = []
    for columns in sets:
        plan, actual = _plan_and_actual(columns, ctx)
        if plan is not None and actual is not None:
            out.append((plan, actual, _done_column(cells_of, columns, plan, actual)))
    return out


def _agrees(ratio: float, value: float, target: float) -> bool:
    return target != 0 and abs(ratio - value / target * 100) <= max(0.6, 0.01 * abs(ratio))


def _done_column(rows: list[dict[int, tuple[Figure, str | None]]], figure_columns: list[Column],
                 plan: Column, actual: Column) -> Column | None:
    """The column of the share of the plan done: "% so KH", "TH/KH", "So sánh (%)" over "KH"; else the one column
    whose figures are the actual over the plan, in %, on every row that states the three ("Tỷ lệ (%)",
    "Ghi chú/ Đánh giá" holding "95,24 %")."""
    named = next((c for c in figure_columns if c.role == "ratio" and _says(PLAN_SHARE_HEADER_RE, c.header)), None)
    if named is not None:
        return named
    for c in figure_columns:
        if c in (plan, actual) or c.role in ("target", "value"):
            continue
        checked = [_agrees(r[c.index][0].value, r[actual.index][0].value, r[plan.index][0].value)
                   for r in rows if {c.index, plan.index, actual.index} <= r.keys()
                   and r[plan.index][0].value and r[actual.index][0].value]
        if checked and all(checked):
            return c
    return None


def table_to_measures(block: Block, context: Paragraph | None, is_report: bool,
                      caption_unit: str | None = None, kind: str = "khac") -> Measures:
    """Indicators and figures in one table block; a layout table (header, signature) gives none.

    `caption_unit` is the unit a line above the table states ("Đơn vị tính: triệu đồng"). In a purpose, task or
    organisation section the table's figures are requirements, not chỉ tiêu.
    """
    rows = block.rows
    headers, first_data = _header_rows(rows)
    if not headers or first_data >= len(rows):
        return Measures([], [])
    ctx_year = context.year if context else None
    columns = _earlier_columns(_columns(headers), ctx_year, is_report)
    if len(columns) > 2 and all(len(r.cells) == 1 for r in rows[:first_data]):
        # header rows merged over the whole table (a PDF table drawn without column rules) name all its columns
        # together and give none a role of its own
        columns = [Column(c.index, "other", c.header, c.parts) for c in columns]
    roles = {c.role for c in columns}
    ctx = TableContext(
        is_report=is_report,
        section=context.section if context else None,
        period=context.period if context else None,
        year=context.year if context else None,
        location=str(block.location),
        unit=caption_unit,
        kind=kind,
        ocr=block.ocr,
        role={"excluded": "requirement", "baseline": "baseline"}.get(context.zone) if context is not None else None,
    )
    data = [_grid(row, repeat=False) for row in rows[first_data:]]
    if "name" in roles and roles & set(_FIGURE_ROLES):
        if ctx.kind == "bao_cao" and "value" not in roles and "target" in roles and _results_beside_plan(data, columns, ctx):
            return _statistical_rows(data, columns, ctx)  # "Chỉ tiêu | Kế hoạch | Tháng 10 | 10 tháng": an annex
        if _one_measure_per_cell(data, columns, ctx):
            return _statistical_rows(data, columns, ctx)  # "Kế hoạch năm | Thực hiện tháng | Lũy kế | % so KH"
        return _list_rows(data, columns, ctx)
    if "label" in roles and "name" not in roles:
        if ctx.is_report and {"target", "value"} <= roles:
            return _statistical_rows(data, columns, ctx)  # "Đơn vị | Kế hoạch giao | Thực hiện | Tỷ lệ (%)"
        return _matrix_rows(data, columns, ctx)
    return _statistical_rows(data, columns, ctx)


def _width(rows: tuple[Row, ...]) -> int:
    return max((sum(c.span for c in r.cells) for r in rows), default=0)


def _starts_headless(rows: tuple[Row, ...], width: int) -> tuple[Row, ...] | None:
    """The rows of a table that starts without a header, past a title line merged over it: its first row numbers
    the columns ("A | B | C | 1 | 2 | 3=2/1") or states figures. None when it has a header of its own."""
    body = list(rows)
    while body and len(body[0].cells) == 1 and body[0].cells[0].span == width and not _has_figure(
            ["", body[0].cells[0].text]):
        body.pop(0)
    if not body:
        return None
    texts = _grid(body[0], repeat=False)
    numbered = all(COLUMN_NUMBER_RE.match(t) for t in texts if t) and sum(bool(t) for t in texts) >= 3
    figures = sum(_is_figure_cell(t) for t in texts[1:] if t)
    return tuple(body) if numbered or figures >= 2 else None


def continue_tables(tables: list[tuple[int, Block, Paragraph | None]], gap: int = 3) -> list[tuple[int, Block, Paragraph | None]]:
    """A table that goes on from the one before it (the next page of a form: no header, or only the row numbering
    the columns, the same number of columns) gets that table's header rows, so its columns keep their roles."""
    out: list[tuple[int, Block, Paragraph | None]] = []
    for k, (i, block, ctx) in enumerate(tables):
        previous = out[-1] if out else None
        if previous is not None and i - previous[0] <= gap + 1:
            header, first = _header_rows(previous[1].rows)
            width = _width(block.rows)
            body = _starts_headless(block.rows, width) if header and width == _width(previous[1].rows) else None
            named = header and any(c.role in _FIGURE_ROLES for c in _columns(header))
            if body is not None and named:
                head = previous[1].rows[:first]
                if all(COLUMN_NUMBER_RE.match(t) for t in _grid(body[0], repeat=False) if t):
                    head = tuple(r for r in head if not all(COLUMN_NUMBER_RE.match(t) for t in _grid(r, True) if t))
                block = block.model_copy(update={"rows": (*head, *body)})
        out.append((i, block, ctx))
    return out


def table_to_indicators(block: Block, context: Paragraph | None, is_report: bool) -> list[Indicator]:
    """Indicators in one table block; a layout table (header, signature) or a list of units gives none."""
    return table_to_measures(block, context, is_report).indicators
