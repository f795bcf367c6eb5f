"""Extraction speed: blocks -> record on a ~30-page document, per stage (reading is not timed here).

    .venv/bin/python benchmarks/bench_extraction.py

The document is the corpus plan 05/KH-UBND (6 pages, DOCX) read once and its body repeated five times
(~30 pages, the size the product owner named: extraction must take under 0.5 s). Prints a table and writes
bench-results/extraction.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, best_and_median, timings, write_result  # noqa: E402
from extractors.assignments import blocks_to_assignments  # noqa: E402
from extractors.blocks import Document, Location  # noqa: E402
from extractors.citations import blocks_to_citations  # noqa: E402
from extractors.deadlines import blocks_to_deadlines  # noqa: E402
from extractors.extract import document_to_record  # noqa: E402
from extractors.indicators import blocks_to_indicators  # noqa: E402
from extractors.metadata import blocks_to_header  # noqa: E402
from extractors.readers import file_to_document  # noqa: E402
from extractors.sections import blocks_to_sections  # noqa: E402

SOURCE = CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
COPIES = 5
RUNS = 5
LIMIT_S = 0.5


def thirty_pages() -> Document:
    doc = file_to_document(SOURCE)
    body = doc.blocks[1:-1]  # header table and closing table once, the body five times
    blocks = [doc.blocks[0], *(b for _ in range(COPIES) for b in body), doc.blocks[-1]]
    blocks = [b.model_copy(update={"location": Location(index=i)}) for i, b in enumerate(blocks)]
    return doc.model_copy(update={"blocks": tuple(blocks), "pages": (doc.pages or 6) * COPIES})


def best_of(fn, *args) -> tuple[float, float]:
    """Best and median of RUNS calls, each on fresh copies of the documents (no cached paragraphs)."""
    def fresh(xs):
        return [a.model_copy() if isinstance(a, Document) else a for a in xs]

    return best_and_median(timings(fn, *args, runs=RUNS, fresh=fresh))


def main() -> None:
    doc = thirty_pages()
    header = blocks_to_header(doc)
    document_to_record(doc)  # warm caches (underthesea's normaliser, compiled patterns)
    stages = {
        "header": (blocks_to_header, doc), "sections": (blocks_to_sections, doc),
        "indicators": (blocks_to_indicators, doc, header), "deadlines": (blocks_to_deadlines, doc, header),
        "citations": (blocks_to_citations, doc, header), "assignments": (blocks_to_assignments, doc, header),
        "total": (document_to_record, doc),
    }
    results = {}
    print(f"{len(doc.blocks)} blocks, ~{doc.pages} pages; best / median of {RUNS} runs")
    for name, (fn, *args) in stages.items():
        best, median = best_of(fn, *args)
        results[name] = {"best_s": round(best, 4), "median_s": round(median, 4)}
        print(f"{name:12s} {best * 1000:8.1f} ms {median * 1000:8.1f} ms")
    ok = results["total"]["median_s"] < LIMIT_S
    print(f"total under {LIMIT_S} s: {'yes' if ok else 'NO'}")
    write_result("extraction", {"blocks": len(doc.blocks), "pages": doc.pages, "stages": results,
                                "limit_s": LIMIT_S, "under_limit": ok})


if __name__ == "__main__":
    main()
