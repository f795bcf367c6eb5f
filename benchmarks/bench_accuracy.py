"""Accuracy benchmark: extraction over corpus/ scored against the gold, per field; pages per second; peak memory.

    .venv/bin/python benchmarks/bench_accuracy.py [--only TEXT]

Prints a table and writes bench-results/accuracy.json (accuracy-only.json with --only, so that a partial run never
replaces the full result `benchmarks/summary.py` reads). Each file is extracted in a limited child process
(`pipeline.isolation.run_limited`), so a failing reader counts as an empty record (all misses) and is listed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, corpus_manifest, gold_of, peak_memory_mb, result_name, write_result  # noqa: E402
from benchmarks.scoring import Scorer, record_to_dict  # noqa: E402
from extractors.errors import BadInput  # noqa: E402
from pipeline.isolation import WorkerBug, run_limited  # noqa: E402
from pipeline.stages import file_to_record  # noqa: E402

TIMEOUT_S = 300


def extract(path: Path) -> tuple[dict | None, str | None]:
    try:
        return record_to_dict(run_limited(file_to_record, path, file=path.name, timeout_s=TIMEOUT_S)), None
    except (BadInput, WorkerBug) as exc:
        return None, f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1][:300]}"


def misses(gold: dict, cand: dict | None) -> dict:
    """Per field of one file: how many gold items were missed (fn) and how many extra were found (fp)."""
    scorer = Scorer()
    scorer.add(gold, cand)
    return {k: {"fn": v["fn"], "fp": v["fp"]} for k, v in scorer.report()["fields"].items() if v["fn"] or v["fp"]}


def run(only: str = "") -> dict:
    overall, by_format = Scorer(), {}
    errors, pages, per_file = [], 0, []
    start = time.perf_counter()
    for row in corpus_manifest(only):
        path = CORPUS / row["file"]
        gold = gold_of(path)
        t0 = time.perf_counter()
        cand, error = extract(path)
        per_file.append({"file": row["file"], "seconds": round(time.perf_counter() - t0, 2), "error": error,
                         "misses": misses(gold, cand)})
        if error:
            errors.append({"file": row["file"], "error": error})
        overall.add(gold, cand)
        by_format.setdefault(row["format"], Scorer()).add(gold, cand)
        pages += row["pages"]
    seconds = time.perf_counter() - start
    return {**overall.report(), "by_format": {k: v.report()["fields"] for k, v in by_format.items()},
            "pages": pages, "seconds": round(seconds, 2), "pages_per_second": round(pages / seconds, 3),
            "peak_memory_mb": peak_memory_mb(), "errors": errors, "files": per_file}


def print_report(result: dict) -> None:
    print(f"{'field':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, c in result["fields"].items():
        print(f"{name:<22}{c['precision']:>7.3f}{c['recall']:>7.3f}{c['f1']:>7.3f}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}")
    print("agreement on matched items:")
    for name, a in result["attributes"].items():
        print(f"  {name:<26}{a['accuracy']:>7.3f} ({a['agree']}/{a['total']})")
    mem = result["peak_memory_mb"]
    if not result["pages"]:  # held-out sets are scored in-process, not timed
        print(f"{result['documents']} documents")
    else:
        print(f"{result['documents']} documents, {result['pages']} pages in {result['seconds']} s: "
              f"{result['pages_per_second']} pages/s; peak memory {mem['children']} MB (worker), "
              f"{mem['self']} MB (main)")
    for e in result["errors"]:
        print(f"  error {e['file']}: {e['error']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="score only files whose path contains this")
    only = ap.parse_args(argv).only
    result = run(only)
    print_report(result)
    write_result(result_name("accuracy", only), result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
