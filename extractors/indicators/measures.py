"""What a piece of text states: its chỉ tiêu (indicators) and every figure, the chỉ tiêu's among them."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.records import Figure, FigureRole, Indicator


@dataclass(frozen=True)
class Measures:
    """What one piece of text states: its chỉ tiêu, and every figure (those of the chỉ tiêu among them)."""

    indicators: list[Indicator]
    figures: list[Figure]


def indicator_to_figure(ind: Indicator, role: FigureRole) -> Figure:
    return Figure(name=ind.name, value=ind.value, target=ind.target, target_high=ind.target_high, ratio=ind.ratio,
                  unit=ind.unit, role=role, comparator=ind.comparator, period=ind.period, section=ind.section,
                  text=ind.text)
