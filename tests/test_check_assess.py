"""Verdicts on the corpus plan's real indicators: direction, comparators, zero targets, unit conversion."""

from __future__ import annotations

import pytest
from check_support import gold_plan, ind, plan_indicator

from extractors.records import Indicator
from pipeline.check.assess import assess


def judge(plan_name: str, reported: Indicator | None):
    return assess(plan_indicator(gold_plan(), plan_name), reported)


@pytest.mark.parametrize(("value", "verdict", "completion"), [(0.0, "đạt", 100.0), (0.3, "chưa đạt", 0.0)])
def test_a_poverty_rate_target_of_zero_is_met_only_by_zero(value, verdict, completion):
    a = judge("Tỷ lệ hộ nghèo", ind("Tỷ lệ hộ nghèo", value))
    assert (a.verdict, a.completion, a.direction) == (verdict, completion, "decrease")


@pytest.mark.parametrize(("value", "verdict"), [(0.9, "vượt"), (1.1, "đạt"), (1.3, "chưa đạt")])
def test_a_lower_near_poverty_rate_beats_its_target(value, verdict):
    assert judge("Tỷ lệ hộ cận nghèo", ind("Tỷ lệ hộ cận nghèo", value)).verdict == verdict


@pytest.mark.parametrize(("value", "verdict"), [(97.8, "vượt"), (97.0, "đạt"), (96.5, "chưa đạt")])
def test_insurance_coverage_must_reach_at_least_its_target(value, verdict):
    a = judge("Tỷ lệ dân số tham gia bảo hiểm y tế", ind("Tỷ lệ tham gia BHYT", value))
    assert a.verdict == verdict
    assert a.completion == pytest.approx(round(value / 97.0 * 100, 1))


def test_a_range_target_is_met_inside_the_range_and_missed_outside():
    plan = Indicator(name="Tốc độ tăng trưởng", target=7.5, target_high=8.0, comparator="range", unit="%",
                     direction="increase", text="tăng 7,5 - 8,0%")
    assert assess(plan, ind("Tốc độ tăng trưởng", 7.8)).verdict == "đạt"
    assert assess(plan, ind("Tốc độ tăng trưởng", 8.4)).verdict == "chưa đạt"
    assert assess(plan, ind("Tốc độ tăng trưởng", 7.0)).verdict == "chưa đạt"


def test_toi_thieu_98_percent_is_met_by_98_and_a_strict_comparator_is_not():
    at_least = Indicator(name="Tỷ lệ chất thải rắn được thu gom", target=98, comparator=">=", unit="%",
                         text="tối thiểu 98%")
    above = at_least.model_copy(update={"comparator": ">", "text": "trên 98%"})
    assert assess(at_least, ind("Thu gom chất thải rắn", 98.0)).verdict == "đạt"
    assert assess(above, ind("Thu gom chất thải rắn", 98.0)).verdict == "chưa đạt"


def test_a_value_in_trieu_dong_is_converted_to_the_plans_ty_dong():
    a = judge("Giá trị thương mại, dịch vụ", ind("Giá trị thương mại, dịch vụ", 1_500_000, "triệu đồng"))
    assert a.reported_value == pytest.approx(1500.0)
    assert a.verdict == "vượt" and a.completion == pytest.approx(101.1)
    assert "triệu đồng" in a.note


def test_a_count_out_of_its_quota_is_judged_as_a_percentage():
    a = judge("Hoàn thành chỉ tiêu tuyển quân thành phố giao", ind("Giao quân", 24, "thanh niên", target=25))
    assert a.reported_value == pytest.approx(96.0) and a.verdict == "chưa đạt"


def test_units_that_do_not_convert_are_not_compared():
    a = judge("Cấp Giấy chứng nhận QSD đất ở lần đầu", ind("Cấp GCN QSD đất", 2.5, "ha"))
    assert a.verdict == "không so sánh được" and a.reported_value is None and "ha" in a.note


def test_an_indicator_the_report_leaves_out_is_not_reported():
    a = judge("Tỷ lệ điều tra phá án", None)
    assert a.verdict == "không báo cáo" and a.target == 95


def test_a_plan_indicator_without_a_figure_cannot_be_compared():
    name = "Hoàn thành dự án xây dựng hạ tầng nông thôn mới kiểu mẫu trên địa bàn xã Đông Phương (cũ)"
    a = judge(name, ind("Hoàn thành dự án hạ tầng NTM kiểu mẫu", 1, "dự án"))
    assert a.verdict == "không so sánh được" and "kế hoạch" in a.note


def test_a_figure_that_is_not_a_number_is_not_compared():
    a = judge("Tỷ lệ điều tra phá án", ind("Tỷ lệ phá án", float("nan")))
    assert a.verdict == "không so sánh được" and "không hợp lệ" in a.note


def test_without_a_unit_x_over_y_is_a_quota_unless_y_is_the_plans_own_target():
    quota = judge("Hoàn thành chỉ tiêu tuyển nghĩa vụ Công an nhân dân",
                  ind("Tuyển CAND", 4, None, target=4, ratio=100))
    rate = judge("Tỷ lệ điều tra phá án", ind("Tỷ lệ điều tra, khám phá án", 96.3, None, target=95, ratio=101.4))
    assert (quota.reported_value, quota.verdict) == (100.0, "đạt")
    assert (rate.reported_value, rate.verdict) == (96.3, "vượt")
