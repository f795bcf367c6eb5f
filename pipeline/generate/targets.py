"""The commune's targets (chỉ tiêu) for its plan: the profile's, updated by the city plan's per-commune table."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from extractors.patterns.abbreviations import expand_abbreviations
from extractors.patterns.units import canonical_unit
from extractors.records import Indicator, Record
from pipeline.generate.filters import number_vi
from pipeline.profile import Profile, Target

GROUP_TITLES = {
    "kinh tế": "Các chỉ tiêu kinh tế",
    "xã hội": "Các chỉ tiêu xã hội",
    "tài nguyên, môi trường": "Các chỉ tiêu về tài nguyên, môi trường",
    "quốc phòng - an ninh": "Các chỉ tiêu về quốc phòng - an ninh",
    "khác": "Các chỉ tiêu khác",
}
PREFIX = {">=": "", "=": "", ">": "trên ", "<=": "", "<": "dưới "}  # seed wording: "Tỷ lệ hộ cận nghèo: 1,1%"
SAME_NAME = 75  # rapidfuzz token_set_ratio above which a city figure replaces the profile's


def _commune_suffix(commune: str) -> re.Pattern:
    # "Thu ngân sách xã (xã Kiến Minh)" -> the city's table row for this commune
    return re.compile(rf"\s*\((?:xã|phường)\s+{re.escape(commune)}\)\s*$", re.IGNORECASE)


def city_targets_for(city_plan: Record, commune: str) -> list[Indicator]:
    """The city plan's figures assigned to this commune, names without the "(xã ...)" suffix."""
    suffix = _commune_suffix(commune)
    return [i.model_copy(update={"name": suffix.sub("", i.name)}) for i in city_plan.indicators if suffix.search(i.name)]


def _key(name: str) -> str:
    return expand_abbreviations(name).casefold()


def _same(target: Target, ind: Indicator) -> bool:
    if canonical_unit(target.unit) != canonical_unit(ind.unit):
        return False
    return fuzz.token_set_ratio(_key(target.name), _key(ind.name)) >= SAME_NAME


def merge_targets(profile: Profile, city_plan: Record) -> tuple[Target, ...]:
    """Profile targets with the city's per-commune figures applied; city rows with no match are appended."""
    targets = list(profile.targets)
    for ind in city_targets_for(city_plan, profile.office.commune):
        at = next((k for k, t in enumerate(targets) if _same(t, ind)), None)
        if at is not None:
            targets[at] = targets[at].model_copy(update={"target": ind.target})
        else:
            targets.append(Target(code=_next_code(targets), name=ind.name, target=ind.target, unit=ind.unit,
                                  comparator=ind.comparator if ind.comparator != "range" else ">="))
    if not targets:  # no profile targets, no commune table: the city's general targets apply
        targets = [Target(code=f"({n})", name=i.name, target=i.target, unit=i.unit,
                          comparator=i.comparator if i.comparator != "range" else ">=")
                   for n, i in enumerate(city_plan.indicators, 1)]
    return tuple(targets)


def _next_code(targets: list[Target]) -> str:
    numbers = [int(m.group()) for t in targets if (m := re.search(r"\d+", t.code))]
    return f"({max(numbers, default=0) + 1})"


def target_phrase(t: Target) -> str:
    """"Tỷ lệ hộ cận nghèo: không quá 1,1%"; a target without a figure is its own wording."""
    if t.target is None:
        return (t.text or t.name).rstrip(".")
    unit = "%" if t.unit == "%" else f" {t.unit}" if t.unit else ""
    return f"{t.name}: {PREFIX.get(t.comparator or '', '')}{number_vi(t.target)}{unit}"


def target_lines(targets: tuple[Target, ...]) -> list[tuple[str, str]]:
    """(group, line) per code in order: "(5). Tỷ lệ hộ nghèo: không quá 0%; Tỷ lệ hộ cận nghèo: không quá 1,1%."."""
    codes: dict[str, list[Target]] = {}
    for t in targets:
        codes.setdefault(t.code, []).append(t)
    return [(ts[0].group, f"{code}. " + "; ".join(target_phrase(t) for t in ts) + ".") for code, ts in codes.items()]
