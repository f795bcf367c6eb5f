"""Figures: every quantity a document states, with its role; indicators are the figures that are targets or results.

Every example is copied from a real document of the development set (corpus/real/dev, named beside each test).
"""

from __future__ import annotations

import datetime as dt

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.context import document_to_view
from extractors.indicators import view_to_measures
from extractors.indicators.count_nouns import count_noun
from extractors.records import Header

REPORT = Header(kind="bao_cao", issued_on=dt.date(2025, 1, 20))
PLAN = Header(kind="ke_hoach", issued_on=dt.date(2025, 3, 18))
UNKNOWN = Header(kind="khac")


def paragraphs(*lines: str) -> Document:
    blocks = tuple(Block(kind=BlockKind.PARAGRAPH, text=t, location=Location(index=i)) for i, t in enumerate(lines))
    return Document(source="excerpt.txt", format="txt", blocks=blocks)


def with_table(title: str, *rows: tuple[str, ...]) -> Document:
    table = tuple(Row(cells=tuple(Cell(text=c[0], span=c[1]) if isinstance(c, tuple) else Cell(text=c)
                                  for c in r)) for r in rows)
    blocks = (Block(kind=BlockKind.PARAGRAPH, text=title, location=Location(index=0)),
              Block(kind=BlockKind.TABLE, text="", rows=table, location=Location(index=1)))
    return Document(source="excerpt.docx", format="docx", blocks=blocks)


def measures(doc: Document, header: Header):
    return view_to_measures(document_to_view(doc, header))


def test_a_count_noun_no_list_knows_is_read_by_part_of_speech():
    # xa_phumybac_BC_thang6-2026_phong-vhxh.docx; tinh_quangngai_BC_23-2025_cchc-thang1.pdf
    found = measures(paragraphs(
        "I. KẾT QUẢ THỰC HIỆN",
        "+ Chi trả qua tài khoản 113 đối tượng số tiền: 319.317.000 đồng.",
        "Tổng số TTHC kiến nghị phương án đơn giản hóa của tỉnh là 14 TTHC, với lợi ích tiết kiệm chi phí.",
    ), REPORT)
    units = {(f.value, f.unit) for f in found.figures}
    assert {(113, "đối tượng"), (319317000, "đồng"), (14, "TTHC")} <= units


def test_a_number_after_a_noun_labels_it_and_counts_nothing():
    # so_haugiang_BC_2024_gia-thi-truong-thang7.pdf: "Phụ lục số 2 kèm theo"; a count comes before its noun
    assert count_noun("Thống kê mức giá hàng hóa, dịch vụ: Phụ lục số ", "2", " kèm theo.") is None
    assert count_noun("Chi trả tiền mặt thông qua ", "770", " đối tượng số tiền") == "đối tượng"
    assert not measures(paragraphs("4. Thống kê mức giá hàng hóa, dịch vụ: Phụ lục số 2 kèm theo."), REPORT).figures


def test_a_price_report_states_each_observed_price_as_a_result_and_its_change_apart():
    # so_haugiang_BC_2024_gia-thi-truong-thang7.pdf
    found = measures(paragraphs(
        "1.2. Vật tư, vật liệu xây dựng",
        "Xăng A95III có giá 23.330đ/lít (giảm 300đ/lít), xăng E5 là 22.330đ/lít (giảm 320đ/lít), dầu diezel "
        "20.590đ/lít (giảm 320đ/lít).",
        "Giá Gas: hiện tại giá gas trong tháng có giá bán ra, cụ thể: gas Petimex 352.500đ/bình 12kg.",
    ), REPORT)
    results = {(i.name, i.value, i.unit) for i in found.indicators}
    assert {("Xăng A95III", 23330, "đồng/lít"), ("Xăng E5", 22330, "đồng/lít")} <= results
    assert ("Gas Petimex", 352500, "đồng/bình 12kg") in results
    assert {(f.value, f.role) for f in found.figures if f.value in (300, 320)} == {(300, "change"), (320, "change")}


