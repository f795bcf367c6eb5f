"""`vanban read`: blocks as text or JSON; bad files give a Vietnamese error and exit code 2."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def test_vanban_read_prints_the_blocks_in_reading_order(corpus):
    result = runner.invoke(app, ["read", str(corpus / "cong_van" / "cong-van-412-ubnd-vhxh-don-doc-bao-cao.docx")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# cong-van-412-ubnd-vhxh-don-doc-bao-cao.docx (docx")
    assert lines[1] == "[khối 0] table: 1 hàng"
    assert "Số: 412/UBND-VHXH" in lines[2]


def test_vanban_read_json_is_the_document_model(corpus):
    result = runner.invoke(app, ["read", "--json", str(corpus / "ke_hoach" / "ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.pdf")])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["format"] == "pdf" and doc["pages"] == 3
    assert doc["blocks"][0]["kind"] == "table"
    assert {"kind", "text", "location", "original", "rows", "bold", "numbering", "ocr"} <= set(doc["blocks"][1])


def test_vanban_read_refuses_a_hostile_file_with_a_vietnamese_message(hostile):
    result = runner.invoke(app, ["read", str(hostile / "generated" / "docx_zip_bomb.docx")])
    assert result.exit_code == 2
    assert "docx_zip_bomb.docx" in result.stderr and "bom nén" in result.stderr
