"""The name and period of an indicator, cut from the words before its figure.

"Tỷ lệ điều tra phá án đạt 95%" -> "Tỷ lệ điều tra phá án"; "Thu ngân sách ... phấn đấu thu ngân sách
6 tháng cuối năm 2025 là 350 triệu" -> "Thu ngân sách 6 tháng cuối năm 2025" (the period stays in the name,
and is also the indicator's `period`).
"""

from __future__ import annotations

import re

from extractors.patterns.indicators import (
    COMMITMENT_END_RE,
    COMPARATOR_BEFORE_RE,
    LOCATIVE_TAIL_RE,
    MEASURE_START_RE,
    NAME_LEAD_RE,
    NAME_TAIL_RE,
    OUTCOME_VERB_RE,
    PERIOD_RE,
    POSSESSIVE_END_RE,
    STRIVE_RE,
    VERB_ONLY_NAME_RE,
    YEAR_TAIL_RE,
)
from extractors.patterns.numbers import NUMBER_PATTERN, NUMBER_RE
from extractors.patterns.units import unit_kind

# What follows a figure up to the next break: "412/428 hộ đạt danh hiệu Gia đình văn hóa, đạt 96,3%".
_AFTER_NAME_RE = re.compile(r"^\s*([^\W\d][^,;:.()]*)")
# A name longer than this that says "phấn đấu" keeps only what follows it.
_LONG_NAME_WORDS = 14
# The part after a comma, up to the next break: ", hộ cận nghèo được cấp thẻ bảo hiểm y tế".
_NEXT_PART_RE = re.compile(r",\s*([^\W\d][^,;:.()]*)")
_YEAR_RE = re.compile(r"\d{4}")
PAIR_PREFIX_RE = re.compile(rf"{NUMBER_PATTERN}\s?/\s?{NUMBER_PATTERN}")


def _strip(name: str) -> str:
    name = NAME_TAIL_RE.sub("", name)  # "Tỷ lệ tăng dân số tự nhiên: < " (a comparator after the colon)
    if ":" in name.rstrip(" :"):  # "trong đó: Giá trị thương mại, dịch vụ:" / "... không đạt: tỷ lệ hộ ..."
        name = name.rstrip(" :").rsplit(":", 1)[1]
    name = NAME_LEAD_RE.sub("", name)
    previous = None
    while previous != name:
        previous = name
        name = NAME_TAIL_RE.sub("", name).strip()
        name = YEAR_TAIL_RE.sub("", LOCATIVE_TAIL_RE.sub("", name)).strip()
    return name


def capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def clean_label(text: str) -> str:
    """A table's name cell as a name.

    "Trong đó: giá trị ngành thương mại - dịch vụ" -> "Giá trị ngành thương mại - dịch vụ".
    """
    return capitalised(NAME_LEAD_RE.sub("", " ".join(text.split())).rstrip(" :;,."))


def name_after(prefix: str, after: str, unit: str | None) -> tuple[str, int]:
    """The measure named after the figure, when the words before name none.

    ("Toàn thôn có ", " đạt danh hiệu Gia đình văn hóa, đạt 96,3%", "hộ") -> "Hộ đạt danh hiệu Gia đình văn hóa";
    (", ", " gia đình đạt danh hiệu văn hóa", "%") -> "Gia đình đạt danh hiệu văn hóa";
    ("Đến nay, ", " thôn đạt chuẩn văn hóa", "%") -> "Thôn đạt chuẩn văn hóa";
    (", làm chết ", ", bị thương", "người") -> "Số người chết".
    Also returns how many characters of `after` the name used ("" and 0 when none).
    """
    prefix = COMPARATOR_BEFORE_RE.sub("", prefix)  # "Mục tiêu đến năm 2015 có ít nhất 50% người dân ..."
    outcome = OUTCOME_VERB_RE.search(prefix)
    if outcome and unit and unit != "%" and unit_kind(unit) != "money":
        return f"Số {unit} {outcome.group('verb').lower()}", 0
    # "Trang bị máy tính: 100% cán bộ công chức cấp tỉnh, huyện ...": a share names its measure after itself
    share = unit == "%" and (prefix.rstrip().endswith(":") or COMMITMENT_END_RE.search(prefix) is not None)
    if not (POSSESSIVE_END_RE.search(prefix) or not _strip(prefix) or prefix.rstrip().endswith(",") or share):
        return "", 0  # "Đến nay, 100% thôn đạt chuẩn văn hóa": after a comma the measure may follow the figure
    found = _AFTER_NAME_RE.match(after)
    if not found or not found.group(1)[:1].islower():
        return "", 0
    words, end = found.group(1).strip(), found.end()
    if unit == "%" and (joined := conjoined_subject(after, end)) is not None:
        words, end = joined  # "100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế"
    if unit and unit != "%" and unit_kind(unit) != "money":
        words = f"{unit} {words}"
    return capitalised(_strip(words)), end


