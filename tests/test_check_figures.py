"""Do the figures add up: ratios, parts against totals, duplicates, plausible ranges."""

from __future__ import annotations

from check_support import gold_plan, ind

from pipeline.check.figures import (
    duplicate_problems,
    indicators_to_problems,
    parts_problems,
    range_problems,
    ratio_problems,
)
from pipeline.vi_format import number_vi


def test_the_real_plans_figures_add_up_including_833_509_over_1_703_274():
    # (1) 833.509/1.703,274 = 720,556/1.483,178 + 112.953/220,096; (2) 3.964/3.187 đạt 124%.
    assert indicators_to_problems(gold_plan().indicators) == ()


def test_a_total_that_is_not_the_sum_of_its_parts_is_reported():
    plan = gold_plan()
    total = plan.indicators[0].model_copy(update={"value": 843.509})
    problems = parts_problems((total, *plan.indicators[1:3]))
    assert [p.code for p in problems] == ["parts_total"]
    assert "843,509" in problems[0].message and "833,509" in problems[0].message


def test_a_stated_completion_that_contradicts_x_over_y_is_reported():
    good = ind("Thu ngân sách xã", 3964, "triệu đồng", target=3187, ratio=124)
    bad = ind("Thu ngân sách xã", 3964, "triệu đồng", target=3187, ratio=142)
    assert ratio_problems((good,)) == []
    [problem] = ratio_problems((bad,))
    assert "124,4%" in problem.message and "142%" in problem.message


def test_the_same_indicator_given_twice_with_different_values_is_reported():
    twice = (ind("Tỷ lệ tham gia BHYT", 97.2), ind("Tỷ lệ tham gia bảo hiểm y tế", 95.8))
    [problem] = duplicate_problems(twice)
    assert problem.code == "duplicate" and "97,2" in problem.message and "95,8" in problem.message
    assert duplicate_problems((twice[0], twice[0].model_copy())) == []


def test_a_rate_above_100_percent_and_a_negative_count_are_implausible():
    problems = range_problems((
        ind("Tỷ lệ hộ dân sử dụng nước sạch", 104.0),
        ind("Giải quyết việc làm", -5, "lượt người"),
        ind("Tỷ lệ tăng thu ngân sách so với cùng kỳ", 124.0),
    ))
    assert [p.code for p in problems] == ["implausible", "implausible"]
    assert "104%" in problems[0].message and "-5" in problems[1].message


def test_numbers_are_written_the_vietnamese_way():
    assert number_vi(1703.274) == "1.703,274" and number_vi(124.0) == "124"
