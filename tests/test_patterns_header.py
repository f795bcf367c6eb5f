"""Header and closing patterns: place/date, authority, names."""

from extractors.lines import strip_national_title
from extractors.patterns.header import (
    AUTHORITY_RE, BODY_JOIN_WORDS, DATED_OPENING_RE, PLACE_DATE_RE, PLAN_TITLE_RE, RULE_RE, SIGNATURE_NOTE_RE,
    UNIT_AT_END_RE, is_name, place_of,
)


def test_the_place_is_the_capitalised_words_before_the_date():
    line = "Số: 15/BC-UBND Kiến Minh, ngày 05 tháng 01 năm 2026"
    m = PLACE_DATE_RE.search(line)
    assert place_of(line[: m.start()]) == "Kiến Minh"
    assert m["date"] == "05 tháng 01 năm 2026"


def test_a_blank_day_of_a_draft_still_finds_the_place():
    line = "Kiến Minh, ngày      tháng 12 năm 2025"
    assert place_of(line[: PLACE_DATE_RE.search(line).start()]) == "Kiến Minh"


def test_the_national_title_glued_to_a_body_name_is_removed():
    assert strip_national_title("UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == "UBND THÀNH PHỐ HẢI PHÒNG"
    assert strip_national_title("ỦY BAN NHÂN DÂN Độc lập - Tự do - Hạnh phúc") == "ỦY BAN NHÂN DÂN"


def test_signing_authority_and_name():
    m = AUTHORITY_RE.match("TM. ỦY BAN NHÂN DÂN")
    assert (m["auth"], m["rest"]) == ("TM", "ỦY BAN NHÂN DÂN")
    assert AUTHORITY_RE.match("KT. CHỦ TỊCH")["auth"] == "KT"
    assert is_name("Phạm Tiến Thuật") and is_name("Phạm Thị Thu Hà")
    assert not is_name("CHỦ TỊCH") and not is_name("Lưu: VT") and not is_name("Kiến Minh, ngày")


def test_rules_and_signature_notes_are_not_text():
    assert RULE_RE.match("-------------") and RULE_RE.match("___") and not RULE_RE.match("- Lưu: VT.")
    assert SIGNATURE_NOTE_RE.match("(Đã ký)") and SIGNATURE_NOTE_RE.match("(ký, ghi rõ họ tên)")
    assert not SIGNATURE_NOTE_RE.match("(b/c)")


def test_a_body_line_ending_with_its_unit_word_wraps_onto_the_next():
    assert UNIT_AT_END_RE.search("UBND THÀNH PHỐ") and UNIT_AT_END_RE.search("ỦY BAN NHÂN DÂN XÃ")
    assert not UNIT_AT_END_RE.search("UBND THÀNH PHỐ HẢI PHÒNG")


def test_a_body_opening_with_an_event_date_or_a_meeting_is_recognised():
    assert DATED_OPENING_RE.match("Ngày 25/11/2025, Chủ tịch Ủy ban nhân dân xã chủ trì hội nghị")
    assert DATED_OPENING_RE.match("Tại phiên họp ngày 19/11/2025, Ủy ban nhân dân xã")
    assert DATED_OPENING_RE.match("Vào ngày 05/12/2025, thôn tổ chức")
    assert DATED_OPENING_RE.match("Về việc tổ chức hội nghị sơ kết") is None


def test_a_plan_type_line_stands_alone():
    assert PLAN_TITLE_RE.match("KẾ HOẠCH")
    assert PLAN_TITLE_RE.match("  KẾ HOẠCH ")
    assert PLAN_TITLE_RE.match("KẾ HOẠCH SỐ 05") is None
    assert PLAN_TITLE_RE.match("Kế hoạch") is None


def test_a_joining_word_continues_a_wrapped_body_name():
    assert "HĐND VÀ".endswith(BODY_JOIN_WORDS)
    assert "ỦY BAN NHÂN DÂN".endswith(BODY_JOIN_WORDS) is False
