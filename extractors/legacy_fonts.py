"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI-Windows) -> Unicode, and TCVN3 back.

Before Unicode, Vietnamese offices typed with fonts whose glyphs sat on Latin-1 code points:
the text "Năm" in the font `.VnTime` is stored as "N¨m", in `VNI-Times` as "Naêm". A DOCX
saved from such a file keeps those characters, so we decode by the run's font name:

- TCVN3 (ABC, TCVN 5712:1993 VN3): fonts `.VnTime`, `.VnArial`, ...; one byte per letter.
  Only the seven bare capitals Ă Â Ê Ô Ơ Ư Đ have codes; capitals with a tone mark are typed
  with the lower-case code in an upper-case font (`.VnTimeH`, `.VnArialH`: the name ends in H).
- VNI-Windows: fonts `VNI-Times`, `VNI-Helve`, ...; a base letter followed by a mark byte.
"""

from __future__ import annotations

import re
from enum import StrEnum

# --- TCVN3 (ABC) -------------------------------------------------------------------------
# Byte value -> Unicode letter. Bytes are stored in documents as the Latin-1 character of the
# same value (U+00A1..U+00FE). Example: "tû lÖ hé nghÌo" -> "tỷ lệ hộ nghèo".
_TCVN3_BYTES: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_DECODE = {chr(b): u for b, u in _TCVN3_BYTES.items()}
_TCVN3_ENCODE = {u: chr(b) for b, u in _TCVN3_BYTES.items()}
# Capitals with a tone mark have no code: they take the lower-case code (shown upper-case by
# an "H" font such as .VnTimeH).
_TCVN3_ENCODE.update({u.upper(): c for u, c in list(_TCVN3_ENCODE.items())
                      if u.islower() and u.upper() not in _TCVN3_ENCODE})
_TCVN3_ENCODE.update({"À": "µ", "Á": "¸", "È": "Ì", "É": "Ð", "Ì": "×", "Í": "Ý",
                      "Ò": "ß", "Ó": "ã", "Ù": "ï", "Ú": "ó", "Ý": "ý", "Ã": "·", "Õ": "â"})
_TCVN3_DECODE_TABLE = str.maketrans(_TCVN3_DECODE)
_TCVN3_ENCODE_TABLE = str.maketrans(_TCVN3_ENCODE)


def tcvn3_to_unicode(text: str) -> str:
    """Decode TCVN3 (ABC) text: "N¨m 2024, tû lÖ hé nghÌo" -> "Năm 2024, tỷ lệ hộ nghèo".

    A pure character mapping; see `legacy_run_to_unicode` for upper-case fonts and case repair.
    """
    return text.translate(_TCVN3_DECODE_TABLE)


def unicode_to_tcvn3(text: str) -> str:
    """Encode Unicode as TCVN3 (ABC): "Năm" -> "N¨m". Text must be NFC.

    Capitals with a tone mark become the lower-case code ("KẾ" -> "KÕ"), as typists did; set
    such text in an upper-case font (.VnTimeH) to show it as capitals.
    """
    return text.translate(_TCVN3_ENCODE_TABLE)


# --- VNI-Windows ---------------------------------------------------------------------------
# Mark bytes after a base letter. Example: "Tröôøng" -> "Trường", "Naêm" -> "Năm".
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "\u0302", "ê": "\u0306"}  # â/ê after a/e/o: circumflex; ê after a: breve
_VNI_HAT_TONED = {  # circumflex/breve + tone in one mark byte
    "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"), "å": ("\u0302", "\u0309"),
    "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"), "ú": ("\u0306", "\u0309"),
    "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
}
_VNI_SINGLE = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
               "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ",
               "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}


def _vni_table() -> dict[str, str]:
    """Every VNI sequence (1 or 2 characters) -> its NFC Unicode letter."""
    import unicodedata

    table: dict[str, str] = dict(_VNI_SINGLE)
    for lower in (True, False):
        def case(s: str) -> str:
            return s if lower else s.upper()

        bases = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ô": "ơ", "ö": "ư"}
        for vni_base, base in bases.items():
            for mark, tone in _VNI_TONES.items():
                table[case(vni_base) + case(mark)] = unicodedata.normalize("NFC", case(base) + tone)
        for vni_base in "aeo":
            for mark, hat in _VNI_HAT.items():
                if hat == "\u0306" and vni_base != "a":
                    continue
                table[case(vni_base) + case(mark)] = unicodedata.normalize("NFC", case(vni_base) + hat)
            for mark, (hat, tone) in _VNI_HAT_TONED.items():
                if hat == "\u0306" and vni_base != "a":
                    continue
                table[case(vni_base) + case(mark)] = unicodedata.normalize("NFC", case(vni_base) + hat + tone)
    return table


_VNI_TABLE = _vni_table()
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_TABLE, key=len, reverse=True)))


def vni_to_unicode(text: str) -> str:
    """Decode VNI-Windows text: "Tröôøng hoïc naêm 2024" -> "Trường học năm 2024"."""
    return _VNI_RE.sub(lambda m: _VNI_TABLE[m.group(0)], text)


# --- Fonts ---------------------------------------------------------------------------------
class LegacyEncoding(StrEnum):
    TCVN3 = "tcvn3"
    TCVN3_UPPER = "tcvn3-upper"  # .VnTimeH and friends: every letter shown as a capital
    VNI = "vni"


# ".VnTime", ".VnTimeH", ".VnArial NarrowH", "VnTime" (the dot is sometimes lost), "VNI-Times".
_TCVN3_FONT_RE = re.compile(r"^\.?Vn[A-Z0-9]", re.IGNORECASE)
_VNI_FONT_RE = re.compile(r"^VNI[- ]", re.IGNORECASE)


def legacy_encoding_of_font(font_name: str | None) -> LegacyEncoding | None:
    """Which legacy encoding a font name implies: ".VnTimeH" -> TCVN3_UPPER, "Arial" -> None."""
    if not font_name:
        return None
    name = font_name.strip()
    if _VNI_FONT_RE.match(name):
        return LegacyEncoding.VNI
    if _TCVN3_FONT_RE.match(name) and not name.lower().startswith("vni"):
        return LegacyEncoding.TCVN3_UPPER if name.endswith("H") else LegacyEncoding.TCVN3
    return None


def legacy_run_to_unicode(text: str, encoding: LegacyEncoding) -> str:
    """Decode one run typed in a legacy font, giving capitals back where the font showed them."""
    if encoding is LegacyEncoding.VNI:
        return vni_to_unicode(text)
    decoded = tcvn3_to_unicode(text)
    if encoding is LegacyEncoding.TCVN3_UPPER:
        return decoded.upper()
    return restore_capitals(decoded)


_WORD_RE = re.compile(r"\S+")
_NO_CAPITAL = frozenset(u for u in _TCVN3_DECODE.values() if u.islower() and u.upper() not in _TCVN3_DECODE.values())


def _word_case(word: str) -> tuple[int, bool, bool]:
    """(count of letters TCVN3 can write in either case, all of them capitals, has a toned small letter)."""
    cased = [ch for ch in word if ch.isalpha() and ch not in _NO_CAPITAL]
    toned = any(ch in _NO_CAPITAL for ch in word)
    return len(cased), bool(cased) and all(ch.isupper() for ch in cased), toned


def _capital_after_toned(word: str) -> bool:
    """A capital right after a toned small letter ("ñY" -> "ủY") means the word was in capitals."""
    return any(a in _NO_CAPITAL and b.isupper() for a, b in zip(word, word[1:]))


def restore_capitals(text: str) -> str:
    """Upper-case the toned letters of words typed in capitals in a normal TCVN3 font.

    TCVN3 has no "Ế", so "KẾ HOẠCH" typed in .VnTime decodes to "Kế HOạCH". A word whose other
    letters are all capitals is upper-cased when it has two or more of them ("HOạCH" ->
    "HOẠCH") or a capital follows a toned letter ("ủY" -> "ỦY"), or when a neighbouring word
    is such a word ("Kế HOẠCH" -> "KẾ HOẠCH").
    "Số: 05/KH-UBND" stays as it is (the neighbour has no toned letter).
    """
    words = [(m, *_word_case(m.group(0))) for m in _WORD_RE.finditer(text)]
    strong = [upper and toned and (n >= 2 or _capital_after_toned(m.group(0))) for m, n, upper, toned in words]
    out, last = [], 0
    for i, (m, n, upper, toned) in enumerate(words):
        near = (i > 0 and strong[i - 1]) or (i + 1 < len(words) and strong[i + 1])
        word = m.group(0)
        if toned and upper and (strong[i] or near):
            word = word.upper()
        out.append(text[last:m.start()] + word)
        last = m.end()
    out.append(text[last:])
    return "".join(out)
