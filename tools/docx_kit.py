"""The DOCX-writing kit every builder shares (corpus/, corpus/heldout/, corpus/heldout_meta/, templates_docx/).

Low-level python-docx helpers (column widths, paragraph rules) used by the Decree 30 writers
(`tools.corpus.docx_writer`, `tools.templates.kit`), and the plain helpers the held-out builders use to write
a document the way many offices type one: 14 pt runs, "Table Grid" result tables, a two-column closing table.
Changing any of these changes committed files: rebuild and compare (see README, Benchmarks and tools).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def set_widths(table, widths_mm) -> None:
    """Column widths in both places Word and LibreOffice read them (the grid and each cell)."""
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def add_border(par, edge: str) -> None:
    """A thin solid black line on one edge ("top" or "bottom") of a paragraph: the short rules of Decree 30."""
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{edge}")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        line.set(qn(f"w:{key}"), value)
    borders.append(line)
    par._p.get_or_add_pPr().append(borders)


def para(doc, text: str, bold: bool = False, center: bool = False) -> None:
    """A paragraph of one 14 pt run, left-aligned unless `center`."""
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(14)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def grid(doc, rows: list[list[str]]) -> None:
    """A bordered ("Table Grid") table, first row the header, one string per cell."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def closing(doc, recipients: list[str], signer: list[str]) -> None:
    """Nơi nhận (left) level with the signing block (right), in a one-row table without style."""
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(["Nơi nhận:", *recipients])
    table.cell(0, 1).text = "\n".join(signer)


def save_fixed(doc, path: Path, stamp: dt.datetime, author: str) -> None:
    """Save with fixed core properties (author, created, modified, last modified by "vanban")."""
    props = doc.core_properties
    props.author, props.created, props.modified, props.last_modified_by = author, stamp, stamp, "vanban"
    doc.save(path)
