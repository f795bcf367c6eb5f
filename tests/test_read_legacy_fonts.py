"""TCVN3 (ABC) and VNI-Windows decoding, and font-name detection."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from extractors.legacy_fonts import (
    LegacyEncoding,
    legacy_encoding_of_font,
    legacy_run_to_unicode,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    vni_to_unicode,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EVERY_SMALL_LETTER = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"


def test_every_vietnamese_small_letter_survives_a_tcvn3_round_trip():
    assert tcvn3_to_unicode(unicode_to_tcvn3(EVERY_SMALL_LETTER)) == EVERY_SMALL_LETTER


def test_tcvn3_uses_one_distinct_latin1_code_per_letter():
    encoded = unicode_to_tcvn3(EVERY_SMALL_LETTER)
    assert len(encoded) == len(EVERY_SMALL_LETTER)
    assert len(set(encoded)) == len(set(EVERY_SMALL_LETTER))
    assert all(ord(ch) < 256 for ch in encoded)


def test_the_soft_hyphen_is_the_tcvn3_letter_u_horn():
    assert tcvn3_to_unicode("n\xadíc") == "nước"


@pytest.mark.parametrize("typed, expected", [
    ("KÕ HO¹CH THI §UA", "KẾ HOẠCH THI ĐUA"),
    ("ñY BAN NH¢N D¢N X· KIÕN MINH", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH"),
    ("Sè: 05/KH-UBND", "Số: 05/KH-UBND"),
    ("KÕ ho¹ch sè 05/KH-UBND", "Kế hoạch số 05/KH-UBND"),
])
def test_capitals_typed_in_a_normal_tcvn3_font_are_given_back(typed, expected):
    assert legacy_run_to_unicode(typed, LegacyEncoding.TCVN3) == expected


def test_an_upper_case_tcvn3_font_shows_every_letter_as_a_capital():
    assert legacy_run_to_unicode("B¸O C¸O TæNG KÕT N¨M 2024", LegacyEncoding.TCVN3_UPPER) == "BÁO CÁO TỔNG KẾT NĂM 2024"


@pytest.mark.parametrize("typed, expected", [
    ("Tröôøng hoïc naêm 2024", "Trường học năm 2024"),
    ("tyû leä hoä ngheøo cuûa tænh giaûm", "tỷ lệ hộ nghèo của tỉnh giảm"),
    ("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("Quyeát ñònh khen thöôûng", "Quyết định khen thưởng"),
    ("aéaèaúaüaë", "ắằẳẵặ"),
])
def test_vni_text_decodes_to_unicode(typed, expected):
    assert vni_to_unicode(typed) == expected


@pytest.mark.parametrize("font, encoding", [
    (".VnTime", LegacyEncoding.TCVN3),
    (".VnTimeH", LegacyEncoding.TCVN3_UPPER),
    (".VnArial NarrowH", LegacyEncoding.TCVN3_UPPER),
    ("VnTime", LegacyEncoding.TCVN3),
    ("VNI-Times", LegacyEncoding.VNI),
    ("Times New Roman", None),
    (None, None),
])
def test_legacy_fonts_are_recognised_by_name(font, encoding):
    assert legacy_encoding_of_font(font) is encoding


def test_the_runs_of_the_hostile_tcvn3_document_decode_by_their_font(hostile):
    with zipfile.ZipFile(hostile / "generated" / "docx_legacy_tcvn3.docx") as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    decoded = []
    for run in root.iter(f"{W}r"):
        fonts = run.find(f"{W}rPr/{W}rFonts")
        font = fonts.get(f"{W}ascii") if fonts is not None else None
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        encoding = legacy_encoding_of_font(font)
        decoded.append(legacy_run_to_unicode(text, encoding) if encoding else text)
    assert "BÁO CÁO TỔNG KẾT NĂM 2024" in decoded
    assert ("Năm 2024, tỷ lệ hộ nghèo của tỉnh giảm còn 1,1%; tổng thu ngân sách nhà nước đạt 12.345,6 tỷ đồng, "
            "tăng 8,2% so với cùng kỳ năm trước.") in decoded
