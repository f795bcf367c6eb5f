"""PDF -> Document. Text layer and ruled tables via pdfium (characters with positions, path
objects for rules), scanned pages via tesseract. Guards first: stream bombs, password, page count.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.errors import BadInput, DocWarning, ErrorCode, NO_TEXT_EMPTY_VI, NO_TEXT_SCAN_VI, WarningCode
from extractors.guards import LIMITS, check_pdf_streams
from extractors.normalize import nfc_name
from extractors.patterns.structure import parse_label
from extractors.readers.kinds import block_kind
from extractors.readers.pdf_layout import (Margins, Page, Region, alignment_of, drop_running_lines,
                                           lines_to_paragraphs, margins_of, page_to_items)
from extractors.readers.pdf_annots import annotation_chars
from extractors.readers.pdf_chars import page_chars, user_size
from extractors.readers.pdf_forms import needs_appearances
from extractors.readers.pdf_lines import Line, chars_to_lines
from extractors.readers.pdf_ocr import image_to_lines, require_tesseract
from extractors.readers.pdf_tables import PdfTable, chars_to_tables, join_split_tables, page_rules, rules_to_grids

MIN_CHARS_PER_PAGE = 5  # a page with fewer characters than this has no text of its own
SPARSE_CHARS = 200  # a page with fewer characters than this over an image covering IMAGE_COVER of it is a scan
IMAGE_COVER = 0.5  # (a signing stamp or a number typed onto a scanned page does not make it text)
PDFIUM_PASSWORD_ERROR = 4
_PDFIUM_OPEN_ERRORS = {  # FPDF_GetLastError codes, in words (pdfium's own text may say "Success")
    2: "pdfium không mở được tệp (không tìm thấy hoặc không đọc được)",
    3: "pdfium không mở được tệp: không phải PDF hoặc cấu trúc PDF bị hỏng",
    5: "pdfium không mở được tệp: cơ chế bảo mật không được hỗ trợ",
}
STRIPPED_MIN_LETTERS = 300  # a text layer this long without Vietnamese letters has lost them
STRIPPED_SHARE = 0.005
_VIETNAMESE_ONLY = set("ăĂđĐơƠưƯĩĨũŨ")
OCR_WORKERS = int(os.environ.get("VANBAN_OCR_WORKERS") or min(2, os.cpu_count() or 1))  # tesseracts at once


def read_pdf(path: Path) -> Document:
    check_pdf_streams(path)
    pdf = _open(path)
    try:
        if pdfium.raw.FPDF_GetFormType(pdf.raw) != pdfium.raw.FORMTYPE_NONE and needs_appearances(path.read_bytes()):
            # before any page is loaded: pdfium then builds the appearance of form fields that have none
            # ("NeedAppearances"), so their values are flattened into the page with the other annotations
            pdf.init_forms()
        return _read(path, pdf)
    finally:
        pdf.close()


def scanned_page_count(path: Path) -> int:
    """How many pages will go to OCR: 0 for a PDF with a text layer. Cheap; lets a caller budget time."""
    check_pdf_streams(path)
    pdf = _open(path)
    try:
        count = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            chars = textpage.count_chars()
            text = textpage.get_text_range() if chars >= SPARSE_CHARS else ""
            textpage.close()
            count += _scanned(page, chars, text) and _has_image(page)
        return count
    finally:
        pdf.close()


def _scanned(page: pdfium.PdfPage, chars: int, text: str = "") -> bool:
    """The page's text does not cover its content: (almost) no characters, or a few over an image that
    covers most of the page, or an old OCR layer over a page image that lost Vietnamese letters. Where the
    text stands (in tables or not) does not matter."""
    return chars < MIN_CHARS_PER_PAGE or (
        (chars < SPARSE_CHARS or (_stripped(text) and _invisible_text(page))) and _image_cover(page) >= IMAGE_COVER)


def _invisible_text(page: pdfium.PdfPage) -> bool:
    """The page's text is drawn invisible (render mode 3): an OCR layer laid over the scanned image."""
    modes = [pdfium.raw.FPDFTextObj_GetTextRenderMode(obj.raw)
             for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_TEXT], max_depth=3)]
    return bool(modes) and sum(m == pdfium.raw.FPDF_TEXTRENDERMODE_INVISIBLE for m in modes) >= 0.9 * len(modes)