def test_a_plan_target_list_keeps_its_comparators_and_rates_per_thousand():
    # huyen_vungtau_KH_2144-2025_dan-so.pdf, "2. Chỉ tiêu cụ thể"
    found = measures(paragraphs(
        "I. MỤC TIÊU, CHỈ TIÊU",
        "2. Chỉ tiêu cụ thể",
        "- Dân số: 374.125 người",
        "- Tỷ lệ tăng dân số tự nhiên: < 10,6 ‰",
        "- Tỷ lệ phụ nữ sinh đủ 02 con: ≥ 55 %",
        "- Tổng số người sử dụng BPTT hiện đại: 15.850 người",
    ), PLAN)
    targets = {(i.name, i.target, i.unit, i.comparator) for i in found.indicators}
    assert ("Dân số", 374125, "người", None) in targets
    assert ("Tỷ lệ tăng dân số tự nhiên", 10.6, "‰", "<") in targets
    assert ("Tỷ lệ phụ nữ sinh đủ 02 con", 55, "%", ">=") in targets  # "02 con" is part of the name
    assert ("Tổng số người sử dụng BPTT hiện đại", 15850, "người", None) in targets
    assert {f.role for f in found.figures} == {"target"}


def test_figures_of_a_task_section_are_requirements_and_no_indicators():
    # huyen_vungtau_KH_2144-2025_dan-so.pdf, "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN"
    found = measures(paragraphs(
        "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN",
        "- Thường xuyên kiện toàn tổ chức bộ máy làm công tác Dân số - Kế hoạch hóa gia đình, đảm bảo mỗi trạm "
        "Y tế có 01 chuyên trách dân số và đủ số lượng cộng tác viên dân số tham gia hoạt động có chất lượng.",
    ), PLAN)
    assert found.indicators == []
    assert [(f.target, f.role) for f in found.figures] == [(1, "requirement")]  # the level asked for


def test_a_statistical_form_gives_one_result_per_cell_named_by_its_headers_and_row():
    # tinh_quangbinh_BC_2022_bieu-tong-hop-khen-thuong.docx, Biểu mẫu số 03 (no header names its kind: the title does)
    doc = with_table(
        "TỔNG HỢP CÁC HÌNH THỨC KHEN THƯỞNG CẤP TỈNH NĂM 2022",
        ("TT", "Hình thức khen thưởng", ("Số lượng khen thưởng trong năm", 3),
         ("Khen thưởng theo công trạng, thành tích đạt được", 2)),
        ("", "", "Tổng số", ("Trong đó", 2), "Tổng số", "Tỷ lệ"),
        ("", "", "", "Số lượng khen thưởng cho Doanh nghiệp", "SL là cá nhân là lãnh đạo quản lý", "", ""),
        ("11", "2", "3", "4", "5", "6", "7 \n(6:3)"),
        ("11", "Bằng khen", "779", "37", "379", "508", "0.65%"),
        ("", "Tổng cộng", "976", "82", "465", "635", "1,65%"),
    )
    found = measures(doc, UNKNOWN)
    results = {(i.name, i.value, i.unit) for i in found.indicators}
    assert ("Số lượng khen thưởng trong năm - Tổng số (Bằng khen)", 779, None) in results
    assert ("Khen thưởng theo công trạng, thành tích đạt được - Tỷ lệ (Bằng khen)", 0.65, "%") in results
    assert ("Khen thưởng theo công trạng, thành tích đạt được - Tổng số (Tổng cộng)", 635, None) in results
    assert not any(i.value in (3, 4, 5, 6, 7) for i in found.indicators)  # the row that numbers the columns


