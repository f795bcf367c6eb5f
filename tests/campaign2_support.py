"""Campaign 2 (xã Tân Hưng, `tests/data/campaign2/`): its plan and unit reports built as DOCX from their text.

A line "a | b | c" is a table row (consecutive rows form one table: the header and closing tables are borderless,
an indicator table has grid lines); every other line is a paragraph, Times New Roman 14.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt

DATA = Path(__file__).resolve().parent / "data" / "campaign2"
PLAN = "ke-hoach-12-kh-ubnd-xa-tan-hung"
REPORTS = ("bao-cao-31-bc-vhxh-ban-van-hoa-xa-hoi", "bao-cao-45-bc-tyt-tram-y-te", "bao-cao-08-bc-thon-dong",
           "bao-cao-17-bc-hnd-hoi-nong-dan")
PROFILE = DATA / "profile.toml"


def _font(run, size=14, bold=False):
    run.font.name, run.font.size, run.bold = "Times New Roman", Pt(size), bold


def _table(doc, rows: list[list[str]]):
    grid = rows[0][0].strip() == "STT"
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if grid:
        table.style = doc.styles["Table Grid"]
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            _font(cell.paragraphs[0].add_run(text.strip()), 12, bold=grid and row is table.rows[0])


def text_to_docx(text: str, out: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    pending: list[list[str]] = []
    for line in text.splitlines() + [""]:
        if " | " in line or line.endswith(" |"):
            pending.append(line.split("|"))
            continue
        if pending:
            _table(doc, pending)
            pending = []
        if line.strip():
            _font(doc.add_paragraph().add_run(line.strip()))
    doc.save(out)
    return out


def build(outdir: Path) -> tuple[Path, list[Path]]:
    """(plan.docx, [report.docx ...]) written into `outdir`."""
    def one(stem: str) -> Path:
        return text_to_docx((DATA / f"{stem}.txt").read_text(encoding="utf-8"), outdir / f"{stem}.docx")

    return one(PLAN), [one(s) for s in REPORTS]
