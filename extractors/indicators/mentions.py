"""Clause text -> figures (mentions): single numbers, "x/y" pairs and ranges, each with its unit and readings.

Dates, document numbers, years, "lần thứ I", "02 cấp", "78 năm" are masked first (`NOT_FIGURE_RE`), so they
never become figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from extractors.errors import DocWarning, WarningCode
from extractors.patterns.indicators import NOT_FIGURE_RE, UNIT_AFTER_RE
from extractors.patterns.numbers import NUMBER_RE, PAIR_RE, RANGE_RE, Reading, read_number, reading_for_unit
from extractors.patterns.units import canonical_unit, unit_kind

MentionKind = Literal["single", "pair", "range"]
# A part can be a few times its whole (a target overshot), never fifty times.
_MAX_PAIR_RATIO = 50.0
# A stated completion % holds when x/y*100 is within this many points: "đạt 124%" for 3.964/3.187 = 124,4%.
RATIO_TOLERANCE = 1.0


@dataclass(frozen=True)
class Mention:
    """One figure in a clause: "833.509/1.703,274 tỷ đồng" is one pair mention."""

    start: int
    end: int  # after the unit
    kind: MentionKind
    readings: tuple[Reading, ...]
    unit: str | None  # canonical
    values: tuple[float, ...] = ()
    warnings: tuple[DocWarning, ...] = field(default=())


_DIGITS_RE = re.compile(r"\d+")
_LISTED_UNIT_RE = re.compile(r",(?=\s*[^\W\d])")
_MASK_REACH = 60  # characters around a digit where a match of NOT_FIGURE_RE holding it may start or end


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` around its digits, merged: a match that masks no digit changes no figure."""
    out: list[tuple[int, int]] = []
    for run in _DIGITS_RE.finditer(text):
        start, end = max(0, run.start() - _MASK_REACH), min(len(text), run.end() + _MASK_REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def mask_non_figures(text: str) -> str:
    """`text` with dates, document numbers, years and the like blanked out (same length, offsets kept).

    The pattern is tried only near digits (a long paragraph is mostly words): a tenth of the time.
    """
    parts: list[str] = []
    done = 0
    for start, end in _windows(text):
        for found in NOT_FIGURE_RE.finditer(text, max(start, done), end):
            parts += [text[done: found.start()], "#" * (found.end() - found.start())]
            done = found.end()
    parts.append(text[done:])
    return "".join(parts)


def vi_number(value: float) -> str:
    """833.509 -> "833,509"; 14560.0 -> "14.560"; -1234.5 -> "-1.234,5" (for messages the office reads).

    The "vi" locale's pattern "#,##0.###" written out: babel's formatter costs a millisecond a call.
    """
    whole, _, fraction = f"{abs(value):.3f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    fraction = fraction.rstrip("0")
    return f"{'-' if value < 0 else ''}{grouped}{',' + fraction if fraction else ''}"


def _style_warning(reading: Reading, value: float, unit: str | None, code: str, location: str | None) -> DocWarning:
    why = {
        "dot_decimal": "dấu chấm được hiểu là dấu thập phân",
        "comma_thousands": "dấu phẩy được hiểu là dấu phân cách hàng nghìn",
        "en_style": "số viết theo kiểu tiếng Anh",
    }.get(code, "cách viết số không theo quy ước")
    unit_text = f" {unit}" if unit else ""
    return DocWarning(
        code=WarningCode.NUMBER_FORMAT,
        message=f"Số «{reading.text}» được đọc là {vi_number(value)}{unit_text} ({why}); đề nghị kiểm tra lại.",
        location=location,
    )


def _resolve(readings: tuple[Reading, ...], unit: str | None,
             location: str | None) -> tuple[tuple[float, ...], list[DocWarning]]:
    values, warnings = [], []
    for reading in readings:
        value, unusual = reading_for_unit(reading, unit)
        values.append(value)
        if unusual:
            warnings.append(_style_warning(reading, value, unit, unusual, location))
    return tuple(values), warnings


def _fix_pair(readings: tuple[Reading, ...], values: tuple[float, ...], unit: str | None, location: str | None):
    """"833.509/1.703,274": a part 489 times its whole means a separator was misread; try the other reading."""
    x, y = values
    if y <= 0 or x / y <= _MAX_PAIR_RATIO:
        return values, []
    rx, ry = readings
    for cx, cy in ((rx.alternative, y), (x, ry.alternative), (rx.alternative, ry.alternative)):
        if cx is not None and cy is not None and cy > 0 and cx / cy <= _MAX_PAIR_RATIO:
            message = (
                f"Cặp số «{rx.text}/{ry.text}» đọc theo quy ước thì số thực hiện gấp {vi_number(round(x / y))} lần "
                f"số kế hoạch, không hợp lý; đã đọc là {vi_number(cx)}/{vi_number(cy)}{' ' + unit if unit else ''}. "
                "Đề nghị kiểm tra lại."
            )
            return (cx, cy), [DocWarning(code=WarningCode.PAIR_MAGNITUDE, message=message, location=location)]
    return values, []


def _unit_at(masked: str, pos: int) -> tuple[str | None, int]:
    found = UNIT_AFTER_RE.match(masked, pos)
    if not found:
        return None, pos
    unit, end = canonical_unit(found.group("unit")), found.end()
    # "22/22 xã, thị trấn thành lập Ban Chỉ đạo", "120 cán bộ, công chức tham gia": count nouns listed together
    if unit != "%" and (more := _LISTED_UNIT_RE.match(masked, end)) and (other := UNIT_AFTER_RE.match(masked, more.end())):
        if unit_kind(unit) is None or unit_kind(unit) == unit_kind(other.group("unit")):
            if re.match(r"\s+[^\W\d]", masked[other.end():]) and "%" not in other.group("unit"):
                return f"{unit}, {canonical_unit(other.group('unit'))}", other.end()
    return unit, end


def _mention_at(masked: str, start: int, location: str | None) -> Mention | None:
    for kind, regex, groups in (("pair", PAIR_RE, ("x", "y")), ("range", RANGE_RE, ("lo", "hi"))):
        found = regex.match(masked, start)
        if found:
            try:
                readings = tuple(read_number(found.group(g)) for g in groups)
            except ValueError:
                continue
            unit, end = _unit_at(masked, found.end())
            values, warnings = _resolve(readings, unit, location)
            if kind == "pair":
                values, fixed = _fix_pair(readings, values, unit, location)
                warnings += fixed
            return Mention(start, end, kind, readings, unit, values, tuple(warnings))
    token = NUMBER_RE.match(masked, start)
    try:
        reading = read_number(token.group())
    except ValueError:
        return None
    unit, end = _unit_at(masked, token.end())
    values, warnings = _resolve((reading,), unit, location)
    return Mention(start, end if unit else token.end(), "single", (reading,), unit, values, tuple(warnings))


def clause_to_mentions(clause: str, location: str | None = None) -> list[Mention]:
    """Every figure in a clause, in order: "Tỷ lệ hộ nghèo: 0; ... 120/831 lượt người" -> single, pair."""
    masked = mask_non_figures(clause)
    mentions: list[Mention] = []
    pos = 0
    while (token := NUMBER_RE.search(masked, pos)) is not None:
        mention = _mention_at(masked, token.start(), location)
        if mention is None:
            pos = token.end()
            continue
        mentions.append(mention)
        pos = max(mention.end, token.end())
    return mentions


def ratio_mismatch(value: float, target: float, ratio: float, location: str | None) -> DocWarning | None:
    """A warning when a stated completion % does not match value/target (within RATIO_TOLERANCE points)."""
    if not target or abs(value / target * 100 - ratio) <= RATIO_TOLERANCE:
        return None
    message = (
        f"Tỷ lệ hoàn thành ghi «{vi_number(ratio)}%» không khớp với số liệu "
        f"{vi_number(value)}/{vi_number(target)} (= {vi_number(round(value / target * 100, 1))}%)."
    )
    return DocWarning(code=WarningCode.RATIO_MISMATCH, message=message, location=location)
