"""Task tables -> task rows: columns "Nhiệm vụ" / "Đơn vị chủ trì" / "Đơn vị phối hợp" / "Thời gian hoàn thành".

A unit table without a task column ("STT | Đơn vị | Chỉ tiêu theo dõi, báo cáo", seed-based plan V.3) gives
each unit the task named by the other column's header and the row's cell: "Theo dõi, báo cáo chỉ tiêu (1), (2)".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extractors.blocks import Block, BlockKind, Document
from extractors.patterns.actors import UNIT_HEAD_RE
from extractors.patterns.dates import deadline_cue, find_periods, last_day_before
from extractors.patterns.phrases import phrase_key
from extractors.patterns.indicators import GROUP_STT_RE, unmarked
from extractors.patterns.structure import parse_label
from extractors.patterns.tasks import (
    BARE_MONTH_RE, BARE_QUARTER_RE, COMMUNE_RE, COMPLETION_HEADER_RE, ROW_NUMBER_RE, TASK_COLUMNS, TASK_COLUMNS_GLUED, TASK_COLUMNS_UNMARKED,
    TASK_HEADER_WORDS,
)

_MAX_HEADER_WORDS = 8
_HEADER_SEARCH = 3  # rows: a title row merged over the table may stand above the header
_MAX_NAME_WORDS = 15  # a body's name, not a sentence


@dataclass(frozen=True)
class TaskRow:
    task: str
    lead: str | None
    support: str | None
    due: dt.date | None
    precision: str | None
    text: str  # the row, cells joined with " | "
    time_text: str | None


def _roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = phrase_key(cell)
        glued = key.replace(" ", "")  # OCR glues words: "Chỉtiêu theo dõi báocáo"
        for role, rx in TASK_COLUMNS:
            if role not in roles and (rx.search(key) or TASK_COLUMNS_GLUED[role].search(glued)
                                      or TASK_COLUMNS_UNMARKED[role].search(unmarked(key))):
                roles[role] = i
                break
    return roles


def _time_columns(header: list[str], roles: dict[str, int]) -> list[int]:
    """Every time column, the role's first: "Thời gian tổ chức lựa chọn nhà thầu" (a duration, "5 ngày") stands
    before "Thời gian bắt đầu ..." ("Quý I/2025")."""
    if "time" not in roles:
        return []
    rx = dict(TASK_COLUMNS)["time"]
    others = [i for i, cell in enumerate(header) if i != roles["time"] and i not in roles.values()
              and rx.search(phrase_key(cell))]
    columns = [roles["time"], *others]
    # "Thời gian" over "Bắt đầu | Hoàn thành": the completion column is the limit
    return sorted(columns, key=lambda i: not COMPLETION_HEADER_RE.search(phrase_key(header[i])))


def _due(cell: str, year: int | None) -> tuple[dt.date | None, str | None]:
    """The last day a time cell allows; in a time column a bare "12/2024" is a month."""
    periods = find_periods(cell, year) or find_periods(BARE_MONTH_RE.sub(r"tháng \g<m>/\g<y>", cell), year)
    if not periods and year is not None:  # "Quý II" in a time column: of the document's year
        periods = find_periods(BARE_QUARTER_RE.sub(rf"\g<q>/{year}", cell), year)
    if not periods:
        return None, None
    period = periods[-1]
    due = last_day_before(period) if deadline_cue(cell, period) == "trước" else period.due
    return due, period.precision


def _task(cells: list[str], roles: dict[str, int], header: list[str]) -> str:
    words = tuple(unmarked(w) for w in TASK_HEADER_WORDS)
    if (task := cells[roles["task"]].strip()) and unmarked(header[roles["task"]].lower()).startswith(words):
        return task
    return f"{header[roles['task']].strip()} {task}".strip()  # "Chỉ tiêu theo dõi, báo cáo" + "(1), (2)"


def header_above(doc: Document, index: int) -> list[str] | None:
    """Header cells OCR split off a table into the short lines just above it ("| STT |", "Đơn vị", ...)."""
    block = doc.blocks[index]
    width = len(block.rows[0].cells) if block.rows else 0
    above = doc.blocks[max(0, index - width): index]
    texts = [" ".join(b.text.strip(" |").split()) for b in above]
    if width < 2 or len(above) != width or any(b.kind == BlockKind.TABLE for b in above):
        return None
    return texts if all(t and len(t.split()) <= _MAX_HEADER_WORDS for t in texts) else None


def _grid(row, repeat: bool) -> list[str]:
    """A row's texts, one per grid column: a merged header cell names every column under it, a merged body cell
    fills the first."""
    out: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        out += [text] * cell.span if repeat else [text] + [""] * (cell.span - 1)
    return out


def _header_at(rows: tuple, above: list[str] | None) -> tuple[list[str], int, dict[str, int]]:
    """The header row (the first of the first rows that names a unit or a task column and a time or task
    column: a title merged over the table may stand above it), the index of the first body row, its roles. A
    header cell merged over two columns ("Thời gian" over "Bắt đầu | Hoàn thành") joins the row below it."""
    for i, row in enumerate(rows[:_HEADER_SEARCH]):
        header = _grid(row, repeat=True)
        roles = _roles(header)
        if len(set(header)) > 1 and len({"lead", "task", "time"} & roles.keys()) >= 2:
            below = _grid(rows[i + 1], repeat=True) if i + 1 < len(rows) else []
            if any(c.span > 1 for c in row.cells) and len(below) == len(header) and _is_subheader(below):
                header = [f"{h} {b}" if b and b != h else h for h, b in zip(header, below)]
                return header, i + 2, _roles(header)
            return header, i + 1, roles
    header = [" ".join(c.split()) for c in rows[0].texts]
    roles = _roles(header)
    if above and "lead" not in roles and len(above) == len(header):
        return above, 0, _roles(above)
    return header, 1, roles


def _is_subheader(texts: list[str]) -> bool:
    """"Bắt đầu | Hoàn thành" under a merged "Thời gian": short words, no figure, no date."""
    filled = [t for t in texts if t]
    return bool(filled) and all(len(t.split()) <= _MAX_HEADER_WORDS and not any(ch.isdigit() for ch in t)
                                for t in filled)


def _names_a_body(text: str) -> bool:
    """"Sở Tài chính", "Xã Tân Hòa", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh": a unit's name, by its usual head or
    by its shape (capitalised words, no figure, not a sentence)."""
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or text.rstrip().endswith((".", ":")):
        return False  # a sentence ("Tổ chức hội nghị tổng kết ... trong năm."), not a name
    if UNIT_HEAD_RE.match(text.lower()) or COMMUNE_RE.match(text):
        return True
    return (text[:1].isupper() and not any(ch.isdigit() for ch in text)
            and sum(w[:1].isupper() for w in words) * 2 >= len(words))


def _group_unit(texts: list[str], times: list[int], spanning: bool) -> str | None:
    """A row that only names a unit over its tasks ("II. UBND các huyện, thị xã" merged over the table, or "I |
    Sở Kế hoạch và Đầu tư" with no task time): the unit of the rows below it."""
    cells = [" ".join(x.split()) for x in texts]
    if not spanning and (len(cells) <= max(times, default=0) or any(cells[j] for j in times)):
        return None
    filled = list(dict.fromkeys(t for t in cells if t))
    if len(filled) == 2 and (ROW_NUMBER_RE.match(filled[0]) or GROUP_STT_RE.match(filled[0])):
        filled = filled[1:]  # "I | Sở Kế hoạch và Đầu tư"
    if len(filled) != 1:
        return None
    label = parse_label(filled[0])
    name = label.rest.strip() if label else filled[0]
    return name if _names_a_body(name) else None


def table_to_tasks(block: Block, year: int | None, above: list[str] | None = None) -> list[TaskRow]:
    """The rows of a task table, or [] when the block is not one (it needs a unit column, or rows naming the units
    over their tasks, and a task or time column). `above`: header cells found above the table (see
    `header_above`), used when its first row is data. A unit cell merged down over several rows ("Sở Tài chính"
    for three tasks) reaches us as one filled cell over empty ones: the rows below keep the unit."""
    if block.kind != BlockKind.TABLE or not block.rows:
        return []
    header, first, roles = _header_at(block.rows, above)
    body = block.rows[first:] if first else block.rows
    if not body or not ({"task", "time"} & roles.keys()) or ("lead" not in roles and "time" not in roles):
        return []
    times = _time_columns(header, roles) or ([roles["time"]] if "time" in roles else [])
    rows: list[TaskRow] = []
    group: str | None = None  # the unit a row merged over the table names
    last: str | None = None  # the last unit cell filled
    for row in body:
        texts = _grid(row, repeat=False)
        spanning = any(c.span > 1 for c in row.cells) and sum(bool(t) for t in texts) == 1
        if (spanning or "lead" not in roles) and (unit := _group_unit(texts, times, spanning)) is not None:
            group, last = unit, None
            continue
        if "lead" in roles and len(texts) == len(header):
            if texts[roles["lead"]].strip():
                last = " ".join(texts[roles["lead"]].split())
            elif (last or group) and any(texts[j].strip() for j in times):
                texts[roles["lead"]] = last or group  # the unit cell merged down over this row
        if (r := _row(texts, header, roles, year, times, group)) is not None:
            rows.append(r)
    units = sum(bool(r.lead and _names_a_body(r.lead)) for r in rows)
    return rows if units * 2 >= len(rows) else []  # a unit column names units


def _row(texts: list[str], header: list[str], roles: dict[str, int], year: int | None,
         times: list[int], group: str | None = None) -> TaskRow | None:
    cells = [" ".join(c.split()) for c in texts]
    lead = cells[roles["lead"]] if "lead" in roles and len(cells) == len(header) else group
    if len(cells) != len(header) or not lead or ROW_NUMBER_RE.match(lead):
        return None
    time_text, due, precision = None, None, None
    for j in times:  # the first time cell that states a period
        if cells[j] and (found := _due(cells[j], year))[0] is not None:
            time_text, (due, precision) = cells[j], found
            break
    else:
        time_text = cells[roles["time"]] if "time" in roles else None
    return TaskRow(task=_task(cells, roles, header) if "task" in roles else "", lead=lead,
                   support=cells[roles["support"]] if "support" in roles else None,
                   due=due, precision=precision, text=" | ".join(cells), time_text=time_text)


def continued(block: Block, previous: Block | None) -> Block:
    """A task table going on over the next page: no header of its own, the same columns as the task table just
    before it. It gets that table's header rows (its first rows up to the body)."""
    if previous is None or block.kind != BlockKind.TABLE or not block.rows or not previous.rows:
        return block
    width = max(len(_grid(r, repeat=False)) for r in block.rows)
    if width != max(len(_grid(r, repeat=False)) for r in previous.rows):
        return block
    _, first, roles = _header_at(block.rows, None)
    if len({"lead", "task", "time"} & roles.keys()) >= 2:
        return block  # a header of its own
    _, first, roles = _header_at(previous.rows, None)
    if len({"lead", "task", "time"} & roles.keys()) < 2:
        return block
    return block.model_copy(update={"rows": (*previous.rows[:first], *block.rows)})
