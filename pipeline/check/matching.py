"""Match each reported indicator to the plan indicator it reports on, though the wording differs.

Scores (0..100) combine fuzzy similarity of normalised names (rapidfuzz, on syllables and on
underthesea words), a cited plan code "(7)" and unit compatibility. Pairs are chosen by an
optimal assignment (`scipy.optimize.linear_sum_assignment`, best total score), so each reported
indicator takes at most one plan indicator and the other way round. Doubtful pairs are flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from scipy.optimize import linear_sum_assignment

from extractors.patterns.abbreviations import ABBREVIATION_RE
from extractors.patterns.units import canonical_unit as _canonical_unit
from extractors.patterns.units import convert, unit_kind
from extractors.records import Indicator
from pipeline.check.models import Match
from pipeline.check.names import NameKey, name_key

ACCEPT = 60.0  # below: no match
SURE = 80.0  # below (and above ACCEPT): a match, but doubtful
CLOSE = 5.0  # a free runner-up this close to the best makes the match doubtful
CODE_BONUS = 10.0
PERIOD_PENALTY = 15.0  # a different period: "6 tháng đầu năm" is not "năm 2025"
UNIT_PENALTY = 20.0
MAX_CACHED_NAMES = 10_000


_CA_RE = re.compile(r"^cả ")
canonical_unit = lru_cache(maxsize=1024)(_canonical_unit)


@dataclass(frozen=True)
class PlanIndex:
    """A plan's indicators with their name keys computed once (reused for every report), and the name
    scores of every reported name seen so far against them (reports repeat their wording)."""

    indicators: tuple[Indicator, ...]
    keys: tuple[NameKey, ...]
    rows: dict[NameKey, np.ndarray] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def name_scores(self, rep_keys: list[NameKey]) -> np.ndarray:
        """One row of name scores per reported name, computed once per distinct name."""
        found = {k: self.rows.get(k) for k in dict.fromkeys(rep_keys)}  # safe if another thread clears the cache
        new = [k for k, row in found.items() if row is None]
        if new:
            found.update(zip(new, name_similarity_matrix(new, self.keys), strict=True))
            if len(self.rows) + len(new) > MAX_CACHED_NAMES:  # a long-running watcher must not grow without end
                self.rows.clear()
            self.rows.update((k, found[k]) for k in new)
        return np.array([found[k] for k in rep_keys])


def plan_to_index(indicators: tuple[Indicator, ...]) -> PlanIndex:
    return PlanIndex(indicators, tuple(name_key(i.name) for i in indicators))


SCORERS = (fuzz.token_set_ratio, fuzz.token_set_ratio, fuzz.token_sort_ratio, fuzz.WRatio)


def name_similarity_matrix(rep_keys: list[NameKey], plan_keys: tuple[NameKey, ...]) -> np.ndarray:
    """Mean of four views of similarity: word sets, syllable sets, sorted syllables, weighted ratio (0..100)."""
    views = (
        ([k.words for k in rep_keys], [k.words for k in plan_keys]),
        ([k.text for k in rep_keys], [k.text for k in plan_keys]),
        ([k.text for k in rep_keys], [k.text for k in plan_keys]),
        ([k.text for k in rep_keys], [k.text for k in plan_keys]),
    )
    total = sum(
        process.cdist(a, b, scorer=scorer, dtype=np.float64) for scorer, (a, b) in zip(SCORERS, views, strict=True)
    )
    scores = total / len(SCORERS)
    for r, rk in enumerate(rep_keys):
        for p, pk in enumerate(plan_keys):
            if not rk.text or not pk.text:
                scores[r, p] = 0.0
            elif rk.text == pk.text:
                scores[r, p] = 100.0
    return scores


def units_compatible(rep: Indicator, plan: Indicator) -> bool:
    """Unknown units, and units of a kind `units.py` does not know, get the benefit of the doubt.

    A count "x/y" (or "đạt z%") answers a rate: "16/16 công dân" against "Hoàn thành 100% chỉ tiêu tuyển quân".
    """
    if canonical_unit(rep.unit) is None or canonical_unit(plan.unit) is None:
        return True
    if canonical_unit(plan.unit) == "%" and (rep.target or rep.ratio is not None):
        return True
    if canonical_unit(plan.unit) == "%" and canonical_unit(rep.unit) != "%":
        return False  # "1.146 thẻ" does not answer "Tỷ lệ ... đạt 100%" (no "x/y", no "đạt z%")
    return _converts(rep.unit, plan.unit)


@lru_cache(maxsize=1024)
def _converts(src: str | None, dst: str | None) -> bool:
    """Units clash only when both are of known, different kinds ("%" vs "tỷ đồng"); "lượt" vs "lượt người" may not."""
    if unit_kind(src) is None or unit_kind(dst) is None:
        return True
    return convert(1.0, src, dst) is not None


@lru_cache(maxsize=1024)
def same_period(a: str | None, b: str | None) -> bool:
    """Unknown periods agree with anything; "cả năm 2025" is "năm 2025"."""
    if not a or not b:
        return True
    return _CA_RE.sub("", name_key(a).text) == _CA_RE.sub("", name_key(b).text)


def _same_code(a: str | None, b: str | None) -> bool:
    strip = lambda c: (c or "").strip("().: ")  # noqa: E731
    return bool(strip(a)) and strip(a) == strip(b)


def adjusted(score: float, rep: Indicator, plan: Indicator) -> float:
    """The name score moved by a shared plan code, a different period, clashing units."""
    if _same_code(rep.code, plan.code) and score >= 50:
        score = min(100.0, score + CODE_BONUS)
    if not same_period(rep.period, plan.period):
        score = max(0.0, score - PERIOD_PENALTY)
    if not units_compatible(rep, plan):
        score = max(0.0, min(score - UNIT_PENALTY, SURE - 0.1))  # never sure of a pair whose units clash
    return score


def explain(rep: Indicator, rep_key: NameKey, plan: Indicator, plan_key: NameKey, name_score: float) -> str:
    """Why a pair was taken, in Vietnamese."""
    reasons = ["trùng tên sau chuẩn hóa" if rep_key.text == plan_key.text else f"tên gần giống ({name_score:.0f}/100)"]
    abbreviations = sorted({m.group(1) for m in ABBREVIATION_RE.finditer(rep.name + " " + plan.name)})
    if abbreviations:
        reasons.append("từ viết tắt " + ", ".join(abbreviations))
    if _same_code(rep.code, plan.code):
        reasons.append(f"cùng mã chỉ tiêu {plan.code}")
    if not same_period(rep.period, plan.period):
        reasons.append(f"khác kỳ ({rep.period} / {plan.period})")
    if not units_compatible(rep, plan):
        reasons.append(f"đơn vị không tương thích ({rep.unit} / {plan.unit})")
    return "; ".join(reasons)


def score_matrix(reported: tuple[Indicator, ...], plan: PlanIndex) -> tuple[np.ndarray, np.ndarray]:
    """(adjusted scores, name scores), one row per reported indicator, one column per plan indicator."""
    names = plan.name_scores([name_key(r.name) for r in reported])
    scores = names.copy()
    for r, rep in enumerate(reported):
        for p, ind in enumerate(plan.indicators):
            scores[r, p] = adjusted(names[r, p], rep, ind)
    return scores, names


def match_indicators(reported: tuple[Indicator, ...], plan: PlanIndex) -> dict[int, tuple[int, Match]]:
    """{reported index: (plan index, Match)} for every reported indicator that matches one."""
    if not reported or not plan.indicators:
        return {}
    scores, names = score_matrix(reported, plan)
    scores[scores < ACCEPT] = 0.0  # a pair that cannot match must not sway the assignment of the others
    rows, cols = linear_sum_assignment(scores, maximize=True)
    taken = {int(c): float(scores[r, c]) for r, c in zip(rows, cols, strict=True)}
    result: dict[int, tuple[int, Match]] = {}
    for r, p in zip(rows, cols, strict=True):
        r, p = int(r), int(p)
        if scores[r, p] < ACCEPT:
            continue
        doubt = _doubt(scores, r, p, taken, plan)
        why = explain(reported[r], name_key(reported[r].name), plan.indicators[p], plan.keys[p], names[r, p])
        reason = why + (f"; {doubt}" if doubt else "")
        result[r] = (p, Match(
            plan_code=plan.indicators[p].code,
            plan_name=plan.indicators[p].name,
            reported_name=reported[r].name,
            score=round(float(scores[r, p]), 1),
            reason=reason,
            doubtful=bool(doubt),
        ))
    return result


def _doubt(scores: np.ndarray, r: int, p: int, taken: dict[int, float], plan: PlanIndex) -> str | None:
    """Why the pair (r, p) is doubtful, or None: a grey-zone score, or a close free runner-up."""
    best = float(scores[r, p])
    if best < SURE:
        return "độ tin cậy thấp, cần kiểm tra"
    if best >= 99.5:
        return None
    for q, other in enumerate(scores[r]):
        if q == p or best - other >= CLOSE:
            continue
        if taken.get(q, -1.0) > other:  # that plan indicator went to a better reported one
            continue
        return f"gần giống cả chỉ tiêu «{plan.indicators[q].name}» của kế hoạch, cần kiểm tra"
    return None
