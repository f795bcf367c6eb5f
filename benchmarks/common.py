"""What every benchmark shares: the repository root, corpus file lists and gold, timing, peak memory, and
writing `bench-results/<name>.json`. Each `bench_*.py` puts the root on sys.path itself, then imports this."""

from __future__ import annotations

import json
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
RESULTS = ROOT / "bench-results"


def corpus_manifest(only: str = "", skip_scans: bool = False) -> list[dict]:
    """Rows of corpus/manifest.json (file, format, pages, ...) whose path contains `only`."""
    rows = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return [r for r in rows if only in r["file"] and not (skip_scans and "scan" in r.get("format", ""))]


def gold_of(path: Path) -> dict:
    """The hand-checked record stored next to a document as `<name>.gold.json`."""
    return json.loads(path.with_name(path.name + ".gold.json").read_text(encoding="utf-8"))


def timings(fn: Callable, *args, runs: int, fresh: Callable | None = None) -> list[float]:
    """Wall-clock seconds of `runs` calls of fn(*args); `fresh(args)` gives new arguments for each call."""
    times = []
    for _ in range(runs):
        call_args = fresh(args) if fresh else args
        start = time.perf_counter()
        fn(*call_args)
        times.append(time.perf_counter() - start)
    return times


def best_and_median(times: list[float]) -> tuple[float, float]:
    return min(times), statistics.median(times)


def peak_memory_mb() -> dict:
    """Peak resident memory of this process and of its largest finished child, in MB (ru_maxrss is KiB)."""
    kb = 1024.0
    return {"self": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kb, 1),
            "children": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kb, 1)}


def result_name(name: str, only: str = "") -> str:
    """`name`, or `name-only` for a partial run (`--only`), which must never replace the full result that
    `benchmarks/summary.py` reads."""
    return f"{name}-only" if only else name


def write_result(name: str, result: dict) -> Path:
    """bench-results/<name>.json (UTF-8, indented), then say so."""
    out = RESULTS / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    return out
