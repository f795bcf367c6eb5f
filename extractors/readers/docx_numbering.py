"""Word automatic numbering, rebuilt from numbering.xml as the reader of the document sees it.

A paragraph with <w:numPr><w:numId w:val="3"/><w:ilvl w:val="1"/></w:numPr> shows a label such as
"2.1." made from its list level's lvlText ("%1.%2.") and the current counters. Counters live per
abstract list (numIds sharing one continue each other), a w:startOverride restarts a numId's level
the first time it is used, and using a level resets the levels below it (w:lvlRestart aside).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from extractors.readers.ooxml import int_val, val, w

BULLET = "•"
_PLACEHOLDER_RE = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"  # decimal, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet, none ...
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # w:isLgl: show every level as decimal


@dataclass
class Numbering:
    """The lists of one document and their running counters."""

    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> Level
    overrides: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    start_overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId -> ilvl -> value
    used_num_ids: set[str] = field(default_factory=set)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counters for one numbered paragraph and return its label ("I.", "2.1.", "a)")."""
        abstract = self.abstract_of.get(num_id)
        if abstract is None or num_id == "0":
            return None
        counters = self.counters.setdefault(abstract, {})
        self._apply_start_override(num_id, abstract, counters)
        level = self.level(num_id, ilvl)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = self.level(num_id, deeper).restart
            if restart is None or (restart and restart - 1 >= ilvl):
                del counters[deeper]
        return self._render(num_id, ilvl, level, counters)

    def level(self, num_id: str, ilvl: int) -> Level:
        if ilvl in self.overrides.get(num_id, {}):
            return self.overrides[num_id][ilvl]
        return self.levels.get(self.abstract_of.get(num_id, ""), {}).get(ilvl, Level())

    def _apply_start_override(self, num_id: str, abstract: str, counters: dict[int, int]) -> None:
        if num_id in self.used_num_ids:
            return
        self.used_num_ids.add(num_id)
        for ilvl, start in self.start_overrides.get(num_id, {}).items():
            counters[ilvl] = start - 1
            for deeper in [k for k in counters if k > ilvl]:
                del counters[deeper]

    def _render(self, num_id: str, ilvl: int, level: Level, counters: dict[int, int]) -> str | None:
        if level.fmt == "none":
            return None
        if level.fmt == "bullet":
            return _bullet(level.text)

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lvl = self.level(num_id, k)
            value = counters.get(k, lvl.start)
            return format_number(value, "decimal" if (level.legal and k != ilvl) else lvl.fmt)

        label = _PLACEHOLDER_RE.sub(number, level.text).strip()
        return label or None


def format_number(value: int, fmt: str) -> str:
    """10 as "decimal" -> "10", "upperRoman" -> "X", "lowerLetter" -> "j", "decimalZero" -> "10"."""
    if fmt in ("upperRoman", "lowerRoman"):
        roman = to_roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = to_letters(value)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def to_roman(value: int) -> str:
    if value <= 0:
        return str(value)
    out = []
    for n, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                   (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, value = divmod(value, n)
        out.append(sym * count)
    return "".join(out)


def to_letters(value: int) -> str:
    """Word's letter numbering: 1 -> a, 26 -> z, 27 -> aa, 28 -> bb."""
    if value <= 0:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _bullet(text: str) -> str:
    text = (text or "").strip()
    if not text or any("\uf000" <= ch <= "\uf0ff" or ch in "\u00b7\u00a7\u00d8\u00fc\u00a8o" for ch in text):
        return BULLET  # Symbol/Wingdings glyphs
    return text


def numbering_from_xml(root: etree._Element | None) -> Numbering:
    """Parse the numbering part (its root <w:numbering>); an absent part gives empty numbering."""
    numbering = Numbering()
    if root is None:
        return numbering
    for abstract in root.iter(w("abstractNum")):
        levels = {int_val(lvl, "ilvl", 0): _level(lvl) for lvl in abstract.iter(w("lvl"))}
        numbering.levels[val(abstract, "abstractNumId") or ""] = levels
    for num in root.iter(w("num")):
        num_id = val(num, "numId") or ""
        numbering.abstract_of[num_id] = val(num.find(w("abstractNumId"))) or ""
        for override in num.iter(w("lvlOverride")):
            ilvl = int_val(override, "ilvl", 0)
            start = int_val(override.find(w("startOverride")))
            if start is not None:
                numbering.start_overrides.setdefault(num_id, {})[ilvl] = start
            if (lvl := override.find(w("lvl"))) is not None:
                numbering.overrides.setdefault(num_id, {})[ilvl] = _level(lvl)
    return numbering


def _level(lvl: etree._Element) -> Level:
    restart = int_val(lvl.find(w("lvlRestart")))
    legal = lvl.find(w("isLgl")) is not None and (val(lvl.find(w("isLgl"))) or "1") not in ("0", "false")
    return Level(start=int_val(lvl.find(w("start")), default=1) or 0,
                 fmt=val(lvl.find(w("numFmt"))) or "decimal",
                 text=val(lvl.find(w("lvlText"))) or "",
                 restart=restart, legal=legal)
