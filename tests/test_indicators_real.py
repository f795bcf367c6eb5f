"""Indicators and figures of real documents of other offices (corpus/real/dev), each case on the real file it came
from (tests/data/real) or a short excerpt of it."""

from pathlib import Path

import pytest

from extractors.blocks import Block, BlockKind, Cell, Location, Row
from extractors.extract import document_to_record
from extractors.merged_rows import cut_merged_rows
from extractors.readers import file_to_document

REAL = Path(__file__).parent / "data" / "real"


@pytest.fixture(scope="module")
def haugiang_price_report():
    return document_to_record(file_to_document(REAL / "so_haugiang_BC_2024_gia-thi-truong-thang7.pdf"))


def test_a_price_index_table_drawn_without_column_rules_gives_one_result_per_row_and_column(haugiang_price_report):
    # the PDF reader sees no column rules: every row but the last is one cell "1. Lương thực 148,69 99,69 126,75"
    found = {(i.name, i.value, i.unit) for i in haugiang_price_report.indicators if "Lương thực" in i.name
             and "(" in i.name and i.text.startswith("1. Lương thực |")}
    assert {(v, u) for _, v, u in found} == {(148.69, "%"), (99.69, "%"), (126.75, "%")}
    assert all(name.startswith("Chỉ số giá tháng 7 năm 2024") and name.endswith("(Lương thực)")
               for name, _, _ in found)


def test_a_row_left_uncut_is_cut_only_into_as_many_figures_as_the_rows_the_reader_cut():
    cells = lambda *texts: Row(cells=tuple(Cell(text=t) for t in texts))  # noqa: E731
    rows = (Row(cells=(Cell(text="So với kỳ So với Bình quân gốc tháng trước cùng kỳ", span=4),)),
            Row(cells=(Cell(text="IX. Giáo dục 141,81 100,12 97,96", span=4),)),
            Row(cells=(Cell(text="Ghi chú: số liệu năm 2024 của 12 tháng", span=4),)),
            cells("Chỉ số giá đôla Mỹ", "109,35", "99,98", "105,80"))
    cut = cut_merged_rows(rows)
    assert cut[1].texts == ["IX. Giáo dục", "141,81", "100,12", "97,96"]
    assert cut[0] == rows[0] and cut[2] == rows[2]  # the header and a note keep their one cell
    assert cut_merged_rows(rows[:3]) == rows[:3]  # no row shows the columns: nothing to cut by


def _table(*rows: list[str]) -> Block:
    return Block(kind=BlockKind.TABLE, text="", location=Location(index=0),
                 rows=tuple(Row(cells=tuple(Cell(text=t) for t in r)) for r in rows))


def test_a_plan_versus_actual_annex_pairs_the_plan_with_the_period_to_date_and_reads_units_from_their_cells():
    # so_bacgiang-sct_BC_170-2012 (a report's annex, page 7, as read upright): the unit column lost its "ĐVT"
    # header to OCR, the plan goes with the 10 months to date, 2011 is a baseline and "So sánh" compares
    from extractors.indicators.context import Paragraph
    from extractors.indicators.table import table_to_measures

    above = Paragraph(text="PHỤ LỤC", index=0, last=0, location="0", label=None, zone="other", section=None,
                      period=None, year=2012)

    block = _table(["Stt", "Chỉ tiêu", "", "Kế hoạch", "Năm 2012", "Năm 2012", "Năm 2011", "So sánh", "% so KH"],
                   ["", "", "", "", "Dự tính tháng 10", "Dự tính 10 tháng", "TH 10 tháng", "8=5/3", "9=5/3"],
                   ["-", "Kinh tế nhà nước", "Tỷ.đ", "1.348,0", "111,4", "957,0", "881,1", "108,6", "71,0"],
                   ["+", "Quốc doanh trung ương", '"', "1.320,0", "102,4", "915,8", "840,9", "108,9", "69,4"],
                   ["2", "Giá trị xuất khẩu", "Tr.USD", "900,0", "125,1", "1.038,2", "592,6", "175,2", "115,4"])
    measures = table_to_measures(block, above, True, None, "bao_cao")
    found = {(i.name.split("(")[-1].rstrip(")"), i.value, i.target, i.unit) for i in measures.indicators}
    assert {i.ratio for i in measures.indicators if i.target} == {71.0, 69.4, 115.4}  # "% so KH": the pair's ratio
    assert found == {("Kinh tế nhà nước", 111.4, None, "tỷ đồng"), ("Kinh tế nhà nước", 957.0, 1348.0, "tỷ đồng"),
                     ("Quốc doanh trung ương", 102.4, None, "tỷ đồng"),
                     ("Quốc doanh trung ương", 915.8, 1320.0, "tỷ đồng"),
                     ("Giá trị xuất khẩu", 125.1, None, "triệu usd"), ("Giá trị xuất khẩu", 1038.2, 900.0, "triệu usd")}


