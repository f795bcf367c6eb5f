"""Score extracted records against the corpus gold: precision / recall / F1 per field.

Items are matched one to one (greedy, best name similarity first); counts are summed over documents (micro
average). Matching rules, in the words of corpus/README.md:
- indicator: same value and target (within rounding), same unit (normalised), and the same measure: same code,
  or rapidfuzz token_set_ratio of the normalised names >= NAME_THRESHOLD (the candidate's text counts too);
- deadline: same due date and precision; citation: same kind and number (or date when the gold has no number);
- assignment: similar unit name and same due date; section: same label and a similar title;
- metadata: equal after normalisation (title and recipients: fuzzy; issuing bodies with their abbreviations
  spelled out, and a citation's issuer also when one name is the other plus a place: "UBND xã" ~ "UBND xã Kiến
  Minh"). Old and new tone placement ("hoá"/"hóa") compare equal everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

NAME_THRESHOLD = 70
TITLE_THRESHOLD = 90
SECTION_THRESHOLD = 85
UNIT_NAME_THRESHOLD = 80
METADATA = ("kind", "number", "issued_on", "place", "issuer", "parent_issuer", "title", "signer.name",
            "signer.position", "signer.authority")
ATTRIBUTES = {"indicators": ("code", "comparator", "period", "direction", "ratio", "section"),
              "citations": ("relation", "date", "issuer"), "deadlines": ("responsible",),
              "assignments": ("role",)}
UNIT_ALIASES = {"triệu": "triệu đồng", "tr.đ": "triệu đồng", "trđ": "triệu đồng", "tỷ": "tỷ đồng",
                "tỉ đồng": "tỷ đồng", "tỉ": "tỷ đồng", "phần trăm": "%"}


# Old and new tone placement ("hoá"/"hóa", "uỷ"/"ủy") are the same word; compared in the new style.
OLD_TONE_PAIRS = {f"{v}{t}": f"{tv}{w}" for v, w, marks in (("o", "a", "àáảãạ"), ("o", "e", "èéẻẽẹ"), ("u", "y", "ỳýỷỹỵ"))
                  for t, tv in zip(marks, ("òóỏõọ" if v == "o" else "ùúủũụ"), strict=True)}
BODY_ABBREVIATIONS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "tp": "thành phố",
                      "mttq": "mặt trận tổ quốc", "bch": "ban chấp hành"}


def norm(text: Any) -> str:
    """NFC, lower case, new-style tone marks, punctuation to spaces, single spaces: for names and titles."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text)).lower()
    for old, new in OLD_TONE_PAIRS.items():
        s = s.replace(old, new)
    s = re.sub(r"[^\w%/\-]+", " ", s)
    return " ".join(s.split())


def norm_body(name: Any) -> str:
    """An issuing body's name with its usual abbreviations spelled out ("UBND xã" = "Ủy ban nhân dân xã")."""
    return " ".join(BODY_ABBREVIATIONS.get(w, w) for w in norm(name).split())


def same_body(a: Any, b: Any) -> bool:
    """Same body, spelled out or abbreviated, with or without the place ("UBND xã" ~ "UBND xã Kiến Minh")."""
    x, y = norm_body(a), norm_body(b)
    return x == y or bool(x and y) and (x.startswith(y) or y.startswith(x))


def norm_unit(unit: str | None) -> str:
    u = norm(unit)
    return UNIT_ALIASES.get(u, u)


def norm_number(number: str | None) -> str:
    """"232/KH - UBND" -> "232/KH-UBND"."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", number or "")).removeprefix("Số:").upper()


def same_float(a: float | None, b: float | None) -> bool:
    """Both absent, or equal within rounding (0.05 absolute or 0.5 %)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(0.05, 0.005 * abs(b))


def same_indicator(g: dict, c: dict) -> bool:
    if not (same_float(g.get("value"), c.get("value")) and same_float(g.get("target"), c.get("target"))):
        return False
    if norm_unit(g.get("unit")) != norm_unit(c.get("unit")):
        return False
    if g.get("code") and g.get("code") == c.get("code"):
        return True
    gname = norm(g.get("name"))
    return max(fuzz.token_set_ratio(gname, norm(c.get("name"))),
               fuzz.partial_ratio(gname, norm(c.get("text")))) >= NAME_THRESHOLD


def same_deadline(g: dict, c: dict) -> bool:
    return str(g.get("due")) == str(c.get("due")) and g.get("precision") == c.get("precision")


def same_citation(g: dict, c: dict) -> bool:
    if norm(g.get("kind")) != norm(c.get("kind")):
        return False
    if g.get("number"):
        return norm_number(g["number"]) == norm_number(c.get("number"))
    return not c.get("number") and str(g.get("date")) == str(c.get("date"))


