"""Section labels as Vietnamese documents print them."""

import pytest

from extractors.patterns.structure import CLOSING_RE, label_of_path, parse_label


@pytest.mark.parametrize(
    ("line", "kind", "label", "rest"),
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "roman", "I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("V. TỔ CHỨC THỰC HIỆN", "roman", "V.", "TỔ CHỨC THỰC HIỆN"),
        ("1. Mục đích", "dotted1", "1.", "Mục đích"),
        ("2.1. Các chỉ tiêu kinh tế:", "dotted2", "2.1.", "Các chỉ tiêu kinh tế:"),
        ("2.4.1 Quốc phòng", "dotted3", "2.4.1.", "Quốc phòng"),
        ("(1). Tổng giá trị sản xuất: 833.509/1.703,274 tỷ đồng", "paren", "(1).", "Tổng giá trị sản xuất: 833.509/1.703,274 tỷ đồng"),
        ("(8) Tỷ lệ gia đình được công nhận gia đình văn hoá: 95%.", "paren", "(8).", "Tỷ lệ gia đình được công nhận gia đình văn hoá: 95%."),
        ("a) Đẩy mạnh Đợt thi đua", "letter", "a)", "Đẩy mạnh Đợt thi đua"),
        ("đ) Tổ chức", "letter", "đ)", "Tổ chức"),
        ("- Nghị quyết số 57-NQ/TW", "dash", "-", "Nghị quyết số 57-NQ/TW"),
        ("Điều 1. Phê duyệt Kế hoạch", "article", "Điều 1.", "Phê duyệt Kế hoạch"),
        ("Điều2. — Mỗi tập thể được thưởng", "article", "Điều 2.", "Mỗi tập thể được thưởng"),  # OCR
        ("Phần I", "part", "Phần I", ""),
        ("CHƯƠNG II. QUY ĐỊNH CHUNG", "chapter", "Chương II", "QUY ĐỊNH CHUNG"),
    ],
)
def test_a_printed_section_label_is_recognised_with_its_kind(line, kind, label, rest):
    parsed = parse_label(line)
    assert (parsed.kind, parsed.label, parsed.rest) == (kind, label, rest)


@pytest.mark.parametrize(
    "line",
    [
        "2025 là 350 triệu (Thu ngân sách xã 6 tháng đầu năm",  # a wrapped figure, not a label
        "V/v triển khai Kế hoạch",  # the công văn subject line
        "- 2030), tiến tới Đại hội",  # a wrapped range
        "Mục đích",  # the word "Mục" without a number
        "IIV. Sai",  # not a Roman numeral
        "ban nhân dân thành phố",
    ],
)
def test_lines_that_only_look_like_labels_are_not_labels(line):
    assert parse_label(line) is None


def test_automatic_numbering_from_the_reader_counts_as_the_label():
    assert parse_label("Mục đích", numbering="1.").label == "1."


def test_a_dotted_label_replaces_its_arabic_parent_in_a_path():
    labels = [parse_label("II. NỘI DUNG"), parse_label("2. Mục tiêu"), parse_label("2.2. Các chỉ tiêu xã hội:")]
    assert label_of_path(labels) == "II.2.2."
    assert label_of_path([parse_label("I. A"), parse_label("1. B"), parse_label("a) C")]) == "I.1.a)"


def test_the_closing_starts_at_tren_day_or_noi_nhan_even_without_diacritics():
    assert CLOSING_RE.match("Trên đây là Kế hoạch thực hiện phong trào thi đua")
    assert CLOSING_RE.match("Nơi nhận:")
    assert CLOSING_RE.match("Noi nhan:")
    assert CLOSING_RE.match("Đề nghị các đơn vị gửi về nơi nhận hồ sơ") is None
