"""Every abbreviation has its expansion, used on real wording."""

from __future__ import annotations

import pytest

from extractors.patterns.abbreviations import ABBREVIATIONS, expand_abbreviations, unify_spelling

EXAMPLES = [
    ("Tỷ lệ dân số tham gia BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế"),
    ("Tỷ lệ lao động tham gia BHXH", "Tỷ lệ lao động tham gia bảo hiểm xã hội"),
    ("Cấp Giấy chứng nhận QSD đất ở lần đầu", "Cấp Giấy chứng nhận quyền sử dụng đất ở lần đầu"),
    ("Cấp GCN QSDĐ lần đầu", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu"),
    ("nhiệm vụ phát triển KT-XH, bảo đảm QP-AN", "nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh"),
    ("giữ vững ANTT trên địa bàn", "giữ vững an ninh trật tự trên địa bàn"),
    ("Ủy ban MTTQ Việt Nam xã", "Ủy ban mặt trận tổ quốc Việt Nam xã"),
    ("TT HĐND xã (b/c)", "TT hội đồng nhân dân xã (b/c)"),
    ("UBND thành phố (b/c)", "ủy ban nhân dân thành phố (b/c)"),
    ("Tỷ lệ người tập luyện TDTT thường xuyên", "Tỷ lệ người tập luyện thể dục thể thao thường xuyên"),
    ("xây dựng NTM kiểu mẫu", "xây dựng nông thôn mới kiểu mẫu"),
    ("công tác CSSK ban đầu", "công tác chăm sóc sức khỏe ban đầu"),
    ("Hội LHPN xã", "Hội liên hiệp phụ nữ xã"),
    ("Ban CHQS xã", "Ban chỉ huy quân sự xã"),
]


@pytest.mark.parametrize(("text", "expanded"), EXAMPLES)
def test_an_abbreviation_in_real_wording_is_expanded(text, expanded):
    assert expand_abbreviations(text) == expanded


def test_every_abbreviation_expands_to_lower_case_words_of_its_own():
    for short, long in ABBREVIATIONS.items():
        assert expand_abbreviations(f"chỉ tiêu {short} năm 2025") == f"chỉ tiêu {long} năm 2025"
        assert long == long.lower() and short not in long


def test_words_that_merely_contain_an_abbreviation_are_left_alone():
    assert expand_abbreviations("KT. CHỦ TỊCH") == "KT. CHỦ TỊCH"
    assert expand_abbreviations("BHYTX và bhyt") == "BHYTX và bhyt"


def test_i_and_y_spellings_and_old_tone_placement_are_unified():
    assert unify_spelling("tỉ lệ gia đình văn hoá") == "tỷ lệ gia đình văn hóa"
