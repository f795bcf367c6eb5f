"""Statistical forms, plan-vs-actual annexes and per-unit target tables, read by the roles of their columns: the plan,
the result (the month, the period to date), the share of the plan done, and the columns not used (an earlier period,
a comparison with last year). Real files first (tests/data/real: forms exported by a district's socio-economic
indicator software, Kirito223/KTXH), then the shapes the real blind part has, as built tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.context import document_to_view
from extractors.extract import document_to_record
from extractors.indicators.document import view_to_measures
from extractors.readers import file_to_document
from extractors.records import Header

REAL = Path(__file__).parent / "data" / "real"
REPORT = Header(kind="bao_cao", issued_on=dt.date(2024, 11, 5))
PLAN = Header(kind="ke_hoach", issued_on=dt.date(2025, 1, 9))


def row(*cells: str | tuple[str, int]) -> Row:
    return Row(cells=tuple(Cell(text=c) if isinstance(c, str) else Cell(text=c[0], span=c[1]) for c in cells))


def measures(header: Header, *rows: Row):
    blocks = (Block(kind=BlockKind.PARAGRAPH, text="Biểu số liệu", location=Location(index=0)),
              Block(kind=BlockKind.TABLE, text="", rows=rows, location=Location(index=1)))
    return view_to_measures(document_to_view(Document(source="built.docx", format="docx", blocks=blocks), header))


def by_row(indicators, label: str) -> list:
    return [i for i in indicators if i.name.endswith(f"({label})") or i.name == label]


@pytest.fixture(scope="module")
def commune_annex():
    return document_to_record(file_to_document(REAL / "xa_dakhoa_phu-luc-ket-qua-2019-muc-tieu-2020.ktxh-export.pdf"))


@pytest.fixture(scope="module")
def district_form():
    return document_to_record(file_to_document(REAL / "huyen_daksong_bieu-chi-tieu-kinh-te-2019.ktxh-export.pdf"))


def test_a_plan_vs_actual_annex_gives_target_actual_and_ratio_per_row(commune_annex):
    # "STT | Chỉ tiêu | ĐVT | KH 2019 | Thực hiện 2019 | Ghi chú/ Đánh giá | Mục tiêu 2020": the "Đánh giá" cells
    # ("105,00 %") are the result over the plan, so they are the ratio; next year's target is a measure of its own
    found = by_row(commune_annex.indicators, "Diện tích cây trồng lâu năm")
    assert {(i.value, i.target, i.ratio, i.unit) for i in found if i.value is not None} == {(2100, 2000, 105, "ha")}
    assert {(i.target, i.period) for i in found if i.value is None} == {(2300, "năm 2020")}
    assert all(i.ratio is None or i.value is not None for i in commune_annex.indicators)


def test_a_statistical_form_leaves_out_the_previous_year_and_its_comparison_columns(district_form):
    # "Thực hiện năm 2018 | Năm 2019: Kế hoạch | Ước thực hiện 6 tháng | Ước thực hiện cả năm | Ước thực hiện 2019 so
    # với thực hiện 2018 (%) | Kế hoạch năm 2020 | Kế hoạch 2020 so với thực hiện 2019 (%)"
    found = by_row(district_form.indicators, "Diện tích cây trồng hằng năm")
    assert {(i.value, i.target) for i in found} == {(2790.5, None), (5581, 5581), (None, 3600)}
    assert not any(i.value in (1841, 303.150462) or i.target == 64.504569 for i in district_form.indicators)


FORM = (
    row("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", ("Thực hiện", 2), ("So sánh (%)", 2)),
    row("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Tháng 10", "Lũy kế 10 tháng", "So KH", "So cùng kỳ"),
    row("1", "2", "3", "4", "5", "6", "7=6/4", "8"),
    row("1", "Giá trị sản xuất công nghiệp", "Tỷ đồng", "6.780,0", "646,6", "5.591,3", "82,5", "123,4"),
    row("2", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "300", "25", "240", "80,0", "95,0"),
)


def test_a_monthly_form_gives_the_month_alone_and_the_period_to_date_with_its_plan_and_share_of_the_plan():
    found = by_row(measures(REPORT, *FORM).indicators, "Giá trị sản xuất công nghiệp")
    assert sorted((i.value, i.target, i.ratio, i.unit) for i in found) == [
        (646.6, None, None, "tỷ đồng"), (5591.3, 6780, 82.5, "tỷ đồng")]
    assert {i.name for i in found} == {"Thực hiện - Tháng 10 (Giá trị sản xuất công nghiệp)",
                                       "Thực hiện - Lũy kế 10 tháng (Giá trị sản xuất công nghiệp)"}


def test_a_comparison_with_the_same_period_last_year_is_no_indicator():
    found = measures(REPORT, *FORM)
    assert not any(i.value in (123.4, 95.0) or i.target in (123.4, 95.0) for i in found.indicators)
    assert {(f.value, f.unit) for f in found.figures if f.role == "change"} == {(123.4, "%"), (95.0, "%")}


def test_the_previous_month_column_of_a_form_is_a_baseline_not_the_months_result():
    rows = (row("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện tháng 9", "Thực hiện tháng 10",
                "Lũy kế 10 tháng", "% so KH", "So cùng kỳ (%)"),
            row("1", "Giá trị sản xuất công nghiệp", "Tỷ đồng", "6.780,0", "633,0", "646,6", "5.591,3", "82,5", "123,4"))
    found = measures(REPORT, *rows)
    assert sorted((i.value, i.target, i.ratio) for i in found.indicators) == [(646.6, None, None), (5591.3, 6780, 82.5)]
    assert [f.value for f in found.figures if f.role == "baseline"] == [633.0]


def test_a_year_end_report_issued_in_january_keeps_its_plan_and_result_of_the_year_before():
    rows = (row("TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2024", "Thực hiện 2024", "Tỷ lệ (%)"),
            row("1", "Tổng sản lượng lương thực", "Tấn", "46.000", "46.500", "101,1"))
    found = measures(Header(kind="bao_cao", issued_on=dt.date(2025, 1, 10)), *rows).indicators
    assert [(i.value, i.target, i.ratio, i.unit) for i in found] == [(46500, 46000, 101.1, "tấn")]


def test_last_years_result_beside_this_years_plan_and_result_is_not_annotated():
    rows = (row("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Kế hoạch năm 2024", "Ước thực hiện năm 2024",
                "Tỷ lệ % so KH", "So với cùng kỳ (%)"),
            row("1", "Tổng sản lượng lương thực", "Tấn", "45.000", "46.000", "46.500", "101,1", "103,3"))
    found = measures(REPORT, *rows).indicators
    assert [(i.value, i.target, i.ratio) for i in found] == [(46500, 46000, 101.1)]


def test_a_units_by_measures_report_pairs_plan_and_result_within_each_measures_columns():
    rows = (row("STT", "Đơn vị", ("Tỷ lệ hộ nghèo (%)", 3), ("Tỷ lệ tham gia BHYT (%)", 3)),
            row("STT", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Kế hoạch", "Thực hiện", "Tỷ lệ"),
            row("1", "Xã Tân Hòa", "2,5", "2,4", "96,0", "95", "93", "97,9"),
            row("2", "Xã Gia Hiệp", "3,0", "3,3", "110,0", "90", "91", "101,1"))
    found = measures(REPORT, *rows).indicators
    assert sorted((i.name, i.value, i.target, i.ratio, i.unit) for i in found) == [
        ("Tỷ lệ hộ nghèo (%) - Thực hiện (Xã Gia Hiệp)", 3.3, 3.0, 110.0, "%"),
        ("Tỷ lệ hộ nghèo (%) - Thực hiện (Xã Tân Hòa)", 2.4, 2.5, 96.0, "%"),
        ("Tỷ lệ tham gia BHYT (%) - Thực hiện (Xã Gia Hiệp)", 91, 90, 101.1, "%"),
        ("Tỷ lệ tham gia BHYT (%) - Thực hiện (Xã Tân Hòa)", 93, 95, 97.9, "%"),
    ]


def test_a_units_plan_vs_actual_table_gives_one_indicator_per_unit_with_its_plan_and_ratio():
    rows = (row("STT", "Đơn vị", "Kế hoạch giao", "Thực hiện", "Tỷ lệ (%)"),
            row("1", "Xã Tân Hòa", "120", "118", "98,3"),
            row("2", "Xã Gia Hiệp", "80", "85", "106,3"))
    found = measures(REPORT, *rows).indicators
    assert [(i.name, i.value, i.target, i.ratio) for i in found] == [
        ("Thực hiện (Xã Tân Hòa)", 118, 120, 98.3), ("Thực hiện (Xã Gia Hiệp)", 85, 80, 106.3)]


def test_a_plans_targets_per_commune_stay_one_target_per_cell():
    rows = (row("STT", "Đơn vị", ("Chỉ tiêu giao năm 2025", 3)),
            row("STT", "Đơn vị", "Giảm tỷ lệ hộ nghèo (%)", "Trồng rừng tập trung (ha)", "Thu ngân sách (triệu đồng)"),
            row("1", "Xã Tân Hòa", "1,5", "40", "1.200"))
    found = measures(PLAN, *rows).indicators
    assert sorted((i.target, i.unit, i.value) for i in found) == [
        (1.5, "%", None), (40, "ha", None), (1200, "triệu đồng", None)]


def test_abbreviated_share_columns_read_as_the_plans_ratio_and_a_comparison_with_last_year():
    rows = (row("TT", "Chỉ tiêu", "ĐVT", "KH năm", "TH tháng", "Lũy kế", "% KH", "% CK"),
            row("1", "Thu ngân sách", "Triệu đồng", "12.000", "1.050", "9.800", "81,7", "110,2"))
    found = measures(REPORT, *rows).indicators
    assert sorted((i.value, i.target, i.ratio) for i in found) == [(1050, None, None), (9800, 12000, 81.7)]


def test_a_form_going_on_over_the_next_page_keeps_the_roles_of_its_columns():
    # a PDF reader gives one table per page; the second starts with the row numbering the columns
    head = (row("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 10 tháng", "% so KH"),
            row("1", "2", "3", "4", "5", "6=5/4"))
    blocks = (Block(kind=BlockKind.PARAGRAPH, text="Biểu số liệu", location=Location(index=0)),
              Block(kind=BlockKind.TABLE, text="", location=Location(index=1), rows=(
                  *head, row("1", "Thu ngân sách", "Triệu đồng", "12.000", "9.800", "81,7"))),
              Block(kind=BlockKind.PARAGRAPH, text="2", location=Location(index=2)),
              Block(kind=BlockKind.TABLE, text="", location=Location(index=3), rows=(
                  head[1], row("2", "Tổng mức bán lẻ hàng hóa", "Tỷ đồng", "14.500", "11.020", "76,0"))))
    found = view_to_measures(document_to_view(Document(source="built.pdf", format="pdf", blocks=blocks), REPORT))
    assert [(i.name, i.value, i.target, i.ratio, i.unit) for i in found.indicators] == [
        ("Thu ngân sách", 9800, 12000, 81.7, "triệu đồng"), ("Tổng mức bán lẻ hàng hóa", 11020, 14500, 76.0, "tỷ đồng")]


def test_a_scanned_forms_header_whose_marks_ocr_changed_keeps_its_column_roles():
    rows = (row("STT", "Chi tiêu", "ĐVT", "Kê hoạch năm", "Thưc hiên tháng", "Lũy kê", "% so KH"),
            row("1", "Thu ngân sách", "Triệu đồng", "12.000", "1.050", "9.800", "81,7"))
    found = measures(REPORT, *rows).indicators
    assert sorted((i.value, i.target, i.ratio) for i in found) == [(1050, None, None), (9800, 12000, 81.7)]


def test_money_a_decision_allots_over_two_years_is_a_specification_not_a_target():
    rows = (row("STT", "Nội dung", "ĐVT", "Dự toán năm 2025", "Dự toán năm 2026"),
            row("1", "Kinh phí hỗ trợ xóa nhà tạm", "Triệu đồng", "1.200", "1.500"))
    found = measures(Header(kind="quyet_dinh", issued_on=dt.date(2025, 2, 1)), *rows)
    assert found.indicators == []
    assert sorted(f.value for f in found.figures if f.role == "specification") == [1200, 1500]
