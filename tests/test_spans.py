"""The sentence or clause around a position, clipped for pages without punctuation."""

import re

from extractors.spans import WINDOW, Pieces, inside

TEXT = "Một câu. Hai câu; có vế. Ba"


def test_the_piece_around_a_position_lies_between_its_separators():
    sentences = Pieces(TEXT, re.compile(r"\.\s"))
    start, end = sentences.around(TEXT.index("vế"))
    assert TEXT[start:end] == "Hai câu; có vế"
    assert TEXT[slice(*sentences.around(0))] == "Một câu"
    assert TEXT[slice(*sentences.around(len(TEXT) - 1))] == "Ba"


def test_a_piece_without_separators_is_clipped_around_the_position():
    text = "a" * (5 * WINDOW)
    start, end = Pieces(text, re.compile(";")).around(2 * WINDOW)
    assert (start, end) == (WINDOW, 3 * WINDOW)


def test_a_position_inside_sorted_spans_is_found():
    spans = [(0, 5), (10, 20)]
    assert inside(spans, 0) and inside(spans, 19) and not inside(spans, 5) and not inside(spans, 25)
