"""Held-out accuracy of header, section, deadline, citation and assignment extraction (corpus/heldout_meta/).

    .venv/bin/python benchmarks/bench_heldout_meta.py [-v] [--only TEXT]

corpus/heldout_meta/ holds documents written to test whether the rules tuned on the Kiến Minh corpus generalise
(other provinces, levels, Party and mass-organisation headers, drafts, task tables, every deadline wording; see
corpus/SOURCES.md). Each file is extracted in-process and scored with `benchmarks.scoring.Scorer` against its
hand-written gold. Round 1 (the folder itself) was used to find the rules; round2/ was written after them and
scored once before being looked at. Prints P/R/F1 per field and round (`-v`: each file's misses and extras) and writes
bench-results/heldout_meta.json.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_accuracy import misses, print_report  # noqa: E402
from benchmarks.common import gold_of, result_name, write_result  # noqa: E402
from benchmarks.scoring import Scorer, record_to_dict  # noqa: E402
from pipeline.stages import file_to_record  # noqa: E402

HELDOUT = ROOT / "corpus" / "heldout_meta"
FIELDS = ("kind", "number", "issued_on", "place", "issuer", "parent_issuer", "title", "signer.name",
          "signer.position", "signer.authority", "recipients", "addressees", "sections", "deadlines", "citations",
          "assignments")


def heldout_files(folder: Path, only: str = "") -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".docx", ".pdf") and only in p.name)


def run(folder: Path = HELDOUT, only: str = "") -> dict:
    scorer, per_file = Scorer(), []
    for path in heldout_files(folder, only):
        gold = gold_of(path)
        cand = record_to_dict(file_to_record(path))
        scorer.add(gold, cand)
        per_file.append({"file": path.name, "misses": misses(gold, cand)})
    report = scorer.report()
    report["fields"] = {k: v for k, v in report["fields"].items() if k in FIELDS}
    return {**report, "pages": 0, "seconds": 0, "pages_per_second": 0,
            "peak_memory_mb": {"self": 0, "children": 0}, "errors": [], "files": per_file}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="score only files whose name contains this")
    ap.add_argument("-v", action="store_true", help="list each file's misses (fn) and extras (fp)")
    args = ap.parse_args(argv)
    results = {}
    for folder in (HELDOUT, *sorted(p for p in HELDOUT.iterdir() if p.is_dir())):
        name = "round1" if folder == HELDOUT else folder.name
        print(f"== {name} ({folder.relative_to(ROOT)})")
        results[name] = result = run(folder, args.only)
        print_report(result)
        if args.v:
            for f in result["files"]:
                if f["misses"]:
                    print(f"  {f['file']}: {f['misses']}")
    write_result(result_name("heldout_meta", args.only), results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