def conjoined_subject(after: str, end: int) -> tuple[str, int] | None:
    """A share's subject listed before its predicate: "100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế".

    The words up to the comma ("hộ nghèo") have no verb, the next part starts with a noun and has one: both
    subjects and the predicate are the name (`pos_tag`). Returns (words, characters of `after` used), else None.
    """
    first = after[:end]
    rest = _NEXT_PART_RE.match(after, end)
    if rest is None or NUMBER_RE.search(rest.group(1)):
        return None
    first_tags, rest_tags = _tags(first.strip()), _tags(rest.group(1).strip())
    if any(tag == "V" for _, tag in first_tags) or not rest_tags or rest_tags[0][1] not in ("N", "Nc"):
        return None
    if not any(tag == "V" for _, tag in rest_tags[1:]):
        return None
    return f"{first.strip()}, {rest.group(1).strip()}", rest.end()


def _tags(phrase: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag  # lazy: only a share whose subject runs past a comma asks

    return tuple(pos_tag(phrase))


def name_before(prefix: str) -> str:
    """The measure named by the words before a figure; "" when they name none ("phấn đấu cả năm đạt")."""
    name = _strip(prefix)
    if len(name.split()) > _LONG_NAME_WORDS and (strive := STRIVE_RE.match(name)):
        name = _strip(name[strive.end():])
    parts = name.split(", ")
    measure = next((k for k in range(len(parts) - 1, 0, -1) if MEASURE_START_RE.match(parts[k])), None)
    if measure is not None:  # "Phấn đấu đến cuối năm 2025, tỷ lệ hộ nghèo" -> "tỷ lệ hộ nghèo"
        name = ", ".join(parts[measure:])
    if not subject_of(name):
        return ""
    return capitalised(name)


def subject_of(name: str) -> str:
    """A name without its period and verbs: "Thu ngân sách xã 6 tháng đầu năm" -> "Thu ngân sách xã"."""
    subject = _strip(PERIOD_RE.sub("", name).strip(" ,"))
    return "" if not subject or VERB_ONLY_NAME_RE.match(subject) else subject


def name_around(clause: str, start: int, end: int, unit: str | None = None) -> str:
    """The clause without its figure: "Hoàn thành 100% chỉ tiêu tuyển quân" -> "Hoàn thành chỉ tiêu tuyển quân".

    A count noun stays in the name: "Tổ chức 05 buổi tuyên truyền" -> "Tổ chức buổi tuyên truyền".
    """
    if unit and unit != "%" and unit_kind(unit) != "money":
        number = NUMBER_RE.match(clause, start) or PAIR_PREFIX_RE.match(clause, start)
        end = number.end() if number else end
    before = COMPARATOR_BEFORE_RE.sub("", clause[:start])  # "Tổ chức tối thiểu 05 buổi" -> "Tổ chức buổi"
    text = " ".join(f"{before} {clause[end:]}".split())
    return _strip(text.rstrip(" .;,"))


def complete_period(period: str | None, year: int | None) -> str | None:
    """Add the year a period leaves out: ("6 tháng đầu năm", 2025) -> "6 tháng đầu năm 2025"; "cả năm" -> "năm 2025".

    """
    if period is None or year is None or _YEAR_RE.search(period):
        return period
    if period.lower().startswith("cả năm"):
        return f"năm {year}"
    return f"{period} {year}" if period.lower().endswith("năm") else period
