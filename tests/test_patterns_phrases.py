"""Typo-tolerant fixed phrases and OCR fixes of body names."""

import pytest

from extractors.patterns.phrases import (
    fix_body_name, is_implementation_heading, is_phrase, phrase_key, starts_paragraph,
)


def test_old_and_new_tone_placement_give_the_same_key():
    assert phrase_key("Uỷ ban") == phrase_key("ỦY BAN") == "ủy ban"
    assert phrase_key("hoà giải") == phrase_key("hòa giải")


@pytest.mark.parametrize(("typo", "meant"), [("khen thường", "khen thưởng"), ("Thơpng binh", "thương binh"),
                                             ("Các tiêu chỉ", "các tiêu chí")])
def test_known_typos_of_the_seed_plan_are_read_as_meant(typo, meant):
    assert phrase_key(typo) == meant


def test_a_one_letter_slip_still_matches_a_fixed_phrase_but_another_phrase_does_not():
    assert is_phrase("TỔ CHỨC THỰC HIÊN", "tổ chức thực hiện")
    assert not is_phrase("THỜI GIAN THỰC HIỆN", "tổ chức thực hiện")
    assert is_implementation_heading("TỔ CHỨC THỰC HIỆN")
    assert not is_implementation_heading("THỜI GIAN THỰC HIỆN")


def test_paragraph_openers_are_recognised():
    assert starts_paragraph("Thực hiện Kế hoạch số 232/KH - UBND")
    assert starts_paragraph("Căn cứ Luật Thi đua, khen thưởng")
    assert not starts_paragraph("ban nhân dân thành phố Hải Phòng")


def test_ocr_garbled_marks_of_a_body_name_are_restored_and_other_lines_kept():
    assert fix_body_name("UY BẠN NHÂN DẪN XÃ KIẾN MINH") == "ỦY BAN NHÂN DÂN XÃ KIẾN MINH"
    assert fix_body_name("UBND XÃ KIẾN MINH") == "UBND XÃ KIẾN MINH"
    assert fix_body_name("THÔN TIÊN CẦM") == "THÔN TIÊN CẦM"
