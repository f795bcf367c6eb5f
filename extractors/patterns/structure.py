"""Section labels: how Vietnamese documents number their parts, sections, clauses and points.

`parse_label("2.1. Các chỉ tiêu kinh tế:")` -> Label(kind="dotted2", label="2.1.", rest="Các chỉ tiêu kinh tế:").
Kinds, in the usual order from the top of the tree down (the real order is taken from each document):
  part "Phần I", chapter "Chương II", section "Mục 1", article "Điều 1.", roman "I.", arabic "1."
  (= dotted1), dotted2 "2.1.", dotted3 "2.1.1.", paren "(1)." / "(4)", letter "a)", dash "-" / "+" / "•".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Phần I. NHỮNG VẤN ĐỀ CHUNG", "Chương II", "Mục 1. QUY ĐỊNH CHUNG" (Decree 30: own line, bold, centred)
NAMED_RE = re.compile(
    r"^(?P<word>Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?P<num>[IVXLC]+|\d{1,2})\b\.?\s*(?:[:.\-–]\s*)?(?P<rest>.*)$",
    re.S,
)
# "Điều 1. Phê duyệt Kế hoạch ..." (quyết định)
# (OCR may drop the space: "Điều1. Tặng Giấy khen ...", and a dash may follow: "Điều2. — Mỗi tập thể ...")
ARTICLE_RE = re.compile(r"^(?P<word>Điều|ĐIỀU)\s*(?P<num>\d{1,3})\s*[.:]\s*[-–—]?\s*(?P<rest>.*)$", re.S)
# "I. MỤC ĐÍCH, YÊU CẦU", "V. TỔ CHỨC THỰC HIỆN" (seed plan); the numeral must be a valid Roman number
# (not "V/V BAN HÀNH ...": "V/v" is "Về việc", a trích yếu printed in capitals: corpus/real/dev/pages tinh_quangbinh_QD_3104-2016)
ROMAN_RE = re.compile(r"^(?!V/V\s)(?P<num>[IVX]{1,5})\s*[.)/]\s*(?P<rest>.*)$", re.S)
_VALID_ROMAN_RE = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# "1. Mục đích", "2.1. Các chỉ tiêu kinh tế:", "2.4.1 Quốc phòng" (the last dot is sometimes left out
# after a dotted label, never after a single number, so "2025 là 350 triệu" is not a label)
ARABIC_RE = re.compile(r"^(?P<num>\d{1,2}(?:\s?\.\s?\d{1,2}){0,3})(?P<dot>\.|\))?\s+(?P<rest>\S.*)$", re.S)
# "(1). Tổng giá trị sản xuất: ...", "(8) Tỷ lệ gia đình ..." (indicator codes in the seed plan)
PAREN_RE = re.compile(r"^\((?P<num>\d{1,3})\)\s*\.?\s*(?P<rest>.*)$", re.S)
# "a) Đẩy mạnh Đợt thi đua ...", "b) Tập trung ..."; "đ)" follows "d)" in the Vietnamese alphabet
LETTER_RE = re.compile(r"^(?P<num>[a-zđ])\s?\)\s*(?P<rest>.*)$", re.S)
# "- Nghị quyết số 57-NQ/TW ...", "+ Tổ chức ...", "• ..."
# (a dash before a digit is a wrapped range "2025 - 2030", not an item)
DASH_RE = re.compile(r"^(?P<num>[-–—+•*])\s*(?P<rest>[^\d\s].*)$", re.S)

# Kinds that are headings: the section tree and a block's section path are built from these. Letters "a)",
# paren codes "(4)." and dashes are list items inside a section (they nest, but are not sections).
PATH_KINDS = ("part", "chapter", "section", "article", "roman", "dotted1", "dotted2", "dotted3", "dotted4")


@dataclass(frozen=True)
class Label:
    kind: str
    label: str  # as normalised for output: "I.", "2.1.", "(4).", "a)", "-", "Phần I", "Điều 1."
    rest: str  # the text after the label
    number: str = ""  # "2.1", "4", "a", "I"


def _named(text: str) -> Label | None:
    if m := NAMED_RE.match(text):
        kind = {"phần": "part", "chương": "chapter", "mục": "section"}[m["word"].lower()]
        return Label(kind, f"{m['word'].capitalize()} {m['num']}", m["rest"].strip(), m["num"])
    if m := ARTICLE_RE.match(text):
        return Label("article", f"Điều {m['num']}.", m["rest"].strip(), m["num"])
    return None


def _numbered(text: str) -> Label | None:
    if (m := ROMAN_RE.match(text)) and _VALID_ROMAN_RE.match(m["num"]) and m["rest"][:1].isupper():
        return Label("roman", f"{m['num']}.", m["rest"].strip(), m["num"])
    if m := ARABIC_RE.match(text):
        parts = re.split(r"\s?\.\s?", m["num"])
        if len(parts) == 1 and not m["dot"]:
            return None  # "2025 là 350 triệu": a number, not a label
        if not m["rest"][:1].isupper() and not m["rest"][:1] in "(\"“":
            return None  # "1. tỷ lệ" is rare; "3. 500 người" is a figure
        return Label(f"dotted{len(parts)}", ".".join(parts) + ".", m["rest"].strip(), ".".join(parts))
    if m := PAREN_RE.match(text):
        return Label("paren", f"({m['num']}).", m["rest"].strip(), m["num"])
    return None


def _listed(text: str) -> Label | None:
    if m := LETTER_RE.match(text):
        return Label("letter", f"{m['num']})", m["rest"].strip(), m["num"])
    if m := DASH_RE.match(text):
        return Label("dash", "-" if m["num"] in "-–—" else m["num"], m["rest"].strip(), m["num"])
    return None


def parse_label(text: str, numbering: str | None = None) -> Label | None:
    """The section label at the start of a line, or None. `numbering` is a reader's automatic-numbering label."""
    text = text.strip()
    own = _named(text) or _numbered(text) or _listed(text)
    if numbering and not text.startswith(numbering.strip()) and not (own and own.label == _label_of(numbering)):
        text = f"{numbering.strip()} {text}"
        own = _named(text) or _numbered(text) or _listed(text)
    return own


