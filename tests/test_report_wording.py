"""The words the check and the report rely on: outcomes of targets without a figure, a report's own verdict,
"lượt X" against "X", quotes cleaned for the city and a source's typo found; a mistyped plan number recognised."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from extractors.patterns.outcomes import is_prevention_target, outcome_of, own_verdict
from extractors.patterns.units import convert
from pipeline.generate.quotes import clean_quote, corrected, strip_label, typos
from pipeline.inbox.links import misnumbered
from tests.generate_support import CORPUS, gold

PROJECT = "Hoàn thành dự án xây dựng hạ tầng nông thôn mới kiểu mẫu trên địa bàn xã Đông Phương (cũ)"
FOOD = "Không để xảy ra ngộ độc thực phẩm tập thể trên 30 người mắc"


@pytest.mark.parametrize(("said", "target", "outcome"), [
    ("Dự án hạ tầng nông thôn mới kiểu mẫu xã Đông Phương (cũ) đã hoàn thành, bàn giao đưa vào sử dụng từ tháng "
     "11/2025.", PROJECT, "done"),
    ("Dự án đang thi công, chậm tiến độ do vướng giải phóng mặt bằng.", PROJECT, "not_done"),
    ("Trong năm không xảy ra ngộ độc thực phẩm tập thể trên địa bàn xã.", FOOD, "done"),
    ("6 tháng đầu năm 2025, trên địa bàn huyện xảy ra 05 vụ tai nạn giao thông, làm chết 03 người.",
     "Không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng", "not_done"),
    ("Phối hợp kiểm tra 36 lượt cơ sở sản xuất, kinh doanh thực phẩm.", FOOD, None),
])
def test_a_target_without_a_figure_is_judged_from_the_reports_words(said, target, outcome):
    assert outcome_of(said, target) == outcome


def test_a_prevention_target_is_told_from_a_task():
    assert is_prevention_target(FOOD) and is_prevention_target("8. Không để phát sinh điểm nóng về an ninh")
    assert not is_prevention_target(PROJECT)


def test_the_reports_own_verdict_is_read_from_its_table_row_or_its_sentence():
    assert own_verdict("2 | Tỷ lệ tăng dân số tự nhiên | % | 0,7 | 0,69 | Đạt") == "đạt"
    assert own_verdict("tỷ lệ chất thải rắn được thu gom, xử lý đạt 97,0%, chưa đạt 98% theo kế hoạch") == "chưa đạt"
    assert own_verdict("Tỷ lệ tăng dân số tự nhiên năm 2025 ước 0,68%") is None


def test_turns_of_a_noun_count_as_the_noun():
    assert convert(262, "lượt lao động", "lao động") == 262
    assert convert(5, "lượt hộ", "hộ") == 5 and convert(3, "lượt", "người") is None


def test_a_quote_loses_its_list_label_and_keeps_the_clause_about_the_figure():
    text = "2. Không còn hộ nghèo (tỷ lệ hộ nghèo 0%); tỷ lệ hộ cận nghèo giảm còn 1,05%, đạt chỉ tiêu đề ra"
    assert clean_quote(text, "Tỷ lệ hộ cận nghèo") == "tỷ lệ hộ cận nghèo giảm còn 1,05%, đạt chỉ tiêu đề ra"
    assert strip_label("a) - Tổ chức 05 lớp") == "Tổ chức 05 lớp"
    village = ("Năm 2025 thôn có 97,1% người dân tham gia bảo hiểm y tế, 96,0% gia đình đạt danh hiệu văn hóa; tỷ lệ "
               "chất thải rắn được thu gom, xử lý đạt 97,0%, chưa đạt 98% theo kế hoạch")
    assert "chưa đạt" not in clean_quote(village, "Tỷ lệ chất thải rắn được thu gom, xử lý hợp vệ sinh")


def test_a_sources_typo_is_found_against_the_plans_wording_and_corrected_in_our_text():
    record = gold(CORPUS / "bao_cao" / "bao-cao-07-bc-thon-xuan-uc.docx")
    said = next(i.text for i in record.indicators if "gia định" in (i.text or ""))
    plan = "Tỷ lệ gia đình được công nhận gia đình văn hoá"
    found = typos(said, plan)
    assert found == [("gia định", "gia đình")]
    assert "gia đình văn hóa" in corrected(said, found) and "gia định" not in corrected(said, found)


def _link(number_key, date):
    return SimpleNamespace(relation="reports_on", number_key=number_key, cited_date=date)


def _plan(number_key, date):
    return SimpleNamespace(kind="ke_hoach", number_key=number_key, issued_on=date)


def test_a_plan_number_one_keystroke_off_with_the_same_date_is_the_plan_meant():
    day = dt.date(2025, 9, 15)
    assert misnumbered(_link("50/KH-UBND", day), _plan("5/KH-UBND", day))  # "50" for "05"
    assert misnumbered(_link("15/KH-UBND", day), _plan("5/KH-UBND", day))
    assert not misnumbered(_link("50/KH-UBND", dt.date(2025, 9, 16)), _plan("5/KH-UBND", day))  # two slips
    assert not misnumbered(_link("232/KH-UBND", day), _plan("5/KH-UBND", day))
    assert not misnumbered(_link("50/BC-UBND", day), _plan("5/KH-UBND", day))


def test_the_right_plan_number_with_a_wrong_date_is_the_plan_meant_too():
    assert misnumbered(_link("5/KH-UBND", dt.date(2025, 9, 16)), _plan("5/KH-UBND", dt.date(2025, 9, 15)))
    assert not misnumbered(_link("5/KH-UBND", dt.date(2025, 9, 15)), _plan("5/KH-UBND", dt.date(2025, 9, 15)))


def test_a_neighbouring_word_that_differs_by_its_tone_is_not_a_typo():
    assert typos("Tỷ lệ dân nông thôn dùng nước sạch", "Tỷ lệ dân nông thôn được sử dụng nước sạch") == []


def test_a_comma_the_source_used_for_thousands_is_found_by_the_figure_read_from_it():
    from pipeline.generate.quotes import thousands_commas

    quote = "Thu ngân sách xã cả năm ước đạt 4,386 triệu đồng, bằng 137,6% dự toán"
    assert thousands_commas(quote, frozenset({4386.0, 137.6})) == [("4,386", "4.386")]
    assert thousands_commas(quote, frozenset({4.386})) == []  # read as a decimal: the comma was right
