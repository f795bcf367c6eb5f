"""Effective formatting of paragraphs and runs in a DOCX (direct formatting, then the style chain, then the
document defaults): what the Decree 30 checker looks at."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from extractors.legacy_fonts import legacy_encoding_of_font, legacy_run_to_unicode


@dataclass(frozen=True)
class Line:
    """One paragraph with its effective look; `where` says where it is ("bảng tiêu đề", "thân văn bản")."""

    text: str
    size: float | None  # pt, of the first run with text
    bold: bool
    italic: bool
    font: str | None
    align: WD_ALIGN_PARAGRAPH | None
    where: str
    paragraph: Paragraph


def _style_chain(par: Paragraph):
    style = par.style
    while style is not None:
        yield style
        style = style.base_style


def _defaults(doc: Document, tag: str) -> str | None:
    rpr = doc.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return None
    if tag == "sz":
        el = rpr.find(qn("w:sz"))
        return el.get(qn("w:val")) if el is not None else None
    el = rpr.find(qn("w:rFonts"))
    return el.get(qn("w:ascii")) if el is not None else None


def run_props(doc: Document, par: Paragraph, run) -> tuple[float | None, bool, bool, str | None]:
    size, bold, italic, font = run.font.size, run.font.bold, run.font.italic, run.font.name
    for style in _style_chain(par):
        size = size if size is not None else style.font.size
        bold = bold if bold is not None else style.font.bold
        italic = italic if italic is not None else style.font.italic
        font = font or style.font.name
    if size is None and (sz := _defaults(doc, "sz")):
        size_pt = int(sz) / 2
    else:
        size_pt = size.pt if size is not None else None
    return size_pt, bool(bold), bool(italic), font or _defaults(doc, "font")


def alignment(par: Paragraph) -> WD_ALIGN_PARAGRAPH | None:
    if par.paragraph_format.alignment is not None:
        return par.paragraph_format.alignment
    return next((s.paragraph_format.alignment for s in _style_chain(par) if s.paragraph_format.alignment is not None),
                None)


def decoded_text(doc: Document, par: Paragraph) -> str:
    """The paragraph's text, runs typed in legacy TCVN3/VNI fonts decoded to Unicode (so rules can read them)."""
    if not any(r.font.name for r in par.runs) and not any(s.font.name for s in _style_chain(par)):
        return par.text
    parts = []
    for r in par.runs:
        encoding = legacy_encoding_of_font(run_props(doc, par, r)[3])
        parts.append(legacy_run_to_unicode(r.text, encoding) if encoding else r.text)
    return "".join(parts) if par.runs else par.text


def line_of(doc: Document, par: Paragraph, where: str) -> Line:
    runs = [r for r in par.runs if r.text.strip()]
    size, bold, italic, font = run_props(doc, par, runs[0]) if runs else (None, False, False, None)
    if runs:  # bold/italic only when every run with text is
        looks = [run_props(doc, par, r) for r in runs]
        bold, italic = all(x[1] for x in looks), all(x[2] for x in looks)
    return Line(unicodedata.normalize("NFC", decoded_text(doc, par).strip()), size, bold, italic, font, alignment(par), where, par)


def lines(doc: Document) -> Iterator[Line]:
    """Every non-empty paragraph in reading order; tables: first = header, last borderless = closing."""
    body = doc.element.body
    tables = [t for t in doc.tables]
    first, last = (tables[0], tables[-1]) if tables else (None, None)
    t_index = 0
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            par = Paragraph(child, doc)
            if par.text.strip():
                yield line_of(doc, par, "thân văn bản")
        elif child.tag == qn("w:tbl"):
            table = tables[t_index]
            t_index += 1
            where = "bảng tiêu đề" if table is first else "bảng nơi nhận, chữ ký" if table is last else "bảng"
            for row in table.rows:
                for cell in row.cells:
                    for par in cell.paragraphs:
                        if par.text.strip():
                            yield line_of(doc, par, where)
