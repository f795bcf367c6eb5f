"""`vanban check` and `vanban check-campaign` on the corpus's saved records (gold JSON) and bad input."""

from __future__ import annotations

import json
import shutil

import pytest
from check_support import CORPUS, PLAN_GOLD
from typer.testing import CliRunner

from pipeline.cli import app

LATE = CORPUS / "bao_cao" / "bao-cao-12-bc-thon-minh-hoa.docx.gold.json"
WRONG_PLAN = CORPUS / "bao_cao" / "bao-cao-07-bc-thon-xuan-uc.docx.gold.json"
runner = CliRunner()


@pytest.fixture
def corpus_records():
    if not (PLAN_GOLD.exists() and LATE.exists() and WRONG_PLAN.exists()):
        pytest.skip("corpus gold records not built yet")


def test_check_json_reports_the_late_report_with_every_plan_indicator_assessed(corpus_records):
    result = runner.invoke(app, ["check", str(LATE), "--plan", str(PLAN_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    check = json.loads(result.stdout)
    plan = json.loads(PLAN_GOLD.read_text(encoding="utf-8"))
    assert check["late_days"] == 3 and check["deadline"] == "2025-12-09"
    assert len(check["assessments"]) == len(plan["indicators"])
    assert {a["verdict"] for a in check["assessments"]} >= {"vượt", "không báo cáo"}


def test_check_finds_the_plan_the_report_cites_among_the_files_of_a_folder(corpus_records, tmp_path):
    plans = tmp_path / "ke_hoach"
    plans.mkdir()
    for gold in (CORPUS / "ke_hoach").glob("*.docx.gold.json"):
        shutil.copy(gold, plans / gold.name)
    result = runner.invoke(app, ["check", str(LATE), "--plans", str(plans), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["plan_number"] == "05/KH-UBND"


def test_check_prints_a_readable_table_in_vietnamese(corpus_records):
    result = runner.invoke(app, ["check", str(LATE), "--plan", str(PLAN_GOLD)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for words in ("STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "% hoàn thành", "Đánh giá", "chậm 3 ngày", "vượt"):
        assert words in result.stdout


def test_check_campaign_json_names_the_wrong_plan_number_and_the_late_unit(corpus_records):
    reports = sorted(str(p) for p in (CORPUS / "bao_cao").glob("*.docx.gold.json"))
    args = ["check-campaign", "--plan", str(PLAN_GOLD), "--as-of", "15/12/2025", "--json", *reports]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    campaign = json.loads(result.stdout)
    assert "bao-cao-07-bc-thon-xuan-uc.docx" in campaign["wrong_plan_reports"]
    assert "Thôn Minh Hòa" in campaign["late_units"]
    assert "Hội Cựu chiến binh xã" in campaign["missing_units"]


def test_a_broken_report_is_named_in_a_vietnamese_error_and_kept(corpus_records, tmp_path):
    broken = tmp_path / "bao-cao-hong.json"
    broken.write_text("{không phải JSON", encoding="utf-8")
    result = runner.invoke(app, ["check", str(broken), "--plan", str(PLAN_GOLD)])
    assert result.exit_code == 2
    assert "bao-cao-hong.json" in result.output and "hỏng" in result.output
    assert broken.read_text(encoding="utf-8") == "{không phải JSON"


def test_a_bad_file_in_a_campaign_does_not_stop_the_others(corpus_records, tmp_path):
    broken = tmp_path / "bao-cao-hong.json"
    broken.write_text("[]", encoding="utf-8")
    result = runner.invoke(app, ["check-campaign", "--plan", str(PLAN_GOLD), "--json", str(broken), str(LATE)])
    assert result.exit_code == 0, result.output
    assert "bao-cao-hong.json" in result.stderr
    assert len(json.loads(result.stdout)["reports"]) == 1


def test_a_date_the_office_cannot_mean_is_refused_in_vietnamese(corpus_records):
    result = runner.invoke(app, ["check", str(LATE), "--plan", str(PLAN_GOLD), "--as-of", "31/02/2025"])
    assert result.exit_code == 2 and "không hợp lệ" in result.output


def test_check_finds_the_plan_among_the_documents_an_inbox_workspace_has_stored(corpus_records, tmp_path):
    from pipeline.inbox.processing import Inbox
    from pipeline.inbox.ingest import ingest
    from pipeline.store.workspace import init_workspace

    ws = init_workspace(tmp_path / "ws")
    shutil.copy(CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx", ws.inbox)
    assert [o.result for o in ingest(Inbox(ws))] == ["stored"]
    result = runner.invoke(app, ["check", str(LATE), "--workspace", str(ws.root), "--json"])
    assert result.exit_code == 0, result.output
    check = json.loads(result.stdout)
    assert (check["plan_number"], check["late_days"]) == ("05/KH-UBND", 3)
    growth = next(a for a in check["assessments"] if a["name"] == "Tỷ lệ tăng dân số tự nhiên")
    assert growth["comparator"] == "<="  # the workspace profile's, the plan leaves it unsaid
    empty = init_workspace(tmp_path / "empty")
    missing = runner.invoke(app, ["check", str(LATE), "--workspace", str(empty.root)])
    assert missing.exit_code == 2 and "chưa có kế hoạch" in missing.output


def test_check_campaign_takes_the_units_to_report_from_the_workspace_profile(corpus_records, tmp_path):
    from pipeline.check.stored_plans import profile_units
    from pipeline.store.workspace import init_workspace

    ws = init_workspace(tmp_path / "ws")
    units = profile_units(ws.root)
    assert units, "the example profile lists the units that must report"
    args = ["check-campaign", "--plan", str(PLAN_GOLD), "--as-of", "15/12/2025", "--workspace", str(ws.root),
            "--json", str(LATE)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    campaign = json.loads(result.stdout)
    assert campaign["assigned_units"] == list(units)
    found = campaign["reports"][0]["assigned_unit"]
    assert found in units and campaign["missing_units"] == [u for u in units if u != found]
    # the profile's comparator stands for the plan's silence, as in `vanban consolidate` and the inbox
    growth = next(a for a in campaign["table"] if a["name"] == "Tỷ lệ tăng dân số tự nhiên")
    assert growth["comparator"] == "<="


def test_check_campaign_prints_the_roll_call_the_table_and_why_rows_cannot_be_compared(corpus_records):
    reports = sorted(str(p) for p in (CORPUS / "bao_cao").glob("*.docx.gold.json"))
    result = runner.invoke(app, ["check-campaign", "--plan", str(PLAN_GOLD), "--as-of", "15/12/2025", *reports],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for words in ("Chưa báo cáo:", "Hội Cựu chiến binh xã", "Báo cáo chậm:", "Thôn Minh Hòa", "Bảng tổng hợp chỉ tiêu",
                  "Đơn vị báo cáo", "Không so sánh được:", "Tỷ lệ tăng dân số tự nhiên: kế hoạch không nói rõ"):
        assert words in result.stdout
