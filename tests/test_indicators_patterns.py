"""The word lists and regexes around a chỉ tiêu (extractors/patterns/indicators.py), each on its real example."""

from __future__ import annotations

import pytest

from extractors.indicators.mentions import mask_non_figures
from extractors.patterns import indicators as P


def test_a_plan_code_is_read_with_or_without_its_dot():
    assert P.CODE_RE.match("(4). Tỷ lệ tăng dân số tự nhiên: 0,7%.").group("code") == "(4)"
    assert P.CODE_RE.match("(8) Tỷ lệ gia đình được công nhận").group("code") == "(8)"
    assert P.CODE_RE.match("2.1. Các chỉ tiêu kinh tế:") is None


@pytest.mark.parametrize(
    ("after", "unit"),
    [("% người dân", "%"), (" tỷ đồng; trong đó", "tỷ đồng"), (" lượt người.", "lượt người"),
     (" giấy.", "giấy"), (" vụ", "vụ"), (" triệu (Thu", "triệu"), (" lượt lao động;", "lượt lao động")],
)
def test_the_unit_right_after_a_figure_is_found(after, unit):
    assert P.UNIT_AFTER_RE.match(after).group("unit") == unit


@pytest.mark.parametrize("after", [" năm", " cấp hiệu lực", " tháng cuối năm", " người", "ha"])
def test_a_word_that_only_starts_like_a_unit_is_not_one(after):
    found = P.UNIT_AFTER_RE.match(after)
    assert found is None or found.group("unit") == after.strip()  # " người" is a unit, "ha" alone too


def test_a_unit_word_glued_to_more_letters_is_not_a_unit():
    assert P.UNIT_AFTER_RE.match(" hoạt động") is None  # "hộ" + "ạt" is not the unit "hộ"


@pytest.mark.parametrize(
    ("before", "comparator"),
    [("đạt trên ", ">"), ("giảm còn dưới ", "<"), ("phấn đấu đạt tỷ lệ ", ">="), ("tối thiểu ", ">="),
     ("không vượt quá ", "<="), ("≥ ", ">="), ("đạt ", None)],
)
def test_comparator_words_before_a_figure(before, comparator):
    assert P.comparator_before(before) == comparator


def test_trở_lên_after_a_figure_is_at_least():
    assert P.COMPARATORS_AFTER[P.COMPARATOR_AFTER_RE.match("% trở lên;").group("word")] == ">="


@pytest.mark.parametrize(
    ("name", "before", "direction"),
    [
        ("Tỷ lệ hộ nghèo", "", "decrease"),
        ("Số vụ tai nạn giao thông", "", "decrease"),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "", "increase"),
        ("Thu ngân sách xã", "", "increase"),
        ("Tỷ lệ tăng dân số tự nhiên", "", None),
        ("Giúp hộ cận nghèo do phụ nữ làm chủ thoát cận nghèo", "", "increase"),
        ("Tốc độ tăng trưởng", "Tốc độ tăng trưởng tăng ", "increase"),
        ("Chi phí hành chính", "Chi phí hành chính giảm ", "decrease"),
        ("Hoàn thành dự án xây dựng hạ tầng", "", "increase"),
        ("Số cuộc họp", "", None),
    ],
)
def test_direction_comes_from_the_verb_before_the_figure_then_the_name(name, before, direction):
    assert P.direction_of(name, before) == direction


@pytest.mark.parametrize(
    ("text", "period"),
    [("phấn đấu thu ngân sách 6 tháng cuối năm 2025 là", "6 tháng cuối năm 2025"),
     ("Thu ngân sách xã 6 tháng đầu năm đạt", "6 tháng đầu năm"),
     ("phấn đấu cả năm đạt", "cả năm"), ("Năm 2025 thôn có", "năm 2025"), ("kết quả quý III/2025", "quý III/2025"),
     ("CHỈ TIÊU THI ĐUA CHỦ YẾU NĂM 2025", "năm 2025"),
     ("Tỷ lệ hộ nghèo", None)],
)
def test_period_phrases(text, period):
    assert P.period_in(text) == period


@pytest.mark.parametrize(
    "text",
    ["ngày 09/9/2025", "Kế hoạch số 232/KH-UBND", "Chỉ thị số 41-CT/TW", "năm 2025", "(2025 - 2030)",
     "lần thứ XI", "02 cấp", "78 năm", "6 tháng", "tháng 12/2025", "30/2020/NĐ-CP"],
)
def test_dates_numbers_years_and_counts_of_time_are_masked(text):
    assert not any(c.isdigit() for c in mask_non_figures(text))