def test_a_unit_stated_only_in_the_form_title_row_is_every_figure_unit():
    # tinh_quangbinh_BC_2022_bieu-tong-hop-khen-thuong.docx, Biểu mẫu số 05
    title = "TỈNH QUẢNG BÌNH Biểu mẫu số 05 TỔNG HỢP TÌNH HÌNH TRÍCH LẬP VÀ SỬ DỤNG QUỸ THI ĐUA, KHEN THƯỞNG " \
            "NĂM 2022 Đơn vị: Triệu đồng"
    doc = with_table(
        "TỔNG HỢP TÌNH HÌNH TRÍCH LẬP VÀ SỬ DỤNG QUỸ THI ĐUA, KHEN THƯỞNG NĂM 2022",
        ((title, 4),),
        ("Số TT", "Quỹ Thi đua, Khen thưởng", "Tổng số đã trích trong năm", "Số đã chi trong năm"),
        ("1", "Quỹ Thi đua, Khen thưởng hình thành từ nguồn ngân sách nhà nước", "7.100", "7.100"),
    )
    found = measures(doc, Header(kind="bao_cao"))
    assert {(i.value, i.unit) for i in found.indicators} == {(7100, "triệu đồng")}


def test_a_decision_table_of_scores_states_specifications_not_results():
    # tinh_gialai_QD_2061-2026_danh-muc-cong-viec.pdf
    doc = with_table(
        "DANH MỤC CÔNG VIỆC",
        ("TT", "Mã", "Nhiệm vụ", "Sản phẩm đầu ra", "Phân nhóm", "Khung điểm tối đa", "Chấm điểm", "Hệ số quy đổi"),
        ("1", "CH.VT.01", "Tiếp nhận văn bản đến, phát hành văn bản đi", "Lượt văn bản", "1", "100", "0,2", "0,04"),
    )
    found = measures(doc, Header(kind="quyet_dinh"))
    assert found.indicators == []
    assert {f.role for f in found.figures} == {"specification"} and len(found.figures) == 4


def test_a_day_and_month_without_year_is_a_date_not_a_figure():
    # tinh_hungyen_HD_2021_du-thao-tdkt.docx
    found = measures(paragraphs(
        "c) Thời gian: Hoàn thành trước ngày 10/01 hàng năm, trường hợp đặc biệt không quá 31/01 hàng năm."), PLAN)
    assert found.figures == []


def test_every_indicator_with_a_figure_is_a_figure_of_role_target_or_result():
    doc = paragraphs(
        "I. KẾT QUẢ THỰC HIỆN",
        "Số PAKN được tiếp nhận: 49, trong đó, tháng trước chuyển sang: 20, trong tháng: 29; số PAKN đã xử lý: 21.",
        "- Trong tuần ghi nhận 02 ca sốt xuất huyết mắc mới/0 ca tử vong. So sánh với tuần trước, giảm 01 ca.",
    )
    found = measures(doc, REPORT)
    as_figures = {(f.name, f.value, f.target, f.unit) for f in found.figures if f.role in ("target", "result")}
    assert found.indicators
    assert {(i.name, i.value, i.target, i.unit) for i in found.indicators} == as_figures
    assert all(f.role in ("target", "result") for f in found.figures if f.name in {i.name for i in found.indicators})


def test_a_plan_target_written_as_a_share_names_the_measure_after_it_even_in_its_task_section():
    # tinh_bacgiang_KH_2668-2010_ung-dung-cntt-scan.pdf
    found = measures(paragraphs(
        "I. MỤC TIÊU",
        "Nâng cấp Cổng thông tin điện tử tỉnh Bắc Giang để phục vụ người dân và các doanh nghiệp. Mục tiêu đến năm "
        "2015 có ít nhất 50% người dân sử dụng các dịch vụ hành chính công trực tuyến.",
        "- Trang bị máy tính: 100% cán bộ công chức cấp tỉnh, huyện, 60% cán bộ công chức cấp xã được trang bị máy tính.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "- Đào tạo bồi dưỡng CNTT cho đội ngũ giáo viên đảm bảo 100% giáo viên biết ứng dụng CNTT trong giảng dạy.",
        "- Tổ chức thực hiện tốt công tác tuyên truyền, phổ biến về ứng dụng CNTT trên 02 kênh thông tin của tỉnh.",
    ), PLAN)
    targets = {(i.name, i.target, i.comparator) for i in found.indicators}
    assert ("Người dân sử dụng các dịch vụ hành chính công trực tuyến", 50, ">=") in targets
    assert ("Cán bộ công chức cấp xã được trang bị máy tính", 60, ">=") in targets
    assert any(name.startswith("Giáo viên biết ứng dụng CNTT") and t == 100 for name, t, _ in targets)
    assert not any(i.target == 2 for i in found.indicators)  # a task's count without a commitment: no chỉ tiêu
    assert any(f.value == 2 or f.target == 2 for f in found.figures)


