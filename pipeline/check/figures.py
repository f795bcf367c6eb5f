"""Do the figures add up? Checks on one record's indicators, independent of any plan.

- "x/y ... đạt z%": z must be x / y (to rounding): "3.964/3.187 triệu đồng đạt 124%".
- parts against their stated total: "Tổng giá trị sản xuất: 833.509 ...; trong đó: ... 720,556 ...; ... 112.953".
- the same indicator given twice with different values.
- values outside their plausible range: a rate above 100%, a negative count.
"""

from __future__ import annotations

from itertools import combinations

from extractors.errors import DocWarning, WarningCode
from extractors.patterns.units import canonical_unit, convert
from extractors.records import Indicator
from pipeline.check.names import name_key
from pipeline.vi_format import number_vi

RATIO_TOLERANCE = 1.0  # percentage points: "đạt 124%" for 124,38%
PARTS_TOLERANCE = 0.005  # relative: parts rounded to three decimals
RATE_WORDS = ("tỷ lệ",)
GROWTH_WORDS = ("tăng", "giảm", "so với", "vượt")


def indicators_to_problems(indicators: tuple[Indicator, ...]) -> tuple[DocWarning, ...]:
    """Every arithmetic, consistency and plausibility problem found in one document's figures."""
    return (
        *ratio_problems(indicators),
        *parts_problems(indicators),
        *duplicate_problems(indicators),
        *range_problems(indicators),
    )


def _where(ind: Indicator) -> str:
    return " ".join(x for x in (ind.section, ind.code, ind.name) if x)


def ratio_problems(indicators: tuple[Indicator, ...]) -> list[DocWarning]:
    out = []
    for ind in indicators:
        if ind.value is None or not ind.target or ind.ratio is None:
            continue
        actual = ind.value / ind.target * 100
        if abs(actual - ind.ratio) > RATIO_TOLERANCE:
            out.append(DocWarning(
                code=WarningCode.ARITHMETIC,
                message=(f"«{ind.name}»: {number_vi(ind.value)}/{number_vi(ind.target)} là {number_vi(actual, 1)}%, "
                         f"không phải {number_vi(ind.ratio)}% như văn bản ghi."),
                location=_where(ind),
            ))
    return out


def _groups(indicators: tuple[Indicator, ...]) -> list[tuple[Indicator, list[Indicator]]]:
    """(total, parts): an indicator named "Tổng ..." and those after it from the same code or sentence."""
    groups = []
    for i, total in enumerate(indicators):
        if not name_key(total.name).text.startswith("tổng"):
            continue
        parts = []
        for other in indicators[i + 1:]:
            same_code = total.code is not None and other.code == total.code
            if not (same_code or other.text == total.text):
                break
            parts.append(other)
        if len(parts) >= 2:
            groups.append((total, parts))
    return groups


def _sum_in(parts: list[Indicator], field: str, unit: str | None) -> float | None:
    total = 0.0
    for part in parts:
        x = getattr(part, field)
        if x is None:
            return None
        converted = convert(x, part.unit, unit) if canonical_unit(part.unit) and canonical_unit(unit) else x
        if converted is None:
            return None
        total += converted
    return total


def parts_problems(indicators: tuple[Indicator, ...]) -> list[DocWarning]:
    out = []
    for total, parts in _groups(indicators):
        for field, label in (("value", "thực hiện"), ("target", "kế hoạch")):
            stated, summed = getattr(total, field), _sum_in(parts, field, total.unit)
            if stated is None or summed is None:
                continue
            if abs(stated - summed) > max(abs(stated) * PARTS_TOLERANCE, 0.01):
                names = ", ".join(f"«{p.name}»" for p in parts)
                out.append(DocWarning(
                    code=WarningCode.PARTS_TOTAL,
                    message=(f"«{total.name}» ({label}) ghi {number_vi(stated)} {total.unit or ''}".rstrip()
                             + f" nhưng tổng các phần {names} là {number_vi(summed)}."),
                    location=_where(total),
                ))
    return out


def duplicate_problems(indicators: tuple[Indicator, ...]) -> list[DocWarning]:
    out = []
    for a, b in combinations(indicators, 2):
        if a.value is None or b.value is None or name_key(a.name).text != name_key(b.name).text:
            continue
        b_value = convert(b.value, b.unit, a.unit) if canonical_unit(a.unit) and canonical_unit(b.unit) else b.value
        if b_value is not None and abs(a.value - b_value) <= 1e-9 * max(1.0, abs(a.value)):
            continue
        out.append(DocWarning(
            code=WarningCode.DUPLICATE,
            message=(f"Chỉ tiêu «{a.name}» được nêu hai lần với số liệu khác nhau: "
                     f"{number_vi(a.value)} {a.unit or ''} và {number_vi(b.value)} {b.unit or ''}.").replace("  ", " ")
            .replace(" :", ":").replace(" .", "."),
            location=_where(a),
        ))
    return out


def range_problems(indicators: tuple[Indicator, ...]) -> list[DocWarning]:
    out = []
    for ind in indicators:
        if ind.value is None:
            continue
        low = name_key(ind.name).text
        is_rate = canonical_unit(ind.unit) == "%" and any(w in low for w in RATE_WORDS)
        if is_rate and ind.value > 100 and not any(w in low for w in GROWTH_WORDS):
            out.append(DocWarning(
                code=WarningCode.IMPLAUSIBLE,
                message=f"«{ind.name}»: tỷ lệ {number_vi(ind.value)}% vượt quá 100%, cần kiểm tra lại số liệu.",
                location=_where(ind),
            ))
        if ind.value < 0 and canonical_unit(ind.unit) not in ("%", None):
            out.append(DocWarning(
                code=WarningCode.IMPLAUSIBLE,
                message=f"«{ind.name}»: số liệu âm ({number_vi(ind.value)} {ind.unit}) không hợp lý, cần kiểm tra lại.",
                location=_where(ind),
            ))
    return out
