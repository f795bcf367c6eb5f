"""Vietnamese numbers as real documents write them (seed plan section II.2 and unit reports)."""

import pytest

from extractors.patterns.numbers import (
    NUMBER_RE, PAIR_RE, RANGE_RE, join_split_numbers, read_number, reading_for_unit,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.703,274", 1703.274),  # "833.509/1.703,274 tỷ đồng"
        ("0,7", 0.7),  # "Tỷ lệ tăng dân số tự nhiên: 0,7%"
        ("97,0", 97.0),
        ("05", 5.0),  # "phá 05 vụ"
        ("1.234.567", 1234567.0),
        ("140.7", 140.7),  # dot decimal
        ("1,234,567", 1234567.0),  # English thousands
        ("1,703.274", 1703.274),  # English style
    ],
)
def test_a_number_is_read_the_vietnamese_way_or_by_its_evident_style(text, value):
    assert read_number(text).value == pytest.approx(value)


def test_a_dot_before_three_digits_is_a_thousands_separator_by_convention_with_a_decimal_alternative():
    reading = read_number("833.509")
    assert reading.value == 833509
    assert reading.alternative == pytest.approx(833.509)


def test_a_dot_decimal_number_is_flagged_as_unusual():
    assert read_number("140.7").unusual == "dot_decimal"
    assert read_number("1.703,274").unusual is None


def test_a_word_is_not_a_number():
    with pytest.raises(ValueError):
        read_number("12a")


@pytest.mark.parametrize(
    ("text", "unit", "value", "unusual"),
    [
        ("142.500", "tỷ đồng", 142500.0, None),  # "Tổng thu ngân sách nhà nước trên địa bàn đạt 142.500 tỷ đồng"
        ("720,556", "tỷ đồng", 720.556, None),  # "720,556/1.483,178 tỷ đồng"
        ("14,560", "triệu đồng", 14560.0, "comma_thousands"),
        ("3.964", "triệu đồng", 3964.0, None),
        ("2.961", "tấn", 2961.0, None),
        ("1,250", "người", 1250.0, "comma_thousands"),
        ("97,000", "%", 97.0, None),
    ],
)
def test_the_unit_decides_how_a_single_separator_before_three_digits_is_read(text, unit, value, unusual):
    assert reading_for_unit(read_number(text), unit) == (pytest.approx(value), unusual)


def test_dates_are_not_read_as_pairs():
    assert PAIR_RE.search("ngày 09/9/2025") is None
    assert PAIR_RE.search("Kế hoạch số 232/KH-UBND ngày 26/12/2024") is None


def test_a_done_planned_pair_is_found_with_both_parts():
    found = PAIR_RE.search("Giới thiệu và giải quyết việc làm: 120/831 lượt người")
    assert (found.group("x"), found.group("y")) == ("120", "831")


def test_a_range_is_found_with_both_bounds():
    found = RANGE_RE.search("tăng 7,5 - 8,0%")
    assert (found.group("lo"), found.group("hi")) == ("7,5", "8,0")


def test_number_tokens_skip_letters_glued_to_digits():
    assert [m.group() for m in NUMBER_RE.finditer("mã 2a3, đạt 1.703,274 và 05 vụ")] == ["1.703,274", "05"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("720,556/1.483, 178 tỷ đồng", "720,556/1.483,178 tỷ đồng"),  # justified PDF line
        ("đạt 3.964/3. 187 triệu đồng", "đạt 3.964/3.187 triệu đồng"),
        ("Tỷ lệ hộ cận nghèo: 1, 1%.", "Tỷ lệ hộ cận nghèo: 1,1%."),
        ("các thôn 1, 2 và 3", "các thôn 1, 2 và 3"),  # a list, no unit: untouched
        ("Tỷ lệ hộ nghèo: 0; Tỷ lệ: 1,1%", "Tỷ lệ hộ nghèo: 0; Tỷ lệ: 1,1%"),
    ],
)
def test_a_number_split_after_its_separator_is_joined_only_before_a_unit(text, joined):
    assert join_split_numbers(text) == joined


def test_a_list_label_before_a_figure_is_not_joined_to_it():
    assert join_split_numbers("5. 100% hộ nghèo, hộ cận nghèo được cấp thẻ") == "5. 100% hộ nghèo, hộ cận nghèo được cấp thẻ"


def test_a_pair_of_rates_may_repeat_the_percent_sign():
    found = PAIR_RE.search("đạt tỷ lệ bao phủ 93,6%/95% kế hoạch")
    assert (found.group("x"), found.group("y")) == ("93,6", "95")