def _label_of(numbering: str) -> str | None:
    """The normalised label of a reader's numbering: "Điều 1." -> "Điều 1.", "2.1" -> "2.1."."""
    parsed = _named(f"{numbering.strip()} X") or _numbered(f"{numbering.strip()} X") or _listed(f"{numbering.strip()} X")
    return parsed.label if parsed else None


# OCR reads a Roman heading number loosely: "IL NỘI DUNG, MỤC TIÊU ..." (scan of the seed-based plan, for "II.")
OCR_ROMAN_RE = re.compile(r"^(?P<num>[IVXLl1|]{1,5})\s*[.,:;]?\s+(?P<rest>[A-ZĐ][^a-zđ]{3,}.*)$", re.S)


def label_of_path(labels: list[Label]) -> str:
    """Join the labels of nested headings: ["II.", "2.", "2.2."] -> "II.2.2." (a dotted label repeats its parent)."""
    out: list[str] = []
    kept: list[Label] = []
    for lab in labels:
        if kept and kept[-1].kind.startswith("dotted") and lab.kind.startswith("dotted") \
                and lab.number.startswith(kept[-1].number + "."):
            out.pop()
            kept.pop()
        out.append(lab.label)
        kept.append(lab)
    return "".join(out)


_ROMAN = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman_value(numeral: str) -> int:
    """"IV" -> 4 (valid numerals only: see ROMAN_RE)."""
    total, rest = 0, numeral
    for sym, val in _ROMAN:
        while rest.startswith(sym):
            total, rest = total + val, rest[len(sym):]
    return total


def roman_numeral(value: int) -> str:
    out = ""
    for sym, val in _ROMAN:
        while value >= val:
            out, value = out + sym, value - val
    return out


def ocr_roman(text: str, previous: int) -> Label | None:
    """A Roman heading OCR misread ("IL NỘI DUNG ..." after "I.") as the next one, else None."""
    m = OCR_ROMAN_RE.match(text)
    if not m or not m["rest"].split(",")[0].isupper():
        return None
    numeral = roman_numeral(previous + 1)
    return Label("roman", f"{numeral}.", m["rest"].strip(), numeral)


# Where a body ends and its closing begins: "Trên đây là Kế hoạch thực hiện ...", "Nơi nhận:", and the same without
# some diacritics lost by a legacy font or OCR ("Noi nhan:"); not a sentence that only mentions them later.
CLOSING_RE = re.compile(r"^\s*(?:Trên đây|N[ơo]i nh[ậa]n\b)", re.I)

# An appendix starts a zone of its own: "PHỤ LỤC", "Phụ lục" (alone on its line), "PHỤ LỤC I", "Phụ lục số 02",
# "PHỤ LỤC 1. BIỂU TỔNG HỢP ..."; not a sentence that mentions one ("Phụ lục kèm theo ...", "... theo Phụ lục").
APPENDIX_RE = re.compile(r"^\s*(?:PH[ỤU]\s*L[ỤU]C|Ph[ụu]\s+l[ụu]c)(?:\s+(?:số|SỐ)?\s*[\dIVXLC]+[a-z]?\b)?\s*[.:\-–]?"
                         r"\s*(?=$|[^\w\s]|[A-ZĐÀ-Ỹ][^a-zđà-ỹ]*$|\()")
# "(Kèm theo Quyết định số ...)", "(Ban hành kèm theo Kế hoạch số ...)": the line under an attached document's title
ATTACHED_TO_RE = re.compile(r"^\s*\(\s*(?:Ban hành\s+)?[Kk]èm theo\b")
