"""benchmarks/bench_real.py and the scoring of the real corpus: only annotated keys count."""

from benchmarks.bench_real import documents, header_right
from benchmarks.scoring import Scorer

GOLD = {"kind": "cong_van", "number": None, "issued_on": "2025-03-13", "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG 1",
        "deadlines": [], "citations": [{"kind": "Công văn", "number": "1848/UBND-TP", "date": "2025-03-10"}]}
FOUND = {"kind": "cong_van", "number": None, "issued_on": "2025-03-13", "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG 1",
         "deadlines": [{"due": "2025-03-31", "precision": "month"}], "assignments": [{"unit": "Phòng Tư pháp"}],
         "citations": [{"kind": "Công văn", "number": "1848/UBND-TP", "date": "2025-03-10"}], "place": "Phường 1"}


def test_a_key_absent_from_the_real_gold_is_not_scored_but_an_empty_list_is():
    scorer = Scorer(annotated_only=True)
    scorer.add(GOLD, FOUND)
    fields = scorer.report()["fields"]
    assert "assignments" not in fields and "place" not in fields  # not annotated in this gold
    assert (fields["deadlines"]["fp"], fields["citations"]["tp"]) == (1, 1)  # "none" annotated: one extra


def test_the_synthetic_corpus_scores_every_field_as_before():
    scorer = Scorer()
    scorer.add(GOLD, FOUND)
    assert scorer.report()["fields"]["assignments"]["fp"] == 1


def test_the_header_share_counts_a_null_read_as_null_right():
    assert header_right(GOLD, FOUND) == (4, 4)
    assert header_right(GOLD, {**FOUND, "number": "397/UBND-TP", "issuer": None}) == (2, 4)


def test_only_documents_with_a_gold_file_are_benchmarked(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "a.pdf.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"PK")
    assert documents(tmp_path) == [tmp_path / "a.pdf"]
