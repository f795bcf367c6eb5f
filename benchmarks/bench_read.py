"""Reader benchmark: pages/second and peak memory for the corpus DOCX, text PDFs and scans, compared
with `pdftotext` on the same PDFs in the same run, plus a 30-page document built from corpus text.

Each file is read in a fresh child interpreter (`python -c`), which reports its reading time and
its peak resident memory (ru_maxrss, interpreter and libraries included). Prints a table and
writes bench-results/read.json. Targets: text PDFs no slower than 3x pdftotext; the 30-page
document under 300 MB.

Real text PDFs of other offices (corpus/real/dev, the PDFs with a text layer) are also read in this
process, warm, best of 3, CPU seconds, against pdftotext's CPU seconds (its child's rusage, best of 3):
target under 3x (issue #14).

    .venv/bin/python benchmarks/bench_read.py [--all-scans]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPUS, corpus_manifest, write_result  # noqa: E402

PDFTOTEXT_TARGET_RATIO = 3.0
MEMORY_TARGET_MB = 300
LONG_DOC_PAGES = 30
QUICK_SCANS = ("bao-cao-31-bc-tyt-tram-y-te-ban-quet.pdf", "quyet-dinh-186-qd-ubnd-khen-thuong-ban-quet.pdf")

CHILD = """
import json, resource, sys, time
import extractors.readers.docx, extractors.readers.pdf
from extractors.readers import file_to_document
t = time.perf_counter()
doc = file_to_document(sys.argv[1])
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "pages": doc.pages, "blocks": len(doc.blocks), "format": doc.format,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def read_in_child(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, check=True, env={"OMP_THREAD_LIMIT": "1", "PATH": _path()})
    return json.loads(done.stdout.strip().splitlines()[-1])


def _path() -> str:
    import os

    return os.environ.get("PATH", "/usr/bin:/bin")


def pdftotext_seconds(path: Path) -> float | None:
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    t = time.perf_counter()
    subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, check=False, timeout=120)
    return time.perf_counter() - t


def manifest_pages() -> dict[str, int]:
    return {e["file"]: e["pages"] for e in corpus_manifest()}


def corpus_files(all_scans: bool) -> list[tuple[str, Path]]:
    out = []
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in (".docx", ".pdf", ".doc") or not path.is_file():
            continue
        scan = "ban-quet" in path.name
        if scan and not all_scans and path.name not in QUICK_SCANS:
            continue
        kind = "scan" if scan else path.suffix.lstrip(".")
        out.append((kind, path))
    return out


def build_long_document(workdir: Path) -> list[tuple[str, Path]]:
    """A ~30-page DOCX (the commune plan's text and table, repeated) and its PDF export."""
    import docx

    from extractors.blocks import BlockKind
    from extractors.readers import file_to_document

    source = file_to_document(CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx")
    out = docx.Document()
    for copy in range(5):
        for block in source.blocks:
            if block.kind is BlockKind.TABLE:
                width = max(len(r.cells) for r in block.rows)
                table = out.add_table(rows=len(block.rows), cols=width)
                for i, row in enumerate(block.rows):
                    for j, cell in enumerate(row.cells):
                        table.cell(i, j).text = cell.text
            else:
                out.add_paragraph(block.text)
        out.add_page_break()
    path = workdir / "ke-hoach-30-trang.docx"
    out.save(path)
    files = [("docx-30p", path)]
    if shutil.which("soffice"):
        from extractors.libreoffice import convert

        files.append(("pdf-30p", convert(path, "pdf", workdir)))
    return files


REAL_DEV = CORPUS / "real" / "dev"
REAL_RUNS = 3


def real_text_pdfs() -> list[Path]:
    from extractors.readers import ocr_page_count

    if not REAL_DEV.is_dir():
        return []
    return [p for p in sorted(REAL_DEV.glob("*.pdf")) if ocr_page_count(p) == 0]


def real_pdfs_in_process() -> dict:
    """CPU seconds of file_to_document (warm, in this process) and of pdftotext, per real text PDF."""
    import resource

    from extractors.readers import file_to_document

    def child_cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    exe = shutil.which("pdftotext")
    rows = []
    for path in real_text_pdfs():
        doc = file_to_document(path)  # warm: native loop compiled, modules imported
        ours = []
        for _ in range(REAL_RUNS):
            start = time.process_time()
            file_to_document(path)
            ours.append(time.process_time() - start)
        ref = []
        for _ in range(REAL_RUNS if exe else 0):
            start = child_cpu()
            subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, check=False, timeout=120)
            ref.append(child_cpu() - start)
        row = {"file": path.name, "pages": doc.pages, "cpu_s": round(min(ours), 4),
               "pdftotext_cpu_s": round(min(ref), 4) if ref else None}
        if ref and min(ref) > 0:
            row["ratio"] = round(min(ours) / min(ref), 2)
        rows.append(row)
        print(f"real-pdf  {path.name[:58]:58} {doc.pages:3} tr {row['cpu_s']:7.3f} CPU-s  pdftotext "
              f"{row['pdftotext_cpu_s'] or 0:.3f} CPU-s (x{row.get('ratio', '?')})", flush=True)
    ours_total = sum(r["cpu_s"] for r in rows)
    ref_total = sum(r["pdftotext_cpu_s"] or 0 for r in rows)
    return {"files": len(rows), "pages": sum(r["pages"] or 0 for r in rows), "cpu_s": round(ours_total, 3),
            "pdftotext_cpu_s": round(ref_total, 3),
            "ratio": round(ours_total / ref_total, 2) if ref_total else None,
            "target_ratio": PDFTOTEXT_TARGET_RATIO,
            "within_target": bool(ref_total) and ours_total / ref_total <= PDFTOTEXT_TARGET_RATIO, "rows": rows}


