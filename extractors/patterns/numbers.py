"""Vietnamese numbers as real documents write them.

The convention (TCVN, babel locale "vi") is dot for thousands and comma for decimals: "1.703,274" = 1703.274.
Documents break it: "140.7%" (dot decimal), "14,560 triệu đồng" (comma thousands), and a single separator
before exactly three digits ("833.509", "720,556") can be read either way. `read_number` gives the
conventional reading plus the alternative; `reading_for_unit` picks one by the unit; the indicator stage
judges pairs ("833.509/1.703,274 tỷ đồng": a part cannot be 489 times its whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal

from extractors.patterns.units import canonical_unit, unit_kind

# A number token: "05", "0,7", "1.703,274", "1.234.567", "140.7".
# Not glued to letters, slashes of document numbers, or other digits: "232/KH-UBND" still yields "232", which
# the caller masks with DOCUMENT_NUMBER_RE first.
# A unit may be glued to it: "25.000đ/kg", "12kg", "2,5ha" (the unit is read after the number).
_GLUED_UNIT = r"(?:đồng|đ|kg|km2|km|ha|ml|m2|m²|m|lít|tấn|g)(?![^\W\d_])"
NUMBER_PATTERN = rf"(?<![\w.,])\d+(?:[.,]\d+)*(?:(?={_GLUED_UNIT})|(?![\w]|[.,]\d))"
NUMBER_RE = re.compile(NUMBER_PATTERN)

# "120/831 lượt người", "833.509/1.703,274 tỷ đồng": done/planned. Spaces around the slash happen in PDFs.
# "đạt tỷ lệ bao phủ 93,6%/95% kế hoạch": a pair of rates may repeat the "%".
PAIR_RE = re.compile(rf"(?<!/)(?<!/ )(?P<x>{NUMBER_PATTERN})\s?%?\s?/\s?(?P<y>{NUMBER_PATTERN})(?!\s?/\s?\d)")

# "tăng 7,5 - 8,0%", "từ 7,5 đến 8%": a range (the dash may be an en dash).
RANGE_RE = re.compile(rf"(?:từ\s+)?(?P<lo>{NUMBER_PATTERN})\s*(?:%\s*)?(?:-|–|—|đến)\s*(?P<hi>{NUMBER_PATTERN})")

# A number split after its separator by a justified PDF line: "720,556/1.483, 178 tỷ đồng", "3.964/3. 187 triệu
# đồng", "Tỷ lệ hộ cận nghèo: 1, 1%". Joined only when a unit follows at once, so "thôn 1, 2 và 3" stays a list.
SPLIT_NUMBER_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})*[.,]) (\d+(?:[.,]\d+)*)(?=\s?%|\s(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng)(?!\w))"
)
# The convention: dots grouping thousands, an optional decimal comma ("1.703,274", "1.234.567", "0,7", "1234,5").
_CONVENTIONAL_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$")
# One separator before exactly three digits and nothing else: "833.509", "720,556", "14,560".
_AMBIGUOUS_RE = re.compile(r"^\d{1,3}[.,]\d{3}$")
# Dots for thousands, no comma: "1.234.567"; commas for thousands (English): "1,234,567".
_DOT_GROUPS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_COMMA_GROUPS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$")
# English style with both separators: "1,703.274".
_EN_STYLE_RE = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$")


@dataclass(frozen=True)
class Reading:
    """One number as written, its conventional value, and the other way to read it when there is one."""

    text: str
    value: float
    alternative: float | None = None  # the other reading of "833.509" / "14,560"
    unusual: str | None = None  # "dot_decimal" ("140.7"), "comma_thousands" ("1,234,567"), "en_style"


def _swap(text: str) -> float:
    """The reading with the separator's role swapped: "833.509" -> 833.509, "14,560" -> 14560."""
    sep = "." if "." in text else ","
    return float(text.replace(sep, ".")) if sep == "." else float(text.replace(",", ""))


def read_number(text: str) -> Reading:
    """Read one number token; raises ValueError when it is not a number at all.

    "1.703,274" -> 1703.274; "0,7" -> 0.7; "05" -> 5; "2.961" -> 2961 (alternative 2.961);
    "140.7" -> 140.7 (unusual "dot_decimal"); "1,234,567" -> 1234567 (unusual "comma_thousands").
    """
    text = text.strip()
    if text.isdigit():
        return Reading(text, float(text))
    if _CONVENTIONAL_RE.match(text):  # the convention itself, read without babel (a millisecond a call)
        value = float(text.replace(".", "").replace(",", "."))
        return Reading(text, value, _swap(text)) if _AMBIGUOUS_RE.match(text) else Reading(text, value)
    try:
        value = float(parse_decimal(text, locale="vi", strict=True))
    except NumberFormatError:
        return _read_unconventional(text)
    if _AMBIGUOUS_RE.match(text):
        return Reading(text, value, _swap(text))
    return Reading(text, value)


def _read_unconventional(text: str) -> Reading:
    if _COMMA_GROUPS_RE.match(text):
        return Reading(text, float(text.replace(",", "")), unusual="comma_thousands")
    if _EN_STYLE_RE.match(text):
        return Reading(text, float(text.replace(",", "")), unusual="en_style")
    if re.fullmatch(r"\d+\.\d+", text):
        return Reading(text, float(text), unusual="dot_decimal")
    if _DOT_GROUPS_RE.match(text):
        return Reading(text, float(Decimal(text.replace(".", ""))))
    raise ValueError(f"not a number: {text!r}")


# Units whose figures are whole counts: a "14,560" there is fourteen thousand, not fourteen and a bit.
_WHOLE_KINDS = {"person", "household", "certificate", "case"}
# Money below the tỷ is counted in whole units of its scale ("14,560 triệu đồng" is 14560 triệu); tỷ đồng
# follows the convention ("142.500 tỷ đồng" = 142500, "720,556 tỷ đồng" = 720.556) and a pair can overrule
# it ("833.509/1.703,274 tỷ đồng", see the indicator stage).
_THOUSANDS_UNITS = {"triệu đồng", "nghìn đồng", "đồng"}


def reading_for_unit(reading: Reading, unit: str | None) -> tuple[float, str | None]:
    """The value to use given the unit, and the unusual-style code when it departs from the convention.

    ("142.500", "tỷ đồng") -> 142500, None; ("14,560", "triệu đồng") -> 14560, "comma_thousands";
    ("2.961", "tấn") -> 2961, None; ("97,000", "%") -> 97.0, None.
    """
    if reading.alternative is None:
        return reading.value, reading.unusual
    canon = canonical_unit(unit)
    comma = "," in reading.text
    if canon == "%":  # a rate is never in the thousands: "97,000%" is 97
        return (reading.value, None) if comma else (reading.alternative, "dot_decimal")
    if canon in _THOUSANDS_UNITS or unit_kind(canon) in _WHOLE_KINDS:
        return (reading.alternative, "comma_thousands") if comma else (reading.value, None)
    return reading.value, None


def join_split_numbers(text: str) -> str:
    """"1.483, 178 tỷ đồng" -> "1.483,178 tỷ đồng"; "1, 1%" -> "1,1%" (see SPLIT_NUMBER_RE)."""
    # "5. 100% hộ nghèo ...": a list label at the start is no number split in two
    return SPLIT_NUMBER_RE.sub(lambda m: m.group() if m.start() == 0 else m.group(1) + m.group(2), text)


def numbers_in(text: str) -> list[re.Match[str]]:
    """Every number token in `text`, in order."""
    return list(NUMBER_RE.finditer(text))
