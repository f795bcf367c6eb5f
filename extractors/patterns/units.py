"""Units of measure (đơn vị tính) as Vietnamese documents write them, and conversion between them.

`canonical_unit("tr.đồng")` -> "triệu đồng"; `convert(1.5, "tỷ đồng", "triệu đồng")` -> 1500.0.
Units of different kinds never convert (`convert(5, "%", "người")` -> None).

Decisions (documented in the README):
- money: đồng < nghìn đồng < triệu đồng < tỷ đồng, factor 1000 each.
- "%" only converts to "%" (a rate is not a count).
- "người" and "lượt người" are compatible at factor 1: unit reports often drop "lượt" from the plan's
  "120/831 lượt người"; a checker that refused the pair would reject most real reports. The same goes
  for "hộ" / "hộ gia đình" and "giấy" / "giấy chứng nhận", and for any "lượt X" / "X" ("262 lượt lao động"
  against "250 lao động"): a count of turns of X is compared with a count of X as "lượt người" with "người".
- mass (kg, tạ, tấn), area (m2, ha, km2), length (m, km) convert by their factors.
"""

from __future__ import annotations

import re
import unicodedata

# Spellings seen in documents -> canonical unit. Keys are lower-case, NFC, single-spaced.
_ALIASES: dict[str, str] = {
    # "833.509/1.703,274 tỷ đồng" (seed plan (1)); "tỉ đồng" is the older spelling
    "tỷ đồng": "tỷ đồng", "tỉ đồng": "tỷ đồng", "tỷ": "tỷ đồng", "tỉ": "tỷ đồng", "tỷ vnđ": "tỷ đồng",
    # "3.964/3.187 triệu đồng" (seed plan (2)); "350 triệu"; tables write "Tr.đ", "trđ", "tr.đồng"
    "triệu đồng": "triệu đồng", "triệu": "triệu đồng", "tr.đ": "triệu đồng", "trđ": "triệu đồng",
    "tr.đồng": "triệu đồng", "tr đồng": "triệu đồng", "triệu vnđ": "triệu đồng", "tr": "triệu đồng",
    # a statistical annex's unit column: "Tỷ.đ", "Tr.USD" (corpus/real so_bacgiang-sct_BC_170-2012)
    "tỷ.đ": "tỷ đồng", "tỷ.đồng": "tỷ đồng", "tr.usd": "triệu usd", "triệu usd": "triệu usd",
    # "hỗ trợ 500 nghìn đồng/người"; "ngàn đồng" is the southern spelling
    "nghìn đồng": "nghìn đồng", "ngàn đồng": "nghìn đồng", "nghìn": "nghìn đồng", "ngàn": "nghìn đồng",
    "1000đ": "nghìn đồng", "1.000đ": "nghìn đồng", "1.000 đồng": "nghìn đồng",
    # "mức phạt 2.500.000 đồng"
    "đồng": "đồng", "vnđ": "đồng", "vnd": "đồng", "đ": "đồng",
    # "Tỷ lệ hộ cận nghèo: 1,1%"
    "%": "%", "phần trăm": "%", "‰": "‰", "phần nghìn": "‰", "tỷ lệ %": "%", "tỷ lệ (%)": "%",
    # "120/831 lượt người"; "Đăng ký khai sinh: 245 người"
    "lượt người": "lượt người", "lượt": "lượt", "người": "người",
    # "126/110 lượt đoàn viên, thanh niên": visits by people are "lượt người" ("lượt lao động" stays its own unit)
    "lượt đoàn viên": "lượt người", "lượt hội viên": "lượt người", "lượt thanh niên": "lượt người",
    "lượt học sinh": "lượt người", "lượt phụ nữ": "lượt người", "lượt nông dân": "lượt người",
    "lượt lao động": "lượt lao động",
    "hộ": "hộ", "hộ gia đình": "hộ gia đình",
    # "Cấp Giấy chứng nhận QSD đất ở lần đầu: 23/45 giấy"
    "giấy": "giấy", "giấy chứng nhận": "giấy chứng nhận", "gcn": "giấy chứng nhận",
    # "phá 05 vụ"; "xảy ra 03 vụ tai nạn giao thông"
    "vụ": "vụ", "vụ việc": "vụ việc",
    # "sản lượng lúa 2.961 tấn"
    "tấn": "tấn", "tạ": "tạ", "kg": "kg",
    # "diện tích gieo cấy 1.250 ha"
    "ha": "ha", "héc ta": "ha", "hecta": "ha", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2",
    "km": "km", "m": "m",
}

