"""Blocks -> indicators (chỉ tiêu): prose (`indicators_prose`) and table rows (`indicators_table`), in reading order."""

from __future__ import annotations

from extractors.blocks import Document
from extractors.indicators_context import context_at, document_to_paragraphs, document_to_tables
from extractors.indicators_names import complete_period
from extractors.indicators_prose import paragraph_to_indicators
from extractors.indicators_table import table_to_indicators
from extractors.indicators_text_table import document_to_text_tables
from extractors.patterns.dates import NAMED_YEAR_RE
from extractors.patterns.header import PLAN_TITLE_RE
from extractors.patterns.indicators import period_in
from extractors.records import Header, Indicator
from extractors.sections import section_paths

# Kinds whose bare figures are targets; in every other kind (báo cáo, thông báo, công văn ...) a bare figure
# is a reported value. When the header stage could not tell the kind, the title line says it: "KẾ HOẠCH".
_PLAN_KINDS = ("ke_hoach", "quyet_dinh")
_TITLE_SCAN_BLOCKS = 25


def _is_report(doc: Document, header: Header) -> bool:
    if header.kind != "khac":
        return header.kind not in _PLAN_KINDS
    return not any(PLAN_TITLE_RE.match(b.text) for b in doc.blocks[:_TITLE_SCAN_BLOCKS])


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


def blocks_to_indicators(doc: Document, header: Header) -> tuple[Indicator, ...]:
    is_report = _is_report(doc, header)
    paths = section_paths(doc)
    year = _year(doc, header)
    # plans and reports cover a period (the year, unless a heading or the sentence says otherwise); a notice or a
    # letter states where things stand, so its figures get no period unless they say one
    covers_year = header.kind in (*_PLAN_KINDS, "bao_cao", "khac") and year is not None
    paragraphs = document_to_paragraphs(doc, year, paths, _default_period(header, year, covers_year), is_report)
    tables = document_to_tables(doc, paragraphs, paths)
    text_tables = document_to_text_tables(doc)
    tables += [(t.block, context_at(paragraphs, t.first, paths)) for t in text_tables]
    covered = {i for t in text_tables for i in range(t.first, t.last + 1)}
    prose = [p for p in paragraphs if covered.isdisjoint(range(p.index, p.last + 1))]
    found: list[tuple[int, list[Indicator]]] = [(p.index, paragraph_to_indicators(p, is_report)) for p in prose]
    found += [(ctx.index if ctx else 0, table_to_indicators(b, ctx, is_report)) for b, ctx in tables]
    return tuple(i for _, group in sorted(found, key=lambda f: f[0]) for i in group)
