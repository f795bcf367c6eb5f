"""The consolidated report to the city: the corpus commune plan, the unit reports, their check."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.generate.annex import TITLE_ROWS, check_to_xlsx
from pipeline.generate.documents import draft_report
from pipeline.generate.render import render
from pipeline.lint.checker import lint_docx
from tests.generate_support import AS_OF, COMMUNE_PLAN, CORPUS, PROFILE, docx_text, gold, profile, report_golds


@pytest.fixture(scope="module")
def draft():
    return draft_report(gold(COMMUNE_PLAN), report_golds(), profile(), AS_OF)


@pytest.fixture(scope="module")
def campaign(draft):
    return gold(COMMUNE_PLAN), report_golds(), draft.check


@pytest.fixture(scope="module")
def report_context(draft):
    return draft.context


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


def test_highlights_quote_the_units_own_words_without_list_labels_or_shortfalls(campaign, report_context, draft):
    _, _, check = campaign
    assert len(report_context.highlights) >= 8
    for h in report_context.highlights:
        own = " ".join(a.reported_text or "" for c in check.reports if (c.assigned_unit or c.unit) == h.unit
                       for a in c.assessments).lower()
        said = h.quote
        for line in draft.note.splitlines():  # a typo corrected in the quote is told to the clerk: undo it here
            fix = re.search(r"«(.+?)» \(đúng là «(.+?)»\); dự thảo trích lại đã sửa", line)
            if fix and h.source in line:
                said = said.replace(fix.group(2), fix.group(1))
        assert said.lower() in own, h.quote
        assert not re.match(r"^\s*(\d+|[a-z])[.)]\s", h.quote) and "chưa đạt" not in h.quote.lower()
        assert h.source.startswith("Báo cáo số ") and h.source.endswith(h.unit) and "tệp" not in h.source


def test_the_text_for_the_city_names_units_never_files(report_docx):
    text = docx_text(report_docx)
    assert not re.search(r"\.(docx?|pdf|json)\b", text) and "tệp " not in text


def test_the_trich_yeu_names_the_campaign_and_the_city_plan(report_context):
    assert report_context.title.startswith("Kết quả thực hiện đợt thi đua thực hiện thắng lợi nhiệm vụ")
    assert "theo Kế hoạch số 232/KH-UBND ngày 09/9/2025 của Ủy ban nhân dân thành phố Hải Phòng" in report_context.title


def test_results_are_sorted_into_achieved_and_not_achieved(report_context):
    achieved = [x for x in report_context.assessment if x.startswith(("Các chỉ tiêu vượt", "Các chỉ tiêu đạt"))]
    short = [x for x in report_context.assessment if x.startswith("Các chỉ tiêu chưa đạt")]
    assert achieved and short and "Cấp Giấy chứng nhận QSD đất" in short[0]
    assert all("Cấp Giấy chứng nhận QSD đất" not in x for x in achieved)


def test_the_recommendations_go_to_the_city_not_to_the_communes_own_units(report_context):
    asks = [x for x in report_context.issues if "Kiến nghị" in x]
    assert asks and all("đề nghị Ủy ban nhân dân thành phố Hải Phòng" in x for x in asks)
    assert not any("Đề nghị các đơn vị" in x for x in report_context.issues)


def test_the_clerks_note_lists_what_to_check_and_stays_out_of_the_report(draft, report_docx):
    assert draft.note.startswith("VẤN ĐỀ CẦN KIỂM TRA")
    assert "Thôn Xuân Úc" in draft.note and "50/KH-UBND" in draft.note
    assert "Tỷ lệ hộ dân thực hiện phân loại chất thải rắn tại nguồn" in draft.note  # conflicting figures
    assert "VẤN ĐỀ CẦN KIỂM TRA" not in docx_text(report_docx) and "50/KH-UBND" not in docx_text(report_docx)


def test_qualitative_and_lower_is_better_targets_get_a_verdict_from_the_profile_and_the_report(campaign):
    _, _, check = campaign
    rows = {(a.plan_code, a.name[:20]): a for a in check.table}
    assert rows[("(3)", "Hoàn thành dự án xây")].verdict == "đạt"  # "đã hoàn thành, bàn giao đưa vào sử dụng"
    assert rows[("(4)", "Tỷ lệ tăng dân số tự")].verdict in ("đạt", "vượt")  # 0,68 against <= 0,7 (profile)
    judged = [a for a in check.table if a.verdict not in ("không so sánh được", "không báo cáo")]
    assert len(judged) >= len(check.table) - 2


def test_the_rendered_report_reads_as_a_report_to_the_city(report_docx):
    text = docx_text(report_docx)
    for phrase in ("BÁO CÁO", "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.", "Thực hiện Kế hoạch số 232/KH-UBND",
                   "I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. ĐÁNH GIÁ CHUNG",
                   "Hội Cựu chiến binh xã", "1.703,274", "Số: 135/BC-UBND", "Phạm Tiến Thuật"):
        assert phrase in text, phrase
    assert "{{" not in text and "None" not in text


def test_the_generated_report_passes_the_decree_30_check(report_docx):
    assert lint_docx(report_docx) == []


def test_the_xlsx_annex_lists_every_figure_with_the_file_it_came_from(campaign, report_context, tmp_path):
    _, _, check = campaign
    wb = load_workbook(check_to_xlsx(check, tmp_path / "phu-luc.xlsx", report_context))
    assert wb.sheetnames == ["Tổng hợp", "Số liệu theo đơn vị", "Đơn vị"]
    assert wb["Tổng hợp"].max_row == TITLE_ROWS + 1 + len(check.table)
    files = {row[4] for row in wb["Số liệu theo đơn vị"].iter_rows(min_row=TITLE_ROWS + 2, values_only=True)}
    assert files and files <= {c.report for c in check.reports}
    missing = [r[1] for r in wb["Đơn vị"].iter_rows(min_row=TITLE_ROWS + 2, values_only=True) if r[4] == "x"]
    assert missing == list(check.missing_units)


def test_the_xlsx_annex_is_a_finished_document(campaign, report_context, tmp_path):
    _, _, check = campaign
    wb = load_workbook(check_to_xlsx(check, tmp_path / "phu-luc.xlsx", report_context))
    for ws in wb.worksheets:
        assert "Kèm theo Báo cáo số 135/BC-UBND ngày 12/12/2025" in ws["A2"].value
        assert ws["A1"].value.startswith("Phụ lục")
        assert {c.font.name for row in ws.iter_rows() for c in row if c.value is not None} == {"Times New Roman"}
        assert ws.freeze_panes == f"A{TITLE_ROWS + 2}" and ws.print_title_rows
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.print_area and all(ws.column_dimensions[c].width >= 6 for c in "ABC")
        stt = ws.cell(row=TITLE_ROWS + 1, column=1)
        assert stt.value == "STT" and not stt.alignment.wrap_text
    values = [v for row in wb.worksheets[0].iter_rows(values_only=True) for v in row]
    assert "1.703,274" in values and not any(isinstance(v, float) and len(repr(v)) > 8 for v in values)
    dates = [r[3] for r in wb["Số liệu theo đơn vị"].iter_rows(min_row=TITLE_ROWS + 2, values_only=True) if r[3]]
    assert dates and all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)


def test_the_xlsx_annex_prints_as_a4_landscape_pages_through_libreoffice(campaign, report_context, tmp_path):
    import pdfplumber

    from pipeline.generate.export_pdf import docx_to_pdf

    _, _, check = campaign
    pdf = docx_to_pdf(check_to_xlsx(check, tmp_path / "phu-luc.xlsx", report_context))
    with pdfplumber.open(pdf) as doc:
        assert doc.pages and all(p.width > p.height for p in doc.pages)
        assert all(abs(p.width - 842) < 3 and abs(p.height - 595) < 3 for p in doc.pages)  # A4 landscape, points
        text = doc.pages[0].extract_text()
    assert "Phụ lục I" in text and "STT" in text.split()


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
    assert (tmp_path / "tong-hop.van-de-can-kiem-tra.txt").read_text(encoding="utf-8").startswith("VẤN ĐỀ CẦN")
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
    # the trích yếu names the city plan the campaign carries out: the city files the report under it
    assert record.basis is not None and record.basis.number == "232/KH-UBND" and record.basis.relation == "reports_on"
    found = {i.name: (i.value, i.target) for i in record.indicators}
    for row in report_context.rows:
        if row.value is not None and row.target is not None:
            assert found.get(row.name) == (row.value, row.target), row.name
