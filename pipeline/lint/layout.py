"""Layout faults the eye catches on the printed page, which per-paragraph formatting rules do not see.

- ND30-NOI-NHAN-TRANG: "Nơi nhận" and the signature alone on the last page, with no line of the body above them.
  The DOCX is laid out by LibreOffice (PDF, `extractors.libreoffice.convert`) and read with pypdfium2; skipped
  when LibreOffice is not installed.
- ND30-TIEU-DE-BANG: a table header word wider than its column ("STT" in an 11 mm column prints "ST/T"). Word width
  from the font's metrics (Liberation Serif, metric-compatible with Times New Roman, via Pillow) at the run's size
  and weight, against the grid column less the cell margins.
- ND30-KE-CHAM-CHU: a rule of the header that touches the words: drawn as the border of a paragraph that carries
  text with no space between them, or (in the PDF laid out by LibreOffice) a horizontal line in the top third of
  page 1 running through or within 1 pt of a letter's box (pypdfium2 path objects and character boxes).
"""

from __future__ import annotations

import re
import tempfile
from functools import lru_cache
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table

from pipeline.lint.rules import Finding, _f

REF_LAYOUT = "NĐ 30/2020, Phụ lục I, mục II (ô 7, 9b) và mẫu trình bày tại Phụ lục I"
REF_TABLE = "NĐ 30/2020, Phụ lục I, Phần I, mục I.5 (trình bày rõ ràng); bảng biểu"
REF_HEADER = "NĐ 30/2020, Phụ lục I, mục II.2-II.3 (đường kẻ ngang dưới tên cơ quan, Tiêu ngữ)"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
DEFAULT_CELL_MARGIN_TWIPS = 108  # Word's default left and right cell margins (0,19 cm)
MIN_RULE_GAP_PT = 1
_PAGE_NUMBER_RE = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")


# --- Nơi nhận / signature alone on the last page -------------------------------------------------------------

def pdf_pages_text(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def _ascii_key(text: str) -> str:
    """Only ASCII letters, digits and ":" kept: pdfium may give "Nơi nhận:" as "N i nh n: ơ ậ" (the marked letters
    elsewhere on the line), so "Nơi nhận:" is looked for as "Ninhn:"."""
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == ":"))


NOI_NHAN_KEY = _ascii_key("Nơi nhận:")


def orphaned_closing(pages: list[str]) -> bool:
    """True when the page holding the last "Nơi nhận:" has nothing of the body above it (a page number aside)."""
    found = [i for i, text in enumerate(pages) if NOI_NHAN_KEY in _ascii_key(text)]
    if not found or found[-1] == 0:
        return False
    before = []
    for line in pages[found[-1]].splitlines():
        if _ascii_key(line).startswith(NOI_NHAN_KEY):
            break
        before.append(line)
    return not [line for line in before if line.strip() and not _PAGE_NUMBER_RE.match(line)]


def closing_page_rules(pages: list[str]) -> list[Finding]:
    if orphaned_closing(pages):
        return [_f("ND30-NOI-NHAN-TRANG", REF_LAYOUT,
                   f"Phần «Nơi nhận» và chữ ký nằm riêng ở trang cuối (trang {len(pages)}), không có dòng nào của "
                   "nội dung văn bản đi kèm; cần giữ đoạn cuối của nội dung cùng trang với phần ký (giữ với đoạn sau).",
                   "Nơi nhận")]
    return []


HEADER_SHARE = 0.35  # the header (boxes 1-5) lies in the top third of page 1
RULE_MAX_HEIGHT_PT, RULE_MIN_WIDTH_PT, TOUCH_PT = 2.5, 15.0, 1.0


