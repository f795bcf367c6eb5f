"""Matching reported indicators to the plan's, on the corpus plan's gold record."""

from __future__ import annotations

from check_support import gold_plan, ind

from pipeline.check.matching import match_indicators, plan_to_index
from pipeline.check.names import name_key


def matched_plan_names(*reported):
    plan = gold_plan()
    found = match_indicators(tuple(reported), plan_to_index(plan.indicators))
    return {reported[r].name: m for r, (_, m) in found.items()}


def test_old_tone_placement_i_y_spelling_nfd_and_punctuation_give_the_same_name_key():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Tỉ lệ gia đình văn hoá.")
    assert name_key(nfd) == name_key("tỷ lệ gia đình văn hóa")


def test_a_report_writing_bhyt_matches_the_plans_bao_hiem_y_te_indicator_and_says_why():
    m = matched_plan_names(ind("Tỷ lệ người dân tham gia BHYT", 97.4))["Tỷ lệ người dân tham gia BHYT"]
    assert m.plan_name == "Tỷ lệ dân số tham gia bảo hiểm y tế"
    assert m.plan_code == "(7)"
    assert "BHYT" in m.reason
    assert 80 <= m.score <= 100 and not m.doubtful


def test_ho_ngheo_and_ho_can_ngheo_are_told_apart_whatever_the_order():
    found = matched_plan_names(ind("Tỷ lệ hộ cận nghèo", 1.0), ind("Tỉ lệ hộ nghèo (theo chuẩn mới)", 0.0))
    assert found["Tỷ lệ hộ cận nghèo"].plan_name == "Tỷ lệ hộ cận nghèo"
    assert found["Tỉ lệ hộ nghèo (theo chuẩn mới)"].plan_name == "Tỷ lệ hộ nghèo"


def test_each_plan_indicator_takes_at_most_one_reported_indicator_by_best_total_score():
    # Greedy first-come would give "Tỷ lệ hộ nghèo" to the first line; the assignment gives each its own.
    found = matched_plan_names(ind("Tỷ lệ hộ nghèo, cận nghèo", 1.0), ind("Tỷ lệ hộ nghèo", 0.0))
    assert found["Tỷ lệ hộ nghèo"].plan_name == "Tỷ lệ hộ nghèo"
    assert found["Tỷ lệ hộ nghèo, cận nghèo"].plan_name == "Tỷ lệ hộ cận nghèo"


def test_an_indicator_the_plan_does_not_have_is_left_unmatched():
    assert matched_plan_names(ind("Số vụ tai nạn giao thông", 2, "vụ")) == {}


def test_a_grey_zone_match_is_flagged_doubtful_not_taken_silently():
    m = matched_plan_names(ind("Giao quân đạt chỉ tiêu", 100))["Giao quân đạt chỉ tiêu"]
    assert m.plan_name == "Hoàn thành chỉ tiêu tuyển quân thành phố giao"
    assert m.doubtful and "cần kiểm tra" in m.reason


def test_a_report_in_trieu_dong_matches_the_plan_in_ty_dong_but_a_count_does_not_match_a_money_indicator():
    money = matched_plan_names(ind("Giá trị thương mại - dịch vụ", 1_500_000, "triệu đồng"))
    assert money["Giá trị thương mại - dịch vụ"].plan_name == "Giá trị thương mại, dịch vụ"
    people = matched_plan_names(ind("Giá trị thương mại - dịch vụ", 15, "người"))
    assert people == {} or people["Giá trị thương mại - dịch vụ"].doubtful


def test_a_count_out_of_its_quota_answers_a_percentage_target():
    found = matched_plan_names(ind("Tuyển quân", 25, "thanh niên", target=25))
    assert found["Tuyển quân"].plan_name == "Hoàn thành chỉ tiêu tuyển quân thành phố giao"


def test_the_period_tells_the_budget_targets_apart():
    found = matched_plan_names(
        ind("Thu ngân sách xã", 3964, "triệu đồng", target=3187, period="6 tháng đầu năm 2025"),
        ind("Thu ngân sách", 410, "triệu đồng", period="6 tháng cuối năm 2025"),
    )
    assert found["Thu ngân sách xã"].plan_name == "Thu ngân sách xã 6 tháng đầu năm"
    assert found["Thu ngân sách"].plan_name == "Thu ngân sách 6 tháng cuối năm 2025"


def test_a_plan_code_cited_by_the_report_raises_the_score():
    plain = matched_plan_names(ind("Tỷ lệ phá án", 96))["Tỷ lệ phá án"]
    coded = matched_plan_names(ind("Tỷ lệ phá án", 96, code="(13)"))["Tỷ lệ phá án"]
    assert coded.plan_code == "(13)" and coded.score > plain.score
    assert "(13)" in coded.reason


def test_a_name_close_to_two_plan_indicators_is_doubtful_and_names_the_other_one():
    m = matched_plan_names(ind("Tỷ lệ hộ nghèo và cận nghèo", 1.0))["Tỷ lệ hộ nghèo và cận nghèo"]
    other = ({"Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"} - {m.plan_name}).pop()
    assert m.doubtful and f"«{other}»" in m.reason
