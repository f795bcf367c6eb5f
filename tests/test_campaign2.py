"""A second campaign, written elsewhere (xã Tân Hưng, `tests/data/campaign2/`, wording of other provinces' documents):
the plan and four unit reports are built as DOCX, read by the real extractor, checked with the office profile and
consolidated. The plan numbers its chỉ tiêu "1." ... "8." and assigns none of them to a unit: the profile does."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from campaign2_support import PROFILE, build
from pipeline.check import check_campaign
from pipeline.generate.documents import draft_report, write_report
from pipeline.lint.checker import lint_docx
from pipeline.profile import load_profile
from pipeline.stages import file_to_record

AS_OF = dt.date(2025, 12, 8)
JUDGED = ("vượt", "đạt", "chưa đạt")


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    plan, reports = build(tmp_path_factory.mktemp("campaign2"))
    return file_to_record(plan), [file_to_record(r) for r in reports]


@pytest.fixture(scope="module")
def draft(records):
    plan, reports = records
    return draft_report(plan, reports, load_profile(PROFILE), AS_OF)


def _row(draft, words: str):
    return next(a for a in draft.check.table if words in a.name)


def test_every_plan_row_some_report_gives_a_figure_for_gets_a_verdict(draft):
    answered = {p for c in draft.check.reports for p, a in enumerate(c.assessments) if a.reported_value is not None}
    assert len(answered) >= 6
    for p in answered:
        row = draft.check.table[p]
        assert row.verdict in JUDGED, (row.name, row.note)


def test_the_profiles_lead_unit_supplies_the_commune_figure_and_the_village_is_shown_beside_it(records, draft):
    row = _row(draft, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")
    assert row.reported_value == pytest.approx(1.32) and row.verdict == "vượt"  # < 1,5%
    assert row.units_reporting == ("Ban Văn hóa - Xã hội", "Thôn Đông")
    plan, reports = records
    without_codes = check_campaign(plan, reports, AS_OF, [u.name for u in load_profile(PROFILE).units])
    same = next(a for a in without_codes.table if a.name == row.name)
    assert same.verdict == "không so sánh được"  # without the profile's assignment no figure stands for the commune


def test_a_count_of_lượt_lao_động_answers_a_target_in_lao_động(draft):
    row = _row(draft, "Giải quyết việc làm")
    assert (row.reported_value, row.target, row.verdict) == (262, 250, "vượt")


def test_a_rate_the_plan_gives_no_direction_takes_the_profiles_comparator(draft):
    row = _row(draft, "Tỷ lệ tăng dân số tự nhiên")
    assert row.comparator == "<=" and row.reported_value == pytest.approx(0.86) and row.verdict in ("đạt", "vượt")


def test_a_shortfall_is_judged_and_listed_among_the_targets_not_achieved(draft):
    assert _row(draft, "sàng lọc sơ sinh").verdict == "chưa đạt"
    short = [x for x in draft.context.assessment if x.startswith("Các chỉ tiêu chưa đạt")]
    assert short and "sàng lọc sơ sinh" in short[0]
    assert all("sàng lọc sơ sinh" not in h.quote for h in draft.context.highlights)


def test_the_unit_that_did_not_report_is_missing_and_every_report_is_counted(draft):
    assert set(draft.check.missing_units) == {"Thôn Tây", "Ban Địa chính - Xây dựng"}
    assert set(draft.check.reported_units) == {"Ban Văn hóa - Xã hội", "Trạm Y tế xã", "Thôn Đông", "Hội Nông dân xã"}


def test_the_draft_to_the_district_and_its_annex_are_finished_documents(draft, tmp_path):
    out, xlsx = tmp_path / "bao-cao.docx", tmp_path / "phu-luc.xlsx"
    write_report(draft, out, xlsx)
    assert lint_docx(out) == []
    assert draft.context.kinh_gui == "Ủy ban nhân dân huyện Yên Mô"
    assert "theo Kế hoạch số 27/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện Yên Mô" in draft.context.title
    wb = load_workbook(xlsx)
    assert wb["Tổng hợp"]["A2"].value.startswith("(Kèm theo Báo cáo số 96/BC-UBND ngày 08/12/2025")


def test_every_one_of_the_eight_targets_gets_a_verdict(draft):
    assert len(draft.check.table) == 8
    assert {row.name: row.verdict for row in draft.check.table if row.verdict not in JUDGED} == {}


def test_a_target_without_a_figure_is_judged_done_from_the_villages_words(draft):
    row = _row(draft, "nhà văn hóa thôn Đông")
    assert row.name.startswith("Hoàn thành xây dựng") and row.target is None
    assert row.verdict == "đạt" and "định tính" in row.note
    assert "Nhà văn hóa thôn Đông đã hoàn thành" in row.reported_text


def test_nothing_may_happen_is_judged_from_the_health_stations_words(draft):
    row = _row(draft, "Không để xảy ra ngộ độc thực phẩm")
    assert row.verdict == "đạt" and "không xảy ra" in row.reported_text.lower()


def test_the_listed_subjects_of_a_share_stay_one_target_met_by_the_lead_unit(draft):
    row = _row(draft, "hộ cận nghèo được cấp thẻ bảo hiểm y tế")
    assert row.name.startswith("Hộ nghèo, hộ cận nghèo") and row.direction == "increase"
    assert (row.target, row.reported_value, row.verdict) == (100, 100, "đạt")