def main() -> None:
    all_scans = "--all-scans" in sys.argv
    pages_of = manifest_pages()
    rows = []
    with tempfile.TemporaryDirectory(prefix="vanban-bench-read-") as tmp:
        files = corpus_files(all_scans) + build_long_document(Path(tmp))
        for kind, path in files:
            result = read_in_child(path)
            rel = str(path.relative_to(CORPUS)) if path.is_relative_to(CORPUS) else path.name
            pages = result["pages"] or pages_of.get(rel) or (LONG_DOC_PAGES if kind == "docx-30p" else 1)
            row = {"file": rel, "kind": kind, "format": result["format"], "pages": pages,
                   "seconds": round(result["seconds"], 3), "pages_per_s": round(pages / max(result["seconds"], 1e-6), 2),
                   "peak_mb": round(result["peak_mb"], 1), "blocks": result["blocks"]}
            if path.suffix == ".pdf" and kind != "scan":
                ref = pdftotext_seconds(path)
                if ref:
                    row["pdftotext_s"] = round(ref, 3)
                    row["ratio_to_pdftotext"] = round(result["seconds"] / ref, 2)
            rows.append(row)
            print(f"{kind:9} {rel[:58]:58} {pages:3} tr {row['seconds']:7.2f} s {row['pages_per_s']:7.2f} tr/s "
                  f"{row['peak_mb']:6.0f} MB" + (f"  pdftotext {row['pdftotext_s']:.3f} s (x{row['ratio_to_pdftotext']})"
                                                 if "pdftotext_s" in row else ""), flush=True)
    summary = _summary(rows)
    real = real_pdfs_in_process()
    summary["real_text_pdfs_in_process"] = {k: v for k, v in real.items() if k != "rows"}
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    write_result("read", {"summary": summary, "files": rows, "real_text_pdfs": real["rows"]})


def _summary(rows: list[dict]) -> dict:
    def by_kind(kind: str) -> dict:
        sel = [r for r in rows if r["kind"] == kind]
        if not sel:
            return {}
        pages, seconds = sum(r["pages"] for r in sel), sum(r["seconds"] for r in sel)
        return {"files": len(sel), "pages": pages, "seconds": round(seconds, 2),
                "pages_per_s": round(pages / max(seconds, 1e-6), 2), "peak_mb_max": max(r["peak_mb"] for r in sel)}

    text_pdfs = [r for r in rows if "pdftotext_s" in r]
    ours, ref = sum(r["seconds"] for r in text_pdfs), sum(r["pdftotext_s"] for r in text_pdfs)
    long_docs = [r for r in rows if r["kind"].endswith("30p")]
    return {
        "docx": by_kind("docx"), "pdf": by_kind("pdf"), "scan": by_kind("scan"), "doc": by_kind("doc"),
        "text_pdf_vs_pdftotext": {"ours_s": round(ours, 3), "pdftotext_s": round(ref, 3),
                                  "ratio": round(ours / ref, 2) if ref else None, "target_ratio": PDFTOTEXT_TARGET_RATIO},
        "long_document": {r["kind"]: {"pages": r["pages"], "seconds": r["seconds"], "peak_mb": r["peak_mb"]}
                          for r in long_docs},
        "memory_target_mb": MEMORY_TARGET_MB,
        "long_document_under_memory_target": all(r["peak_mb"] < MEMORY_TARGET_MB for r in long_docs),
    }


if __name__ == "__main__":
    main()
