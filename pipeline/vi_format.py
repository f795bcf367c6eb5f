"""Numbers as Vietnamese documents write them (babel, locale vi): one home for the check's messages and the templates.

    number_vi(1703.274) -> "1.703,274"      number_vi(97.0) -> "97"      percent_vi(97.42) -> "97,4%"
"""

from __future__ import annotations

from babel.numbers import format_decimal


def number_vi(value: float | int | None, digits: int = 3) -> str:
    """1703.274 -> "1.703,274"; 97.0 -> "97"; None -> "" (at most `digits` decimals)."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(round(float(value), digits), format=pattern, locale="vi")


def percent_vi(value: float | None, digits: int = 1) -> str:
    """97.42 -> "97,4%"."""
    return "" if value is None else number_vi(value, digits) + "%"
