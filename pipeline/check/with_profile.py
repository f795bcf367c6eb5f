"""The office profile (hồ sơ cơ quan) brought into a campaign check, the same way everywhere (CLI, inbox, outbox).

    campaign_with_profile(plan, reports, profile, as_of) -> CampaignCheck

- the units that must report and the chỉ tiêu codes each answers for (lead units first) come from the profile;
- a plan indicator that says neither its comparator nor its direction takes them from the profile's target of the
  same code and name ("Tỷ lệ tăng dân số tự nhiên: 0,7%" in the plan; `comparator = "<="` in the profile).
"""

from __future__ import annotations

import datetime as dt

from rapidfuzz import fuzz

from extractors.records import Indicator, Record
from pipeline.check.campaign import check_campaign
from pipeline.check.models import CampaignCheck
from pipeline.check.names import name_key
from pipeline.profile import Profile
from pipeline.profile.model import Target

SAME_TARGET = 80  # name score (0-100) for a profile target to stand for a plan indicator of the same code


def unit_codes(profile: Profile) -> dict[str, tuple[str, ...]]:
    """{"Trạm Y tế xã": ("(4)", "(7)"), ...}: the profile's assignment of chỉ tiêu to units, in profile order."""
    return {u.name: u.codes for u in profile.units}


def _score(a: str, b: str) -> float:
    """Alike names: the mean of token_set (one name inside the other) and token_sort (the same words overall), so
    that a short name ("Hộ nghèo") is not taken for every longer one that contains it."""
    x, y = name_key(a).text, name_key(b).text
    return (fuzz.token_set_ratio(x, y) + fuzz.token_sort_ratio(x, y)) / 2


def profile_target(ind: Indicator, targets: tuple[Target, ...]) -> Target | None:
    """The profile's target for a plan indicator: same code (when the plan prints one) and names at least 80/100
    alike."""
    same_code = [t for t in targets if ind.code is None or t.code == ind.code]
    scored = [(_score(ind.name, t.name), t) for t in same_code]
    best = max(scored, key=lambda st: st[0], default=None)
    return best[1] if best and best[0] >= SAME_TARGET else None


def plan_with_profile(plan: Record, profile: Profile) -> Record:
    """The plan with what its indicators leave unsaid taken from the profile's target of the same chỉ tiêu: the
    comparator ("Tỷ lệ tăng dân số tự nhiên: 0,9%" -> "<="; direction follows from it) and, for a plan that does
    not number its chỉ tiêu "(n)", the profile's code (so the profile's units answer for it)."""
    if not profile.targets:
        return plan
    indicators = []
    for ind in plan.indicators:
        target = profile_target(ind, profile.targets) if ind.comparator is None or ind.code is None else None
        if target is not None:
            update = {"comparator": ind.comparator or target.comparator, "code": ind.code or target.code}
            ind = ind.model_copy(update=update)
        indicators.append(ind)
    return plan.model_copy(update={"indicators": tuple(indicators)})


def campaign_with_profile(plan: Record, reports: list[Record], profile: Profile | None,
                          as_of: dt.date) -> CampaignCheck:
    """`check_campaign` with the profile's units, their chỉ tiêu codes and its comparators (no profile: the plan's)."""
    if profile is None:
        return check_campaign(plan, reports, as_of)
    units = [u.name for u in profile.units] or None
    return check_campaign(plan_with_profile(plan, profile), reports, as_of, units, unit_codes(profile) or None)
