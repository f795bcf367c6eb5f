"""Judge one plan indicator against the figure a report gives for it: completion and verdict.

Direction matters ("Tỷ lệ hộ nghèo" must go down, coverage up), and so does the comparator
("tối thiểu 98%" is ">= 98"; "range" is within [target, target_high]). A plan target of 0 with
a decreasing direction ("Tỷ lệ hộ nghèo: 0") is met by 0 and missed by anything above.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from extractors.patterns.indicators import direction_of
from extractors.patterns.outcomes import outcome_of, own_verdict
from extractors.patterns.units import canonical_unit, convert
from extractors.records import Indicator
from pipeline.check.models import Assessment, Match, Verdict
from pipeline.vi_format import number_vi


@dataclass(frozen=True)
class Figure:
    """A reported figure expressed in the plan's unit, or why it could not be."""

    value: float | None
    note: str | None = None


def plan_target(plan: Indicator) -> float | None:
    """The plan's figure to reach: its target, or its only figure when the extractor kept it as a value."""
    return plan.target if plan.target is not None else plan.value


def plan_direction(plan: Indicator) -> str | None:
    """The plan's direction, else the one its wording implies ("Tỷ lệ hộ nghèo" -> decrease)."""
    return plan.direction or _direction_of(plan.name, plan.comparator)


@lru_cache(maxsize=1024)
def _direction_of(name: str, comparator: str | None) -> str | None:
    return direction_of(name, comparator=comparator)


def reported_in_plan_unit(rep: Indicator, plan: Indicator, direction: str | None) -> Figure:
    """The reported value in the plan's unit ("tỷ đồng" <- "triệu đồng"; % <- "x/y"), or why not."""
    rep_unit, plan_unit = canonical_unit(rep.unit), canonical_unit(plan.unit)
    if any(x is not None and not math.isfinite(x) for x in (rep.value, rep.target, rep.ratio)):
        return Figure(None, "số liệu báo cáo không hợp lệ")
    if plan_unit == "%" and rep_unit != "%" and (rep_unit is not None or rep.value is None or _own_quota(rep, plan)):
        return count_as_rate(rep, direction)
    if rep.value is None:
        return Figure(None, "báo cáo không nêu số liệu")
    if rep_unit is None or plan_unit is None:
        return Figure(rep.value)
    converted = convert(rep.value, rep.unit, plan.unit)
    if converted is None:
        return Figure(None, f"đơn vị không quy đổi được ({rep.unit} so với {plan.unit})")
    if plan_unit != "%" and rep.target is not None and not _same_target(rep, plan):
        return Figure(None, f"số liệu riêng của đơn vị ({number_vi(rep.value)}/{number_vi(rep.target)} {rep.unit}), "
                            f"không so được với chỉ tiêu chung {number_vi(plan_target(plan))} {plan.unit}")
    return Figure(converted, None if rep_unit == plan_unit else f"đã quy đổi từ {rep.unit} sang {plan.unit}")


def count_as_rate(rep: Indicator, direction: str | None) -> Figure:
    """A count against a rate: "16/16 công dân" (or "đạt 100%") answers "Hoàn thành 100% chỉ tiêu tuyển quân".

    Not for a rate that must go down: "3/3 hộ thoát cận nghèo" says nothing of "Tỷ lệ hộ cận nghèo <= 1,1%".
    """
    if direction == "decrease":
        return Figure(None, f"báo cáo nêu số lượng ({rep.unit or 'không rõ đơn vị'}), kế hoạch tính tỷ lệ cần giảm")
    if rep.value is not None and rep.target:
        return Figure(rep.value / rep.target * 100, f"quy đổi {number_vi(rep.value)}/{number_vi(rep.target)} thành %")
    if rep.ratio is not None:
        return Figure(rep.ratio, "lấy tỷ lệ % báo cáo nêu")
    return Figure(None, f"đơn vị không quy đổi được ({rep.unit} so với %)")


def _same_target(rep: Indicator, plan: Indicator) -> bool:
    own = rep.target if canonical_unit(rep.unit) is None else convert(rep.target, rep.unit, plan.unit)
    planned = plan_target(plan)
    return own is not None and planned is not None and math.isclose(own, planned, rel_tol=1e-6)


