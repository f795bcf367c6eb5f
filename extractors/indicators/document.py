"""A document's view -> its indicators (chỉ tiêu) and figures: prose (`prose`) and tables (`table`), in reading order."""

from __future__ import annotations

from extractors.blocks import Block, BlockKind, Document
from extractors.context import DocumentView, document_to_view
from extractors.indicators.context import Paragraph, context_at, document_to_paragraphs, document_to_tables
from extractors.indicators.measures import Measures
from extractors.indicators.names import complete_period
from extractors.indicators.prose import paragraph_to_measures
from extractors.indicators.qualitative import uncoded_plan_items
from extractors.indicators.table import continue_tables, table_to_measures
from extractors.indicators.text_table import document_to_text_tables
from extractors.patterns.dates import NAMED_YEAR_RE
from extractors.patterns.header import PLAN_TITLE_RE
from extractors.patterns.indicators import PLAN_NUMBER_RE, STATISTICS_TITLE_RE, UNIT_CAPTION_RE, period_in
from extractors.patterns.units import canonical_unit, unit_kind
from extractors.records import Header, Indicator

# Kinds whose bare figures are targets; in every other kind (báo cáo, thông báo, công văn ...) a bare figure
# is a reported value. When the header stage could not tell the kind, the title line says it: "KẾ HOẠCH".
_PLAN_KINDS = ("ke_hoach", "quyet_dinh")
_TITLE_SCAN_BLOCKS = 25
_CAPTION_BLOCKS = 2  # lines above a table that may state its unit


def _is_report(doc: Document, header: Header) -> bool:
    if header.kind != "khac":
        return header.kind not in _PLAN_KINDS
    # the title line ("KẾ HOẠCH"), else the type in the document's number ("Số: 12/KH-UBND" on a scan whose
    # title OCR lost)
    opening = doc.blocks[:_TITLE_SCAN_BLOCKS]
    return not any(PLAN_TITLE_RE.match(b.text) or PLAN_NUMBER_RE.search(b.text) for b in opening)


def _year(doc: Document, header: Header) -> int | None:
    """The document's year: its date, else the first year its opening lines name ("... nhiệm vụ năm 2025")."""
    if header.year:
        return header.year
    found = next((m for b in doc.blocks[:_TITLE_SCAN_BLOCKS] if (m := NAMED_YEAR_RE.search(b.text))), None)
    return int(found.group(1)) if found else None


def _default_period(header: Header, year: int | None, covers_year: bool) -> str | None:
    """The period a document covers: the one its title names ("Báo cáo kết quả ... 9 tháng đầu năm 2024"), else
    its year for a plan or report."""
    if covers_year and (titled := period_in(header.title or "")) and not titled.startswith("năm"):
        return complete_period(titled, year)
    return f"năm {year}" if covers_year else None


def _table_kind(doc: Document, header: Header) -> str:
    """The kind that tells what a statistical table states: the header's, else a form's title ("BẢNG TỔNG HỢP
    ...", "Biểu mẫu số 01") makes it a report."""
    if header.kind != "khac":
        return header.kind
    titled = any(STATISTICS_TITLE_RE.match(b.text) for b in doc.blocks[:_TITLE_SCAN_BLOCKS])
    return "bao_cao" if titled else header.kind


def _notes(doc: Document, year: int | None) -> list[Paragraph]:
    """Footnotes and endnotes as paragraphs of their own: their figures count, under no section."""
    return [Paragraph(text=b.text, index=i, last=i, location=str(b.location), label=None, zone="other",
                      section=None, period=None, year=year)
            for i, b in enumerate(doc.blocks) if b.kind == BlockKind.NOTE and b.text.strip()]


def _caption_unit(doc: Document, index: int, table: Block) -> str | None:
    """"Đơn vị tính: triệu đồng" on a line above the table or in its first row."""
    texts = [b.text for b in doc.blocks[max(0, index - _CAPTION_BLOCKS): index]]
    texts += [c.text for c in table.rows[0].cells] if table.rows else []
    for text in reversed(texts):
        for found in UNIT_CAPTION_RE.finditer(text):
            for words in range(3, 0, -1):  # "Triệu đồng", "ha" (not "UBND xã": no unit)
                unit = canonical_unit(" ".join(found.group("unit").split()[:words]))
                if unit_kind(unit) is not None:
                    return unit
    return None


def view_to_measures(view: DocumentView) -> Measures:
    """Every indicator and figure of the document, in reading order."""
    doc, header = view.doc, view.header
    is_report = _is_report(doc, header)
    paths = list(view.section_paths)
    year = _year(doc, header)
    # plans and reports cover a period (the year, unless a heading or the sentence says otherwise); a notice or a
    # letter states where things stand, so its figures get no period unless they say one
    covers_year = header.kind in (*_PLAN_KINDS, "bao_cao", "khac") and year is not None
    paragraphs = document_to_paragraphs(doc, view.paragraphs, paths, year,
                                        _default_period(header, year, covers_year), is_report)
    tables = continue_tables(document_to_tables(doc, paragraphs, paths))
    text_tables = document_to_text_tables(doc)
    tables += [(t.first, t.block, context_at(paragraphs, t.first, paths)) for t in text_tables]
    covered = {i for t in text_tables for i in range(t.first, t.last + 1)}
    prose = [p for p in paragraphs if covered.isdisjoint(range(p.index, p.last + 1))]
    prose += _notes(doc, year)
    found = [(p.index, paragraph_to_measures(p, is_report)) for p in prose]
    if not is_report:  # "7. Hoàn thành xây dựng nhà văn hóa ..." among measured chỉ tiêu: a qualitative target
        for k, ind in uncoded_plan_items(prose, [m for _, m in found]).items():
            found[k] = (found[k][0], Measures([ind], found[k][1].figures))
    table_kind = _table_kind(doc, header)
    found += [(i, table_to_measures(b, ctx, is_report, _caption_unit(doc, i, b), table_kind)) for i, b, ctx in tables]
    found.sort(key=lambda f: f[0])
    return Measures([i for _, m in found for i in m.indicators], [f for _, m in found for f in m.figures])


def blocks_to_indicators(doc: Document, header: Header | None = None) -> tuple[Indicator, ...]:
    """The indicators of a document read alone (tests, benchmarks); the pipeline uses `view_to_measures`."""
    return tuple(view_to_measures(document_to_view(doc, header)).indicators)