@pytest.mark.parametrize("text", ["833.509/1.703,274 tỷ đồng", "120/831 lượt người", "0,7%", "05 vụ"])
def test_figures_survive_the_mask(text):
    assert mask_non_figures(text) == text


@pytest.mark.parametrize("title", ["MỤC ĐÍCH, YÊU CẦU", "Yêu cầu", "TỔ CHỨC THỰC HIỆN", "THỜI GIAN THỰC HIỆN",
                                   "KHEN THƯỞNG", "Nhiệm vụ và giải pháp chủ yếu"])
def test_sections_that_hold_no_chỉ_tiêu(title):
    assert P.EXCLUDED_HEADING_RE.match(title)


@pytest.mark.parametrize("title", ["Mục tiêu, chỉ tiêu chủ yếu năm 2025", "Các tiêu chỉ về tài nguyên, môi trường",
                                   "KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐƯỢC GIAO"])
def test_sections_that_hold_chỉ_tiêu(title):
    assert P.INDICATOR_HEADING_RE.search(title)


def test_a_measure_word_makes_a_clause_an_indicator_outside_a_chỉ_tiêu_section():
    assert P.CUE_RE.search("Tốc độ tăng trưởng kinh tế (GRDP)")
    assert not P.CUE_RE.search("Đoàn đã tặng quà cho các hộ")


def test_name_tails_and_verb_only_names():
    assert P.NAME_TAIL_RE.sub("", "Tỷ lệ điều tra phá án đạt ") == "Tỷ lệ điều tra phá án"
    assert P.NAME_TAIL_RE.sub("", "Tỷ lệ hộ nghèo giảm còn dưới ") == "Tỷ lệ hộ nghèo"
    assert P.VERB_ONLY_NAME_RE.match("Hoàn thành")
    assert not P.VERB_ONLY_NAME_RE.match("Hoàn thành dự án")


def test_ratio_and_target_cues():
    assert P.RATIO_AFTER_RE.search("3.964/3.187 triệu đồng đạt ")
    assert P.RATIO_NOUN_RE.match("% kế hoạch năm")
    assert P.RATIO_NOUN_RE.match("% dự toán")
    assert P.TARGET_CUE_RE.search(", chưa đạt chỉ tiêu ")
    assert P.TARGET_CUE_RE.search(", thấp hơn mức kế hoạch ")
    assert P.TARGET_AFTER_RE.match("% theo kế hoạch.")


@pytest.mark.parametrize(
    ("header", "role"),
    [("STT", "stt"), ("Chỉ tiêu", "name"), ("Nội dung", "name"), ("Đơn vị tính", "unit"), ("ĐVT", "unit"),
     ("Kế hoạch", "target"), ("Chỉ tiêu giao", "target"), ("Thực hiện", "value"), ("Ước thực hiện", "value"),
     ("Tỷ lệ %", "ratio"), ("So với KH (%)", "ratio"), ("So với cùng kỳ (%)", "ignore"), ("Đơn vị", "label"),
     ("Tỷ lệ tham gia BHYT (%)", None), ("Tỷ lệ hộ được công nhận", None)],
)
def test_table_header_roles(header, role):
    assert next((r for r, regex in P.TABLE_ROLES if regex.search(header)), None) == role


def test_table_row_patterns():
    assert P.COLUMN_NUMBER_RE.match("(5)=(4)/(3)")
    assert P.HEADER_UNIT_RE.match("Thu ngân sách xã (triệu đồng)").group("unit") == "triệu đồng"
    assert P.GROUP_STT_RE.match("II") and not P.GROUP_STT_RE.match("2")
    assert P.TOTAL_ROW_RE.match("Tổng cộng")


