"""Abbreviations (từ viết tắt) in commune documents, each with its expansion and a real example.

`expand_abbreviations("Tỷ lệ dân số tham gia BHYT")` -> "Tỷ lệ dân số tham gia bảo hiểm y tế".
Matching is on whole words and case-sensitive for all-capital forms ("BHYT", "QSD"), so ordinary
words are never touched; the few mixed-case forms ("Tr.đ") are listed as written.
"""

from __future__ import annotations

import re
import unicodedata

ABBREVIATIONS: dict[str, str] = {
    # "Tỷ lệ dân số tham gia BHYT đạt 97,2%" (unit reports for plan (7))
    "BHYT": "bảo hiểm y tế",
    # "Tỷ lệ lao động tham gia BHXH"
    "BHXH": "bảo hiểm xã hội",
    # "BHTN": "Số người hưởng BHTN"
    "BHTN": "bảo hiểm thất nghiệp",
    # "Cấp Giấy chứng nhận QSD đất ở lần đầu: 23/45 giấy" (seed plan (10))
    "QSD": "quyền sử dụng",
    "QSDĐ": "quyền sử dụng đất",
    # "Cấp GCN QSDĐ lần đầu: 25 giấy"
    "GCN": "giấy chứng nhận",
    # "nhiệm vụ phát triển KT-XH năm 2025"
    "KT-XH": "kinh tế - xã hội",
    "KTXH": "kinh tế - xã hội",
    # "bảo đảm QP-AN trên địa bàn"
    "QP-AN": "quốc phòng - an ninh",
    "QPAN": "quốc phòng - an ninh",
    # "giữ vững ANTT, không để xảy ra đột xuất bất ngờ"
    "ANTT": "an ninh trật tự",
    "ANCT": "an ninh chính trị",
    "TTATGT": "trật tự an toàn giao thông",
    "ATGT": "an toàn giao thông",
    # "Ủy ban MTTQ Việt Nam xã" (seed plan, Nơi nhận)
    "MTTQ": "mặt trận tổ quốc",
    # "TT HĐND xã (b/c)" (seed plan, Nơi nhận)
    "HĐND": "hội đồng nhân dân",
    # "UBND thành phố (b/c)" (seed plan, Nơi nhận)
    "UBND": "ủy ban nhân dân",
    # "Tỷ lệ người tập luyện TDTT thường xuyên"
    "TDTT": "thể dục thể thao",
    # "xây dựng NTM kiểu mẫu tại xã Đông Phương"
    "NTM": "nông thôn mới",
    # "công tác CSSK ban đầu cho Nhân dân"
    "CSSK": "chăm sóc sức khỏe",
    # "Tỷ lệ CTR được thu gom, xử lý hợp vệ sinh"
    "CTR": "chất thải rắn",
    # "Hội LHPN xã", "Đoàn TNCS Hồ Chí Minh xã", "Hội CCB xã" (unit names in reports)
    "LHPN": "liên hiệp phụ nữ",
    "TNCS": "thanh niên cộng sản",
    "ĐTN": "đoàn thanh niên",
    "CCB": "cựu chiến binh",
    # "Ban CHQS xã" (the commune military command). "BCH" is left alone: "Ban Chỉ huy" (quân sự) but
    # "Ban Chấp hành" in "BCH ĐOÀN XÃ KIẾN MINH" (Đoàn Thanh niên report).
    "CHQS": "chỉ huy quân sự",
    # "Phòng VH-XH" (commune departments after the 2025 merger); "KT" is left alone: it is "ký thay" in "KT. CHỦ TỊCH"
    "VH-XH": "văn hóa - xã hội",
    "VHXH": "văn hóa - xã hội",
    # "Tổng GTSX ước đạt 850 tỷ đồng"
    "GTSX": "giá trị sản xuất",
    # "Giá trị SX nông nghiệp, thủy sản" (Phòng Kinh tế report)
    "SX": "sản xuất",
    # "Thu NSNN trên địa bàn"
    "NSNN": "ngân sách nhà nước",
    # "Cấp CCCD", "giải quyết TTHC đúng hạn"
    "CCCD": "căn cước công dân",
    "TTHC": "thủ tục hành chính",
    "CNTT": "công nghệ thông tin",
    "CĐS": "chuyển đổi số",
    # "Số hộ GĐVH", "Tỷ lệ GĐVH"
    "GĐVH": "gia đình văn hóa",
    # "giải quyết việc làm cho 125 LĐ"
    "LĐ": "lao động",
    "VSMT": "vệ sinh môi trường",
    "TNMT": "tài nguyên môi trường",
    "CAND": "công an nhân dân",
    "NVQS": "nghĩa vụ quân sự",
    "NVCA": "nghĩa vụ công an",
}

# Longest first, so "QSDĐ" wins over "QSD" and "KT-XH" over "KT".
_ORDERED = sorted(ABBREVIATIONS, key=len, reverse=True)
# A whole word: not preceded or followed by a letter, digit or hyphen-joined letter.
ABBREVIATION_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(a) for a in _ORDERED) + r")(?![\w])(?!-\w)"
)


def expand_abbreviations(text: str) -> str:
    """Replace every known abbreviation in `text` by its expansion (the rest is left as written)."""
    text = unicodedata.normalize("NFC", text)
    return ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(1)], text)

# Spelling variants (i/y) both in use in official documents: "tỉ lệ" (older) = "tỷ lệ" (seed plan (4)).
SPELLING_VARIANTS: dict[str, str] = {
    "tỉ": "tỷ",
    "kĩ": "kỹ",
    "lí": "lý",
    "mĩ": "mỹ",
    "hoá": "hóa",  # old tone placement, "văn hoá" (seed plan (8))
}
SPELLING_RE = re.compile(r"(?<!\w)(" + "|".join(SPELLING_VARIANTS) + r")(?!\w)")


def unify_spelling(text: str) -> str:
    """Write lower-case spelling variants one way: "tỉ lệ" -> "tỷ lệ"."""
    return SPELLING_RE.sub(lambda m: SPELLING_VARIANTS[m.group(1)], unicodedata.normalize("NFC", text))

# Everyday words reports use for the plan's wording (lower case), one way of writing each:
# "Tỷ lệ hộ dùng nước sạch" (thôn Minh Hòa) for "được sử dụng nước sạch" (plan (11));
# "Tỷ lệ thu gom rác thải sinh hoạt" for "chất thải rắn được thu gom" (plan (12));
# "Hộ đạt danh hiệu Gia đình văn hóa" for "được công nhận gia đình văn hoá" (plan (8)).
SYNONYMS: dict[str, str] = {
    "rác thải sinh hoạt": "chất thải rắn",
    "rác thải": "chất thải rắn",
    "rác": "chất thải rắn",
    "chất thải rắn sinh hoạt": "chất thải rắn",
    "dùng": "sử dụng",
    "đạt danh hiệu": "được công nhận",
    "khám phá án": "phá án",
    "ngàn": "nghìn",
}
SYNONYM_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")(?![\w])")


def unify_synonyms(text: str) -> str:
    """Write everyday synonyms (lower case) as the plan does: "rác thải" -> "chất thải rắn"."""
    return SYNONYM_RE.sub(lambda m: SYNONYMS[m.group(1)], text)
