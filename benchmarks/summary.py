"""One table of every product-owner target, read back from bench-results/*.json: measured figure, PASS or MISS.
The real-document figures (bench-results/real.json) come first: they are the headline.

    .venv/bin/python benchmarks/summary.py

Run last by `make bench` (after every bench_*.py). A target whose result file or figure is missing counts as
MISS ("no result"). Exit status 0 even on a MISS: the table is the report. Writes bench-results/summary.json.
"""

from __future__ import annotations

import json
import operator
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, write_result  # noqa: E402

HEADER_FIELDS = ("kind", "number", "issued_on", "place", "issuer", "parent_issuer", "title", "signer.name",
                 "signer.position", "signer.authority")
LINEAR_SLACK = 1.5  # per-report time at 500 reports may be at most 1.5x the time at 100


@dataclass(frozen=True)
class Target:
    label: str
    source: str  # bench-results/<source>.json
    figure: Callable[[dict], float]
    compare: str  # "<", "<=", ">="
    limit: float
    unit: str = ""


def micro_f1(fields: dict, names: tuple[str, ...]) -> float:
    """F1 over the pooled tp/fp/fn of several fields (header metadata: one figure for ten fields)."""
    tp = sum(fields[n]["tp"] for n in names)
    fp = sum(fields[n]["fp"] for n in names)
    fn = sum(fields[n]["fn"] for n in names)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def growth(runs: list[dict], new_wording: bool, key: str) -> float:
    """Per-report time at the largest size over per-report time at the smallest (1.0 = exactly linear)."""
    rows = sorted((r for r in runs if r["new_wording"] == new_wording), key=lambda r: r["reports"])
    first, last = rows[0], rows[-1]
    return (last[key] / last["reports"]) / (first[key] / first["reports"])


def long_pdf_ratio(read: dict) -> float:
    """Our reading time over pdftotext's on the 30-page text PDF alone (fixed start-up costs matter less)."""
    return next(f["ratio_to_pdftotext"] for f in read["files"] if f["kind"] == "pdf-30p")


def long_document_peak(read: dict) -> float:
    return max(d["peak_mb"] for d in read["summary"]["long_document"].values())


def real_share(result: dict) -> float:
    """Share of the real documents' annotated header fields (kind, number, issued_on, issuer) read right."""
    return result["header"]["share"]