def same_assignment(g: dict, c: dict) -> bool:
    return (str(g.get("due")) == str(c.get("due"))
            and fuzz.token_set_ratio(norm(g.get("unit")), norm(c.get("unit"))) >= UNIT_NAME_THRESHOLD)


def same_section(g: dict, c: dict) -> bool:
    return (norm(g.get("label")) == norm(c.get("label"))
            and fuzz.token_set_ratio(norm(g.get("title")), norm(c.get("title"))) >= SECTION_THRESHOLD)


def same_recipient(g: str, c: str) -> bool:
    return fuzz.ratio(norm(g), norm(c)) >= TITLE_THRESHOLD


MATCHERS: dict[str, Callable[[Any, Any], bool]] = {
    "sections": same_section, "indicators": same_indicator, "deadlines": same_deadline,
    "citations": same_citation, "assignments": same_assignment, "recipients": same_recipient,
    "addressees": same_recipient,
}


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f1, 4)}


@dataclass
class Agreement:
    agree: int = 0
    total: int = 0

    def as_dict(self) -> dict:
        return {"agree": self.agree, "total": self.total,
                "accuracy": round(self.agree / self.total, 4) if self.total else 0.0}


def match_items(gold: list, cand: list, same: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    """One-to-one pairs: each gold item takes the first still-free candidate it matches."""
    free = list(range(len(cand)))
    pairs = []
    for g in gold:
        for k in free:
            if same(g, cand[k]):
                pairs.append((g, cand[k]))
                free.remove(k)
                break
    return pairs


def flatten_sections(sections: Iterable[dict]) -> list[dict]:
    out = []
    for s in sections:
        out.append(s)
        out.extend(flatten_sections(s.get("children") or ()))
    return out


def _get(record: dict, path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        value = (value or {}).get(key)
    return value


def _annotated(gold: dict, path: str) -> bool:
    """The gold holds this key ("signer.name": "signer" holds "name"), null or not."""
    value: Any = gold
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    return True


def same_metadata(name: str, g: Any, c: Any) -> bool:
    if name == "title":
        return fuzz.ratio(norm(g), norm(c)) >= TITLE_THRESHOLD
    if name == "number":
        return norm_number(g) == norm_number(c)
    if name in ("issuer", "parent_issuer"):
        return norm_body(g) == norm_body(c)
    return norm(g) == norm(c)


def _agree(attr: str, g: dict, c: dict) -> bool:
    a, b = g.get(attr), c.get(attr)
    if attr == "issuer":
        return (a is None and b is None) or same_body(a, b)
    if isinstance(a, float | int) or isinstance(b, float | int):
        return same_float(a, b)
    return norm(a) == norm(b)


@dataclass
class Scorer:
    """Accumulates counts over documents; `report()` gives precision / recall / F1 per field.

    With `annotated_only` (the real corpus), a key absent from a gold file was not annotated and is not scored
    for that file; an empty list or a null still is. The synthetic corpus scores every field of every file."""

    fields: dict[str, Count] = field(default_factory=dict)
    attributes: dict[str, Agreement] = field(default_factory=dict)
    documents: int = 0
    annotated_only: bool = False

    def count(self, name: str) -> Count:
        return self.fields.setdefault(name, Count())

    def add(self, gold: dict, cand: dict | None) -> None:
        cand = cand or {}
        self.documents += 1
        for name in METADATA:
            if self.annotated_only and not _annotated(gold, name):
                continue
            g, c = _get(gold, name), _get(cand, name)
            hit = g is not None and c is not None and same_metadata(name, g, c)
            self.count(name).add(int(hit), int(c is not None and not hit), int(g is not None and not hit))
        for name, same in MATCHERS.items():
            if self.annotated_only and name not in gold:
                continue
            g_items, c_items = list(gold.get(name) or ()), list(cand.get(name) or ())
            if name == "sections":
                g_items, c_items = flatten_sections(g_items), flatten_sections(c_items)
            pairs = match_items(g_items, c_items, same)
            self.count(name).add(len(pairs), len(c_items) - len(pairs), len(g_items) - len(pairs))
            for attr in ATTRIBUTES.get(name, ()):
                agreement = self.attributes.setdefault(f"{name}.{attr}", Agreement())
                for g, c in pairs:
                    agreement.total += 1
                    agreement.agree += _agree(attr, g, c)

    def report(self) -> dict:
        return {"documents": self.documents, "fields": {k: v.as_dict() for k, v in self.fields.items()},
                "attributes": {k: v.as_dict() for k, v in self.attributes.items()}}


def record_to_dict(record: Any) -> dict:
    """A pydantic Record (or a dict) as plain JSON-like data, dates as ISO strings."""
    if hasattr(record, "model_dump"):
        return record.model_dump(mode="json")
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in dict(record).items()}
