"""Units of measure: canonical spellings and conversion (used by the report checker)."""

import pytest

from extractors.patterns.units import canonical_unit, convert, same_measure_unit, unit_kind


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("tỷ đồng", "tỷ đồng"),
        ("tỉ đồng", "tỷ đồng"),
        ("Tr.đ", "triệu đồng"),
        ("triệu", "triệu đồng"),
        ("ngàn đồng", "nghìn đồng"),
        ("VNĐ", "đồng"),
        ("(%)", "%"),
        ("Lượt  người", "lượt người"),
        ("GCN", "giấy chứng nhận"),
        ("héc ta", "ha"),
        ("con", "con"),
    ],
)
def test_a_unit_as_written_in_documents_maps_to_its_canonical_spelling(written, canonical):
    assert canonical_unit(written) == canonical


def test_an_empty_unit_cell_has_no_unit():
    assert canonical_unit("  ") is None
    assert canonical_unit(None) is None


def test_nfd_text_is_recognised_like_nfc():
    import unicodedata

    assert canonical_unit(unicodedata.normalize("NFD", "Triệu đồng")) == "triệu đồng"


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (1.5, "tỷ đồng", "triệu đồng", 1500.0),
        (350, "triệu", "tỷ đồng", 0.35),
        (14560, "triệu đồng", "nghìn đồng", 14_560_000.0),
        (2, "nghìn đồng", "đồng", 2000.0),
        (97.0, "%", "%", 97.0),
        (120, "lượt người", "người", 120.0),
        (2.961, "tấn", "kg", 2961.0),
        (1, "ha", "m2", 10000.0),
    ],
)
def test_quantities_of_one_kind_convert_by_their_factor(value, src, dst, expected):
    assert convert(value, src, dst) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("src", "dst"),
    [("%", "người"), ("tỷ đồng", "%"), ("hộ", "người"), ("vụ", "giấy"), ("con", "cây"), ("tấn", None)],
)
def test_quantities_of_different_kinds_do_not_convert(src, dst):
    assert convert(5, src, dst) is None


def test_the_kind_of_a_unit_is_known_for_money_and_rates():
    assert unit_kind("Tr.đ") == "money"
    assert unit_kind("%") == "percent"
    assert unit_kind("con") is None


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("triệu đồng/người/năm", "triệu đồng/người/năm"), ("triệu/người/năm", "triệu đồng/người/năm"),
     ("Tr.đ/ha", "triệu đồng/ha"), ("tạ/ha", "tạ/ha")],
)
def test_a_rate_unit_keeps_its_per_part_and_canonicalises_its_head(written, canonical):
    assert canonical_unit(written) == canonical


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("triệu đồng/người/năm", "triệu đồng", True), ("giấy phép", "giấy", True), ("%", "%", True),
     ("%", "người", False), ("tỷ đồng", "triệu đồng", False)],
)
def test_a_later_target_may_write_its_unit_more_loosely(a, b, same):
    assert same_measure_unit(a, b) is same
