"""Robustness benchmark: every PDF of a large public collection of other PDF libraries' test files, read the
way `vanban read --json --timeout 60` reads it (a limited child: 60 s, plus 15 s per page that needs OCR,
1 GiB), compared with `pdftotext` on the same file.

Counts by outcome (read / refused with a code / timeout / bug), the share of pdftotext's visible characters
vanban keeps, and seconds per page. Targets (issue #14): no timeout where pdftotext takes under 5 s; no
bug; wherever pdftotext finds more than 200 visible characters, vanban reads the file and keeps at least
80% of them. Files that miss a target are listed. Writes bench-results/robustness.json.

The collection is not in the repository (44 MB, 868 files). Get it with (see README, "Readers"):

    mkdir -p ~/.cache/vanban-robustness && cd ~/.cache/vanban-robustness
    for r in qpdf/qpdf pdfminer/pdfminer.six py-pdf/pypdf py-pdf/sample-files; do
        git clone --depth 1 https://github.com/$r "$(echo $r | tr / +)"; done

    .venv/bin/python benchmarks/bench_robustness.py [--dir DIR] [--only SUBSTRING] [--limit N]

Without the collection it says so and exits 0 (`make bench` goes on).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import result_name, write_result  # noqa: E402

DEFAULT_DIR = Path.home() / ".cache" / "vanban-robustness"
TIMEOUT_S = 60.0
OCR_SECONDS_PER_PAGE = 15.0
MEMORY_MB = 1024
FAST_PDFTOTEXT_S = 5.0  # no timeout allowed where pdftotext is faster than this
MIN_REF_CHARS = 200  # the kept-characters target applies where pdftotext finds more than this
KEPT_TARGET = 0.80


def visible(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in unicodedata.normalize("NFC", text):
        if not ch.isspace() and ch != "\f":
            counts[ch] = counts.get(ch, 0) + 1
    return counts


def kept_share(ref: dict[str, int], got: dict[str, int]) -> float:
    total = sum(ref.values())
    return sum(min(n, got.get(ch, 0)) for ch, n in ref.items()) / total if total else 1.0


def pdftotext(path: Path) -> tuple[float, dict[str, int] | None]:
    """(seconds, visible characters) of `pdftotext -layout`; None when it fails or takes over 60 s."""
    start = time.perf_counter()
    try:
        done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, timeout=TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None
    seconds = time.perf_counter() - start
    if done.returncode != 0 and not done.stdout:
        return seconds, None
    return seconds, visible(done.stdout.decode("utf-8", errors="replace"))


def read_one(path: Path) -> dict:
    from extractors.errors import BadInput, ErrorCode
    from extractors.readers import file_to_document
    from pipeline.commands.read import scanned_pages
    from pipeline.isolation import WorkerBug, run_limited

    start = time.perf_counter()
    scans = scanned_pages(path, MEMORY_MB)
    limit = TIMEOUT_S + OCR_SECONDS_PER_PAGE * scans
    try:
        doc = run_limited(file_to_document, path, file=path.name, timeout_s=limit, memory_mb=MEMORY_MB)
    except BadInput as exc:
        outcome = "timeout" if exc.code is ErrorCode.TIMEOUT else "refused"
        return {"outcome": outcome, "code": str(exc.code), "detail": exc.detail[:160],
                "seconds": round(time.perf_counter() - start, 3), "limit_s": limit}
    except WorkerBug as exc:
        return {"outcome": "bug", "code": "bug", "detail": str(exc).strip().splitlines()[-1][:200],
                "seconds": round(time.perf_counter() - start, 3), "limit_s": limit}
    return {"outcome": "read", "code": doc.format, "pages": doc.pages, "blocks": len(doc.blocks),
            "seconds": round(time.perf_counter() - start, 3), "limit_s": limit,
            "visible": visible(" ".join(b.text for b in doc.blocks))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", default="")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    files = sorted(p for p in args.dir.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file() and args.only in str(p))
    if args.limit:
        files = files[:args.limit]
    if not files or shutil.which("pdftotext") is None:
        print(f"skip: no PDF collection at {args.dir} (or no pdftotext); see the docstring of {Path(__file__).name}")
        return
    import extractors.readers.pdf  # noqa: F401 - loaded once: each forked reader starts warm

    rows = []
    for n, path in enumerate(files, start=1):
        ref_s, ref = pdftotext(path)
        row = {"file": str(path.relative_to(args.dir)), "pdftotext_s": round(ref_s, 3),
               "pdftotext_chars": sum(ref.values()) if ref is not None else None, **read_one(path)}
        got = row.pop("visible", None)
        if ref is not None and got is not None:
            row["kept"] = round(kept_share(ref, got), 4)
        rows.append(row)
        print(f"{n:4}/{len(files)} {row['outcome']:8} {row['code']:14} {row['seconds']:6.2f} s "
              f"{row.get('kept', ''):>7} {row['file'][:90]}", flush=True)
    summary = summarise(rows)
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    write_result(result_name("robustness", args.only or (str(args.limit) if args.limit else "")),
                 {"summary": summary, "files": rows})


def summarise(rows: list[dict]) -> dict:
    outcomes: dict[str, int] = {}
    codes: dict[str, int] = {}
    for r in rows:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
        if r["outcome"] == "refused":
            codes[r["code"]] = codes.get(r["code"], 0) + 1
    slow = [r["file"] for r in rows if r["outcome"] == "timeout" and r["pdftotext_s"] < FAST_PDFTOTEXT_S]
    bugs = [f"{r['file']}: {r['detail']}" for r in rows if r["outcome"] == "bug"]
    texty = [r for r in rows if (r["pdftotext_chars"] or 0) > MIN_REF_CHARS]
    short = [f"{r['file']}: {r['outcome']} {r['code']} kept {r.get('kept', 0):.2f} of {r['pdftotext_chars']}"
             for r in texty if r.get("kept", 0.0) < KEPT_TARGET]
    ref_total = sum(r["pdftotext_chars"] for r in texty)
    kept_total = sum(r.get("kept", 0.0) * r["pdftotext_chars"] for r in texty)
    read = [r for r in rows if r["outcome"] == "read" and r.get("pages")]
    per_page = sorted(r["seconds"] / r["pages"] for r in read)
    return {
        "files": len(rows), "outcomes": outcomes, "refused_by_code": codes,
        "timeouts_where_pdftotext_under_5s": slow, "bugs": bugs,
        "files_with_over_200_chars": len(texty),
        "of_those_kept_at_least_80pct": len(texty) - len(short),
        "kept_share_overall": round(kept_total / ref_total, 4) if ref_total else None,
        "below_80pct": short,
        "seconds_per_page": {"median": round(statistics.median(per_page), 3) if per_page else None,
                             "p95": round(per_page[int(0.95 * (len(per_page) - 1))], 3) if per_page else None,
                             "pages": sum(r["pages"] for r in read),
                             "seconds": round(sum(r["seconds"] for r in read), 1)},
        "pdftotext_seconds": round(sum(r["pdftotext_s"] for r in rows), 1),
        "targets_met": not slow and not bugs and not short,
    }


if __name__ == "__main__":
    main()
