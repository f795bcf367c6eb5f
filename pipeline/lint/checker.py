"""`vanban lint`: check a DOCX against Decree 30/2020/NĐ-CP (page, margins, fonts, header, number, date,
type name, Nơi nhận, signature block, body, page numbers) and its layout (`pipeline/lint/layout.py`: closing block
alone on the last page, table header words wider than their column, a header rule touching text). Each finding names its rule and ND30 reference."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError

from extractors.errors import BadInput, ErrorCode
from extractors.guards.zip_checks import check_docx_package
from pipeline.lint import rules as r
from pipeline.lint.formatting import lines as docx_lines
from pipeline.lint.layout import layout_rules
from pipeline.lint.rules import Finding

__all__ = ["Finding", "lint_docx", "lint_isolated"]
LINT_TIMEOUT_S, LINT_MEMORY_MB = 60, 1024


def lint_docx(path: str | Path, layout: bool = True) -> list[Finding]:
    """Every finding on one DOCX; `layout=False` skips the page layout (LibreOffice) rule, not the others."""
    path = Path(path)
    if path.stat().st_size == 0:
        raise BadInput(ErrorCode.EMPTY, path.name)
    check_docx_package(path)  # bombs, DTD/XXE, macros, bad member names: refused before python-docx reads it
    try:
        doc = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BadInput(ErrorCode.CORRUPT, path.name, str(exc)) from None
    lines = list(docx_lines(doc))
    return [
        *r.page_rules(doc),
        *r.font_rules(lines),
        *r.national_title_rules(lines),
        *r.issuer_rules(lines),
        *r.number_rules(lines),
        *r.date_rules(lines),
        *r.type_name_rules(lines),
        *r.body_rules(lines),
        *r.recipients_rules(lines),
        *r.signature_rules(lines),
        *r.page_number_rules(doc, lines),
        *layout_rules(doc, path if layout else None),
    ]


def lint_isolated(path: Path) -> list[Finding]:
    """`lint_docx` in a child process with time and memory limits (drafts from outside may be hostile)."""
    from pipeline.isolation import run_limited

    return run_limited(lint_docx, Path(path), file=Path(path).name, timeout_s=LINT_TIMEOUT_S,
                       memory_mb=LINT_MEMORY_MB)
