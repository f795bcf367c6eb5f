"""`vanban extract` runs the extraction in a limited child process and speaks Vietnamese to the office."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
runner = CliRunner()


def test_extract_json_prints_the_record_of_a_real_report():
    path = next(CORPUS.glob("bao_cao/bao-cao-22-*.docx"), None)
    if path is None:
        pytest.skip("report 22 not in the corpus")
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["kind"], record["number"], record["issued_on"]) == ("bao_cao", "22/BC-VHXH", "2025-12-08")
    assert record["citations"][0]["relation"] == "reports_on"
    assert {"addressees", "deadlines", "assignments", "sections", "indicators", "warnings"} <= record.keys()


def test_extract_without_json_prints_a_vietnamese_summary():
    path = next(CORPUS.glob("cong_van/*.docx"), None)
    if path is None:
        pytest.skip("no công văn in the corpus")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Công văn số 412/UBND-VHXH, ngày 03/12/2025")


def test_an_empty_file_is_refused_with_its_name_and_kept(tmp_path):
    empty = tmp_path / "bao-cao-rong.docx"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty), "--json"])
    assert result.exit_code == 2
    assert "bao-cao-rong.docx" in result.output and "Tệp rỗng" in result.output
    assert empty.exists()