def _stripped(text: str) -> bool:
    """Text without the letters only Vietnamese has (ă đ ơ ư ĩ ũ, the dot-below and hook vowels): with invisible
    text over a page image, an OCR layer written in a Western code page ("UY BAN NHAN DAN TNH BA RIA", "S:A/UBND-VP": corpus/real
    tinh_bariavungtau_CV_2019). Vietnamese prose has several in every line."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < STRIPPED_MIN_LETTERS:
        return False
    own = sum(ch in _VIETNAMESE_ONLY or "\u1ea0" <= ch <= "\u1ef9" for ch in letters)
    return own < STRIPPED_SHARE * len(letters)


def _image_cover(page: pdfium.PdfPage) -> float:
    """The largest share of the page one image covers."""
    area = max(page.get_width() * page.get_height(), 1.0)
    best = 0.0
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        best = max(best, max(right - left, 0) * max(top - bottom, 0) / area)
    return min(best, 1.0)


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PDFIUM_PASSWORD_ERROR or "password" in str(exc).lower():
            raise BadInput(ErrorCode.PASSWORD, path.name, "PDF cần mật khẩu để mở") from None
        raise BadInput(ErrorCode.CORRUPT, path.name, _PDFIUM_OPEN_ERRORS.get(getattr(exc, "err_code", None),
                                                                         "pdfium không mở được tệp")) from None
    count = len(pdf)
    if count == 0:
        pdf.close()
        raise BadInput(ErrorCode.NO_PAGES, path.name)
    if count > LIMITS.pdf_pages:
        pdf.close()
        raise BadInput(ErrorCode.TOO_MANY_PAGES, path.name, f"{count} trang > {LIMITS.pdf_pages}")
    return pdf


def _read(path: Path, pdf: pdfium.PdfDocument) -> Document:
    pages, tables, scanned = _text_pages(path, pdf)
    warnings: list[DocWarning] = []
    # A scan: no page's text covers its content (text in tables counts; annotations do not).
    ocr = all(scanned)
    notes = {p.number: p.notes for p in pages}  # a signed scan's stamp is text: keep it
    if ocr:
        pages, tables = _ocr_pages(path, pdf)
        pages = [Page(p.number, p.width, p.height, p.lines, notes.get(p.number, ())) for p in pages]
        warnings.append(DocWarning(code=WarningCode.OCR, message=(
            "Tệp PDF là bản quét (không có lớp chữ); nội dung được nhận dạng bằng OCR (tesseract) nên có thể "
            "sai chính tả hoặc số liệu. Đề nghị đối chiếu với bản gốc.")))
    elif scan_pages := [i for i, s in enumerate(scanned) if s and _has_image(pdf[i])]:
        pages, tables, warning = _ocr_some_pages(path, pdf, pages, tables, scan_pages)
        warnings.append(warning)
    pages = drop_running_lines(pages)
    blocks = _blocks(pages, tables, margins_of(pages), ocr)
    if not any(b.text.strip() for b in blocks):
        if ocr and any(_has_image(pdf[i]) for i in range(len(pdf))):
            raise BadInput(ErrorCode.NO_TEXT, path.name, "OCR không nhận ra chữ", message=NO_TEXT_SCAN_VI)
        raise BadInput(ErrorCode.NO_TEXT, path.name, "không có chữ trên trang nào", message=NO_TEXT_EMPTY_VI)
    return Document(source=nfc_name(path.name), format="pdf-ocr" if ocr else "pdf", pages=len(pdf),
                    blocks=tuple(blocks), warnings=tuple(warnings))


def _ocr_some_pages(path: Path, pdf: pdfium.PdfDocument, pages: list[Page], tables: list[PdfTable],
                    indices: list[int]) -> tuple[list[Page], list[PdfTable], DocWarning]:
    """A text PDF with scanned pages (an appendix, a signed page scanned back in): those pages by OCR."""
    numbers = ", ".join(str(i + 1) for i in indices)
    try:
        require_tesseract(path.name)
        if len(indices) > LIMITS.ocr_pages:
            raise BadInput(ErrorCode.TOO_MANY_PAGES, path.name, f"{len(indices)} trang quét > {LIMITS.ocr_pages}")
    except BadInput as exc:
        return pages, tables, DocWarning(code=WarningCode.SCANNED_PAGES, message=(
            f"Trang {numbers} của tệp PDF là ảnh quét, chưa đọc được ({exc.message}). Nội dung các trang này "
            "không có trong kết quả."))
    recognised = _recognise_pages(path, pdf, set(indices))
    out = list(pages)
    kept = [t for t in tables if t.page - 1 not in recognised]
    for i, (lines, page_tables) in recognised.items():
        old = pages[i]
        out[i] = Page(old.number, old.width, old.height, tuple(lines), old.notes)
        kept.extend(page_tables)
    return out, kept, DocWarning(code=WarningCode.OCR, message=(
        f"Trang {numbers} của tệp PDF là ảnh quét; nội dung các trang này được nhận dạng bằng OCR (tesseract) "
        "nên có thể sai chính tả hoặc số liệu. Đề nghị đối chiếu với bản gốc."))


def _text_pages(path: Path, pdf: pdfium.PdfDocument) -> tuple[list[Page], list[PdfTable], list[bool]]:
    """Pages (lines outside tables, annotation lines apart), tables, and whether each page is scanned
    (its text does not cover its content)."""
    pages, tables, scanned = [], [], []
    for i in range(len(pdf)):
        page = pdf[i]
        width, height = user_size(page)
        chars = page_chars(page)
        if len(chars) > LIMITS.pdf_chars_per_page:
            raise BadInput(ErrorCode.TOO_LARGE, path.name, f"trang {i + 1} có hơn {LIMITS.pdf_chars_per_page} ký tự")
        count = _text_chars(chars)
        scanned.append(_scanned(page, count, "".join(ch.text for ch in chars) if count >= SPARSE_CHARS else ""))
        grids = rules_to_grids(page_rules(page)) if count else []
        inline, notes = annotation_chars(pdf, i, page, chars, page_chars)  # closes `page` when it flattens
        page_tables, chars = chars_to_tables(chars + inline, grids, i + 1)
        pages.append(Page(i + 1, width, height, tuple(chars_to_lines(chars, i + 1)), tuple(notes)))
        tables.extend(page_tables)
    return pages, tables, scanned


def _text_chars(chars: list) -> int:
    """Visible characters of a page, counted up to SPARSE_CHARS (all that the scan test needs)."""
    n = 0
    for ch in chars:
        if ch.text != " ":
            n += 1
            if n >= SPARSE_CHARS:
                break
    return n


def _ocr_pages(path: Path, pdf: pdfium.PdfDocument) -> tuple[list[Page], list[PdfTable]]:
    require_tesseract(path.name)
    if len(pdf) > LIMITS.ocr_pages:
        raise BadInput(ErrorCode.TOO_MANY_PAGES, path.name, f"bản quét {len(pdf)} trang > {LIMITS.ocr_pages}")
    recognised = _recognise_pages(path, pdf)
    pages, tables = [], []
    for i in range(len(pdf)):
        page = pdf[i]
        lines, page_tables = recognised.get(i, ([], []))
        tables.extend(page_tables)
        pages.append(Page(i + 1, page.get_width(), page.get_height(), tuple(lines)))
    return pages, tables


def _recognise_pages(path: Path, pdf: pdfium.PdfDocument,
                     only: set[int] | None = None) -> dict[int, tuple[list[Line], list[PdfTable]]]:
    """OCR every page with an image (of `only`, when given), `OCR_WORKERS` pages at a time (one tesseract
    process each); pages are rendered here, in this thread (pdfium is not thread-safe), while earlier ones are read."""
    done: dict[int, tuple[list[Line], list[PdfTable]]] = {}
    pending: deque[tuple[int, Future]] = deque()
    with ThreadPoolExecutor(max_workers=OCR_WORKERS) as pool:
        for i in range(len(pdf)):
            if only is not None and i not in only:
                continue
            page = pdf[i]
            if not _has_image(page):  # a page without any image is blank: nothing to recognise
                continue
            if len(pending) >= OCR_WORKERS:
                index, future = pending.popleft()
                done[index] = future.result()
            image = page.render(scale=LIMITS.ocr_dpi / 72, grayscale=True).to_pil()
            # the first page in colour too: a blue pen in the header's blanks is told from black print
            colour = page.render(scale=LIMITS.ocr_dpi / 72).to_pil() if i == 0 else None
            pending.append((i, pool.submit(image_to_lines, image, i + 1, LIMITS.ocr_dpi, path.name, colour)))
        for index, future in pending:
            done[index] = future.result()
    return done


def _has_image(page: pdfium.PdfPage) -> bool:
    return next(iter(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)), None) is not None


def _blocks(pages: list[Page], tables: list[PdfTable], margins: Margins, ocr: bool) -> list[Block]:
    blocks: list[Block] = []
    flow: list[Line] = []

    def flush() -> None:
        for para in lines_to_paragraphs(flow, margins):
            blocks.append(_paragraph_block(para, margins, len(blocks)))
        flow.clear()

    for page in pages:
        page_tables = sorted((t for t in tables if t.page == page.number), key=lambda t: t.bbox[1])
        for item in _with_tables(page_to_items(page), page_tables):
            if isinstance(item, Line):
                flow.append(item)
                continue
            flush()
            if isinstance(item, PdfTable) and blocks and blocks[-1].kind is BlockKind.TABLE \
                    and _starts_page(item, page) and (joined := _join(blocks[-1], item)) is not None:
                blocks[-1] = joined
                continue
            blocks.append(_table_block(item, len(blocks), ocr))
    flush()
    # Lines shown by annotations that fill no page line (a signing stamp: who signed, when) come after all
    # the pages, each block with its page: they never split a paragraph running over a page break, nor
    # join the closing's "Nơi nhận" list, and the header can still look them up (a stamped number or date).
    for page in pages:
        for para in lines_to_paragraphs(list(page.notes), margins):
            blocks.append(_paragraph_block(para, margins, len(blocks)).model_copy(update={"annotation": True}))
    return blocks


def _with_tables(items: list[Line | Region], tables: list[PdfTable]) -> list[Line | Region | PdfTable]:
    """Put each table before the first item that lies below its top."""
    out: list[Line | Region | PdfTable] = []
    pending = list(tables)
    for item in items:
        top = item.baseline if isinstance(item, Line) else min(l.baseline for l in item.left + item.right)
        while pending and pending[0].bbox[1] <= top:
            out.append(pending.pop(0))
        out.append(item)
    return out + pending


def _starts_page(table: PdfTable, page: Page) -> bool:
    return not any(l.baseline < table.bbox[1] for l in page.lines)


def _join(previous: Block, table: PdfTable) -> Block | None:
    first = PdfTable(previous.location.page or 0, (0, 0, 0, 0), tuple(tuple(r.texts) for r in previous.rows),
                     tuple(tuple(c.span for c in r.cells) for r in previous.rows))
    joined = join_split_tables(first, table)
    if joined is None:
        return None
    rows = _rows(joined)
    return previous.model_copy(update={"rows": rows, "text": _table_text(rows)})


def _rows(table: PdfTable) -> tuple[Row, ...]:
    spans = table.spans or tuple((1,) * len(r) for r in table.rows)
    return tuple(Row(cells=tuple(Cell(text=t, span=s) for t, s in zip(texts, row_spans)))
                 for texts, row_spans in zip(table.rows, spans))


def _paragraph_block(lines: list[Line], margins: Margins, index: int) -> Block:
    text = " ".join(l.text for l in lines)
    bold = None if lines[0].ocr else all(l.bold for l in lines)
    alignment = alignment_of(lines, margins)
    typed = parse_label(text)
    kind, level = block_kind(text, bold=bold, alignment=alignment, typed=typed)
    return Block(kind=kind, text=text, location=Location(index=index, page=lines[0].page), bold=bold,
                 alignment=alignment, font_size=lines[0].size, numbering=typed.label if typed else None,
                 level=level, ocr=lines[0].ocr)


def _table_block(item: Region | PdfTable, index: int, ocr: bool) -> Block:
    if isinstance(item, Region):
        cells = (Cell(text="\n".join(l.text for l in item.left)), Cell(text="\n".join(l.text for l in item.right)))
        rows, page = (Row(cells=cells),), item.page
    else:
        rows, page = _rows(item), item.page
    return Block(kind=BlockKind.TABLE, text=_table_text(rows), rows=rows, location=Location(index=index, page=page),
                 ocr=ocr)


def _table_text(rows: tuple[Row, ...]) -> str:
    return "\n".join(" | ".join(c.text.replace("\n", " ") for c in row.cells) for row in rows)
