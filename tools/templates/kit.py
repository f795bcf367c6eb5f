"""python-docx helpers that lay out a Decree 30 page: A4, margins, Times New Roman, the borderless header and
closing tables, short rules, page numbers from page 2. Jinja tags are written as whole runs so docxtpl sees them."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tools.docx_kit import add_border, set_widths

CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
FONT = "Times New Roman"
BODY_PT = 14
CONTENT_MM = 165  # 210 - 30 (left) - 15 (right)
LEFT_MM, RIGHT_MM = 72, 100  # header columns (centred, 3.5 mm past each margin, as in real files)


def new_document() -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    for name in ("Normal", "Header", "Footer"):
        style = doc.styles[name]
        style.font.name, style.font.size = FONT, Pt(BODY_PT)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT)
    doc.core_properties.author = doc.core_properties.last_modified_by = "vanban"
    _page_number_from_page_two(doc)
    return doc


def run(par, text: str, size: float = BODY_PT, bold: bool = False, italic: bool = False):
    r = par.add_run(text)
    r.font.name, r.font.size = FONT, Pt(size)
    fonts = r._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    r.bold, r.italic = bold, italic
    return r


def para(container, text: str = "", align=CENTER, size: float = BODY_PT, bold=False, italic=False,
         before: float = 0, after: float = 0, indent: bool = False):
    par = container.add_paragraph()
    fmt = par.paragraph_format
    fmt.alignment, fmt.space_before, fmt.space_after = align, Pt(before), Pt(after)
    fmt.line_spacing = 1.0
    if indent:
        fmt.first_line_indent = Mm(12.7)
    if text:
        run(par, text, size, bold, italic)
    return par


def body(container, text: str, bold=False, italic=False):
    """A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after (ND30 Phụ lục I, mục I)."""
    par = para(container, text, JUSTIFY, BODY_PT, bold, italic, after=6, indent=True)
    par.paragraph_format.line_spacing = 1.15
    return par


def tag(container, text: str):
    """A paragraph holding only a docxtpl block tag ("{%p for x in xs %}"); docxtpl removes it."""
    return para(container, text, LEFT)


def rule(container, width_mm: float, cell_mm: float) -> None:
    """A solid rule `width_mm` long, centred in a cell `cell_mm` wide (top border of a tiny indented paragraph),
    3 pt below the line above, so that descenders and dots below ("p", "ộ") do not touch it (lint ND30-KE-CHAM-CHU)."""
    par = para(container, before=3)
    side = Mm(max(cell_mm - width_mm, 0) / 2)
    par.paragraph_format.left_indent = par.paragraph_format.right_indent = side
    par.paragraph_format.line_spacing = Pt(4)
    run(par, "", 2)
    add_border(par, "top")


def borderless_table(doc, rows: int, widths_mm: tuple[float, ...]):
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_widths(table, widths_mm)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return table


def grid_table(doc, widths_mm: tuple[float, ...], header: tuple[str, ...], cells: tuple[str, ...], loop: str,
               size: float = 12, left_cols: tuple[int, ...] = (1,)):
    """A bordered table: a bold header row (repeated on each page), then one row repeated by docxtpl
    (`{%tr for ... %}` rows around it) that never splits across pages."""
    table = doc.add_table(rows=4, cols=len(widths_mm))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths_mm)
    texts = (header, (f"{{%tr {loop} %}}",) + ("",) * (len(widths_mm) - 1), cells,
             ("{%tr endfor %}",) + ("",) * (len(widths_mm) - 1))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    table.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for r, (row, values) in enumerate(zip(table.rows, texts)):
        for col, (cell, width, value) in enumerate(zip(row.cells, widths_mm, values)):
            cell.width = Mm(width)
            p = cell.paragraphs[0]
            p.paragraph_format.alignment = LEFT if r == 2 and col in left_cols else CENTER
            run(p, value, size, bold=(r == 0))
    return table


def header_table(doc, number_line: str, left_top: str = "{{ parent_issuer }}") -> None:
    """Boxes 1-4 of ND30: parent and issuing body | Quốc hiệu, Tiêu ngữ; then Số | place and date."""
    table = borderless_table(doc, 2, (LEFT_MM, RIGHT_MM))
    left, right = table.rows[0].cells
    para(left, left_top, CENTER, 12)
    para(left, "{{ issuer }}", CENTER, 12, bold=True)
    rule(left, 22, LEFT_MM)
    para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CENTER, 12, bold=True)
    para(right, "Độc lập - Tự do - Hạnh phúc", CENTER, 13, bold=True)
    rule(right, 61, RIGHT_MM)  # as long as "Độc lập - Tự do - Hạnh phúc" at 13 pt bold
    number_cell, date_cell = table.rows[1].cells
    para(number_cell, number_line, CENTER, 13, before=4)
    para(date_cell, "{{ place_date }}", CENTER, 13, italic=True, before=4)


def title_block(doc, type_name: str, trich_yeu: str = "{{ title }}") -> None:
    para(doc, type_name, CENTER, 14, bold=True, before=12)
    para(doc, trich_yeu, CENTER, 14, bold=True)
    rule(doc, 55, CONTENT_MM)


def closing_table(doc) -> None:
    """Box 9b (Nơi nhận, left) level with boxes 7a-7c (signing authority, name, right)."""
    closing_words = doc.paragraphs[-1] if doc.paragraphs else None
    if closing_words is not None:  # the body's last paragraph goes to the next page with the signature block
        closing_words.paragraph_format.keep_with_next = True
        closing_words.paragraph_format.keep_together = True
    table = borderless_table(doc, 1, (80, 85))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = table.rows[0].cells
    para(left, "Nơi nhận:", LEFT, 12, bold=True, italic=True, before=6)
    tag(left, "{%p for r in recipients %}")
    para(left, "- {{ r }};", LEFT, 11)
    tag(left, "{%p endfor %}")
    para(left, "- Lưu: VT, {{ drafting_code }}.", LEFT, 11)
    tag(right, "{%p for line in sign_lines %}")
    para(right, "{{ line }}", CENTER, 14, bold=True)
    tag(right, "{%p endfor %}")
    for _ in range(4):
        para(right, "", CENTER, 14)
    para(right, "{{ signer_name }}", CENTER, 14, bold=True)
    for cell in (left, right):
        for par in cell.paragraphs:
            par.paragraph_format.keep_together = True


def _page_number_from_page_two(doc) -> None:
    """A PAGE field centred in the header, with a different (empty) first-page header."""
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.header_distance = Mm(10)
    par = sec.header.paragraphs[0]
    par.alignment = CENTER
    r = run(par, "", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text.strip() == "PAGE" else "w:t")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r._element.append(el)
