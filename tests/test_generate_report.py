"""The consolidated report to the city: the corpus commune plan, the unit reports, their check."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pipeline.check import check_campaign
from pipeline.cli import app
from pipeline.generate.annex import check_to_xlsx
from pipeline.generate.consolidated import consolidate
from pipeline.generate.render import render
from pipeline.lint.checker import lint_docx
from tests.generate_support import AS_OF, COMMUNE_PLAN, CORPUS, PROFILE, docx_text, gold, profile, report_golds


@pytest.fixture(scope="module")
def campaign():
    plan, reports = gold(COMMUNE_PLAN), report_golds()
    check = check_campaign(plan, reports, AS_OF, [u.name for u in profile().units])
    return plan, reports, check


@pytest.fixture(scope="module")
def report_context(campaign):
    plan, reports, check = campaign
    return consolidate(plan, reports, check, profile())


@pytest.fixture(scope="module")
def report_docx(report_context, tmp_path_factory):
    return render("bao_cao_tong_hop.docx", report_context, tmp_path_factory.mktemp("bc") / "bao-cao.docx")


def test_the_report_has_one_row_per_plan_indicator_with_the_checks_verdict(campaign, report_context):
    plan, _, check = campaign
    assert len(report_context.rows) == len(plan.indicators) == len(check.table)
    assert [r.verdict for r in report_context.rows] == [a.verdict for a in check.table]


def test_the_report_names_the_missing_and_late_units(campaign, report_context):
    _, _, check = campaign
    deployment = " ".join(report_context.deployment)
    assert check.missing_units and all(u in deployment for u in check.missing_units)
    assert check.late_units and all(u in deployment for u in check.late_units)
    assert f"{len(check.reported_units)}/{len(check.assigned_units)} đơn vị" in deployment


def test_highlights_quote_the_units_own_words_with_their_source(campaign, report_context):
    _, _, check = campaign
    assert report_context.highlights
    texts = {a.reported_text.strip().rstrip(";.") for c in check.reports for a in c.assessments if a.reported_text}
    for h in report_context.highlights:
        assert h.quote in texts
        assert h.source.startswith("Báo cáo") and "tệp " in h.source


def test_the_rendered_report_reads_as_a_report_to_the_city(report_docx):
    text = docx_text(report_docx)
    for phrase in ("BÁO CÁO", "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.", "Thực hiện Kế hoạch số 232/KH-UBND",
                   "I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. ĐÁNH GIÁ CHUNG",
                   "Hội Cựu chiến binh xã", "1.703,274", "Số: 135/BC-UBND", "Phạm Tiến Thuật"):
        assert phrase in text, phrase
    assert "{{" not in text and "None" not in text


def test_the_generated_report_passes_the_decree_30_check(report_docx):
    assert lint_docx(report_docx) == []


def test_the_xlsx_annex_lists_every_figure_with_the_file_it_came_from(campaign, tmp_path):
    _, _, check = campaign
    wb = load_workbook(check_to_xlsx(check, tmp_path / "phu-luc.xlsx"))
    assert wb.sheetnames == ["Tổng hợp", "Số liệu theo đơn vị", "Đơn vị"]
    assert wb["Tổng hợp"].max_row == len(check.table) + 1
    files = {row[3] for row in wb["Số liệu theo đơn vị"].iter_rows(min_row=2, values_only=True)}
    assert files and files <= {c.report for c in check.reports}
    missing = [r[0] for r in wb["Đơn vị"].iter_rows(min_row=2, values_only=True) if r[3] == "x"]
    assert missing == list(check.missing_units)


def test_vanban_consolidate_skips_a_broken_report_and_writes_the_rest(tmp_path):
    plan = tmp_path / "ke-hoach.json"
    plan.write_text(gold(COMMUNE_PLAN).model_dump_json(), encoding="utf-8")
    reports = []
    for n, r in enumerate(report_golds()):
        reports.append(tmp_path / f"bc-{n}.json")
        reports[-1].write_text(r.model_dump_json(), encoding="utf-8")
    broken = tmp_path / "hong.json"
    broken.write_text("{ không phải json", encoding="utf-8")
    out, xlsx = tmp_path / "tong-hop.docx", tmp_path / "phu-luc.xlsx"
    result = CliRunner().invoke(app, ["consolidate", "--plan", str(plan), *map(str, reports), str(broken),
                                      "--profile", str(PROFILE), "-o", str(out), "--xlsx", str(xlsx),
                                      "--as-of", "2025-12-12"])
    assert result.exit_code == 0, result.output
    assert "hong.json" in result.output and out.is_file() and xlsx.is_file()
    assert broken.read_text(encoding="utf-8") == "{ không phải json"
    assert (CORPUS / "bao_cao").is_dir()


def test_the_reminder_is_addressed_to_the_missing_unit_and_the_one_citing_the_wrong_plan(campaign, tmp_path):
    from pipeline.generate.remind import remind

    plan, _, check = campaign
    ctx = remind(plan, check, profile())
    assert ctx.kinh_gui == ("- Hội Cựu chiến binh xã;", "- Thôn Xuân Úc.")
    assert "50/KH-UBND" in " ".join(ctx.paragraphs)
    assert ctx.so_ky_hieu.endswith("/UBND-VHXH")  # a công văn has no type code
    out = render("cong_van.docx", ctx, tmp_path / "cong-van.docx")
    assert lint_docx(out) == []
    assert "V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch số 05/KH-UBND" in docx_text(out)
    from pipeline.stages import file_to_record

    record = file_to_record(out)
    assert record.kind == "cong_van" and record.issued_on == check.as_of
    assert record.title == "đôn đốc báo cáo kết quả thực hiện Kế hoạch số 05/KH-UBND"


def test_vanban_remind_writes_the_letter_from_the_received_reports(tmp_path):
    plan = tmp_path / "ke-hoach.json"
    plan.write_text(gold(COMMUNE_PLAN).model_dump_json(), encoding="utf-8")
    report = tmp_path / "bc.json"
    report.write_text(report_golds()[0].model_dump_json(), encoding="utf-8")
    out = tmp_path / "cv.docx"
    result = CliRunner().invoke(app, ["remind", str(report), "--plan", str(plan), "--profile", str(PROFILE),
                                      "-o", str(out), "--as-of", "2025-12-12"])
    assert result.exit_code == 0, result.output
    assert "Kính gửi:" in docx_text(out) and "- Hội Cựu chiến binh xã;" in docx_text(out)


def test_the_generated_report_re_extracts_to_its_table_and_the_plan_it_reports_on(report_context, report_docx):
    from pipeline.stages import file_to_record

    record = file_to_record(report_docx)
    assert record.kind == "bao_cao" and record.number == "135/BC-UBND"
    assert record.basis is not None and record.basis.number == "05/KH-UBND" and record.basis.relation == "reports_on"
    found = {i.name: (i.value, i.target) for i in record.indicators}
    for row in report_context.rows:
        if row.value is not None and row.target is not None:
            assert found.get(row.name) == (row.value, row.target), row.name
