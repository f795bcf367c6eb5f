"""`vanban lint`: check a DOCX against Decree 30/2020/NĐ-CP (page, margins, fonts, header, number, date,
type name, Nơi nhận, signature block, body, page numbers). Each finding names its rule and ND30 reference."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError

from extractors.errors import BadInput, ErrorCode
from pipeline import lint_rules as r
from pipeline.lint_docx import lines as docx_lines
from pipeline.lint_rules import Finding

__all__ = ["Finding", "lint_docx"]


def lint_docx(path: str | Path) -> list[Finding]:
    path = Path(path)
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
    ]