def test_a_change_on_an_earlier_period_and_a_change_to_a_new_level():
    assert P.CHANGE_AFTER_RE.match("% so với cùng kỳ.")
    assert P.CHANGE_AFTER_RE.match(" so với năm 2024")  # after "giảm 2 vụ"
    assert not P.CHANGE_AFTER_RE.match("% kế hoạch")
    assert P.UPDATE_BETWEEN_RE.match(" xuống còn ")
    assert P.MEASURE_START_RE.match("tỷ lệ hộ nghèo") and not P.MEASURE_START_RE.match("dịch vụ")
    assert P.DONE_RE.match("Dự án hạ tầng nông thôn mới kiểu mẫu xã Đông Phương (cũ) đã hoàn thành, bàn giao")
    assert P.DETAIL_CONNECTOR_RE.match(", với ")
    assert P.COMPLETION_BEFORE_RE.search("Ban Chỉ huy Quân sự xã hoàn thành ")
    assert P.COMPLETION_NOUN_RE.match("% chỉ tiêu tuyển quân thành phố giao, với").group("noun") == "chỉ tiêu tuyển quân thành phố giao"


def test_text_table_patterns():
    assert P.TEXT_TABLE_HEADER_RE.search("STT Chỉ tiêu Đơn vị Kế Thực | Tỷ lệ %")
    row = P.TEXT_ROW_RE.match("2_ | Tỷ lệ tăng dân số tự nhiên % 0,7 0,69 Đạt")
    assert (row.group("stt"), row.group("name").strip(), row.group("unit"), row.group("figs")) == (
        "2", "Tỷ lệ tăng dân số tự nhiên", "%", "0,7 0,69 Đạt",
    )
    assert [r for r, regex in P.TEXT_TABLE_COLUMNS if regex.search("Kế Thực | Tỷ lệ %")] == ["target", "value", "ratio"]


@pytest.mark.parametrize(
    ("after", "unit"),
    [(" triệu đồng/người/năm.", "triệu đồng/người/năm"), (" triệu đồng/ha.", "triệu đồng/ha"),
     (" xã đạt chuẩn", "xã"), (" ca mắc sốt xuất huyết", "ca"), (" sản phẩm OCOP", "sản phẩm"),
     (" tiêu chí", "tiêu chí"), (" khu dân cư đạt", "khu dân cư")],
)
def test_units_of_other_levels_and_domains_are_found(after, unit):
    assert P.UNIT_AFTER_RE.match(after).group("unit") == unit


@pytest.mark.parametrize(
    ("prefix", "activity"),
    [("Trạm Y tế phường đã tổ chức ", True), ("Lực lượng Công an huyện đã lập biên bản xử lý ", True),
     ("treo 150 băng rôn, phát ", True), ("Phòng Lao động đã phối hợp mở 06 lớp đào tạo nghề cho ", True),
     ("Vốn hỗ trợ phát triển sản xuất nông nghiệp đã giải ngân ", False),
     ("tỷ lệ chất thải rắn được thu gom, xử lý đạt ", False)],
)
def test_an_activity_verb_marks_a_count_of_means(prefix, activity):
    words = prefix.split(",")[-1]
    assert (P.ACTIVITY_VERB_RE.search(words) is not None) is activity


def test_a_target_in_brackets_is_read_inline():
    text = "giảm xuống còn 11,8% (kế hoạch dưới 12%)."
    assert P.TARGET_BRACKET_RE.sub(lambda b: ", " + b.group("inner"), text) == "giảm xuống còn 11,8%, kế hoạch dưới 12%."
    assert P.TARGET_BRACKET_RE.search("(18/18 công dân)") is None


def test_a_difference_from_the_target_is_recognised_on_both_sides():
    assert P.DIFFERENCE_RE.search("đạt 98,2%, vượt ") and P.DIFFERENCE_AFTER_RE.match("% so với chỉ tiêu (98%)")
    assert P.DIFFERENCE_AFTER_RE.match("% so với cùng kỳ") is None


def test_a_change_stated_after_its_comparison_is_recognised():
    assert P.CHANGE_BEFORE_RE.search("so với cùng kỳ năm 2024 giảm ")
    assert P.CHANGE_BEFORE_RE.search("so với cùng kỳ năm 2024 giảm 02 vụ, giảm ")


def test_a_reports_forward_looking_heading_is_recognised():
    for title in ("NHIỆM VỤ NĂM 2026", "NHIỆM VỤ 6 THÁNG CUỐI NĂM", "Nhiệm vụ trọng tâm thời gian tới"):
        assert P.FORWARD_HEADING_RE.match(title)
    assert P.FORWARD_HEADING_RE.match("KẾT QUẢ THỰC HIỆN NHIỆM VỤ") is None


