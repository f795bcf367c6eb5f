"""Real-document accuracy: every document of corpus/real/dev (or --blind, or --corpus DIR) that has a
`<file>.gold.json`, extracted in a limited child and scored per field against its hand-made gold.

    .venv/bin/python benchmarks/bench_real.py [--blind | --corpus DIR] [--only TEXT] [-v]

Only keys the gold holds are scored (a key absent from a gold file was not annotated). Prints P/R/F1 per field,
the header fields pooled (kind, number, issued_on, issuer: the issue's "header" figure), per format, and with -v
the misses of each file. Writes bench-results/real.json (real-blind.json with --blind; real-only.json with
--only or --corpus, so a partial run never replaces the full result). The time limit of a scan grows with its
pages (`pipeline.inbox.worker.read_isolated`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import json  # noqa: E402

from benchmarks.common import gold_of, write_result  # noqa: E402
from benchmarks.scoring import Scorer, record_to_dict, same_metadata  # noqa: E402
from pipeline.inbox.worker import Refusal, read_isolated  # noqa: E402

DEV = ROOT / "corpus" / "real" / "dev"
BLIND = ROOT / "corpus" / "real" / "blind"
TIMEOUT_S = 120.0
OCR_SECONDS_PER_PAGE = 30.0  # the machine is shared: generous
MEMORY_MB = 1500
HEADER = ("kind", "number", "issued_on", "issuer")  # the header figure (goal: >= 0.95 of fields)
LIST_FIELDS = ("indicators", "deadlines", "citations", "assignments")
FORMATS = {".docx": "docx", ".doc": "doc", ".pdf": "pdf", ".txt": "txt", ".html": "html", ".htm": "html"}


def documents(folder: Path, only: str = "") -> list[Path]:
    """Files of `folder` (recursively) with a gold beside them, sorted."""
    return sorted(p.with_name(p.name.removesuffix(".gold.json")) for p in folder.rglob("*.gold.json")
                  if only in p.name and p.with_name(p.name.removesuffix(".gold.json")).exists())


def extract(path: Path) -> tuple[dict | None, str | None]:
    out = read_isolated(path, path.name, TIMEOUT_S, MEMORY_MB, OCR_SECONDS_PER_PAGE)
    if isinstance(out, Refusal):
        return None, f"{out.code}: {(out.detail or out.message).strip().splitlines()[-1][:300]}"
    return record_to_dict(out), None


def _format(path: Path) -> str:
    return FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "?")


def file_misses(gold: dict, cand: dict | None) -> dict:
    """Per field of one file: the gold items missed and the extra items found (metadata: gold vs found)."""
    scorer = Scorer(annotated_only=True)
    scorer.add(gold, cand)
    out = {}
    for name, c in scorer.report()["fields"].items():
        if not (c["fn"] or c["fp"]):
            continue
        if name in LIST_FIELDS or name in ("recipients", "addressees"):
            out[name] = {"fn": c["fn"], "fp": c["fp"], **_item_misses(name, gold, cand or {})}
        else:
            out[name] = {"gold": _get(gold, name), "found": _get(cand or {}, name)}
    return out


def _get(record: dict, path: str):
    value = record
    for key in path.split("."):
        value = (value or {}).get(key)
    return value


def _item_misses(name: str, gold: dict, cand: dict) -> dict:
    from benchmarks.scoring import MATCHERS, match_items

    g, c = list(gold.get(name) or ()), list(cand.get(name) or ())
    pairs = match_items(g, c, MATCHERS[name])
    got_g, got_c = [id(a) for a, _ in pairs], [id(b) for _, b in pairs]
    return {"missed": [_short(name, x) for x in g if id(x) not in got_g],
            "extra": [_short(name, x) for x in c if id(x) not in got_c]}


def _short(name: str, item) -> str:
    if not isinstance(item, dict):
        return str(item)[:120]
    keys = {"indicators": ("name", "value", "target", "unit"), "deadlines": ("due", "precision", "text"),
            "citations": ("kind", "number", "date", "text"), "assignments": ("unit", "due", "task")}[name]
    return " | ".join(str(item.get(k))[:100] for k in keys)


def run(folder: Path, only: str = "") -> dict:
    overall, by_format, per_file, errors = Scorer(annotated_only=True), {}, [], []
    start = time.perf_counter()
    for path in documents(folder, only):
        gold = gold_of(path)
        t0 = time.perf_counter()
        cand, error = extract(path)
        fmt = _format(path)
        per_file.append({"file": str(path.relative_to(folder)), "format": fmt,
                         "seconds": round(time.perf_counter() - t0, 2), "error": error,
                         "misses": file_misses(gold, cand)})
        if error:
            errors.append({"file": path.name, "error": error})
        per_file[-1]["header"] = header_right(gold, cand)
        overall.add(gold, cand)
        by_format.setdefault(fmt, Scorer(annotated_only=True)).add(gold, cand)
    report = overall.report()
    header = {fmt: share([f["header"] for f in per_file if f["format"] == fmt]) for fmt in by_format}
    return {**report, "header": share([f["header"] for f in per_file]),
            "by_format": {k: {"documents": v.documents, "header": header[k], **v.report()}
                          for k, v in by_format.items()},
            "seconds": round(time.perf_counter() - start, 1), "errors": errors, "files": per_file}


def header_right(gold: dict, cand: dict | None) -> tuple[int, int]:
    """(fields right, fields annotated) of kind, number, issued_on, issuer; a null read as null is right."""
    right = total = 0
    for name in HEADER:
        if name in gold:
            g, c = gold[name], (cand or {}).get(name)
            total += 1
            right += (g is None and c is None) or (g is not None and c is not None and same_metadata(name, g, c))
    return right, total


def share(pairs: list[tuple[int, int]]) -> dict:
    right, total = sum(r for r, _ in pairs), sum(t for _, t in pairs)
    return {"right": right, "total": total, "share": round(right / total, 4) if total else 0.0}


def print_report(result: dict, verbose: bool = False) -> None:
    h = result["header"]
    print(f"real documents: {result['documents']}; header fields right (kind, number, issued_on, issuer): "
          f"{h['right']}/{h['total']} = {h['share']:.3f}")
    print(f"{'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, c in result["fields"].items():
        print(f"{name:<18}{c['precision']:>7.3f}{c['recall']:>7.3f}{c['f1']:>7.3f}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}")
    print("per format (F1; header share):")
    for fmt, r in sorted(result["by_format"].items()):
        f = r["fields"]
        cells = "  ".join(f"{n} {f[n]['f1']:.2f}" for n in LIST_FIELDS if n in f)
        print(f"  {fmt:<8}{r['documents']:>3} docs  header {r['header']['share']:.2f}  {cells}")
    for e in result["errors"]:
        print(f"  error {e['file']}: {e['error']}")
    if verbose:
        for f in result["files"]:
            if f["misses"]:
                print(f"-- {f['file']} ({f['format']}, {f['seconds']} s)")
                print("   " + json.dumps(f["misses"], ensure_ascii=False, indent=1).replace("\n", "\n   "))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--blind", action="store_true", help="score corpus/real/blind (once per change round)")
    where.add_argument("--corpus", type=Path, help="score the documents of this folder instead")
    ap.add_argument("--only", default="", help="score only files whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each file")
    args = ap.parse_args(argv)
    folder = args.corpus or (BLIND if args.blind else DEV)
    result = {"corpus": str(folder), **run(folder, args.only)}
    print_report(result, args.verbose)
    name = "real-blind" if args.blind else "real-only" if (args.only or args.corpus) else "real"
    write_result(name, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