# Kind and factor to the kind's base unit.
_FACTORS: dict[str, tuple[str, float]] = {
    "đồng": ("money", 1.0),
    "nghìn đồng": ("money", 1e3),
    "triệu đồng": ("money", 1e6),
    "tỷ đồng": ("money", 1e9),
    "triệu usd": ("money_usd", 1e6),
    "%": ("percent", 1.0),
    "‰": ("permille", 1.0),  # "Tỷ lệ tăng dân số tự nhiên: < 10,6 ‰" (a rate per thousand)
    "người": ("person", 1.0),
    "lượt người": ("person", 1.0),
    "lượt lao động": ("person", 1.0),
    "hộ": ("household", 1.0),
    "hộ gia đình": ("household", 1.0),
    "giấy": ("certificate", 1.0),
    "giấy chứng nhận": ("certificate", 1.0),
    "vụ": ("case", 1.0),
    "vụ việc": ("case", 1.0),
    "kg": ("mass", 1.0),
    "tạ": ("mass", 100.0),
    "tấn": ("mass", 1000.0),
    "m2": ("area", 1.0),
    "ha": ("area", 1e4),
    "km2": ("area", 1e6),
    "m": ("length", 1.0),
    "km": ("length", 1e3),
}

# Money units, largest first, for judging "833.509 tỷ đồng" (a thousand-fold slip is implausible).
MONEY_UNITS = ("tỷ đồng", "triệu đồng", "nghìn đồng", "đồng")

_SPACE_RE = re.compile(r"\s+")
# Brackets and trailing punctuation around a unit cell: "(%)", "Tr.đ;" -> "%", "tr.đ"
_STRIP_RE = re.compile(r"^[\s(\[]+|[\s)\].,;:]+$")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = _SPACE_RE.sub(" ", text).strip()
    return _STRIP_RE.sub("", text)


def canonical_unit(text: str | None) -> str | None:
    """The canonical spelling of a unit: "Tr.đ" -> "triệu đồng", "(%)" -> "%", "Lượt người" -> "lượt người".

    Unknown count nouns are kept as written (lower-cased, NFC, single-spaced): "con" -> "con".
    Empty text -> None.
    """
    if text is None:
        return None
    key = _key(text)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    head, slash, per = key.partition("/")
    if slash and head.strip() and per.strip():  # "triệu/người/năm" -> "triệu đồng/người/năm"
        per = re.sub(r"(?<=\d) (?=(?:kg|g|ml|m|lít)(?!\w))", "", per)  # "bình 12 kg" -> "bình 12kg"
        return f"{canonical_unit(head)}/{'/'.join(p.strip() for p in per.split('/'))}"
    tail = key.rstrip(".")
    return _ALIASES.get(tail, key)


def same_measure_unit(a: str | None, b: str | None) -> bool:
    """Units that name the same measure as written loosely: equal, one a rate of the other, or one the other's head.

    ("triệu đồng/người/năm", "triệu đồng") -> True ("68,5 triệu đồng/người/năm (kế hoạch 65 triệu đồng)");
    ("giấy phép", "giấy") -> True ("36 giấy phép (chỉ tiêu 30 giấy)"); ("%", "người") -> False.
    """
    x, y = canonical_unit(a), canonical_unit(b)
    if x is None or y is None:
        return x == y
    hx, hy = x.split("/")[0], y.split("/")[0]
    return x == y or hx == hy or hx.startswith(hy + " ") or hy.startswith(hx + " ")


def is_price(unit: str | None) -> bool:
    """Money per something: "đồng/kg", "nghìn đồng/người" (a price, a rate of pay or of support)."""
    canon = canonical_unit(unit) or ""
    head, slash, per = canon.partition("/")
    return bool(slash and per) and head in MONEY_UNITS


def unit_kind(unit: str | None) -> str | None:
    """The quantity a unit measures ("money", "percent", "person", ...), None when unknown."""
    canon = canonical_unit(unit)
    return _FACTORS[canon][0] if canon in _FACTORS else None


def _without_turns(unit: str) -> str:
    """"lượt lao động" -> "lao động": the count noun behind "lượt" ("lượt" alone stays)."""
    return unit[len("lượt "):] if unit.startswith("lượt ") else unit


def convert(value: float, from_unit: str | None, to_unit: str | None) -> float | None:
    """`value` in `from_unit` expressed in `to_unit`, or None when the units do not convert.

    convert(1.5, "tỷ đồng", "triệu đồng") -> 1500.0; convert(97, "%", "%") -> 97.0;
    convert(120, "lượt người", "người") -> 120.0; convert(5, "%", "người") -> None.
    Two unknown but identical units convert at factor 1 ("con" -> "con").
    """
    src, dst = canonical_unit(from_unit), canonical_unit(to_unit)
    if src is None or dst is None:
        return float(value) if src == dst else None
    if src == dst or _without_turns(src) == _without_turns(dst):
        return float(value)
    if src not in _FACTORS or dst not in _FACTORS:
        return None
    (src_kind, src_factor), (dst_kind, dst_factor) = _FACTORS[src], _FACTORS[dst]
    if src_kind != dst_kind:
        return None
    return float(value) * src_factor / dst_factor
