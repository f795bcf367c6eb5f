"""Indicators in table rows: results tables, multi-row headers, merged cells, matrix tables, layout tables."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.indicators import blocks_to_indicators
from extractors.records import Header

REPORT = Header(kind="bao_cao", issued_on=dt.date(2025, 12, 5))
PLAN = Header(kind="ke_hoach", issued_on=dt.date(2025, 9, 9))


def row(*cells: str | tuple[str, int]) -> Row:
    return Row(cells=tuple(Cell(text=c) if isinstance(c, str) else Cell(text=c[0], span=c[1]) for c in cells))


def doc_with(heading: str, *rows: Row) -> Document:
    blocks = (
        Block(kind=BlockKind.PARAGRAPH, text=heading, location=Location(index=0)),
        Block(kind=BlockKind.TABLE, text="", rows=rows, location=Location(index=1)),
    )
    return Document(source="built.docx", format="docx", blocks=blocks)


RESULTS = (
    row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ %"),
    row("1", "Tổng giá trị sản xuất (giá hiện hành)", "triệu đồng", "1.703.274", "1.720.500", "101,0"),
    row("2", "Trong đó: giá trị ngành thương mại - dịch vụ", "triệu đồng", "1.483.178", "1.497.300", "101,0"),
    row("3", "Kết nạp hội viên mới", "hội viên", "27", "38", "140.7%"),
    row("4", "Tỷ lệ hộ hội viên phân loại rác tại nguồn", "%", "100", "96,8", "90"),
)


@pytest.fixture(scope="module")
def results():
    return blocks_to_indicators(doc_with("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", *RESULTS), REPORT)


def test_each_row_of_a_results_table_is_an_indicator_with_plan_done_and_ratio(results):
    first = results[0]
    assert (first.name, first.unit, first.target, first.value, first.ratio) == (
        "Tổng giá trị sản xuất (giá hiện hành)", "triệu đồng", 1703274, 1720500, 101.0,
    )
    assert first.text == "1 | Tổng giá trị sản xuất (giá hiện hành) | triệu đồng | 1.703.274 | 1.720.500 | 101,0"
    assert (first.section, first.period, first.direction) == ("II.", "năm 2025", "increase")


def test_a_trong_đó_row_is_named_without_the_connector(results):
    assert results[1].name == "Giá trị ngành thương mại - dịch vụ"


def test_a_dot_decimal_ratio_cell_is_read_as_decimal_and_warned(results):
    members = results[2]
    assert (members.value, members.target, members.ratio, members.unit) == (38, 27, pytest.approx(140.7), "hội viên")
    assert [w.code for w in members.warnings] == ["number_format"]


def test_a_ratio_cell_that_contradicts_the_figures_is_warned(results):
    sorting = results[3]
    assert sorting.ratio == 90
    assert [w.code for w in sorting.warnings] == ["ratio_mismatch"]


def test_a_row_number_is_not_a_plan_code(results):
    assert all(i.code is None for i in results)


def test_a_two_row_header_with_merged_cells_assigns_each_column_its_role():
    table = (
        row("TT", "Nội dung", "ĐVT", ("Năm 2025", 2), "So với cùng kỳ (%)"),
        row("", "", "", "Chỉ tiêu giao", "Ước thực hiện", ""),
        row("1", "2", "3", "4", "5", "6"),
        row("I", "Chỉ tiêu xã hội", "", "", "", ""),
        row("(7)", "Tỷ lệ dân số tham gia BHYT", "%", "≥ 97", "96,5", "101"),
        row("(13)", "Số vụ phạm pháp hình sự", "vụ", "", "05", "80"),
    )
    found = blocks_to_indicators(doc_with("2. Kết quả", *table), REPORT)
    assert [(i.code, i.name, i.target, i.value, i.comparator) for i in found] == [
        ("(7)", "Tỷ lệ dân số tham gia BHYT", 97, 96.5, ">="),
        ("(13)", "Số vụ phạm pháp hình sự", None, 5, None),
    ]
    assert found[1].direction == "decrease" and found[1].unit == "vụ"
    assert all(i.ratio is None for i in found)  # "So với cùng kỳ" is not completion of the plan


def test_a_matrix_table_gives_one_target_per_unit_and_column():
    table = (
        row("STT", "Đơn vị", "Thu ngân sách xã (triệu đồng)", "Giải quyết việc làm (lượt người)", "Tỷ lệ tham gia BHYT (%)"),
        row("1", "Xã Kiến Minh", "3.187", "831", "97,0"),
        row("2", "Xã Kiến Thụy", "4.250", "920", "96,5"),
    )
    found = blocks_to_indicators(doc_with("2. Chỉ tiêu giao một số xã", *table), PLAN)
    assert [(i.name, i.target, i.unit, i.comparator) for i in found[:3]] == [
        ("Thu ngân sách xã (xã Kiến Minh)", 3187, "triệu đồng", ">="),
        ("Giải quyết việc làm (xã Kiến Minh)", 831, "lượt người", ">="),
        ("Tỷ lệ tham gia BHYT (xã Kiến Minh)", 97.0, "%", ">="),
    ]
    assert len(found) == 6


def test_a_table_listing_units_and_the_codes_they_report_is_not_an_indicator_table():
    table = (
        row("STT", "Đơn vị", "Chỉ tiêu theo dõi, báo cáo"),
        row("1", "Phòng Kinh tế", "(1), (2), (3), (10), (11), (12)"),
        row("2", "Công an xã", "(13), (14)"),
    )
    assert blocks_to_indicators(doc_with("3. Phân công theo dõi", *table), PLAN) == ()


def test_a_layout_table_with_the_national_motto_is_ignored():
    table = (row("UBND XÃ KIẾN MINH\nSố: 15/BC-KT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiến Minh, ngày 05 tháng 12 năm 2025"),)
    assert blocks_to_indicators(doc_with("BÁO CÁO", *table), REPORT) == ()


def test_a_results_table_in_the_organisation_section_is_not_read():
    assert blocks_to_indicators(doc_with("V. TỔ CHỨC THỰC HIỆN", *RESULTS), REPORT) == ()


def test_a_header_word_split_over_two_rows_is_read_joined():
    table = (
        row("STT", "Chỉ tiêu", "Đơn vị", ("Năm 2025", 2), "Tỷ lệ %"),
        row("", "", "tính", "Kế hoạch", "Thực hiện", ""),
        row("2", "Tuyển chọn công dân thực hiện nghĩa vụ tham gia CAND", "công dân", "4", "4", "100"),
    )
    [recruits] = blocks_to_indicators(doc_with("II. KẾT QUẢ", *table), REPORT)
    assert (recruits.unit, recruits.target, recruits.value, recruits.ratio) == ("công dân", 4, 4, 100)


# Rows of a rotated statistical form as OCR read them (so_bacgiang-sct_BC_170-2012, page 7): the names run along a
# row, the column headers ("Kế hoạch") stand in the last cell, and many cells are noise ("1.006,2j", "5879[").
ROTATED_SCAN = (
    row('', '', '1', ('II', 2), ('=', 2), '', '', ('2', 2), '', '', '', ('', 2), '', '', '', ('', 2)),
    row('', '', '', ('', 2), ('', 2), '', '', '', '', '', '', '', '', '', '1', 'I', 'A', ('', 2)),
    row('Kinh tế ngoài nhà nước', 'Kinh tế nhà nước', 'Tổng mức BLHH và DTDV', ('Thương mai', 2), '', 'Giá trị SXCN (giá thực tế', '- §X &PP điện nước, khí đốt', '- Công nghiệp chế biến', '- Công nghiệp khai thác mỏ', 'Phân theo ngành công nghiệp', '- Kinh tế có vốn đầu tư NN', '- Kinh tế ngoài quốc doanh', '+ Quốc doanh địa phương:', '+ Quốc doanh trung ương', '- Kinh tế nhà nước', 'Phân theo loại hình kinh tế', 'Giá tri SXCN (giá CÐ 94)', 'B', ('2', 2)),
    row('"', '"', 'Tỷ.ä', ('', 2), ('Tý', 2), '"', '"', '"', 'Tỷ.đ', 'Tỷđ', 'Tỷ.đ', '"', '"', 'Tỷ.ä', 'Tỷ.đ', '', 'C', ('„', 2)),
    row('§', '500,0', '', ('', 2), ('', 2), '430,0', '62850', '65,0', '', '200601', '3.426,0', '28,0', '1.320,0', '1.348,0', '6.780,0', '', '1', ('Kế hoạch', 2)),
    row('1.006,2j', '33,4', '', ('', 2), ('3.11743', 2), '42,0', '5879[', '3,1', '', '3104', '', '9,1', '90,1', '99,2', '6330', '', '2', '“ị', 'Năm 2012'),
    row('1.0211', '338', '', ('', 2), ('3.416,5', 2), '550', '5889', '2,67', '', '', '2146', '9,0', '1024', '1114', '6466', '', '3', 'tháng 10', ''),
    row('9.4321', '374,8', 'š', ('', 2), ('20.886,0', 2), '43246', '5.1124', '46,3', '', '22568]', 'ä', '41,2', '915,8', '957,0', '5.5913', '', '4', '10 tháng:ặ', ''),
    row('825,2', '36/7', '861,9[', ('', 2), ('2.441,4', 2), '658', '3985', '2,3', '', '2197', '163,0', '13,7', '', '840', '', '', '5', 'tháng 10', 'Năm 2011'),
)


def scanned(*rows: Row) -> Document:
    blocks = (
        Block(kind=BlockKind.PARAGRAPH, text="II. KẾT QUẢ", location=Location(index=0), ocr=True),
        Block(kind=BlockKind.TABLE, text="", rows=rows, location=Location(index=1), ocr=True),
    )
    return Document(source="scan.pdf", format="pdf-ocr", blocks=blocks)


def test_noise_cells_and_nameless_columns_of_a_rotated_scanned_form_give_no_indicator():
    assert not blocks_to_indicators(scanned(*ROTATED_SCAN), REPORT)


def test_clean_cells_of_a_scanned_results_table_stay_indicators():
    found = blocks_to_indicators(scanned(*RESULTS), REPORT)
    assert [(i.name, i.target, i.value) for i in found][:2] == [
        ("Tổng giá trị sản xuất (giá hiện hành)", 1703274.0, 1720500.0),
        ("Giá trị ngành thương mại - dịch vụ", 1483178.0, 1497300.0)]


# xa_phumybac_BC_thang6-2026 (a commune's monthly report): food-safety establishments per health station
def test_bare_counts_in_a_form_whose_rows_are_named_by_tên_cơ_sở_count_cơ_sở():
    found = blocks_to_indicators(doc_with(
        "4. An toàn thực phẩm",
        row("STT", "Tên cơ sở", "Tỉnh quản lý", "Xã quản lý", "Đã ký cam kết", "Đã cấp chứng nhận"),
        row("1", "TYT PM Bắc", "2", "24", "21", "26"),
        row("2", "TYT PM Bắc-CS2", "2", "13", "9", "12"),
    ), REPORT)
    assert [(i.name, i.value, i.unit) for i in found][:2] == [
        ("Tỉnh quản lý (TYT PM Bắc)", 2.0, "cơ sở"), ("Xã quản lý (TYT PM Bắc)", 24.0, "cơ sở")]
