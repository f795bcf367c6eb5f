"""Lines broken inside sentences are joined into paragraphs."""

from docs_in_code import document
from extractors.paragraphs import blocks_to_paragraphs

LINE = "Thực hiện Kế hoạch số 232/KH - UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành phố và"


def test_a_wrapped_line_of_a_text_dump_is_joined_to_the_next():
    doc = document(LINE, "ban nhân dân thành phố Hải Phòng phát động;", "Kiến Minh xây dựng kế hoạch như sau:",
                   "I. MỤC ĐÍCH, YÊU CẦU", fmt="txt")
    texts = [p.text for p in blocks_to_paragraphs(doc)]
    assert texts == [f"{LINE} ban nhân dân thành phố Hải Phòng phát động;", "Kiến Minh xây dựng kế hoạch như sau:",
                     "I. MỤC ĐÍCH, YÊU CẦU"]


def test_a_full_width_line_continues_even_before_a_capital_but_not_before_a_label_or_opener():
    doc = document(LINE, "Minh. Đề cao tinh thần trách nhiệm.", LINE, "1. Mục đích", LINE, "Căn cứ Luật", fmt="pdf")
    assert [p.first for p in blocks_to_paragraphs(doc)] == [0, 2, 3, 4, 5]


def test_word_paragraphs_are_joined_only_when_the_next_starts_in_lower_case():
    doc = document("Phát động Đợt thi đua", "Thực hiện Kế hoạch", "phát triển kinh tế")
    assert [p.text for p in blocks_to_paragraphs(doc)] == ["Phát động Đợt thi đua", "Thực hiện Kế hoạch phát triển kinh tế"]


def test_a_wrapped_upper_case_heading_is_joined():
    doc = document("II. NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, GIẢI PHÁP TỔ", "CHỨC ĐỢT THI ĐUA", "1. Nội dung", fmt="txt")
    assert blocks_to_paragraphs(doc)[0].label.rest == "NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, GIẢI PHÁP TỔ CHỨC ĐỢT THI ĐUA"
