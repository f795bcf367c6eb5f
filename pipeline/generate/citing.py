"""How the commune's plan names its parent: "Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành
phố Hải Phòng" (`Citing`), blanks kept for an unsigned parent ("Kế hoạch số       /KH-UBND ngày      tháng 12 năm
2025") with a warning; the issuing body's running-text name (`proper_name`), the parent's territory (`level_of`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from extractors.records import Citation
from pipeline.generate.filters import ngay_ngan, ngay_thang
from pipeline.generate.parent import KIND_TYPES, TYPE_NAMES, ParentPlan
from pipeline.profile import Profile

_LEVELS = ("thành phố", "tỉnh", "huyện", "thị xã", "quận", "xã", "phường")


def proper_name(upper: str | None, parent_issuer: str | None = None, *, profile: Profile) -> str:
    """"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" -> "Ủy ban nhân dân thành phố Hải Phòng"; "SỞ Y TẾ" under "UBND TỈNH
    PHÚ THỌ" -> "Sở Y tế tỉnh Phú Thọ". Place words after tỉnh/phố/huyện/xã are capitalised."""
    if not upper:
        return profile.office.parent_name
    name = " ".join(upper.split())
    if name.casefold() == profile.office.parent_name.casefold():
        return profile.office.parent_name
    words = name.lower().split()
    if words[:1] == ["ubnd"]:
        words[:1] = ["ủy", "ban", "nhân", "dân"]
    for kw in ("tỉnh", "phố", "huyện", "xã", "phường", "quận"):
        if kw in words:
            at = words.index(kw) + 1
            words[at:] = [w.capitalize() for w in words[at:]]
            break
    if words and words[0] in ("sở", "ban", "bộ", "trung", "văn") and len(words) > 1:
        words[1] = words[1].capitalize()  # "Sở Thông tin và truyền thông"
    words = [w.upper() if len(w) <= 5 and not _VOWEL_RE.search(_bare(w)) else w for w in words]  # "cntt": acronyms
    out = " ".join(words)
    out = out[:1].upper() + out[1:]
    if parent_issuer and not any(lv in out for lv in _LEVELS):
        place = proper_name(parent_issuer, profile=profile).split(" nhân dân ")[-1]
        if any(place.startswith(lv) for lv in _LEVELS):
            out = f"{out} {place}"
    return out


_VOWEL_RE = re.compile(r"[aeiouy]")


def _bare(word: str) -> str:
    """"bắc" -> "bac": letters without their diacritics (đ -> d)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.replace("đ", "d")) if not unicodedata.combining(c))


def sentence_case(text: str) -> str:
    """"KHẢO SÁT PHỤC VỤ LẬP BÁO CÁO ..." (a title printed in capitals) -> "Khảo sát phục vụ lập báo cáo ..."."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        text = text.lower()
        return text[:1].upper() + text[1:]
    return text


def level_of(issuer: str | None, parent_issuer: str | None = None) -> str:
    """The parent's territory: "tỉnh", "thành phố", "huyện" (default "tỉnh")."""
    text = f"{issuer or ''} {parent_issuer or ''}".lower()
    return next((lv for lv in _LEVELS if lv in text and lv not in ("xã", "phường")), "tỉnh")


def cite(c: Citation) -> str:
    """A complete first citation of a document the parent cites: type, number, date, issuer."""
    parts = [f"{c.kind} số {c.number}" if c.number else c.kind]
    if c.date:
        parts.append(f"ngày {ngay_ngan(c.date)}")
    if c.issuer:
        parts.append(f"của {c.issuer}")
    return " ".join(parts)


class Citing:
    """How the draft cites its parent: "Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành
    phố Hải Phòng"; blanks kept ("Kế hoạch số      /KH-UBND ngày      tháng 12 năm 2025") with a warning."""

    def __init__(self, parent: ParentPlan, profile: Profile, number: str | None, date: dt.date | None):
        r = parent.record
        self.number = number or r.number
        self.date = date or r.issued_on
        symbol = (parent.number_slot or "").lstrip("/")
        self.type_name = (parent.type_name or _type_from_symbol(self.number or symbol)
                          or KIND_TYPES.get(r.kind) or "Kế hoạch")
        body, above = _body_name(r.issuer, r.parent_issuer)
        self.warnings: list[str] = []
        if body:
            self.issuer = proper_name(body, above, profile=profile)
        else:
            self.issuer = "…………"
            self.warnings.append("Không đọc được tên cơ quan ban hành kế hoạch cấp trên: phần viện dẫn để trống, "
                                 "cần điền.")
        if self.number:
            num = self.number
        else:
            num = f"{' ' * 6}/{symbol}" if symbol else f"{' ' * 6}/{_abbr(self.type_name)}-…"
            self.warnings.append(f"{self.type_name} cấp trên chưa có số (bản dự thảo, hoặc số không đọc được): phần "
                                 "viện dẫn để trống số; điền bằng tùy chọn --parent-number.")
        if self.date:
            when = ngay_thang(self.date)
        else:
            d, m, y = parent.date_slots or ("", "", "")
            when = f"ngày {d or ' ' * 6} tháng {m or ' ' * 4} năm {y or ' ' * 6}"
            self.warnings.append(f"{self.type_name} cấp trên chưa có ngày ban hành đầy đủ: phần viện dẫn để trống "
                                 "ngày; điền bằng tùy chọn --parent-date.")
        self.full = f"{self.type_name} số {num} {when} của {self.issuer}"
        self.short = f"{self.type_name} số {num}"


_BODY_RE = re.compile(r"^(?:ủy ban|uỷ ban|ubnd|hội đồng|hđnd|sở|ban|bộ|cục|chi cục|tổng cục|văn phòng|phòng|"
                      r"trung tâm|tỉnh|thành phố|huyện|thị xã|quận|xã|phường|đảng|thành ủy|tỉnh ủy|huyện ủy|chính phủ|"
                      r"thủ tướng|công an|bảo hiểm|liên đoàn|mặt trận|trường|viện|đài|báo|hội|đoàn)\b", re.I)


def _body_name(issuer: str | None, parent_issuer: str | None) -> tuple[str | None, str | None]:
    """A body name the header broke over two lines ("HỘI ĐỒNG" / "THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN") is one name;
    a real parent body ("UBND TỈNH PHÚ THỌ") names a level or place. A line that names no body (an OCR'd heading,
    "I. MỤC ĐÍCH YÊ(") is no issuer."""
    if issuer and parent_issuer and len(parent_issuer.split()) <= 3 and not any(
            lv in parent_issuer.lower() for lv in _LEVELS + ("ubnd", "ủy ban", "bộ", "sở")):
        issuer, parent_issuer = f"{parent_issuer} {issuer}", None
    issuer = issuer if issuer and _BODY_RE.match(issuer.strip()) else None
    parent_issuer = parent_issuer if parent_issuer and _BODY_RE.match(parent_issuer.strip()) else None
    return issuer or parent_issuer, None if not issuer else parent_issuer


def _type_from_symbol(number: str | None) -> str | None:
    if not number or "/" not in number:
        return None
    code = number.split("/", 1)[1].split("-", 1)[0]
    return TYPE_NAMES.get(code) or TYPE_NAMES.get(code.upper())


def _abbr(type_name: str) -> str:
    return next((k for k, v in TYPE_NAMES.items() if v == type_name), "KH")
