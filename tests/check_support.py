"""Helpers for the check tests: the corpus plan's gold record and small report records built in code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractors.records import Citation, Indicator, Record

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PLAN_GOLD = CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx.gold.json"


def load_gold(path: Path) -> Record:
    """A gold record (extra keys such as `plan_code` are ignored by the model)."""
    return Record.model_validate(json.loads(path.read_text(encoding="utf-8")))


def gold_plan() -> Record:
    if not PLAN_GOLD.exists():
        pytest.skip(f"corpus plan gold not built yet: {PLAN_GOLD}")
    return load_gold(PLAN_GOLD)


def ind(name: str, value: float | None = None, unit: str | None = "%", **kw) -> Indicator:
    return Indicator(name=name, value=value, unit=unit, text=kw.pop("text", name), **kw)


def plan_indicator(plan: Record, name: str) -> Indicator:
    return next(i for i in plan.indicators if i.name == name)


def report(*indicators: Indicator, issued_on: dt.date = dt.date(2025, 12, 5), cites: str | None = "05/KH-UBND",
           issuer: str = "CÔNG AN XÃ KIẾN MINH", source: str = "bao-cao.docx") -> Record:
    citations = ()
    if cites:
        citations = (Citation(kind="Kế hoạch", number=cites, date=dt.date(2025, 9, 15),
                              text=f"Thực hiện Kế hoạch số {cites} ngày 15/9/2025 của UBND xã Kiến Minh",
                              relation="reports_on"),)
    return Record(source=source, kind="bao_cao", number="12/BC-CA", issued_on=issued_on, issuer=issuer,
                  citations=citations, indicators=tuple(indicators))
