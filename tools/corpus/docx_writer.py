"""DocSpec -> DOCX laid out per Decree 30/2020/NĐ-CP (A4, 20/20/30/15 mm, Times New Roman, borderless header)."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from tools.corpus.numbering import add_numbering, set_numbering
from tools.corpus.spec import DocSpec, H, P, T
from tools.corpus.zipfix import make_zip_deterministic
from tools.docx_kit import add_border, set_widths

CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
Encoder = Callable[[str], str]


class Writer:
    """Writes one spec; `font` and `encode` let the same spec come out as a legacy .VnTime/TCVN3 file."""

    def __init__(self, spec: DocSpec, font: str = "Times New Roman", encode: Encoder = str, size: float = 14):
        self.spec, self.font, self.encode, self.size = spec, font, encode, size
        self.doc = new_docx()
        self.num_id: int | None = None

    # -- runs and paragraphs -------------------------------------------------------------------
    def run(self, par, text: str, size: float | None = None, bold=False, italic=False):
        r = par.add_run(self.encode(text))
        font = self.font
        if font == ".VnTime" and text.isupper():  # TCVN3 capitals with a tone mark need the "H" font
            font = ".VnTimeH"
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), font)
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        r.font.size = Pt(size or self.size)
        r.bold, r.italic = bold or None, italic or None
        return r

    def para(self, container, text: str = "", align=CENTER, size=None, bold=False, italic=False,
             before=0, after=0, indent=False):
        par = container.add_paragraph()
        fmt = par.paragraph_format
        fmt.alignment, fmt.space_before, fmt.space_after = align, Pt(before), Pt(after)
        if indent:
            fmt.first_line_indent = Mm(12.7)
        if text:
            self.run(par, text, size, bold, italic)
        return par

    def rule(self, container, indent_mm: float) -> None:
        """A short solid rule under a header line (a bottom border on an empty, indented paragraph)."""
        par = self.para(container, after=2)
        par.paragraph_format.left_indent = par.paragraph_format.right_indent = Mm(indent_mm)
        par.paragraph_format.line_spacing = Pt(2)
        add_border(par, "bottom")

    # -- page set-up ---------------------------------------------------------------------------
    def page(self) -> None:
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = self.font, Pt(self.size)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), self.font)
        self.page_numbers(sec)
        props = self.doc.core_properties
        stamp = dt.datetime.combine(self.spec.issued_on, dt.time(8, 0))
        props.author = props.last_modified_by = "Văn thư"
        props.created = props.modified = stamp
        props.revision, props.title = 1, self.spec.title_text[:120]
        props.comments = ""

    def page_numbers(self, sec) -> None:
        """Decree 30: Arabic page numbers centred in the top margin, none on page 1 (a PAGE field)."""
        sec.different_first_page_header_footer = True
        par = sec.header.paragraphs[0]
        par.paragraph_format.alignment = CENTER
        field = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
        par._p.append(field)

    # -- blocks of the page ---------------------------------------------------------------------
    def header(self) -> None:
        s = self.spec
        table = borderless(self.doc.add_table(rows=1, cols=2), (62, 108))
        left, right = table.rows[0].cells
        left.paragraphs[0].paragraph_format.alignment = CENTER
        first = left.paragraphs[0]
        if s.parent_issuer:
            for i, line in enumerate(s.parent_issuer.split("\n")):
                par = first if i == 0 else self.para(left)
                par.paragraph_format.alignment = CENTER
                self.run(par, line, 13)
            par = self.para(left)
        else:
            par = first
        for i, line in enumerate(s.issuer.split("\n")):
            par = par if i == 0 else self.para(left)
            par.paragraph_format.alignment = CENTER
            self.run(par, line, 13, bold=True)
        self.rule(left, 24)
        self.para(left, f"Số: {s.number_printed}", size=13, before=4)
        if s.type_name is None:  # công văn: trích yếu under the number
            for line in s.title.split("\n"):
                self.para(left, line, size=12)
        right.paragraphs[0].paragraph_format.alignment = CENTER
        self.run(right.paragraphs[0], s.motto[0], 12, bold=True)
        if s.motto[1]:
            self.para(right, s.motto[1], size=13.5, bold=True)
        self.rule(right, 20)
        self.para(right, s.date_line, size=13.5, italic=True, before=4)

    def title(self) -> None:
        s = self.spec
        if s.type_name is None:
            self.kinh_gui()
            return
        self.para(self.doc, s.type_name, bold=True, before=18)
        for line in s.title.split("\n"):
            self.para(self.doc, line, bold=True)
        self.rule(self.doc, 55)
        self.kinh_gui()

    def kinh_gui(self) -> None:
        s = self.spec
        if not s.kinh_gui:
            self.para(self.doc, after=6)
            return
        if len(s.kinh_gui) == 1:
            self.para(self.doc, f"Kính gửi: {s.kinh_gui[0]}.", before=12, after=6)
            return
        par = self.para(self.doc, "Kính gửi:", before=12, align=LEFT)
        par.paragraph_format.left_indent = Mm(25)
        for i, unit in enumerate(s.kinh_gui):
            end = "." if i == len(s.kinh_gui) - 1 else ";"
            par = self.para(self.doc, f"- {unit}{end}", align=LEFT)
            par.paragraph_format.left_indent = Mm(48)
        self.para(self.doc, after=6)

    def body(self) -> None:
        for item in (*self.spec.preamble, *self.spec.body):
            if isinstance(item, H):
                self.heading(item)
            elif isinstance(item, T):
                self.table(item)
            else:
                self.paragraph(item)

    def heading(self, h: H) -> None:
        par = self.para(self.doc, align=JUSTIFY, bold=True, before=6, after=6, indent=True)
        if h.auto:
            set_numbering(par, self.numbering(), h.level - 1)
            self.run(par, h.title, bold=True)
        else:
            self.run(par, h.text, bold=True)

    def paragraph(self, p: P) -> None:
        wrap = self.spec.extra.get("hard_wrap")
        if wrap and not p.auto:  # text pasted from a PDF: every line its own paragraph, breaks mid-sentence
            for i, line in enumerate(textwrap.wrap(p.text, wrap)):
                par = self.para(self.doc, align=LEFT, indent=i == 0)
                self.run(par, line, bold=p.bold, italic=p.italic)
            return
        align = CENTER if p.center else JUSTIFY
        par = self.para(self.doc, align=align, after=6, indent=p.indent and not p.center)
        if p.auto:
            set_numbering(par, self.numbering(), 2)
        self.run(par, p.text, bold=p.bold, italic=p.italic)

    def table(self, t: T) -> None:
        ncols = len(t.rows[0].cells)
        table = self.doc.add_table(rows=0, cols=ncols)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = t.widths_mm or tuple(165 / ncols for _ in range(ncols))
        for r, row in enumerate(t.rows):
            cells = table.add_row().cells
            for c, text in enumerate(row.cells):
                par = cells[c].paragraphs[0]
                par.paragraph_format.alignment = LEFT if c == 1 and r >= t.head else CENTER
                self.run(par, text, 12, bold=r < t.head or row.bold)
        set_widths(table, widths)
        for r1, c1, r2, c2 in t.merges:
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            for par in merged.paragraphs[1:]:  # the emptied cells' paragraphs
                if not par.text:
                    par._p.getparent().remove(par._p)
        self.para(self.doc, after=6)

    def closing(self) -> None:
        s = self.spec
        table = borderless(self.doc.add_table(rows=1, cols=2), (80, 85))
        left, right = table.rows[0].cells
        self.run(left.paragraphs[0], "Nơi nhận:", 12, bold=True, italic=True)
        left.paragraphs[0].paragraph_format.alignment = LEFT
        for i, item in enumerate(s.recipients):
            end = "." if i == len(s.recipients) - 1 else ";"
            self.para(left, f"- {item}{end}", align=LEFT, size=11)
        right.paragraphs[0].paragraph_format.alignment = CENTER
        for i, line in enumerate(s.signer.lines):
            par = right.paragraphs[0] if i == 0 else self.para(right)
            self.run(par, line, bold=True)
        for _ in range(3):
            self.para(right)
        self.para(right, s.signer.name, bold=True)

    def numbering(self) -> int:
        if self.num_id is None:
            self.num_id = add_numbering(self.doc, self.spec.extra.get("numbering", ()))
        return self.num_id

    def write(self, out: Path) -> Path:
        self.page()
        self.header()
        self.title()
        self.body()
        self.closing()
        self.doc.save(out)
        make_zip_deterministic(out)
        return out


def borderless(table, widths_mm: tuple[float, float]):
    """No borders at all, as in real header and signature tables."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)
    table.autofit = False
    set_widths(table, widths_mm)
    for row in table.rows:  # keep the block on one page, as offices do
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return table


def spec_to_docx(spec: DocSpec, out: Path, font: str = "Times New Roman", encode: Encoder = str) -> Path:
    return Writer(spec, font, encode).write(out)
