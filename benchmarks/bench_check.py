"""Benchmark: check 100 / 250 / 500 unit reports against one plan (target: 500 in under 5 s, linear).

Reports are generated from the corpus report gold records by varying their values (seeded): the target
applies to these. A stress run ("new wording") also rewords every indicator name of every report, so that
no cached name is reused (1.600 distinct names: far more than a real campaign has); it is reported, not judged.
Prints the figures and writes bench-results/check.json.

    .venv/bin/python benchmarks/bench_check.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, write_result  # noqa: E402
from extractors.records import Record  # noqa: E402
from pipeline.check import check_campaign, check_report  # noqa: E402
from pipeline.check.names import name_key  # noqa: E402
from pipeline.check.report_check import plan_index  # noqa: E402

SIZES = (100, 250, 500)
TARGET_S = 5.0


def load(path: Path) -> Record:
    return Record.model_validate(json.loads(path.read_text(encoding="utf-8")))


def vary(report: Record, k: int, rng: random.Random, new_wording: bool) -> Record:
    """Report number k: every value scaled by a random factor (a stated "đạt z%" kept consistent with it);
    with `new_wording`, names reworded."""
    indicators = []
    for ind in report.indicators:
        value = None if ind.value is None else round(ind.value * rng.uniform(0.8, 1.2), 2)
        ratio = round(value / ind.target * 100, 1) if ind.ratio is not None and value and ind.target else ind.ratio
        name = f"{ind.name} (lần {k})" if new_wording else ind.name
        indicators.append(ind.model_copy(update={"value": value, "ratio": ratio, "name": name}))
    day = report.issued_on + dt.timedelta(days=rng.randint(-5, 5)) if report.issued_on else None
    return report.model_copy(update={"indicators": tuple(indicators), "issued_on": day,
                                     "source": f"bao-cao-{k}.docx"})


def generate(bases: list[Record], n: int, new_wording: bool) -> list[Record]:
    rng = random.Random(20251209 + n)
    return [vary(bases[k % len(bases)], k, rng, new_wording) for k in range(n)]


def cold() -> None:
    """Forget every cached name key and plan index, so each run starts from nothing."""
    name_key.cache_clear()
    plan_index.cache_clear()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(plan: Record, bases: list[Record], n: int, new_wording: bool) -> dict:
    reports = generate(bases, n, new_wording)
    cold()
    seconds = timed(lambda: [check_report(r, plan) for r in reports])
    cold()
    campaign_s = timed(lambda: check_campaign(plan, reports, as_of=dt.date(2025, 12, 15)))
    indicators = sum(len(r.indicators) for r in reports)
    return {"reports": n, "indicators": indicators, "new_wording": new_wording, "check_report_s": round(seconds, 3),
            "per_report_ms": round(seconds / n * 1000, 2), "check_campaign_s": round(campaign_s, 3)}


def slowest_500(rows: list[dict], new_wording: bool) -> float:
    runs = [r for r in rows if r["reports"] == 500 and r["new_wording"] == new_wording]
    return max(max(r["check_report_s"], r["check_campaign_s"]) for r in runs)


def main() -> int:
    plan = load(CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx.gold.json")
    bases = [load(p) for p in sorted((CORPUS / "bao_cao").glob("*.gold.json"))]
    if not bases:
        print("no report gold records in corpus/bao_cao: nothing to benchmark")
        return 1
    check_report(bases[0], plan)  # warm up: underthesea loads its model once
    rows = [run(plan, bases, n, wording) for wording in (False, True) for n in SIZES]
    for r in rows:
        kind = "new wording " if r["new_wording"] else "same wording"
        print(f"{kind} {r['reports']:4d} reports ({r['indicators']:5d} indicators): "
              f"check_report {r['check_report_s']:6.2f} s = {r['per_report_ms']:6.2f} ms/report; "
              f"check_campaign {r['check_campaign_s']:6.2f} s")
    worst, stress = slowest_500(rows, new_wording=False), slowest_500(rows, new_wording=True)
    print(f"500 reports: {worst:.2f} s (target < {TARGET_S:.0f} s): {'OK' if worst < TARGET_S else 'SLOW'}; "
          f"stress, every name new: {stress:.2f} s")
    write_result("check", {"target_s": TARGET_S, "runs": rows, "worst_500_s": worst, "stress_500_s": stress})
    return 0


if __name__ == "__main__":
    sys.exit(main())
