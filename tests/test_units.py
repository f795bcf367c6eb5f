"""Units of measure: canonical spellings and conversion (used by the report checker)."""

import pytest

from extractors.patterns.units import canonical_unit, convert, unit_kind


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