def _own_quota(rep: Indicator, plan: Indicator) -> bool:
    """A figure without a unit whose "x/y" is not the plan's target is a count out of the unit's own quota:
    "4/4" against "Hoàn thành 100% chỉ tiêu tuyển nghĩa vụ CAND"; "96,3/95" against 95% is a rate."""
    return rep.target is not None and not _same_target(rep, plan)


def completion(value: float, target: float, lower_is_better: bool) -> float | None:
    """% of target reached; for lower-is-better indicators, target / value (0 against 0 is 100%)."""
    if lower_is_better:
        if value == 0:
            return 100.0 if target == 0 else None
        return round(target / value * 100, 1)
    return round(value / target * 100, 1) if target else None


def verdict(value: float, target: float, plan: Indicator, direction: str | None) -> Verdict:
    """vượt / đạt / chưa đạt for a comparable figure."""
    cmp = plan.comparator
    if cmp == "range":
        high = plan.target_high if plan.target_high is not None else target
        return "đạt" if target - _tol(target) <= value <= high + _tol(high) else "chưa đạt"
    if math.isclose(value, target, rel_tol=1e-6, abs_tol=1e-9):
        return "chưa đạt" if cmp in ("<", ">") else "đạt"
    if cmp == "=" and direction is None:
        return "chưa đạt"
    lower_is_better = _lower_is_better(cmp, direction)
    better = value < target if lower_is_better else value > target
    return "vượt" if better else "chưa đạt"


def _lower_is_better(cmp: str | None, direction: str | None) -> bool:
    return cmp in ("<", "<=") or (cmp not in (">", ">=") and direction == "decrease")


def _tol(x: float) -> float:
    return abs(x) * 1e-6 + 1e-9


def assess(
    plan: Indicator,
    rep: Indicator | None,
    match: Match | None = None,
    source: str | None = None,
    unit_name: str | None = None,
) -> Assessment:
    """One plan indicator judged against one reported indicator (None: not reported)."""
    direction = plan_direction(plan)
    base = dict(
        plan_code=plan.code, name=plan.name, unit=plan.unit, target=plan_target(plan),
        target_high=plan.target_high, comparator=plan.comparator, direction=direction,
        match=match, source=source, unit_name=unit_name,
    )
    if rep is None:
        return Assessment(**base, verdict="không báo cáo", note="đơn vị không báo cáo chỉ tiêu này")
    figure = reported_in_plan_unit(rep, plan, direction)
    target = base["target"]
    base.update(reported_value=figure.value, reported_text=rep.text or rep.name)
    why_not = _not_comparable(figure, target, plan, direction)
    if why_not:
        verdict_, note = _from_words(plan, rep, figure, why_not)
        return Assessment(**base, verdict=verdict_, note=note)
    return Assessment(
        **base,
        completion=completion(figure.value, target, _lower_is_better(plan.comparator, direction)),
        verdict=verdict(figure.value, target, plan, direction),
        note=figure.note,
    )


def _from_words(plan: Indicator, rep: Indicator, figure: Figure, why_not: str) -> tuple[Verdict, str]:
    """A row the figures cannot settle, settled by the words when they say: a target without a figure by what the
    report says was done; a figure the plan gives no direction for by the report's own "Đạt"/"Chưa đạt"."""
    if plan_target(plan) is None and (figure.value is None or plan.unit is None):
        judged = _qualitative(plan, rep)
        if judged is not None:
            return judged
    said = own_verdict(rep.text or "") if figure.value is not None and plan_target(plan) is not None else None
    if said is not None:
        return said, f"theo đánh giá của chính báo cáo («{said}»); {why_not}"
    return "không so sánh được", why_not


def _qualitative(plan: Indicator, rep: Indicator) -> tuple[Verdict, str] | None:
    """A target without a figure ("Hoàn thành dự án ...", "Không để xảy ra ...") judged from the report's words."""
    outcome = outcome_of(rep.text or rep.name, plan.text or plan.name)
    if outcome == "done":
        return "đạt", "chỉ tiêu định tính, đánh giá theo nội dung báo cáo"
    if outcome == "not_done":
        return "chưa đạt", "chỉ tiêu định tính, đánh giá theo nội dung báo cáo"
    return None


def _not_comparable(figure: Figure, target: float | None, plan: Indicator, direction: str | None) -> str | None:
    if figure.value is None:
        return figure.note
    if target is None:
        return "kế hoạch không nêu chỉ tiêu bằng số"
    if direction is None and plan.comparator is None:
        return "kế hoạch không nói rõ cao hay thấp là đạt"
    return None