# The headline: real documents of other offices (corpus/real/dev, benchmarks/bench_real.py), goals of issue #15
REAL_TARGETS = (
    Target("real dev: header kind/number/date/issuer right", "real", real_share, ">=", 0.95),
    Target("real dev: citations F1", "real", lambda r: r["fields"]["citations"]["f1"], ">=", 0.95),
    Target("real dev: deadlines F1", "real", lambda r: r["fields"]["deadlines"]["f1"], ">=", 0.90),
    Target("real dev: indicators F1", "real", lambda r: r["fields"]["indicators"]["f1"], ">=", 0.85),
)
TARGETS = (
    *REAL_TARGETS,
    Target("read text PDFs vs pdftotext (all, summed)", "read", lambda r: r["summary"]["text_pdf_vs_pdftotext"]["ratio"], "<=", 3,
           "x"),
    Target("read 30-page text PDF vs pdftotext", "read", long_pdf_ratio, "<=", 3, "x"),
    Target("peak memory reading 30 pages", "read", long_document_peak, "<", 300, "MB"),
    Target("peak memory, accuracy worker (OCR incl.)", "accuracy", lambda r: r["peak_memory_mb"]["children"], "<",
           300, "MB"),
    Target("indicators F1 (corpus)", "accuracy", lambda r: r["fields"]["indicators"]["f1"], ">=", 0.95),
    Target("indicators F1 (held-out)", "indicators", lambda r: r["heldout"]["f1"], ">=", 0.95),
    Target("deadlines F1 (corpus)", "accuracy", lambda r: r["fields"]["deadlines"]["f1"], ">=", 0.95),
    Target("deadlines F1 (held-out meta, round 1)", "heldout_meta", lambda r: r["round1"]["fields"]["deadlines"]["f1"],
           ">=", 0.95),
    Target("citations F1 (corpus)", "accuracy", lambda r: r["fields"]["citations"]["f1"], ">=", 0.98),
    Target("citations F1 (held-out meta, round 1)", "heldout_meta", lambda r: r["round1"]["fields"]["citations"]["f1"],
           ">=", 0.98),
    Target("metadata F1 (corpus, 10 header fields)", "accuracy", lambda r: micro_f1(r["fields"], HEADER_FIELDS), ">=",
           0.98),
    Target("metadata F1 (held-out meta, round 1)", "heldout_meta", lambda r: micro_f1(r["round1"]["fields"],
                                                                                       HEADER_FIELDS), ">=", 0.98),
    Target("extraction of 30 pages (median)", "extraction", lambda r: r["stages"]["total"]["median_s"], "<", 0.5, "s"),
    Target("check of 500 reports", "check", lambda r: r["worst_500_s"], "<", 5, "s"),
    Target("check growth 100->500 (per report)", "check",
           lambda r: max(growth(r["runs"], False, "check_report_s"), growth(r["runs"], False, "check_campaign_s")),
           "<=", LINEAR_SLACK, "x"),
    Target("check of 500 reports, stress (all names new)", "check", lambda r: r["stress_500_s"], "<", 5, "s"),
    Target("check growth, stress (per report)", "check",
           lambda r: max(growth(r["runs"], True, "check_report_s"), growth(r["runs"], True, "check_campaign_s")),
           "<=", LINEAR_SLACK, "x"),
    Target("render plan (ke_hoach.docx)", "generate", lambda r: r["plan_render_s"], "<", 2, "s"),
    Target("consolidated report, 500 reports (check+render)", "generate",
           lambda r: r["check_campaign_s"] + r["report_render_s"], "<", 10, "s"),
    Target("drop-to-record latency (median)", "inbox", lambda r: r["latency"]["median_s"], "<", 1.5, "s"),
    Target("batch ingest vs reading", "inbox", lambda r: r["throughput"]["ratio"], "<=", 3, "x"),
)
COMPARE = {"<": operator.lt, "<=": operator.le, ">=": operator.ge}


def measure(target: Target, results: Path = RESULTS) -> tuple[float | None, str]:
    """The figure and PASS/MISS of one target; MISS with no figure when its result is missing or incomplete."""
    path = results / f"{target.source}.json"
    try:
        value = float(target.figure(json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, KeyError, IndexError, StopIteration, TypeError, ValueError, ZeroDivisionError):
        return None, "MISS"
    return value, "PASS" if COMPARE[target.compare](value, target.limit) else "MISS"


def summarise(results: Path = RESULTS) -> list[dict]:
    rows = []
    for t in TARGETS:
        value, verdict = measure(t, results)
        rows.append({"target": t.label, "source": f"{t.source}.json", "measured": value,
                     "limit": f"{t.compare} {t.limit:g}{t.unit and ' ' + t.unit}", "verdict": verdict})
    return rows


def main() -> int:
    rows = summarise()
    width = max(len(r["target"]) for r in rows)
    print(f"{'target':<{width}}  {'measured':>10}  {'limit':<10}  verdict  (from)")
    for r in rows:
        shown = "no result" if r["measured"] is None else f"{r['measured']:.3f}"
        print(f"{r['target']:<{width}}  {shown:>10}  {r['limit']:<10}  {r['verdict']:<7}  ({r['source']})")
    misses = sum(r["verdict"] == "MISS" for r in rows)
    print(f"{len(rows) - misses} PASS, {misses} MISS")
    write_result("summary", {"targets": rows, "pass": len(rows) - misses, "miss": misses})
    return 0


if __name__ == "__main__":
    sys.exit(main())
