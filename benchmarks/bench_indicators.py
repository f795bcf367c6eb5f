"""Indicator (chỉ tiêu) benchmark: extraction speed on a 30-page document, and P/R/F1 on the corpus gold.

    .venv/bin/python benchmarks/bench_indicators.py [-v]

Speed: the seed plan (about 6 printed pages) repeated to 30 pages, run through `blocks_to_indicators`
(median of several runs, after one warm-up). Accuracy: every corpus file (scans excluded) the readers can open, extracted
in-process, indicators matched to the gold by `benchmarks.scoring.same_indicator`. Prints the figures and
writes bench-results/indicators.json. Held-out: the same
scoring on corpus/heldout/ and each corpus/heldout/roundN/ (documents written to test generalisation, see
corpus/SOURCES.md; `-v` lists each file's misses and extras).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, corpus_manifest, gold_of, timings, write_result  # noqa: E402
from benchmarks.scoring import match_items, same_indicator  # noqa: E402
from extractors.blocks import Document, Location  # noqa: E402
from extractors.errors import BadInput  # noqa: E402
from extractors.indicators import blocks_to_indicators  # noqa: E402
from extractors.metadata import blocks_to_header  # noqa: E402
from extractors.readers import file_to_document  # noqa: E402

SEED = ROOT / "tests" / "data" / "seed" / "ke-hoach-thi-dua-xa-kien-minh-2025.txt"
HELDOUT = CORPUS / "heldout"
SEED_PAGES = 6
TARGET_PAGES = 30
RUNS = 7


def thirty_pages() -> Document:
    seed = file_to_document(SEED)
    blocks = []
    for _ in range(TARGET_PAGES // SEED_PAGES):
        blocks += [b.model_copy(update={"location": Location(index=len(blocks) + k)}) for k, b in enumerate(seed.blocks)]
    return Document(source="seed x5", format="txt", blocks=tuple(blocks))


def speed() -> dict:
    doc = thirty_pages()
    header = blocks_to_header(doc)
    blocks_to_indicators(doc, header)  # warm-up: regex compilation, lazy imports
    times = timings(blocks_to_indicators, doc, header, runs=RUNS)
    found = blocks_to_indicators(doc, header)
    return {"pages": TARGET_PAGES, "blocks": len(doc.blocks), "indicators": len(found),
            "median_s": round(statistics.median(times), 4), "max_s": round(max(times), 4)}


def accuracy() -> dict:
    tp = n_gold = n_got = 0
    skipped = []
    for row in corpus_manifest(skip_scans=True):  # OCR time is the readers' benchmark, not this one
        path = CORPUS / row["file"]
        gold = gold_of(path)["indicators"]
        try:
            doc = file_to_document(path)
        except (BadInput, ImportError) as exc:  # a reader still missing counts as skipped, not as misses
            skipped.append(f"{row['file']}: {getattr(exc, 'code', type(exc).__name__)}")
            continue
        got = [i.model_dump() for i in blocks_to_indicators(doc, blocks_to_header(doc))]
        tp += len(match_items(gold, got, same_indicator))
        n_gold, n_got = n_gold + len(gold), n_got + len(got)
    p, r = tp / max(n_got, 1), tp / max(n_gold, 1)
    return {"tp": tp, "gold": n_gold, "extracted": n_got, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / max(p + r, 1e-9), 4), "skipped": skipped}


def heldout(folder: Path = HELDOUT) -> dict:
    """The same scoring on a held-out folder: corpus/heldout/ (round 1: written before the generalisation work,
    then used to find the rules) or corpus/heldout/roundN/ (each written after the rules before it; see
    corpus/SOURCES.md)."""
    tp = n_gold = n_got = 0
    files = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        path = gold_path.with_name(gold_path.name.removesuffix(".gold.json"))
        gold = gold_of(path)["indicators"]
        doc = file_to_document(path)
        got = [i.model_dump() for i in blocks_to_indicators(doc, blocks_to_header(doc))]
        pairs = match_items(gold, got, same_indicator)
        tp, n_gold, n_got = tp + len(pairs), n_gold + len(gold), n_got + len(got)
        matched_gold, matched_got = [id(g) for g, _ in pairs], [id(c) for _, c in pairs]
        files.append({"file": path.name, "tp": len(pairs), "gold": len(gold), "extracted": len(got),
                      "missed": [_brief(g) for g in gold if id(g) not in matched_gold],
                      "extra": [_brief(c) for c in got if id(c) not in matched_got]})
    p, r = tp / max(n_got, 1), tp / max(n_gold, 1)
    return {"tp": tp, "gold": n_gold, "extracted": n_got, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / max(p + r, 1e-9), 4), "files": files}


def _brief(indicator: dict) -> str:
    return (f"{indicator['name']} = {indicator.get('value')}/{indicator.get('target')} {indicator.get('unit') or ''}"
            .strip())


def _print_heldout(label: str, h: dict, verbose: bool) -> None:
    print(f"indicators on {label}: P={h['precision']:.3f} R={h['recall']:.3f} F1={h['f1']:.3f} "
          f"({h['tp']} matched / {h['gold']} gold / {h['extracted']} extracted)")
    for f in h["files"] if verbose else ():
        print(f"  {f['file']}: {f['tp']}/{f['gold']} gold, {f['extracted']} extracted")
        for m in f["missed"]:
            print(f"    missed {m}")
        for e in f["extra"]:
            print(f"    extra  {e}")


def main() -> None:
    verbose = "-v" in sys.argv
    rounds = {f"heldout_{d.name}": d for d in sorted(HELDOUT.iterdir()) if d.is_dir() and d.name.startswith("round")}
    results = {"speed": speed(), "accuracy": accuracy(), "heldout": heldout(),
               **{key: heldout(folder) for key, folder in rounds.items()}}
    s, a = results["speed"], results["accuracy"]
    print(f"indicators: {s['pages']} pages ({s['blocks']} blocks, {s['indicators']} indicators) "
          f"in {s['median_s']:.3f} s median, {s['max_s']:.3f} s max")
    print(f"indicators on corpus gold: P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f} "
          f"({a['tp']} matched / {a['gold']} gold / {a['extracted']} extracted)")
    for s_ in a["skipped"]:
        print(f"  skipped {s_}")
    for key in (k for k in results if k.startswith("heldout")):
        _print_heldout(key.replace("heldout", "held-out gold").replace("_round", ", round "), results[key], verbose)
    write_result("indicators", results)


if __name__ == "__main__":
    main()
