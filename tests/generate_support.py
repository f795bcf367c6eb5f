"""Inputs of the generation tests: the corpus city plan, commune plan and unit reports as their gold records
(so the tests do not depend on extraction), and the Kiến Minh office profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from extractors.records import Record
from pipeline.profile import Profile, load_profile

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CITY_PLAN = CORPUS / "ke_hoach" / "ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx"
COMMUNE_PLAN = CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
PROFILE = CORPUS / "profile.toml"
ISSUED = dt.date(2025, 9, 15)
AS_OF = dt.date(2025, 12, 12)


def gold(path: Path) -> Record:
    return Record.model_validate_json(Path(f"{path}.gold.json").read_text(encoding="utf-8"))


def report_golds() -> list[Record]:
    return [Record.model_validate_json(p.read_text(encoding="utf-8"))
            for p in sorted((CORPUS / "bao_cao").glob("*.gold.json"))]


def profile() -> Profile:
    return load_profile(PROFILE)


def docx_text(path: Path) -> str:
    """All paragraph text of a DOCX, tables included, in reading order (python-docx)."""
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)
