"""The inbox's outbox step and `vanban consolidate` make the same consolidated report from the same files; a report
citing a mistyped plan number still reaches its campaign ("sai số kế hoạch"), never "chưa gửi báo cáo"."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import docx
import pytest
from openpyxl import load_workbook

from inbox_support import make_workspace
from pipeline.inbox.ingest import ingest
from pipeline.inbox.processing import Inbox
from pipeline.inbox.status import documents_status

PLAN = "ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
WRONG_NUMBER = "bao_cao/bao-cao-07-bc-thon-xuan-uc.docx"  # cites "Kế hoạch số 50/KH-UBND ngày 15/9/2025"
REPORTS = (WRONG_NUMBER, "bao_cao/bao-cao-06-bc-thon-tien-cam.docx", "bao_cao/bao-cao-22-bc-vhxh-phong-van-hoa-xa-hoi.docx")


@pytest.fixture
def ws(tmp_path, corpus):
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(corpus / "profile.toml", root / "profile.toml")
    return make_workspace(root, stability_delay_s=0.0)


def _ingest(ws, files, corpus) -> list:
    for rel in files:
        shutil.copy(corpus / rel, ws.inbox)
    inbox = Inbox(ws)
    try:
        ingest(inbox, workers=1)
        return documents_status(inbox.store)
    finally:
        inbox.store.dispose()


def _docx_text(path) -> list[str]:
    d = docx.Document(str(path))
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]


def _xlsx_values(path) -> list[list]:
    return [[list(r) for r in ws.iter_rows(values_only=True)] for ws in load_workbook(path).worksheets]


def test_a_report_citing_a_mistyped_plan_number_is_consolidated_as_a_wrong_plan_number(ws, corpus):
    docs = _ingest(ws, (PLAN, *REPORTS), corpus)
    xuan_uc = next(d for d in docs if d.name == "bao-cao-07-bc-thon-xuan-uc.docx")
    [link] = [l for l in xuan_uc.links if l.relation == "reports_on"]
    assert link.number == "50/KH-UBND" and link.to_name == "ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
    check = json.loads((ws.outbox / "kiem-tra-05-KH-UBND.json").read_text(encoding="utf-8"))
    assert check["wrong_plan_reports"] == ["bao-cao-07-bc-thon-xuan-uc.docx"]
    assert "Thôn Xuân Úc" in check["reported_units"] and "Thôn Xuân Úc" not in check["missing_units"]
    text = "\n".join(_docx_text(ws.outbox / "du-thao-bao-cao-tong-hop-05-KH-UBND.docx"))
    assert "Thôn Xuân Úc" in text and "Thôn Xuân Úc chưa gửi" not in text
    note = (ws.outbox / "du-thao-bao-cao-tong-hop-05-KH-UBND.van-de-can-kiem-tra.txt").read_text(encoding="utf-8")
    assert "50/KH-UBND" in note
    assert (ws.outbox / "phu-luc-05-KH-UBND.xlsx").stat().st_size > 0


def test_a_misnumbered_report_arriving_before_its_plan_joins_the_campaign_when_the_plan_arrives(ws, corpus):
    _ingest(ws, (WRONG_NUMBER,), corpus)
    assert not (ws.outbox / "kiem-tra-05-KH-UBND.json").exists()
    _ingest(ws, (PLAN,), corpus)
    check = json.loads((ws.outbox / "kiem-tra-05-KH-UBND.json").read_text(encoding="utf-8"))
    assert check["wrong_plan_reports"] == ["bao-cao-07-bc-thon-xuan-uc.docx"]


def test_the_outbox_and_vanban_consolidate_write_the_same_report_annex_and_note(ws, corpus, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    _ingest(ws, (PLAN, *REPORTS), corpus)
    out, xlsx = tmp_path / "cli" / "bao-cao.docx", tmp_path / "cli" / "phu-luc.xlsx"
    out.parent.mkdir()
    result = CliRunner().invoke(app, ["consolidate", "--plan", str(corpus / PLAN), *(str(corpus / r) for r in REPORTS),
                                      "--profile", str(corpus / "profile.toml"), "-o", str(out), "--xlsx", str(xlsx),
                                      "--as-of", dt.date.today().isoformat()])
    assert result.exit_code == 0, result.output
    assert _docx_text(out) == _docx_text(ws.outbox / "du-thao-bao-cao-tong-hop-05-KH-UBND.docx")
    assert _xlsx_values(xlsx) == _xlsx_values(ws.outbox / "phu-luc-05-KH-UBND.xlsx")
    inbox_note = (ws.outbox / "du-thao-bao-cao-tong-hop-05-KH-UBND.van-de-can-kiem-tra.txt").read_text(encoding="utf-8")
    assert out.with_name("bao-cao.van-de-can-kiem-tra.txt").read_text(encoding="utf-8") == inbox_note


def test_a_misnumbered_report_still_finds_a_plan_stored_in_two_formats(ws, corpus):
    docs = _ingest(ws, (PLAN, PLAN.replace(".docx", ".pdf"), WRONG_NUMBER), corpus)
    assert sum(d.number == "05/KH-UBND" for d in docs) == 2
    xuan_uc = next(d for d in docs if d.name == "bao-cao-07-bc-thon-xuan-uc.docx")
    [link] = [l for l in xuan_uc.links if l.relation == "reports_on"]
    assert link.to_name is not None and link.to_name.startswith("ke-hoach-05-kh-ubnd-xa-kien-minh")
