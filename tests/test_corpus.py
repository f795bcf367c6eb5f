"""The corpus: real committed files, each with a reviewed gold record, and the scoring that uses them."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from conftest import needs
from docx import Document as open_docx
from docx.oxml.ns import qn

from benchmarks.scoring import Scorer, match_items, norm, norm_number, same_body, same_indicator
from extractors.libreoffice import convert
from extractors.readers import file_to_document
from extractors.records import Record
from tools.corpus.docx_writer import spec_to_docx
from tools.corpus.registry import SPECS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
CAMPAIGN = json.loads((CORPUS / "campaign.json").read_text(encoding="utf-8"))
DOCUMENTS = [CORPUS / row["file"] for row in MANIFEST]


def gold_of(path: Path) -> dict:
    return json.loads(path.with_name(path.name + ".gold.json").read_text(encoding="utf-8"))


def files(fmt: str) -> list[Path]:
    return [CORPUS / row["file"] for row in MANIFEST if row["format"] == fmt]


def all_golds() -> list[tuple[Path, dict]]:
    return [(p, gold_of(p)) for p in DOCUMENTS]


# -- the files ---------------------------------------------------------------------------------------------------
def test_every_document_has_a_gold_record_that_validates():
    for path in DOCUMENTS:
        assert path.is_file(), path
        record = Record.model_validate(gold_of(path))
        assert record.source == path.name
        assert record.issued_on and record.number and record.title


def test_every_gold_file_belongs_to_a_document_in_the_manifest():
    # held-out sets (corpus/heldout*/) and the real documents (corpus/real/) are outside the manifest on purpose
    golds = {p.name.removesuffix(".gold.json") for p in CORPUS.rglob("*.gold.json")
             if not any(part.startswith(("heldout", "real")) for part in p.relative_to(CORPUS).parts)}
    assert golds == {p.name for p in DOCUMENTS}


def test_the_corpus_has_at_least_25_documents_in_every_format():
    counts = {fmt: len(files(fmt)) for fmt in ("docx", "pdf", "pdf-scan", "doc")}
    assert len(DOCUMENTS) >= 25, counts
    assert counts["docx"] >= 10 and counts["pdf"] >= 3 and counts["pdf-scan"] >= 2 and counts["doc"] >= 1, counts


def test_at_least_twelve_units_report_on_the_commune_plan():
    units = {r["unit"] for r in CAMPAIGN["reports"]}
    assert len(units) >= 12


def test_scanned_pdfs_have_no_text_layer_only_images():
    for path in files("pdf-scan"):
        with pdfplumber.open(path) as pdf:
            assert all(not (page.extract_text() or "").strip() for page in pdf.pages), path
            assert all(page.images for page in pdf.pages), path


def test_text_pdfs_carry_their_number_in_the_text_layer():
    for path in files("pdf"):
        with pdfplumber.open(path) as pdf:
            text = pdf.pages[0].extract_text() or ""
        assert gold_of(path)["number"] in text.replace(" ", ""), path


def test_one_report_is_stored_in_decomposed_unicode_and_one_is_hard_wrapped_mid_sentence():
    nfd = [CORPUS / r["file"] for r in MANIFEST if r["text_form"] == "NFD"]
    assert nfd
    for path in nfd:
        text = "\n".join(p.text for p in open_docx(path).paragraphs)
        assert text == unicodedata.normalize("NFD", text) != unicodedata.normalize("NFC", text)
    wrapped = [CORPUS / r["file"] for r in MANIFEST if r["hard_wrapped"]]
    assert wrapped
    for path in wrapped:
        lines = [p.text for p in open_docx(path).paragraphs if p.text.strip()]
        assert sum(not line.rstrip().endswith((".", ":", ";")) for line in lines) >= 3


def test_the_legacy_doc_is_an_ole_compound_file_not_a_zip():
    for path in files("doc"):
        assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), path


def test_the_tcvn3_report_really_uses_vntime_runs_with_legacy_bytes():
    legacy = files("docx-tcvn3")
    if not legacy:
        pytest.skip("extractors.legacy_fonts.unicode_to_tcvn3 was not available when the corpus was built")
    from extractors.legacy_fonts import tcvn3_to_unicode, unicode_to_tcvn3

    for path in legacy:
        runs = [r for p in open_docx(path).paragraphs for r in p.runs if r.text.strip()]
        assert runs and {r.font.name for r in runs} == {".VnTime", ".VnTimeH"}
        text = "\n".join(r.text for r in runs)
        assert "Kiến Minh" not in text  # not Unicode Vietnamese ...
        assert unicode_to_tcvn3("Kiến Minh") in text  # ... but its TCVN3 bytes, which decode to the gold title
        assert gold_of(path)["title"].split(" về ")[0] in tcvn3_to_unicode(text).replace("\n", " ")


def test_docx_pages_are_a4_with_decree_30_margins_and_a_borderless_header_table():
    for path in files("docx"):
        doc = open_docx(path)
        sec = doc.sections[0]
        assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (210, 297)
        assert [round(m.mm) for m in (sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin)] == \
            [20, 20, 30, 15]
        header = doc.tables[0]
        borders = header._tbl.tblPr.find(qn("w:tblBorders"))
        assert {b.get(qn("w:val")) for b in borders} == {"nil"}
        left, right = (unicodedata.normalize("NFC", header.cell(0, i).text) for i in (0, 1))
        assert "Số:" in left
        assert "Độc lập - Tự do - Hạnh phúc" in right or right.startswith(("HỘI", "ĐOÀN"))
        assert doc.styles["Normal"].font.name == "Times New Roman"


def test_at_least_two_documents_use_word_automatic_numbering():
    numbered = []
    for path in files("docx"):
        with zipfile.ZipFile(path) as z:
            body = z.read("word/document.xml").decode()
            numbering = z.read("word/numbering.xml").decode() if "word/numbering.xml" in z.namelist() else ""
        if "<w:numPr>" in body and 'w:abstractNumId="90"' in numbering:
            numbered.append(path.name)
    assert len(numbered) >= 2, numbered


def test_the_committed_docx_files_are_exactly_what_the_builder_makes(tmp_path):
    for spec in SPECS:
        if "docx" not in spec.formats:
            continue
        fresh = spec_to_docx(spec, tmp_path / f"{spec.name}.docx")
        assert fresh.read_bytes() == (CORPUS / spec.folder / f"{spec.name}.docx").read_bytes(), spec.name


def _layout(path: Path) -> dict:
    """What a rebuild must keep, whatever the LibreOffice build: pages, their size, the words on each, and for a
    scan the size of each page image. Bytes (fonts subset, object order, IDs) differ between builds."""
    if path.suffix == ".doc":
        with tempfile.TemporaryDirectory() as tmp:
            docx = convert(path, "docx", Path(tmp))
            return {"words": [b.text.split() for b in file_to_document(docx).blocks]}
    with pdfplumber.open(path) as pdf:
        return {"pages": [(round(p.width), round(p.height), (p.extract_text() or "").split(),
                           [(round(i["width"]), round(i["height"])) for i in p.images]) for p in pdf.pages]}


@needs("soffice")
@needs("pdftoppm")
def test_a_rebuild_makes_the_same_pdf_scan_and_doc_pages_words_and_images(tmp_path):
    from tools.corpus.outputs import spec_to_files

    wanted = {"cong-van-412-ubnd-vhxh-don-doc-bao-cao", "quyet-dinh-186-qd-ubnd-khen-thuong",
              "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su"}
    rebuilt = [(spec, row) for spec in SPECS if spec.name in wanted for row in spec_to_files(spec, tmp_path)]
    assert {spec.name for spec, _ in rebuilt} == wanted
    for _, row in rebuilt:
        if row["file"].endswith(".docx"):
            continue  # the DOCX is written by our own code: byte-identical (test above)
        assert _layout(tmp_path / row["file"]) == _layout(CORPUS / row["file"]), row["file"]


# -- the gold ----------------------------------------------------------------------------------------------------
def _renderings(x: float) -> set[str]:
    """How an office may print x: "1.720.500", "97,4", "0,68", "4,386" (comma thousands), "140.7"."""
    out = {f"{x:g}", f"{x:g}".replace(".", ",")}
    if x == int(x):
        n = int(x)
        out |= {f"{n:,}".replace(",", "."), f"{n:,}", f"{n}"}
        out |= {f"{x / 1000:g}".replace(".", ",") + suffix for suffix in ("",)}
    for dec in (1, 2, 3):
        s = f"{x:,.{dec}f}"
        out |= {s, s.replace(",", "_").replace(".", ",").replace("_", ".")}
    return out


def test_every_gold_figure_is_printed_in_its_source_text():
    for path, gold in all_golds():
        for ind in gold["indicators"]:
            text = ind["text"].replace(" ", "")
            for key in ("value", "target", "ratio"):
                if ind[key] is not None:
                    assert any(r in text for r in _renderings(ind[key])), (path.name, key, ind)


def test_gold_deadlines_fall_on_the_last_day_of_their_precision():
    for path, gold in all_golds():
        for d in gold["deadlines"]:
            due = dt.date.fromisoformat(d["due"])
            last = calendar.monthrange(due.year, due.month)[1]
            if d["precision"] == "month":
                assert due.day == last, (path.name, d)
            elif d["precision"] == "quarter":
                assert due.month % 3 == 0 and due.day == last, (path.name, d)
            elif d["precision"] == "year":
                assert (due.month, due.day) == (12, 31), (path.name, d)


def test_gold_citation_numbers_are_normalised_without_spaces():
    for path, gold in all_golds():
        for c in gold["citations"]:
            assert c["number"] is None or " " not in c["number"], (path.name, c)


def test_every_report_reports_on_a_plan_and_names_the_plan_indicators_it_answers():
    for path, gold in all_golds():
        if gold["kind"] != "bao_cao":
            continue
        assert [c["relation"] for c in gold["citations"]].count("reports_on") == 1, path.name
        assert all("plan_code" in i for i in gold["indicators"] if i["name"] != "Kết nạp hội viên mới"), path.name


# -- the campaign ------------------------------------------------------------------------------------------------
def test_campaign_names_existing_files_and_a_real_late_report():
    for report in CAMPAIGN["reports"]:
        for f in report["files"]:
            assert (CORPUS / f).is_file(), f
    deadline = dt.date.fromisoformat(CAMPAIGN["plan"]["deadline"])
    for late in CAMPAIGN["late"]:
        gold = gold_of(CORPUS / late["files"][0])
        assert (dt.date.fromisoformat(gold["issued_on"]) - deadline).days == late["days_late"] > 0


def test_the_missing_unit_is_assigned_in_the_plan_but_sends_no_report():
    plan = gold_of(CORPUS / CAMPAIGN["plan"]["files"][0])
    assigned = {a["unit"] for a in plan["assignments"]}
    reporting = {r["unit"] for r in CAMPAIGN["reports"]}
    for unit in CAMPAIGN["missing_units"]:
        assert unit in assigned and unit not in reporting
    silent = [a["unit"] for a in CAMPAIGN["assigned_units"] if not a["report_files"]]
    assert silent == CAMPAIGN["missing_units"]


def test_the_wrong_plan_number_is_what_the_report_really_cites():
    for wrong in CAMPAIGN["wrong_plan_number"]:
        cited = [c["number"] for c in gold_of(CORPUS / wrong["files"][0])["citations"] if c["relation"]]
        assert cited == [wrong["cites"]] and wrong["cites"] != CAMPAIGN["plan"]["number"]


def test_candidates_are_written_beside_the_gold_and_never_replace_it(tmp_path):
    from tools.corpus.outputs import write_candidates

    src = CORPUS / "bao_cao" / "bao-cao-12-bc-thon-minh-hoa.docx"
    (tmp_path / "bao_cao").mkdir()
    doc = tmp_path / "bao_cao" / src.name
    doc.write_bytes(src.read_bytes())
    gold = doc.with_name(doc.name + ".gold.json")
    gold.write_bytes(src.with_name(src.name + ".gold.json").read_bytes())
    write_candidates(tmp_path)
    assert gold.read_bytes() == src.with_name(src.name + ".gold.json").read_bytes()
    candidate = json.loads(doc.with_name(doc.name + ".candidate.json").read_text(encoding="utf-8"))
    assert candidate["source"] == src.name and Record.model_validate(candidate)


# -- the scoring -------------------------------------------------------------------------------------------------
def test_a_gold_record_scored_against_itself_is_perfect():
    scorer = Scorer()
    for _, gold in all_golds():
        scorer.add(gold, gold)
    fields = scorer.report()["fields"]
    assert all(f["f1"] == 1.0 for name, f in fields.items() if f["tp"]), fields
    assert fields["indicators"]["tp"] > 80 and fields["indicators"]["fp"] == fields["indicators"]["fn"] == 0


def test_a_failed_extraction_counts_every_gold_item_as_missed():
    gold = gold_of(CORPUS / CAMPAIGN["plan"]["files"][0])
    scorer = Scorer()
    scorer.add(gold, None)
    ind = scorer.report()["fields"]["indicators"]
    assert (ind["tp"], ind["fn"], ind["recall"]) == (0, len(gold["indicators"]), 0.0)


def test_an_indicator_with_another_value_or_unit_does_not_match():
    g = {"name": "Tỷ lệ dân số tham gia bảo hiểm y tế", "value": None, "target": 97.0, "unit": "%", "text": ""}
    assert same_indicator(g, {**g, "name": "tỷ lệ dân số tham gia BHYT và bảo hiểm y tế", "target": 97.04})
    assert not same_indicator(g, {**g, "target": 95.0})
    assert not same_indicator(g, {**g, "unit": "lượt người"})
    assert not same_indicator(g, {**g, "name": "Tỷ lệ điều tra phá án"})


def test_money_units_are_compared_after_normalising_their_spelling():
    g = {"name": "Thu ngân sách", "value": 422.0, "target": 350.0, "unit": "triệu đồng", "text": ""}
    assert same_indicator(g, {**g, "unit": "triệu"})
    assert not same_indicator(g, {**g, "unit": "tỷ đồng"})


def test_each_candidate_matches_at_most_one_gold_item():
    g = {"name": "Tỷ lệ gia đình văn hóa", "value": 95.0, "target": None, "unit": "%", "text": ""}
    assert len(match_items([g, g], [dict(g)], same_indicator)) == 1


def test_a_wrong_document_number_counts_as_both_a_false_hit_and_a_miss():
    gold = gold_of(CORPUS / CAMPAIGN["plan"]["files"][0])
    scorer = Scorer()
    scorer.add(gold, {**gold, "number": "50/KH-UBND", "place": None})
    fields = scorer.report()["fields"]
    assert (fields["number"]["tp"], fields["number"]["fp"], fields["number"]["fn"]) == (0, 1, 1)
    assert (fields["place"]["tp"], fields["place"]["fp"], fields["place"]["fn"]) == (0, 0, 1)
    assert fields["issuer"]["f1"] == 1.0


def test_citation_numbers_compare_without_spaces_or_case():
    assert norm_number("232/KH - UBND") == norm_number("232/kh-ubnd") == "232/KH-UBND"


def test_a_body_abbreviated_or_without_its_place_is_the_same_issuer_but_another_body_is_not():
    assert same_body("UBND xã", "Ủy ban nhân dân xã Kiến Minh")
    assert same_body("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
    assert not same_body("Bộ Chính trị", "Chính phủ")
    assert not same_body("Ủy ban nhân dân xã", None)


def test_old_and_new_tone_placement_compare_equal():
    assert norm("Gia đình văn hoá") == norm("gia đình văn hóa")
    assert norm("Thành uỷ") == norm("Thành ủy")