def header_lines_touching_text(pdf: Path) -> list[str]:
    """On page 1's header, the text of each horizontal rule (a drawn line or a paragraph border) that runs through
    or touches the letters beside it (less than 1 pt apart), as laid out in the PDF."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0]
        floor = page.get_height() * (1 - HEADER_SHARE)
        rules = [b for b in (o.get_bounds() for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_PATH)
                 if b[3] - b[1] <= RULE_MAX_HEIGHT_PT and b[2] - b[0] >= RULE_MIN_WIDTH_PT and b[1] >= floor]
        text = page.get_textpage()
        chars = [(text.get_text_range(i, 1), text.get_charbox(i)) for i in range(text.count_chars())]
        out = []
        for left, bottom, right, top in rules:
            hit = "".join(ch for ch, (l, b, r, t) in chars if ch.strip() and t > b and l < right and r > left
                          and b - TOUCH_PT < top and t + TOUCH_PT > bottom)
            if hit:
                out.append(hit)
        return out
    finally:
        doc.close()


def header_touch_rules(pdf: Path) -> list[Finding]:
    """One finding per text touched (a filled shape is two paths, its fill and its outline)."""
    return [_f("ND30-KE-CHAM-CHU", REF_HEADER, "Đường kẻ ngang ở phần đầu văn bản đè lên hoặc chạm vào chữ khi in; "
               "cần đặt đường kẻ ở dòng riêng, cách chữ.", hit) for hit in dict.fromkeys(header_lines_touching_text(pdf))]


def pdf_rules(path: Path) -> list[Finding] | None:
    """The rules that need the page as printed: the DOCX laid out once by LibreOffice (None without it)."""
    from extractors.libreoffice import convert, soffice

    if soffice() is None:
        return None
    with tempfile.TemporaryDirectory(prefix="vanban-lint-") as tmp:
        pdf = convert(path, "pdf", Path(tmp))
        return [*closing_page_rules(pdf_pages_text(pdf)), *header_touch_rules(pdf)]


# --- table header words wider than their column --------------------------------------------------------------

@lru_cache(maxsize=8)
def _font(bold: bool, size_pt: float):
    from PIL import ImageFont

    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size=max(1, round(size_pt * 20)))  # 1/20 pt units


def word_width_twips(word: str, bold: bool, size_pt: float) -> float | None:
    """The printed width of `word` in twips (1/20 pt); None when the font file is missing."""
    try:
        return _font(bold, size_pt).getlength(word)
    except OSError:
        return None


def _grid(table: Table) -> list[int]:
    return [int(c.get(qn("w:w")) or 0) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def _cell_margins(table: Table) -> int:
    mar = table._tbl.tblPr.find(qn("w:tblCellMar"))
    total = 0
    for side in ("left", "right"):
        el = mar.find(qn(f"w:{side}")) if mar is not None else None
        total += int(el.get(qn("w:w"))) if el is not None and el.get(qn("w:w")) else DEFAULT_CELL_MARGIN_TWIPS
    return total


def _run_style(doc: Document, cell_par, run) -> tuple[bool, float]:
    from pipeline.lint.formatting import run_props

    size, bold, _, _ = run_props(doc, cell_par, run)
    return bold, size or 11.0


def header_wrap_rules(doc: Document) -> list[Finding]:
    out = []
    for table in doc.tables:
        grid = _grid(table)
        if not grid or len(table.rows) < 2:
            continue
        margins = _cell_margins(table)
        col = 0
        for tc in table.rows[0]._tr.tc_lst:
            span = tc.grid_span
            width = sum(grid[col:col + span]) - margins
            col += span
            out += _cell_words_too_wide(doc, table, tc, width)
    return out


def _cell_words_too_wide(doc: Document, table: Table, tc, width: int) -> list[Finding]:
    from docx.table import _Cell

    out = []
    for par in _Cell(tc, table).paragraphs:
        for run in par.runs:
            bold, size = _run_style(doc, par, run)
            for word in run.text.split():
                need = word_width_twips(word, bold, size)
                if need is not None and width > 0 and need > width:
                    out.append(_f("ND30-TIEU-DE-BANG", REF_TABLE,
                                  f"Tiêu đề cột «{word}» rộng hơn cột ({need / 56.7:.1f} mm so với {width / 56.7:.1f} "
                                  "mm khả dụng) nên bị ngắt giữa chữ khi in; cần nới rộng cột hoặc giảm cỡ chữ.", word))
    return out


# --- a header rule touching text -----------------------------------------------------------------------------

def _header_worded_paragraphs(doc: Document):
    """The paragraphs of the header table (the document's first table) that carry words."""
    if not doc.tables:
        return
    for cell in (c for row in doc.tables[0].rows for c in row.cells):
        yield from (par for par in cell.paragraphs if par.text.strip())


def header_rule_rules(doc: Document) -> list[Finding]:
    out = []
    for par in _header_worded_paragraphs(doc):
        borders = par._p.pPr.find(qn("w:pBdr")) if par._p.pPr is not None else None
        for side in ("top", "bottom"):
            el = borders.find(qn(f"w:{side}")) if borders is not None else None
            if el is None or el.get(qn("w:val")) in (None, "nil", "none"):
                continue
            if int(el.get(qn("w:space")) or 0) < MIN_RULE_GAP_PT:
                out.append(_f("ND30-KE-CHAM-CHU", REF_HEADER,
                              "Đường kẻ ngang ở phần đầu văn bản chạm vào chữ (kẻ bằng đường viền của chính dòng "
                              "chữ, không có khoảng cách); cần kẻ ở dòng riêng, cách chữ.", par.text.strip()))
    return out


EMU_PER_PT = 12700
_NS = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
       "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
       "v": "urn:schemas-microsoft-com:vml"}
