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
from extractors.patterns.tasks import BARE_MONTH_RE, COMMUNE_RE, ROW_NUMBER_RE, TASK_COLUMNS, TASK_COLUMNS_GLUED, TASK_HEADER_WORDS

_MAX_HEADER_WORDS = 8


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
            if role not in roles and (rx.search(key) or TASK_COLUMNS_GLUED[role].search(glued)):
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
    return [roles["time"], *others]


def _due(cell: str, year: int | None) -> tuple[dt.date | None, str | None]:
    """The last day a time cell allows; in a time column a bare "12/2024" is a month."""
    periods = find_periods(cell, year) or find_periods(BARE_MONTH_RE.sub(r"tháng \g<m>/\g<y>", cell), year)
    if not periods:
        return None, None
    period = periods[-1]
    due = last_day_before(period) if deadline_cue(cell, period) == "trước" else period.due
    return due, period.precision


def _task(cells: list[str], roles: dict[str, int], header: list[str]) -> str:
    if (task := cells[roles["task"]].strip()) and header[roles["task"]].lower().startswith(TASK_HEADER_WORDS):
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


def table_to_tasks(block: Block, year: int | None, above: list[str] | None = None) -> list[TaskRow]:
    """The rows of a task table, or [] when the block is not one (it needs a unit column and a task or time
    column). `above`: header cells found above the table (see `header_above`), used when its first row is data."""
    if block.kind != BlockKind.TABLE or not block.rows:
        return []
    header, body = [" ".join(c.split()) for c in block.rows[0].texts], block.rows[1:]
    roles = _roles(header)
    if above and "lead" not in roles and len(above) == len(header):
        header, body = above, block.rows
        roles = _roles(header)
    if "lead" not in roles or not ({"task", "time"} & roles.keys()) or not body:
        return []
    times = _time_columns(header, roles)
    rows = [r for row in body if (r := _row(row.texts, header, roles, year, times))]
    units = sum(bool(UNIT_HEAD_RE.match(r.lead.lower()) or COMMUNE_RE.match(r.lead)) for r in rows)
    return rows if units * 2 >= len(rows) else []  # a unit column names units


def _row(texts: list[str], header: list[str], roles: dict[str, int], year: int | None,
         times: list[int]) -> TaskRow | None:
    cells = [" ".join(c.split()) for c in texts]
    if len(cells) != len(header) or not cells[roles["lead"]] or ROW_NUMBER_RE.match(cells[roles["lead"]]):
        return None
    time_text, due, precision = None, None, None
    for j in times:  # the first time cell that states a period
        if cells[j] and (found := _due(cells[j], year))[0] is not None:
            time_text, (due, precision) = cells[j], found
            break
    else:
        time_text = cells[roles["time"]] if "time" in roles else None
    return TaskRow(task=_task(cells, roles, header) if "task" in roles else "", lead=cells[roles["lead"]],
                   support=cells[roles["support"]] if "support" in roles else None,
                   due=due, precision=precision, text=" | ".join(cells), time_text=time_text)
