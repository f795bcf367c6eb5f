"""DOCX -> Document: body paragraphs and tables in order (nested tables too), then headers/footers.

The package is checked first (`guards.check_docx_package`), then loaded by python-docx (which does
not resolve entities); the body is walked as XML because python-docx does not expose numbering,
nested content controls or inherited fonts, and its cell objects are slow on 5,000-row tables.
"""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.errors import BadInput, DocWarning, ErrorCode
from extractors.guards import LIMITS, check_docx_package
from extractors.legacy_fonts import LegacyEncoding
from extractors.normalize import nfc_name
from extractors.readers.docx_numbering import numbering_from_xml
from extractors.readers.docx_paragraphs import DocxContext, ParagraphOut, paragraph_to_out
from extractors.readers.docx_styles import styles_from_xml
from extractors.readers.ooxml import int_val, val, w

_CONTAINERS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("smartTag")}


class _Builder:
    """Collects blocks in reading order, numbering their locations."""

    def __init__(self, ctx: DocxContext, name: str):
        self.ctx, self.name = ctx, name
        self.blocks: list[Block] = []
        self.warnings: list[DocWarning] = []
        self.cells = 0

    def add(self, kind: BlockKind | None, out: ParagraphOut | None = None, **fields) -> None:
        if len(self.blocks) >= LIMITS.blocks:
            raise BadInput(ErrorCode.TOO_LARGE, self.name, f"hơn {LIMITS.blocks} khối")
        loc = Location(index=len(self.blocks))
        if out is not None:
            fields = dict(kind=kind or out.kind, text=out.text, original=out.raw if out.raw.strip() != out.text else None,
                          bold=out.bold, italic=out.italic, alignment=out.alignment, font_size=out.font_size,
                          style=out.style, numbering=out.numbering, level=out.level)
        else:
            fields["kind"] = kind
        self.blocks.append(Block(location=loc, **fields))


def read_docx(path: Path) -> Document:
    check_docx_package(path)
    document = docx.Document(str(path))
    ctx = DocxContext(styles=styles_from_xml(_part_root(document, "styles")),
                      numbering=numbering_from_xml(_part_root(document, "numbering")))
    builder = _Builder(ctx, path.name)
    _walk(document.element.body, builder, depth=0)
    _headers_footers(document, builder)
    warnings = builder.warnings + _legacy_warnings(ctx)
    return Document(source=nfc_name(path.name), format="docx", blocks=tuple(builder.blocks), warnings=tuple(warnings))


def _part_root(document, which: str) -> etree._Element | None:
    try:
        part = document.part.numbering_part if which == "numbering" else document.part.styles
        return part.element if which == "numbering" else part.element
    except (NotImplementedError, KeyError, AttributeError):
        return None


def _walk(container: etree._Element, builder: _Builder, depth: int) -> None:
    for child in container:
        if child.tag == w("p"):
            out = paragraph_to_out(child, builder.ctx)
            if out is not None:
                builder.add(None, out)
        elif child.tag == w("tbl"):
            rows = _table_rows(child, builder, depth)
            builder.add(BlockKind.TABLE, text=_table_text(rows), rows=rows)
        elif child.tag in _CONTAINERS:
            _walk(child, builder, depth)


def _table_rows(tbl: etree._Element, builder: _Builder, depth: int) -> tuple[Row, ...]:
    if depth >= LIMITS.nesting:
        raise BadInput(ErrorCode.TOO_LARGE, builder.name, f"bảng lồng nhau quá {LIMITS.nesting} tầng")
    rows = []
    for tr in tbl.iter(w("tr")):
        if _owner_table(tr) is not tbl:
            continue
        if len(rows) >= LIMITS.table_rows or builder.cells >= LIMITS.table_cells:
            builder.warnings.append(DocWarning(
                code="table_truncated",
                message=f"Bảng quá lớn: chỉ đọc {len(rows)} hàng đầu, phần còn lại bị bỏ qua.",
                location=f"khối {len(builder.blocks)}"))
            break
        cells = tuple(_cell(tc, builder, depth) for tc in tr if tc.tag == w("tc") or tc.tag in _CONTAINERS)
        builder.cells += len(cells)
        rows.append(Row(cells=cells))
    return tuple(rows)


def _owner_table(el: etree._Element) -> etree._Element | None:
    for a in el.iterancestors(w("tbl")):
        return a
    return None


def _cell(tc: etree._Element, builder: _Builder, depth: int) -> Cell:
    if tc.tag != w("tc"):  # a content control around a cell
        inner = next(tc.iter(w("tc")), None)
        return _cell(inner, builder, depth) if inner is not None else Cell(text="")
    texts, tables = [], []
    for child in _cell_children(tc):
        if child.tag == w("p"):
            out = paragraph_to_out(child, builder.ctx)
            if out is not None:
                texts.append(out.text)
        elif child.tag == w("tbl"):
            rows = _table_rows(child, builder, depth + 1)
            tables.append(Block(kind=BlockKind.TABLE, text=_table_text(rows), rows=rows,
                                location=Location(index=len(builder.blocks))))
            texts.append(tables[-1].text)
    tcpr = tc.find(w("tcPr"))
    span = int_val(tcpr.find(w("gridSpan")), default=1) if tcpr is not None else 1
    return Cell(text="\n".join(texts), tables=tuple(tables), span=max(1, span or 1))


def _cell_children(tc: etree._Element):
    for child in tc:
        if child.tag in _CONTAINERS:
            yield from _cell_children(child)
        else:
            yield child


def _table_text(rows: tuple[Row, ...]) -> str:
    return "\n".join(" | ".join(c.text.replace("\n", " ") for c in row.cells) for row in rows)


def _headers_footers(document, builder: _Builder) -> None:
    seen: set[int] = set()
    for section in document.sections:
        for kind, attrs in ((BlockKind.HEADER, ("header", "first_page_header", "even_page_header")),
                            (BlockKind.FOOTER, ("footer", "first_page_footer", "even_page_footer"))):
            for attr in attrs:
                part = getattr(section, attr)
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if id(element) in seen:
                    continue
                seen.add(id(element))
                for p in element.iter(w("p")):
                    out = paragraph_to_out(p, builder.ctx)
                    if out is not None:
                        builder.add(kind, out)


def _legacy_warnings(ctx: DocxContext) -> list[DocWarning]:
    names = {LegacyEncoding.TCVN3: "TCVN3 (ABC)", LegacyEncoding.TCVN3_UPPER: "TCVN3 (ABC)", LegacyEncoding.VNI: "VNI"}
    out = []
    for enc, fonts in ctx.legacy_used.items():
        out.append(DocWarning(
            code="legacy_font",
            message=(f"Văn bản dùng phông chữ cũ {names[enc]} ({', '.join(sorted(fonts))}); đã chuyển sang Unicode. "
                     "Đề nghị kiểm tra lại chữ hoa có dấu.")))
    return out