def test_targets_stacked_line_by_line_in_two_cells_of_a_layout_table_are_read_as_their_printed_lines():
    # huyen_vungtau_KH_2144-2025_dan-so.pdf: names in one cell, their targets stacked in the cell beside
    from extractors.blocks import Document
    from extractors.indicators import blocks_to_indicators
    from extractors.records import Header

    names = ("- Dân số:\n- Tỷ lệ tăng dân số tự nhiên:\n- Tỷ lệ phụ nữ sinh đủ 02 con:\n"
             "- Tỷ lệ bà mẹ mang thai sàng lọc trước sinh:\n- Tăng thêm tỷ lệ cặp nam nữ thanh niên được tư vấn\n"
             "khám sức khỏe trước khi kết hôn:\n- Tăng thêm tỷ lệ người cao tuổi được khám sức khỏe")
    layout = Block(kind=BlockKind.TABLE, text="", location=Location(index=2),
                   rows=(Row(cells=(Cell(text=names), Cell(text="374.125 người\n< 10,6 ‰\n≥ 55 %\n85%\n10%"))),))
    doc = Document(source="kh.pdf", format="pdf", blocks=(
        Block(kind=BlockKind.HEADING, text="II. MỤC TIÊU", location=Location(index=0)),
        Block(kind=BlockKind.PARAGRAPH, text="Phấn đấu đến cuối năm 2025 đạt các chỉ tiêu sau:",
              location=Location(index=1)), layout))
    plan = Header(source="kh.pdf", kind="ke_hoach", issued_on="2025-03-10")
    found = {(i.name, i.target, i.unit) for i in blocks_to_indicators(doc, plan)}
    assert ("Dân số", 374125.0, "người") in found
    assert ("Tỷ lệ phụ nữ sinh đủ 02 con", 55.0, "%") in found
    assert any(t == 10.0 and "kết hôn" in n for n, t, _ in found)  # the wrapped name keeps its second line
    assert not any("người cao tuổi" in n for n, _, _ in found)  # no figure beside it


def test_a_report_figure_right_after_dat_is_a_result_even_when_its_name_is_an_abbreviation():
    # so_bacgiang-sct_BC_170-2012 (the industry and trade report of October 2012), page 1
    from extractors.blocks import Document
    from extractors.indicators import blocks_to_indicators
    from extractors.records import Header

    text = ("- Khu vực kinh tế Nhà nước: Dự tính GTSX CN tháng 10 đạt 111,4 tỷ đồng, tăng 12,3% so với tháng trước. "
            "Ước thực hiện 10 tháng đạt 957 tỷ đồng, tăng 8,6% so với cùng kỳ, đạt 71% so với kế hoạch năm.")
    doc = Document(source="bc.pdf", format="pdf", blocks=(
        Block(kind=BlockKind.HEADING, text="1. Sản xuất công nghiệp", location=Location(index=0)),
        Block(kind=BlockKind.LIST_ITEM, text=text, location=Location(index=1))))
    found = blocks_to_indicators(doc, Header(source="bc.pdf", kind="bao_cao", issued_on="2012-10-20"))
    assert {(i.value, i.unit) for i in found} >= {(111.4, "tỷ đồng"), (957.0, "tỷ đồng")}
    assert not any(i.value in (12.3, 8.6) for i in found)  # changes on earlier periods are no results
    plan = Header(source="kh.pdf", kind="ke_hoach", issued_on="2012-10-20")
    assert not any(i.value == 111.4 for i in blocks_to_indicators(doc, plan))  # only a report states results