def test_a_no_occurrence_target_is_recognised_with_or_without_its_label():
    found = P.NO_OCCURRENCE_RE.match("6. Không để xảy ra mất an toàn thực phẩm, bạo lực học đường.")
    assert found.group("name") == "Không để xảy ra mất an toàn thực phẩm, bạo lực học đường"
    assert P.NO_OCCURRENCE_RE.match("Không có hộ nghèo") is not None
    assert P.NO_OCCURRENCE_RE.match("Tỷ lệ hộ nghèo không quá 1%") is None


def test_a_per_unit_denominator_is_masked():
    assert "1" not in mask_non_figures("Giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 205 triệu đồng/ha")[:40]


def test_a_bracketed_rate_follows_the_words_of_a_pair():
    assert P.BRACKETED_RATE_RE.match(" khu dân cư đạt danh hiệu khu dân cư văn hóa (")
    assert P.BRACKETED_RATE_RE.match(", đạt (") is None


def test_a_clause_opener_or_list_label_before_a_name_is_cut():
    assert P.NAME_LEAD_RE.sub("", "trong đó: Giá trị thương mại") == "Giá trị thương mại"
    assert P.NAME_LEAD_RE.sub("", "5. 100% hộ nghèo") == "100% hộ nghèo"
    assert P.NAME_LEAD_RE.sub("", "b) Tỷ lệ hộ nghèo") == "Tỷ lệ hộ nghèo"
    assert P.NAME_LEAD_RE.sub("", "Tỷ lệ hộ nghèo") == "Tỷ lệ hộ nghèo"


@pytest.mark.parametrize("before", ["Năm 2025 thôn có", "trên địa bàn huyện xảy ra", "ghi nhận", "Toàn xã còn"])
def test_a_possessive_verb_before_a_figure_means_the_measure_follows_it(before):
    assert P.POSSESSIVE_END_RE.search(before)


def test_a_possessive_verb_inside_a_word_does_not_count():
    assert P.POSSESSIVE_END_RE.search("Tỷ lệ hộ nghèo") is None


def test_an_outcome_verb_before_a_count_is_found():
    assert P.OUTCOME_VERB_RE.search("làm chết").group("verb") == "chết"
    assert P.OUTCOME_VERB_RE.search("làm chết 03 người, bị thương").group("verb") == "bị thương"
    assert P.OUTCOME_VERB_RE.search("ghi nhận 05 ca") is None


def test_a_whole_year_tail_is_cut_but_a_part_year_tail_stays():
    assert P.YEAR_TAIL_RE.sub("", "Tỷ lệ tăng dân số tự nhiên năm 2025") == "Tỷ lệ tăng dân số tự nhiên"
    assert P.YEAR_TAIL_RE.search("Thu ngân sách 6 tháng cuối năm 2025") is None


def test_where_a_measure_is_counted_is_cut_from_its_name():
    name = "Tỷ lệ hộ dân thực hiện phân loại chất thải rắn tại nguồn trên địa bàn xã"
    assert P.LOCATIVE_TAIL_RE.sub("", name) == "Tỷ lệ hộ dân thực hiện phân loại chất thải rắn tại nguồn"


def test_a_long_name_keeps_only_what_follows_phan_dau():
    name = "Tỷ lệ hộ dân thực hiện phân loại chất thải rắn tại nguồn trên địa bàn phấn đấu đạt tỷ lệ"
    assert name[P.STRIVE_RE.match(name).end():] == "tỷ lệ"
    assert P.STRIVE_RE.match("Tỷ lệ hộ nghèo") is None


def test_a_target_named_right_after_a_figure_is_found():
    assert P.TARGET_REF_AFTER_RE.match(" (chỉ tiêu 30 giấy), đạt 120%")
    assert P.TARGET_REF_AFTER_RE.match(" kế hoạch năm")
    assert P.TARGET_REF_AFTER_RE.match(" giấy phép (chỉ tiêu 30 giấy)") is None


def test_a_rate_name_starts_with_ty_le_in_either_spelling():
    assert "tỷ lệ hộ nghèo".startswith(P.RATE_NAME_WORDS)
    assert "tỉ lệ hộ cận nghèo".startswith(P.RATE_NAME_WORDS)
    assert not "thu ngân sách".startswith(P.RATE_NAME_WORDS)


def test_a_change_against_another_period_says_so_voi():
    assert P.COMPARED_WORD in "so với cùng kỳ năm 2024 giảm 02 vụ"
    assert P.COMPARED_WORD not in "giảm 02 vụ"
