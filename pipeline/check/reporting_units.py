"""Which assigned unit sent which report? Unit names are written many ways.

"Công an xã" = "CÔNG AN XÃ KIẾN MINH"; "Hội LHPN xã" = "Hội Liên hiệp Phụ nữ xã Kiến Minh": the words of
the shorter name all found in the longer (rapidfuzz `token_set_ratio`), each report taken by at most one
unit (optimal assignment). "Thôn 1" is not "Thôn 2": names with different numbers never match.
"""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from extractors.records import Assignment
from pipeline.check.names import name_key

UNIT_ACCEPT = 85.0
_COMMITTEE = "ủy ban nhân dân"
_NUMBER_RE = re.compile(r"\d+")


def unit_similarity(a: str, b: str) -> float:
    ka, kb = name_key(a).text, name_key(b).text
    if set(_NUMBER_RE.findall(ka)) != set(_NUMBER_RE.findall(kb)):
        return 0.0
    # words of one name all in the other count most; the closer whole name breaks ties ("Thôn Hòa" vs "Thôn Hòa Liễu")
    return 0.9 * fuzz.token_set_ratio(ka, kb) + 0.1 * fuzz.token_sort_ratio(ka, kb)


def issuer_similarity(assigned: str, issuer: str, parent: str | None) -> float:
    """Also against "parent + issuer": "BCH ĐOÀN XÃ KIẾN MINH" under "ĐOÀN TNCS HỒ CHÍ MINH" is the Đoàn Thanh niên.

    Not under a People's Committee: "UBND XÃ KIẾN MINH" + "THÔN HÒA LIỄU" holds every word of "Thôn Minh Hòa".
    """
    alone = unit_similarity(assigned, issuer)
    if not parent or name_key(parent).text.startswith(_COMMITTEE):
        return alone
    return max(alone, unit_similarity(assigned, f"{parent} {issuer}"))


def match_units(assigned: list[str], reporting: list[tuple[str, str | None]]) -> dict[str, int]:
    """{assigned unit: index in `reporting` of its (issuer, parent issuer)}, for every unit that reported."""
    if not assigned or not reporting:
        return {}
    scores = np.array([[issuer_similarity(a, issuer, parent) for issuer, parent in reporting] for a in assigned])
    scores[scores < UNIT_ACCEPT] = 0.0  # pairs that cannot match must not sway the others
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return {assigned[i]: int(j) for i, j in zip(rows, cols, strict=True) if scores[i, j] >= UNIT_ACCEPT}


# "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn": a whole category, not a unit that sends one report.
_COLLECTIVE_RE = re.compile(r"^\s*các\s", re.IGNORECASE)
# "Các thôn: Phương Đôi, Đông Tác, Xuân Úc" -> "Thôn Phương Đôi", "Thôn Đông Tác", "Thôn Xuân Úc".
_LISTED_RE = re.compile(r"^\s*các\s+(?P<kind>\w+)\s*:\s*(?P<names>.+)$", re.IGNORECASE)


def unit_names(unit: str) -> list[str]:
    """The units one assignment names: "Các thôn: A, B" -> ["Thôn A", "Thôn B"]; a whole category -> []."""
    listed = _LISTED_RE.match(unit)
    if listed:
        kind = listed.group("kind").capitalize()
        return [f"{kind} {n.strip()}" for n in re.split(r"[,;]", listed.group("names")) if n.strip()]
    return [] if _COLLECTIVE_RE.match(unit) else [unit.strip()]


def assignments_to_units(units: list[str]) -> list[str]:
    """The units expected to report, from the plan's assignments: lists expanded, categories dropped, deduplicated."""
    out: dict[str, str] = {}
    for unit in units:
        for name in unit_names(unit):
            out.setdefault(name_key(name).text, name)
    return list(out.values())


# "Theo dõi, báo cáo chỉ tiêu (1), (2), (3), (10)" (plan table V.3): the chỉ tiêu a unit answers for.
_CODE_RE = re.compile(r"\(\d{1,3}\)")


def units_by_code(assignments: tuple[Assignment, ...]) -> dict[str, list[str]]:
    """{"(7)": ["Trạm Y tế xã", "Thôn Phương Đôi", ...]}: units answering for each chỉ tiêu, the lead first."""
    out: dict[str, list[str]] = {}
    for a in assignments:
        for code in _CODE_RE.findall(a.task):
            out.setdefault(code, []).extend(n for n in unit_names(a.unit) if n not in out.get(code, []))
    return out
