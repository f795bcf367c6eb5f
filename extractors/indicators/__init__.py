"""Indicators (chỉ tiêu) and figures: every quantity a document states, and the measures with a target or result.

document (the stage: view -> measures) · context (paragraphs with their zone, period, section) · prose (clauses)
· table (table rows and columns) · text_table (tables that reached us as text lines) · mentions (numbers, pairs,
ranges and their units in a clause) · count_nouns (the unit of a count by part of speech) · names (a measure's
name and period) · measures (indicators and figures together).
"""

from extractors.indicators.document import blocks_to_indicators, view_to_measures
from extractors.indicators.measures import Measures

__all__ = ["Measures", "blocks_to_indicators", "view_to_measures"]