def test_parts_of_a_count_after_trong_do_take_its_unit_and_a_count_after_a_colon_keeps_its_noun():
    # tinh_quangngai_BC_23-2025_cchc-thang1.pdf (the administrative reform report of January 2025), as printed
    from extractors.blocks import Document
    from extractors.indicators import blocks_to_indicators
    from extractors.records import Header

    text = ("Tình hình tiếp nhận và xử lý phản ánh kiến nghị (PAKN): Số PAKN được tiếp nhận: 49, trong đó, tháng "
            "trước chuyển sang: 20, trong tháng: 29; số PAKN đã xử lý: 21, trong đó, đúng hạn: 21; gồm có: 47 PAKN "
            "qua Hệ thống PAKN của Chính phủ; 02 PAKN bằng văn bản (đơn).")
    doc = Document(source="bc.pdf", format="pdf", blocks=(
        Block(kind=BlockKind.HEADING, text="I. KẾT QUẢ THỰC HIỆN", location=Location(index=0)),
        Block(kind=BlockKind.PARAGRAPH, text=text, location=Location(index=1))))
    found = {(i.value, i.unit) for i in blocks_to_indicators(doc, Header(source="bc.pdf", kind="bao_cao"))}
    assert {(49.0, "PAKN"), (20.0, "PAKN"), (29.0, "PAKN"), (21.0, "PAKN"), (47.0, "PAKN")} <= found


def _report_measures(*texts: str):
    from extractors.blocks import Document
    from extractors.context import document_to_view
    from extractors.indicators import view_to_measures
    from extractors.records import Header

    blocks = (Block(kind=BlockKind.HEADING, text="I. KẾT QUẢ", location=Location(index=0)),
              *(Block(kind=BlockKind.LIST_ITEM, text=t, location=Location(index=i + 1)) for i, t in enumerate(texts)))
    doc = Document(source="bc.docx", format="docx", blocks=blocks)
    return view_to_measures(document_to_view(doc, Header(source="bc.docx", kind="bao_cao")))


def test_changes_on_the_week_or_month_before_are_changes_and_the_level_after_them_stays_a_price():
    # xa_phumybac_BC_thang6-2026_phong-vhxh.docx; so_haugiang_BC_2024_gia-thi-truong-thang7.pdf
    found = _report_measures(
        "- Lũy kế: 19 mắc sốt xuất huyết/0 ca tử vong. So sánh với cùng kỳ năm trước, tăng 16 ca sốt xuất huyết.",
        "Tỷ giá Dollar Mỹ trong tháng giảm 185đ/USD so với tháng trước, hiện có giá như sau: mua vào là "
        "25.030đ/USD, bán ra ở mức 25.280đ/USD.")
    roles = {f.value: f.role for f in found.figures}
    assert roles[16.0] == "change" and roles[185.0] == "change"
    assert roles[25030.0] == "result" and roles[25280.0] == "result"
    assert not any(i.value in (16.0, 185.0) for i in found.indicators)


def test_a_number_after_a_named_so_is_a_label_and_a_rate_column_under_a_money_caption_is_in_percent():
    from extractors.indicators.count_nouns import count_noun
    from extractors.indicators.table import table_to_measures

    # tinh_quangbinh_KH_672-2024: "theo Mẫu số 01 ban hành kèm theo ..." counts nothing; "tổng số 13 văn bản" does
    assert count_noun("được thu thập ghi chép đầy đủ theo Mẫu số ", "01", " ban hành kèm theo Kế hoạch") is None
    assert count_noun("Trong tháng đã tiếp nhận tổng số ", "13", " văn bản kê khai giá") == "văn bản"
    # tinh_quangbinh_BC_2022_bieu-tong-hop-khen-thuong.docx: the fund table's caption says "triệu đồng"
    block = _table(["Số TT", "Nội dung", "Tổng quỹ", "Tỷ lệ % trích quỹ TĐKT trên tổng số chi ngân sách thường xuyên"],
                   ["1", "Quỹ Thi đua, Khen thưởng hình thành từ nguồn ngân sách nhà nước", "7.100", "1,0"],
                   ["2", "Quỹ Thi đua, Khen thưởng cấp huyện", "433", "0,5"])
    found = {(i.value, i.unit) for i in table_to_measures(block, None, True, "triệu đồng", "bao_cao").indicators}
    assert found == {(7100.0, "triệu đồng"), (1.0, "%"), (433.0, "triệu đồng"), (0.5, "%")}