_VML_TOP_RE = re.compile(r"margin-top:\s*(-?[\d.]+)pt")


def _first_line_pt(par) -> float:
    """The height of a paragraph's first line: its largest run size (12 pt when none is set) times 1.15."""
    sizes = [run.font.size.pt for run in par.runs if run.font.size is not None]
    return max(sizes, default=12.0) * 1.15


def _drawn_rules(par) -> list[float]:
    """The vertical offsets (pt, from the top of the paragraph) of the thin lines and shapes drawn in it:
    DrawingML shapes (wps, a line or a rectangle at most 2,5 pt high) and VML lines anchored to the paragraph."""
    out = []
    for anchor in par._p.iter(f"{{{_NS['wp']}}}anchor"):
        if anchor.find(f".//{{{_NS['wps']}}}wsp") is None:
            continue
        extent = anchor.find(qn("wp:extent"))
        pos = anchor.find(qn("wp:positionV"))
        offset = pos.find(qn("wp:posOffset")) if pos is not None else None
        if extent is None or offset is None or pos.get("relativeFrom") not in ("paragraph", "line"):
            continue
        if int(extent.get("cy") or 0) / EMU_PER_PT <= RULE_MAX_HEIGHT_PT:
            out.append(int(offset.text) / EMU_PER_PT)
    for line in par._p.iter(f"{{{_NS['v']}}}line"):
        style = line.get("style") or ""
        if "vertical-relative:text" in style or "vertical-relative:paragraph" in style or \
                "vertical-relative" not in style:
            found = _VML_TOP_RE.search(style)
            out.append(float(found.group(1)) if found else 0.0)
    return out


def drawn_rule_rules(doc: Document) -> list[Finding]:
    """Without the laid-out page: a rule drawn in a header paragraph that carries words, placed within the
    paragraph's first line (the rule then prints through the letters)."""
    out = []
    for par in _header_worded_paragraphs(doc):
        line = _first_line_pt(par)
        if any(-MIN_RULE_GAP_PT < top < line + MIN_RULE_GAP_PT for top in _drawn_rules(par)):
            out.append(_f("ND30-KE-CHAM-CHU", REF_HEADER,
                          "Đường kẻ ngang ở phần đầu văn bản (hình vẽ neo vào dòng chữ) nằm trên dòng chữ, sẽ đè "
                          "lên chữ khi in; cần kẻ ở dòng riêng, cách chữ.", par.text.strip()))
    return out


def layout_rules(doc: Document, path: Path | None) -> list[Finding]:
    """All layout rules; the page rules when the file's path is given and LibreOffice lays it out, else a drawn
    header rule is judged from its anchor's offset in the DOCX."""
    printed = pdf_rules(path) if path else None
    return [*header_wrap_rules(doc), *header_rule_rules(doc),
            *(printed if printed is not None else drawn_rule_rules(doc))]
