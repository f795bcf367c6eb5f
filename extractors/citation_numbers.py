"""Document numbers as printed -> as meant: the slips of PDF text and OCR undone before and after citations are
read, with the document itself as the dictionary."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from extractors.patterns.citing import OCR_CONFUSED


def unglue_numbers(text: str) -> str:
    """Other slashes made "/" and a lost space put back after a number: "Số 79⁄QĐ-UBND" -> "Số 79/QĐ-UBND",
    "số 263/KH-UBNDngày 15/3/2025" -> "số 263/KH-UBND ngày 15/3/2025"."""
    return _GLUED_RE.sub(" ", text.translate(_SLASHES))


# Slashes other than "/" that PDFs and OCR give inside numbers: "Số 79⁄QĐ-UBND" (fraction slash, corpus/real/dev
# tinh_quangngai_QD_47-2025), "∕" (division slash)
_SLASHES = str.maketrans({"\u2044": "/", "\u2215": "/"})
# A number glued to the word after it by a lost space: "số 263/KH-UBNDngày 15/3/2025", "41-CT/TWngày" (PDF text
# and web pages drop the space between runs); a symbol group never ends in lower case "ngày"/"của"/"về"
_GLUED_RE = re.compile(r"(?:(?<=[A-ZĐ\d])|(?<=[A-ZĐ][a-z]))(?=(?:ngày|của|về)\b)")


_GROUP_RE = re.compile(r"[A-ZĐƯƠÂĂÊÔ][A-ZĐƯƠÂĂÊÔa-z&]*")


def usual_groups(texts: list[str]) -> dict[str, str]:
    """The document's usual spelling of each symbol group as OCR or a keyboard without Vietnamese marks may give
    it: "BCDCCHC" -> "BCĐCCHC" where the document numbers itself "46/QĐ-BCĐCCHC", "HDND" -> "HĐND" where the text
    writes "HĐND", "TIg" -> "TTg" where other numbers read "QĐ-TTg" (one character of `OCR_CONFUSED` apart).
    The document is its own dictionary: a spelling it uses as often as the other is never changed, except
    a bar lost ("D" for "Đ")."""
    counts = Counter(g for text in texts for g in _GROUP_RE.findall(text) if len(g) > 2)  # "DA" (dự án) is no "ĐA"
    usual = {}
    for group, n in counts.items():
        for variant in _confusions(group):
            # a bar lost ("Đ" read "D") is the usual slip: the marked spelling wins a tie
            wins = n > counts[variant] or (n == counts[variant] and "Đ" in group and "Đ" not in variant)
            if wins and (variant not in usual or counts[usual[variant]] < n):
                usual[variant] = group
    return usual


def _confusions(group: str) -> Iterator[str]:
    """Spellings one confused character away: "TTg" -> "ITg", "TIg", "lTg" ...; "HĐND" -> "HDND"."""
    for i, ch in enumerate(group):
        for pair in OCR_CONFUSED:
            if ch in pair:
                (other,) = pair - {ch}
                yield group[:i] + other + group[i + 1:]


def as_usual(number: str, usual: dict[str, str]) -> str:
    """ "54/QĐ-BCDCCHC" -> "54/QĐ-BCĐCCHC", "01/2017/QĐ-TIg" -> "01/2017/QĐ-TTg" (see `usual_groups`)."""
    return re.sub(r"[A-ZĐ][A-ZĐa-z&]*", lambda m: usual.get(m.group(), m.group()), number)