def test_a_price_table_reads_the_level_of_this_period_and_keeps_the_earlier_one_as_a_baseline():
    # the columns of a Sở Tài chính price report's appendix ("Thống kê mức giá hàng hóa, dịch vụ: Phụ lục số 2",
    # so_haugiang_BC_2024_gia-thi-truong-thang7.pdf); prices as its prose states them
    doc = with_table(
        "Phụ lục số 2: THỐNG KÊ MỨC GIÁ HÀNG HÓA, DỊCH VỤ",
        ("STT", "Tên hàng hóa, dịch vụ", "Đơn vị tính", "Giá kỳ trước", "Giá kỳ này", "Mức tăng (giảm)"),
        ("1", "Xăng A95III", "đồng/lít", "23.630", "23.330", "-300"),
        ("2", "Gạo thơm ST24 Coop Finest", "đồng/kg", "39.800", "39.800", "0"),
    )
    found = measures(doc, REPORT)
    assert {(i.name, i.value, i.unit) for i in found.indicators} == {
        ("Xăng A95III", 23330, "đồng/lít"), ("Gạo thơm ST24 Coop Finest", 39800, "đồng/kg")}
    assert {(f.value, f.role) for f in found.figures if f.role == "baseline"} == {(23630, "baseline"), (39800, "baseline")}
    assert {(f.value, f.role) for f in found.figures if f.role == "change"} == {(-300, "change"), (0, "change")}


def test_count_nouns_listed_together_are_one_unit():
    # tinh_quangngai_TB_660-2024_xoa-nha-tam-binhson.pdf
    found = measures(paragraphs(
        "Thời gian qua, Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn đã kịp thời triển khai. Đến nay, 22/22 "
        "xã, thị trấn thành lập Ban Chỉ đạo cấp xã, xây dựng và tổ chức thực hiện Kế hoạch triển khai xóa nhà tạm."),
        Header(kind="thong_bao"))
    assert [(f.value, f.target, f.unit) for f in found.figures] == [(22, 22, "xã, thị trấn")]


def test_a_figure_in_a_footnote_is_a_figure():
    doc = paragraphs("I. KẾT QUẢ THỰC HIỆN", "Công tác giảm nghèo đạt kết quả tích cực.")
    note = Block(kind=BlockKind.NOTE, text="Toàn xã còn 112 hộ nghèo, chiếm 2,35%.", location=Location(index=2))
    doc = doc.model_copy(update={"blocks": (*doc.blocks, note)})
    assert {(f.value, f.unit) for f in measures(doc, REPORT).figures} == {(112, "hộ"), (2.35, "%")}


def test_where_a_plan_starts_from_is_a_baseline_and_its_targets_come_after():
    # tinh_bacgiang_KH_2668-2010_ung-dung-cntt-scan.pdf (a scan whose title OCR lost: its number says KH)
    found = measures(paragraphs(
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG Số: 2668/KH-UBND",
        "II. HIỆN TRẠNG ỨNG DỤNG CNTT",
        "2. Hiện trạng hạ tầng CNTT:",
        "Xây dựng “Một cửa điện tử”: Có 8/10 huyện, thành phố và 2 Sở triển khai xong một cửa điện tử.",
        "IV. MỤC TIÊU ỨNG DỤNG CNTT",
        "2. Mục tiêu cụ thể đến năm 2015:",
        "- 100% các xã được phủ sóng 3G hoặc kết nối internet ADSL.",
    ), UNKNOWN)
    assert [(i.target, i.value) for i in found.indicators] == [(100, None)]
    assert (8, 10, "baseline") in {(f.value, f.target, f.role) for f in found.figures}
