"""Spec -> files in corpus/<folder>/ (docx, pdf, scanned pdf, doc, legacy .VnTime docx), gold, manifest, candidates."""

from __future__ import annotations

import json
import shutil
import tempfile
import unicodedata
import zlib
from pathlib import Path

from tools.corpus.docx_writer import spec_to_docx
from tools.corpus.gold import write_gold
from tools.corpus.pdfs import docx_to_doc, docx_to_pdf, page_count, pdf_to_scan
from tools.corpus.spec import DocSpec

# format key in the spec -> (file name suffix, manifest format)
SUFFIX = {"docx": (".docx", "docx"), "pdf": (".pdf", "pdf"), "scan": ("-ban-quet.pdf", "pdf-scan"),
          "doc": (".doc", "doc"), "tcvn3": (".docx", "docx-tcvn3"), "nfd": (".docx", "docx")}


def _tcvn3_docx(spec: DocSpec, out: Path) -> Path:
    from extractors.legacy_fonts import unicode_to_tcvn3  # written by the readers area

    return spec_to_docx(spec, out, font=".VnTime", encode=unicode_to_tcvn3)


def _has_tcvn3() -> bool:
    try:
        from extractors.legacy_fonts import unicode_to_tcvn3  # noqa: F401
    except ImportError:
        return False
    return True


def spec_to_files(spec: DocSpec, corpus: Path) -> list[dict]:
    """Write every format the spec asks for; return manifest rows."""
    folder = corpus / spec.folder
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="vanban-corpus-") as tmp:
        docx = spec_to_docx(spec, Path(tmp) / f"{spec.name}.docx")
        pdf = docx_to_pdf(docx, Path(tmp) / f"{spec.name}.pdf")
        pages = page_count(pdf)
        for fmt in spec.formats:
            suffix, kind = SUFFIX[fmt]
            if fmt == "tcvn3" and not _has_tcvn3():
                print(f"  BỎ QUA {spec.name}: chưa có extractors.legacy_fonts.unicode_to_tcvn3")
                continue
            out = folder / f"{spec.name}{suffix}"
            if fmt == "docx":
                shutil.copyfile(docx, out)
            elif fmt == "pdf":
                shutil.copyfile(pdf, out)
            elif fmt == "scan":
                pdf_to_scan(pdf, out, seed=zlib.crc32(spec.name.encode()))
            elif fmt == "doc":
                docx_to_doc(docx, out)
            elif fmt == "tcvn3":
                _tcvn3_docx(spec, out)
            elif fmt == "nfd":  # typed on a machine that stores decomposed accents
                spec_to_docx(spec, out, encode=lambda t: unicodedata.normalize("NFD", t))
            write_gold(spec, out)
            rows.append({"file": f"{spec.folder}/{out.name}", "format": kind, "pages": pages, "spec": spec.name,
                         "kind": spec.kind, "text_form": "NFD" if fmt == "nfd" else "NFC",
                         "hard_wrapped": bool(spec.extra.get("hard_wrap")), "source": spec.source})
            print(f"  {spec.folder}/{out.name} ({kind}, {pages} trang)")
    return rows


def build_all(corpus: Path, only: str = "") -> None:
    from tools.corpus.campaign import write_campaign
    from tools.corpus.registry import SPECS

    manifest_path = corpus / "manifest.json"
    old = json.loads(manifest_path.read_text(encoding="utf-8")) if only and manifest_path.exists() else []
    rows = [r for r in old if only not in r["spec"]]
    for spec in SPECS:
        if only in spec.name:
            rows.extend(spec_to_files(spec, corpus))
    order = {s.name: i for i, s in enumerate(SPECS)}
    rows.sort(key=lambda r: (order.get(r["spec"], 999), r["file"]))
    manifest_path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_campaign(corpus)


def _differences(gold: Path, record) -> str:
    """One line for the person diffing: per field, how many gold items the program missed or added."""
    from benchmarks.scoring import Scorer, record_to_dict

    scorer = Scorer()
    scorer.add(json.loads(gold.read_text(encoding="utf-8")), record_to_dict(record))
    fields = scorer.report()["fields"]
    wrong = [f"{k} -{v['fn']}/+{v['fp']}" for k, v in fields.items() if v["fn"] or v["fp"]]
    return "như gold" if not wrong else ", ".join(wrong)


def write_candidates(corpus: Path) -> int:
    """The program's reading of each document, beside its gold, for a person to diff (gold is never touched)."""
    from extractors.errors import BadInput
    from pipeline.isolation import WorkerBug, run_limited
    from pipeline.stages import file_to_record

    failures = 0
    for gold in sorted(corpus.rglob("*.gold.json")):
        doc = gold.with_name(gold.name.removesuffix(".gold.json"))
        out = doc.with_name(doc.name + ".candidate.json")
        try:
            record = run_limited(file_to_record, doc, file=doc.name, timeout_s=180)
            out.write_text(record.model_dump_json(indent=2) + "\n", encoding="utf-8")
            print(f"  {out.relative_to(corpus)}: {_differences(gold, record)}")
        except (BadInput, WorkerBug) as exc:
            failures += 1
            print(f"  {doc.relative_to(corpus)}: {str(exc).strip().splitlines()[-1]}")
    return 1 if failures else 0
