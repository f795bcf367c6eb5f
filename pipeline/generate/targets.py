"""The commune's targets (chỉ tiêu) from the parent plan: every target the parent sets, with its own numbers.

A rate ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%") applies to the commune as written (the parent's sentence,
brought to commune scope). An absolute target ("Tổng thu ngân sách nhà nước đạt 142.500 tỷ đồng") is the parent's
total: the commune's share comes from the parent's per-commune table (rows "… (xã Kiến Minh)"), else from the
office's own target table (the profile's `[[targets]]`), else it is left as a visible blank with a warning. The
parent's figure is kept in brackets, so no number is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.patterns.abbreviations import expand_abbreviations
from extractors.patterns.dates import find_periods
from extractors.records import Indicator, Record
from pipeline.generate.filters import number_vi
from pipeline.generate.scope import to_commune
from pipeline.profile import Profile, Target

SAME_NAME = 70  # rapidfuzz token_set_ratio of two target names meaning the same target
BLANK = "……"
WORDS = {">=": "đạt", ">": "trên", "<=": "không quá", "<": "dưới", "=": "", "range": "từ"}
_COMMUNE_ROW_RE = re.compile(r"\s*\((?:xã|phường|đặc khu)\s+[^)]+\)\s*$", re.I)
_LEAD_RE = re.compile(r"^\s*(?:[-–+•*]|\(?\d{1,2}[.)]|[a-zđ]\))\s*")


@dataclass(frozen=True)
class TargetLine:
    code: str  # "(3)"
    text: str  # "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%"
    name: str  # the indicator's name, for assigning a unit
    blank: bool = False  # the commune's figure is left for the office to fill
    source: str = ""  # where the commune's figure came from
    sentence: str = ""  # the parent's own sentence the indicator was read from


def _key(name: str) -> str:
    return expand_abbreviations(name).casefold()


def same_target(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(_key(a), _key(b)) >= SAME_NAME


def commune_rows(parent: Record, commune: str) -> list[Indicator]:
    """The parent's per-commune table rows for this commune, names without the "(xã ...)" suffix."""
    own = re.compile(rf"\s*\((?:xã|phường|đặc khu)\s+{re.escape(commune)}\)\s*$", re.I)
    return [i.model_copy(update={"name": own.sub("", i.name)}) for i in parent.indicators if own.search(i.name)]


def _inside_a_date(i: Indicator) -> bool:
    """"không quá 15/02 hằng năm" read as "không quá 2": the figure is part of a date, not a target."""
    spans = [(p.start, p.end) for p in find_periods(i.text, 2000) if p.precision == "day"]
    if not spans or i.target is None:
        return False
    shown = {number_vi(i.target), f"{i.target:g}", f"{int(i.target):02d}" if i.target == int(i.target) else ""}
    outside = [m for m in re.finditer(r"\d+(?:[.,]\d+)*", i.text)
               if m.group() in shown and not any(a <= m.start() < b for a, b in spans)]
    return not outside


def general_targets(parent: Record) -> list[Indicator]:
    """The parent's targets for its whole territory: with a figure to reach, not another commune's row."""
    out, seen = [], set()
    for i in parent.indicators:
        if i.target is None or _COMMUNE_ROW_RE.search(i.name) or _inside_a_date(i):
            continue
        key = (i.name, i.target, i.text)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def is_rate(i: Indicator | Target) -> bool:
    return (i.unit or "").strip() == "%"


def figure(value: float | None, unit: str | None, comparator: str | None = ">=", high: float | None = None) -> str:
    """"đạt 95,5%", "không quá 1,1%", "từ 3 đến 5 lớp", "đạt …… tỷ đồng"."""
    word = WORDS.get(comparator or ">=", "đạt")
    number = BLANK if value is None else number_vi(value)
    if comparator == "range" and high is not None:
        number = f"{number} đến {number_vi(high)}"
    unit = "%" if unit == "%" else f" {unit}" if unit else ""
    return f"{word} {number}{unit}".strip()


def _sentence(i: Indicator) -> str | None:
    """The parent's own sentence for a target written in prose ("- Tỷ lệ … đạt 95,5%;" -> without "- " and ";")."""
    text = " ".join(i.text.split())
    if "|" in text or "\t" in text or len(text) > 400:
        return None  # a table row: composed from its cells instead
    text = _LEAD_RE.sub("", text).rstrip(" ;.,")
    return text or None


def _composed(i: Indicator) -> str:
    return f"{i.name.rstrip(' :')}: {figure(i.target, i.unit, i.comparator, i.target_high)}"


def _office_figure(i: Indicator, rows: list[Indicator], profile: Profile) -> tuple[str | None, str]:
    """(the commune's figure, its source) for an absolute parent target."""
    for row in rows:
        if same_target(row.name, i.name):
            return figure(row.target, row.unit, row.comparator if row.comparator != "range" else ">="), "cấp trên giao"
    for t in profile.targets:
        if t.target is not None and not is_rate(t) and same_target(t.name, i.name):
            return figure(t.target, t.unit, t.comparator), "theo chỉ tiêu của xã"
    return None, ""


def target_lines(parent: Record, profile: Profile, level: str) -> tuple[tuple[TargetLine, ...], list[str]]:
    """(lines, warnings): every parent target in commune scope; `level` names the parent's territory ("tỉnh")."""
    commune = profile.office.commune
    rows = commune_rows(parent, commune)
    lines: list[TargetLine] = []
    warnings: list[str] = []
    done_texts: set[str] = set()
    used_rows: set[str] = set()
    for i in general_targets(parent):
        sentence = _sentence(i)
        if sentence and sentence in done_texts:
            continue  # one sentence, several figures: one line
        own = to_commune(sentence, commune) if sentence else _composed(i)
        if sentence:
            done_texts.add(sentence)
        code = f"({len(lines) + 1})"
        if is_rate(i) or i.unit is None:
            row = next((r for r in rows if is_rate(r) == is_rate(i) and same_target(r.name, i.name)), None)
            if row is not None:  # the parent's table gives this commune its own rate
                used_rows.add(row.name)
                own = f"{own} (chỉ tiêu giao cho xã: {figure(row.target, row.unit, row.comparator)})"
            lines.append(TargetLine(code, own, i.name, source="cấp trên giao" if row else "", sentence=sentence or ""))
            continue
        commune_fig, source = _office_figure(i, rows, profile)
        parent_fig = figure(i.target, i.unit, i.comparator, i.target_high)
        name = i.name.rstrip(" :")
        if commune_fig:
            used_rows.update(r.name for r in rows if same_target(r.name, i.name))
            lines.append(TargetLine(code, f"{name}: {commune_fig} ({source}; chỉ tiêu chung của {level}: "
                                          f"{parent_fig})", name, source=source, sentence=sentence or ""))
        else:
            lines.append(TargetLine(code, f"{name}: {figure(None, i.unit, i.comparator)} (xã xác định cụ thể; "
                                          f"chỉ tiêu chung của {level}: {parent_fig})", name, blank=True,
                                    sentence=sentence or ""))
            warnings.append(f"Chỉ tiêu «{name}» ({parent_fig}) là số tuyệt đối của {level}; chưa có số giao cho "
                            f"xã (bảng chỉ tiêu theo xã hoặc hồ sơ cơ quan): để trống cho văn phòng điền.")
    for row in rows:  # the per-commune table's own rows with no general counterpart
        if row.name not in used_rows:
            lines.append(TargetLine(f"({len(lines) + 1})", f"{row.name}: {figure(row.target, row.unit, '>=')}",
                                    row.name, source="cấp trên giao"))
    return tuple(lines), warnings
