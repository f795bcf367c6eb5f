"""Fixed phrases of administrative documents, matched tolerantly (tone placement, case, small typos).

`phrase_key("Uỷ ban")` == `phrase_key("ỦY BAN")` == "ủy ban": NFC, old/new tone placement unified by
underthesea's `text_normalize` (hoà -> hòa, uỷ -> ủy), lower case, single spaces.
`is_phrase("TỔ CHỨC THỰC HIÊN", "tổ chức thực hiện")` -> True (a one-letter typo is tolerated).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz
from underthesea import text_normalize

_SPACE_RE = re.compile(r"\s+")

# Words that open a new paragraph in body text, never continue a wrapped line:
# "Thực hiện Kế hoạch số 232/KH-UBND ..." and "Căn cứ ..." (seed plan), "Trên đây là kế hoạch ...".
PARAGRAPH_OPENERS = ("thực hiện", "căn cứ", "kính gửi", "nơi nhận", "trên đây", "nhằm", "để", "xét đề nghị")

# Section headings of the implementation part: "V. TỔ CHỨC THỰC HIỆN" (seed plan), "TRÁCH NHIỆM THỰC HIỆN".
IMPLEMENTATION_HEADINGS = ("tổ chức thực hiện", "trách nhiệm thực hiện", "phân công nhiệm vụ", "phân công thực hiện")

# Typos seen in real documents -> the intended phrase: "khen thường" (seed: "công tác thi đua, khen thường"),
# "Thơpng binh" (seed: "Ngày Thơpng binh liệt sĩ"), "tiêu chỉ" (seed: "2.3. Các tiêu chỉ về tài nguyên").
TYPOS = {"khen thường": "khen thưởng", "thơpng binh": "thương binh", "tiêu chỉ": "tiêu chí", "phù họp": "phù hợp"}
_TYPO_RE = re.compile("|".join(re.escape(t) for t in TYPOS), re.I)


@lru_cache(maxsize=4096)
def phrase_key(text: str) -> str:
    """A comparison key: NFC, modern tone placement, lower case, single spaces, known typos fixed."""
    text = _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    key = text_normalize(text).lower() if text else ""
    return _TYPO_RE.sub(lambda m: TYPOS[m[0].lower()], key)


def is_phrase(text: str, phrase: str, threshold: float = 90.0) -> bool:
    """Does `text` say `phrase` (allowing tone placement variants and a small typo)?"""
    return fuzz.ratio(phrase_key(text), phrase_key(phrase)) >= threshold


def contains_phrase(text: str, phrase: str, threshold: float = 90.0) -> bool:
    """Does `text` contain `phrase` somewhere (typo-tolerant)?"""
    return fuzz.partial_ratio(phrase_key(phrase), phrase_key(text)) >= threshold


def starts_paragraph(text: str) -> bool:
    """Does this line open a paragraph ("Thực hiện ...", "Căn cứ ...")?"""
    return phrase_key(text[:20]).startswith(PARAGRAPH_OPENERS)


def is_implementation_heading(title: str) -> bool:
    """"TỔ CHỨC THỰC HIỆN" and its variants (the section that assigns tasks to units)."""
    key = phrase_key(title).strip(" .:")
    return any(fuzz.ratio(key, h) >= 88 for h in IMPLEMENTATION_HEADINGS)


# Body names whose letters OCR reads but whose tone marks it garbles: "UY BẠN NHÂN DẪN XÃ KIẾN MINH" (scan of
# the seed-based plan) -> "ỦY BAN NHÂN DÂN XÃ KIẾN MINH". Matched on base letters only, so the fix is safe.
BODY_PHRASES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "ỦY BAN MTTQ VIỆT NAM",
                "BAN CHỈ HUY QUÂN SỰ", "HỘI LIÊN HIỆP PHỤ NỮ", "HỘI NÔNG DÂN", "HỘI CỰU CHIẾN BINH",
                "ĐOÀN THANH NIÊN", "TRẠM Y TẾ", "CÔNG AN", "PHÒNG VĂN HÓA - XÃ HỘI", "PHÒNG KINH TẾ", "VĂN PHÒNG",
                "THÀNH PHỐ", "XÃ", "PHƯỜNG", "TỈNH", "HUYỆN", "QUẬN")  # "TINH QUANG BÌNH", "TĨNH QUANG NGAI" (scans)


def base_letters(text: str) -> str:
    """Letters without tone and vowel marks: "ỦY BAN" -> "UY BAN", "Đ" -> "D"."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("Đ", "D").replace("đ", "d").upper()


_UNIT_PHRASES = ("THÀNH PHỐ", "XÃ", "PHƯỜNG", "TỈNH", "HUYỆN", "QUẬN")


def fix_body_name(line: str, phrases: tuple[str, ...] = BODY_PHRASES) -> str:
    """Restore the marks of a known body-name prefix that OCR garbled, and of the unit word right after it
    ("ỦY BAN NHÂN DÂN TĨNH BÀ RỊA" -> "... TỈNH BÀ RỊA"; "HÀ TĨNH" after it stays); other lines are returned
    unchanged."""
    words = line.split()
    for phrase in phrases:
        n = len(phrase.split())
        if len(words) >= n and base_letters(" ".join(words[:n])) == base_letters(phrase):
            rest = " ".join(words[n:])
            if rest and phrase not in _UNIT_PHRASES:
                rest = fix_body_name(rest, _UNIT_PHRASES)
            return " ".join(w for w in (phrase, rest) if w)
    return line
