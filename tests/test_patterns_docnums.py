"""Document numbers and citation patterns."""

import pytest

from extractors.patterns.docnums import (
    BASIS_WORD, CITATION_RE, ISSUING_VERB_WORDS, LAW_HINT, LAW_RE, NUMBER_LINE_RE, OF_ISSUER_RE, normalize_number,
    number_symbol,
)


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        ("232/KH - UBND", "232/KH-UBND"),  # seed plan
        ("41-CT/TW", "41-CT/TW"),
        ("30/2020/NĐ-CP", "30/2020/NĐ-CP"),
        ("12/UBND – VX", "12/UBND-VX"),
        ("25/TTr-VHXH", "25/TTr-VHXH"),
    ],
)
def test_a_printed_number_is_normalised_without_spaces(printed, normalised):
    assert normalize_number(printed) == normalised


@pytest.mark.parametrize(
    ("number", "symbol"),
    [("232/KH-UBND", "KH"), ("30/2020/NĐ-CP", "NĐ"), ("12/UBND-VX", "UBND"), ("41-CT/TW", "CT")],
)
def test_the_type_part_of_a_symbol_comes_first_after_the_number(number, symbol):
    assert number_symbol(number) == symbol


def test_the_number_line_gives_the_number_or_notices_a_blank_draft():
    assert NUMBER_LINE_RE.match("Số: 232/KH-UBND")["num"] == "232/KH-UBND"
    draft = NUMBER_LINE_RE.match("Số:      /KH-UBND")
    assert draft["num"] is None and draft["blank"]


def test_a_citation_with_a_comma_before_its_date_is_found_whole():
    m = CITATION_RE.search("theo tinh thần Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị;")
    assert (m["kind"], m["num"], m["date"]) == ("Chỉ thị", "41-CT/TW", "26/12/2024")


def test_a_citation_with_a_wordy_date_and_spaced_number_is_found_whole():
    m = CITATION_RE.search("Thực hiện Kế hoạch số 232/KH - UBND ngày 09 tháng 9 năm 2025 của Ủy")
    assert (m["num"], m["date"]) == ("232/KH - UBND", "09 tháng 9 năm 2025")


@pytest.mark.parametrize(
    "text",
    ["(2025 - 2030)", "Hà Nội - Hải Phòng", "năm học mới 2025-2026", "833.509/1.703,274 tỷ đồng", "kế hoạch năm 2025"],
)
def test_ranges_and_figures_are_not_document_numbers(text):
    assert CITATION_RE.search(text) is None


def test_a_law_is_cited_by_its_name_up_to_its_date():
    m = LAW_RE.search("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
    assert m["name"] == "Thi đua, khen thưởng"
    assert LAW_RE.search("thi hành pháp luật đáp ứng yêu cầu") is None


def test_the_issuer_follows_cua_after_a_citation():
    after = " của Ủy ban nhân dân thành phố Hải Phòng phát động"
    assert after[OF_ISSUER_RE.match(after).end():].startswith("Ủy ban nhân dân thành phố")
    assert OF_ISSUER_RE.match(", của UBND xã")
    assert OF_ISSUER_RE.match(" về việc tổ chức") is None


def test_ban_hanh_is_the_issuing_verb_but_ban_alone_is_a_body():
    words = "Ủy ban nhân dân xã ban hành Kế hoạch".split()
    assert (words[5], words[6]) == ISSUING_VERB_WORDS
    assert ("ban", "Chỉ") != ISSUING_VERB_WORDS


def test_a_legal_basis_opens_with_can_cu():
    assert "căn cứ kế hoạch số 232/kh-ubnd".startswith(BASIS_WORD)
    assert not "thực hiện kế hoạch số 232/kh-ubnd".startswith(BASIS_WORD)


def test_a_law_is_looked_for_only_where_luat_is_written():
    assert LAW_HINT in "Luật Thi đua, khen thưởng số 06/2022/QH15"
    assert LAW_HINT in "Bộ luật Lao động"
    assert LAW_HINT not in "Kế hoạch số 232/KH-UBND"
