"""DOCX -> Document: body paragraphs and tables in order (nested tables too), then headers/footers, then
footnotes and endnotes (kind "note", one block per paragraph of a note).

The package is checked first (`guards.check_docx_package`), then its parts are parsed with a safe
plain lxml parser and walked as XML: python-docx does not expose numbering, nested content
controls or inherited fonts, and its proxy objects are slow on 5,000-row tables.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.errors import BadInput, DocWarning, ErrorCode, WarningCode
from extractors.guards import LIMITS, check_docx_package
from extractors.legacy_fonts import LegacyEncoding
from extractors.normalize import nfc_name
from extractors.readers.docx_numbering import numbering_from_xml
from extractors.readers.docx_package import read_parts
from extractors.readers.docx_paragraphs import DocxContext, ParagraphOut, paragraph_to_out
from extractors.readers.docx_styles import styles_from_xml
from extractors.readers.ooxml import int_val, w

_PAGE_NUMBER_RE = re.compile(r"^[\s\-–—]*(?:Trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-–—]*$", re.IGNORECASE)
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
    parts = read_parts(path)
    body = parts.document.find(w("body")) if parts.document is not None else None
    if body is None:
        raise BadInput(ErrorCode.CORRUPT, path.name, "word/document.xml không có phần thân (w:body)")
    ctx = DocxContext(styles=styles_from_xml(parts.styles), numbering=numbering_from_xml(parts.numbering))
    builder = _Builder(ctx, path.name)
    _walk(body, builder, depth=0)
    for kind, roots in ((BlockKind.HEADER, parts.headers), (BlockKind.FOOTER, parts.footers)):
        for root in roots:
            for p in root.iter(w("p")):
                if (out := paragraph_to_out(p, ctx)) is not None and not _PAGE_NUMBER_RE.match(out.text):
                    builder.add(kind, out)
    for root in parts.notes:
        _add_notes(root, builder)
    warnings = builder.warnings + _legacy_warnings(ctx)
    return Document(source=nfc_name(path.name), format="docx", blocks=tuple(builder.blocks), warnings=tuple(warnings))


_SEPARATOR_NOTES = ("separator", "continuationSeparator", "continuationNotice")


def _add_notes(root: etree._Element, builder: _Builder) -> None:
    """Each footnote or endnote paragraph as a note block (Word's separator notes are skipped)."""
    for note in root:
        if note.tag not in (w("footnote"), w("endnote")) or note.get(w("type")) in _SEPARATOR_NOTES:
            continue
        for p in note.iter(w("p")):
            if (out := paragraph_to_out(p, builder.ctx)) is not None and out.text.strip():
                builder.add(BlockKind.NOTE, out)


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
                code=WarningCode.TABLE_TRUNCATED,
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


def _legacy_warnings(ctx: DocxContext) -> list[DocWarning]:
    families = {LegacyEncoding.TCVN3: "TCVN3 (ABC)", LegacyEncoding.TCVN3_UPPER: "TCVN3 (ABC)", LegacyEncoding.VNI: "VNI"}
    fonts_by_family: dict[str, set[str]] = {}
    for enc, fonts in ctx.legacy_used.items():
        fonts_by_family.setdefault(families[enc], set()).update(fonts)
    return [DocWarning(code=WarningCode.LEGACY_FONT, message=(
        f"Văn bản dùng phông chữ cũ {family} ({', '.join(sorted(fonts))}); đã chuyển sang Unicode. "
        "Đề nghị kiểm tra lại chữ hoa có dấu.")) for family, fonts in fonts_by_family.items()]
