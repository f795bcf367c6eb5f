"""benchmarks/summary.py: the end-of-`make bench` table of targets, read back from result files."""

import json
from pathlib import Path

from benchmarks.summary import TARGETS, summarise


def _write(folder: Path, name: str, data: dict) -> None:
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_target_without_its_result_file_is_a_miss_with_no_figure(tmp_path):
    rows = summarise(tmp_path)
    assert len(rows) == len(TARGETS)
    assert all(r["verdict"] == "MISS" and r["measured"] is None for r in rows)


def test_a_figure_over_its_limit_is_a_miss_and_one_under_it_a_pass(tmp_path):
    _write(tmp_path, "inbox", {"latency": {"median_s": 1.7}, "throughput": {"ratio": 0.9}})
    rows = {r["target"]: r for r in summarise(tmp_path)}
    assert rows["drop-to-record latency (median)"]["verdict"] == "MISS"
    assert rows["drop-to-record latency (median)"]["measured"] == 1.7
    assert rows["batch ingest vs reading"]["verdict"] == "PASS"


def test_check_time_growing_faster_than_the_number_of_reports_is_a_miss(tmp_path):
    runs = [{"reports": n, "new_wording": w, "check_report_s": n * 0.001 * (n / 100 if w else 1),
             "check_campaign_s": n * 0.001} for w in (False, True) for n in (100, 250, 500)]
    _write(tmp_path, "check", {"runs": runs, "worst_500_s": 0.5, "stress_500_s": 2.5})
    rows = {r["target"]: r for r in summarise(tmp_path)}
    assert rows["check growth 100->500 (per report)"]["verdict"] == "PASS"
    assert rows["check growth, stress (per report)"]["measured"] == 5.0
    assert rows["check growth, stress (per report)"]["verdict"] == "MISS"


def test_metadata_f1_pools_the_ten_header_fields_so_one_wrong_issuer_in_nine_documents_still_passes(tmp_path):
    names = ("kind", "number", "issued_on", "place", "issuer", "parent_issuer", "title", "signer.name",
             "signer.position", "signer.authority")
    fields = {n: {"tp": 9, "fp": 0, "fn": 0} for n in names}
    fields["issuer"] = {"tp": 8, "fp": 1, "fn": 1}  # pooled: tp 89, fp 1, fn 1 -> F1 = 178/180
    _write(tmp_path, "accuracy", {"fields": fields})
    row = {r["target"]: r for r in summarise(tmp_path)}["metadata F1 (corpus, 10 header fields)"]
    assert abs(row["measured"] - 178 / 180) < 1e-9
    assert row["verdict"] == "PASS"
