"""corpus/campaign.json: what the check should find, written from the specs (the reviewer's data), not the extractor.

The plan, its deadline, the units it assigns, which report answers for which unit, who never reported, who was
late (and by how many days), who cited the wrong plan number, which "x/y đạt z%" is miscomputed, and the expected
verdict of each reported figure against the plan indicator it answers.
"""

from __future__ import annotations

import json
from pathlib import Path

from rapidfuzz import fuzz

from tools.corpus import doc_kh_tp, doc_kh_xa
from tools.corpus.common import CITY_DEADLINE, COMMUNE_DEADLINE, PLAN_NO
from tools.corpus.outputs import SUFFIX
from tools.corpus.registry import SPECS
from tools.corpus.spec import DocSpec, I, T

MONEY = {"tỷ đồng": 1000.0, "triệu đồng": 1.0}
MISSING_UNIT = "Hội Cựu chiến binh xã"


def files_of(spec: DocSpec) -> list[str]:
    return [f"{spec.folder}/{spec.name}{SUFFIX[f][0]}" for f in spec.formats]


def indicators_of(spec: DocSpec) -> list[I]:
    notes = []
    for item in spec.body:
        rows = item.rows if isinstance(item, T) else (item,)
        notes += [n for row in rows for n in row.notes if isinstance(n, I)]
    return notes


def _plan_measure(ind: I, plan: list[I]) -> I | None:
    same_code = [p for p in plan if p.code == ind.plan_code]
    def score(p: I) -> float:  # "hộ nghèo" must not win over "hộ cận nghèo": sort ratio breaks set-ratio ties
        a, b = p.name.lower(), ind.name.lower()
        return fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)

    return max(same_code, key=score, default=None)


def verdict(ind: I, measure: I) -> str:
    """met / not_met against the plan's own target, or unclear (a unit's share of a count, no target...)."""
    if ind.value is None or measure.target is None or measure.direction is None:
        return "unclear"
    if ind.unit == measure.unit == "%":
        value, target = ind.value, measure.target
    elif measure.unit == "%" and ind.ratio is not None and measure.direction == "increase":  # "16/16 ..., đạt 100%"
        value, target = ind.ratio, measure.target
    elif ind.unit == measure.unit and ind.target == measure.target:  # the same total, not a unit's share
        value, target = ind.value, measure.target
    elif ind.unit in MONEY and measure.unit in MONEY and ind.plan_code != "(2)":
        value, target = ind.value * MONEY[ind.unit], measure.target * MONEY[measure.unit]
    else:
        return "unclear"
    ok = value >= target if measure.direction == "increase" else value <= target
    return "met" if ok else "not_met"


def _report_row(spec: DocSpec, plan: list[I]) -> dict:
    days_late = max(0, (spec.issued_on - COMMUNE_DEADLINE).days)
    figures = []
    for ind in indicators_of(spec):
        measure = _plan_measure(ind, plan) if ind.plan_code else None
        figures.append({"name": ind.name, "plan_code": ind.plan_code, "plan_measure": measure and measure.name,
                        "value": ind.value, "target": ind.target, "unit": ind.unit,
                        "verdict": verdict(ind, measure) if measure else "unclear"})
    return {"files": files_of(spec), "unit": spec.extra["unit"], "assigned_unit": spec.extra["assigned"],
            "number": spec.number,
            "issued_on": spec.issued_on.isoformat(), "cites": spec.extra["plan_no"],
            "cites_right_plan": spec.extra["plan_no"] == PLAN_NO, "late": days_late > 0, "days_late": days_late,
            "figures": figures}


def _arithmetic_errors(reports: list[DocSpec]) -> list[dict]:
    out = []
    for spec in reports:
        for ind in indicators_of(spec):
            if ind.value and ind.target and ind.ratio:
                computed = round(ind.value / ind.target * 100, 1)
                if abs(computed - ind.ratio) > 0.6:
                    out.append({"file": files_of(spec)[0], "name": ind.name, "value": ind.value, "target": ind.target,
                                "stated_ratio": ind.ratio, "computed_ratio": computed})
    return out


def _assigned_units(reports: list[DocSpec]) -> list[dict]:
    """One entry per unit of the plan's table V.3 (the villages' shared row split per village), with its reports."""
    out = []
    for row, codes in doc_kh_xa.UNITS:
        names = ([f"Thôn {v.strip()}" for v in row.split(":", 1)[1].split(",")] if row.startswith("Các thôn")
                 else [row])
        for unit in names:
            files = [f for s in reports if s.extra["assigned"] == unit for f in files_of(s)]
            out.append({"unit": unit, "row": row, "plan_codes": [c.strip() for c in codes.split(",")],
                        "report_files": files})
    return out


def campaign() -> dict:
    plan = indicators_of(doc_kh_xa.SPEC)
    reports = [s for s in SPECS if s.kind == "bao_cao"]
    rows = [_report_row(s, plan) for s in reports]
    return {
        "plan": {"files": files_of(doc_kh_xa.SPEC), "number": PLAN_NO,
                 "issued_on": doc_kh_xa.SPEC.issued_on.isoformat(),
                 "deadline": COMMUNE_DEADLINE.isoformat(), "deadline_text": "trước ngày 10/12/2025",
                 "period_end": "2025-12-31"},
        "city_plan": {"files": files_of(doc_kh_tp.SPEC), "number": doc_kh_tp.SPEC.number,
                      "deadline": CITY_DEADLINE.isoformat(), "deadline_text": "trước ngày 15/12/2025"},
        "assigned_units": _assigned_units(reports),
        "reports": rows,
        "missing_units": [MISSING_UNIT],
        "late": [{"files": r["files"], "unit": r["unit"], "issued_on": r["issued_on"], "days_late": r["days_late"]}
                 for r in rows if r["late"]],
        "wrong_plan_number": [{"files": r["files"], "unit": r["unit"], "cites": r["cites"], "expected": PLAN_NO}
                              for r in rows if not r["cites_right_plan"]],
        "arithmetic_errors": _arithmetic_errors(reports),
        "notes": ["days_late counts from the last day allowed (2025-12-09) to the report's date",
                  "the villages (thôn) are assigned together in one row of the plan's table V.3"],
    }


def write_campaign(corpus: Path) -> Path:
    out = corpus / "campaign.json"
    out.write_text(json.dumps(campaign(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out
