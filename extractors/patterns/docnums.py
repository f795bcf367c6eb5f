"""Document numbers ("số, ký hiệu") and citations of other documents.

`normalize_number("232/KH - UBND")` -> "232/KH-UBND" (seed plan prints spaces around the dash).
`CITATION_RE` finds "Kế hoạch số 232/KH - UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành phố ..."
and "Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị" (seed plan); `LAW_RE` finds "Luật Thi đua,
khen thưởng" (laws are cited by name).
"""

from __future__ import annotations

import re
import unicodedata

# A symbol group: "KH", "UBND", "QĐ", "TTr", "NĐ", "CP", "TW", "HĐND", "QH15", "BNV" (upper case first);
# "&" joins two bodies in one group: "KH-SNN&PTNT", "TTLT-BTC&BNV" (corpus/real)
# (and groups starting with a marked capital: "1654/BTTTT-ƯDCNTT", "1445/SLĐTBXH-LĐVLDN")
_UPPER = "A-ZĐƯƠÂĂÊÔÐ"  # "Ð" (Latin): OCR's "Đ" ("1368/QĐÐ- UBND", corpus/real tinh_quangngai_BC_280-2024)
_SYMBOL = rf"[{_UPPER}][{_UPPER}a-z&]*\d*(?!\w)"
# "232/KH - UBND", "41-CT/TW", "30/2020/NĐ-CP", "57-NQ/TW", "12/UBND-VX", "05/2025/QĐ-UBND", "06/2022/QH15";
# a dot may join groups with no space ("12/KH.UBND") or the year to the number ("19.2012/GPXD", a building permit); a PDF line may break after a dash ("21-" / "NQ/TW", joined
# into "21- NQ/TW": corpus/real huyen_vungtau_KH_2144-2025)
NUMBER = (
    rf"\d{{1,6}}[a-z]?(?:\s?/\s?(?:19|20)\d\d|\.(?:19|20)\d\d(?=/))?(?:\s?/\s?|-\s?){_SYMBOL}"
    rf"(?:\s?[-–/]\s?(?:-\s?)?{_SYMBOL}|[.:]{_SYMBOL})*"  # OCR may double a dash: "08/QĐ- -TTg"; a colon
    # joins groups in some ministries' numbers: "374/ĐK:HT" (Bộ Công an, corpus/real/dev/pages tinh_nghean_KH_63-2023)
)
NUMBER_RE = re.compile(NUMBER)
# "Số: 232/KH-UBND", "Số 15/BC-VHXH"; a draft leaves the number blank: "Số:      /KH-UBND"
# (a blank symbol may break after its dash: "Số:      /UBND- KSTTHC")
NUMBER_LINE_RE = re.compile(rf"^\s*Số\s*[:.]?\s*(?P<num>{NUMBER})?(?P<blank>[\s._…]*/[^\s]*(?:(?<=-)\s[A-ZĐ]\S*)?)?",
                            re.I)
# A number line whose digits were written or stamped by hand and OCR could not read: "Số: #đ?/KH-UBND", "Số:4@`
# /TB-UBND", "Số://42/UBND- KSTTHC", "Số 36§-CV/BPTT" (corpus/real scans). The symbol is read (it gives the kind);
# the number is not guessed.
ILLEGIBLE_NUMBER_LINE_RE = re.compile(
    rf"^\s*Số\s*[:.]?\s*(?P<junk>[^\s/]{{1,5}}|/{{1,2}}\d{{0,3}})\s*"
    rf"(?P<symbol>[/-]\s?{_SYMBOL}(?:\s?[-–/]\s?{_SYMBOL})*)", re.I)

# Type names cited in the body, longest first ("Thông tư liên tịch" before "Thông tư"); the value is the
# canonical spelling. "theo kế hoạch số 12/KH-UBND" is also a citation, so matching ignores case.
CITED_KINDS = {
    "kế hoạch": "Kế hoạch", "quyết định": "Quyết định", "chỉ thị": "Chỉ thị", "nghị quyết": "Nghị quyết",
    "kế hoạch hành động": "Kế hoạch hành động", "chương trình hành động": "Chương trình hành động",
    "phương án": "Phương án",
    "nghị định": "Nghị định", "thông tư liên tịch": "Thông tư liên tịch", "thông tư": "Thông tư",
    "công văn": "Công văn", "văn bản": "Công văn", "thông báo": "Thông báo", "hướng dẫn": "Hướng dẫn",
    "báo cáo": "Báo cáo", "chương trình": "Chương trình", "kết luận": "Kết luận", "quy định": "Quy định",
    "tờ trình": "Tờ trình", "pháp lệnh": "Pháp lệnh", "đề án": "Đề án", "công điện": "Công điện",
    "thông tri": "Thông tri", "luật": "Luật", "quy chế": "Quy chế",
}
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def _without_tone(ch: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", ch) if c not in _TONE_MARKS))


def _bare(text: str) -> str:
    """"kế hoạch" -> "ke hoach": every mark dropped, đ -> d."""
    nfd = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


def _loose(phrase: str) -> str:
    """A kind name that still matches with a tone mark or every mark missing, the commonest typo:
    "Kế hoach số 45/KH-UBND", "Quyêt định số ...", "Ke hoach so ..." (text typed without a Vietnamese keyboard)."""
    out = []
    for ch in phrase:
        forms = dict.fromkeys((ch, _without_tone(ch), _bare(ch)))
        out.append(r"\s+" if ch == " " else re.escape(ch) if len(forms) == 1 else f"[{''.join(forms)}]")
    return "".join(out)


_BARE_KINDS = {_bare(k): v for k, v in CITED_KINDS.items()}


def cited_kind(raw: str) -> str:
    """The canonical spelling of a cited kind as matched: "Kế hoach" -> "Kế hoạch"."""
    return CITED_KINDS.get(" ".join(raw.lower().split())) or _BARE_KINDS[_bare(" ".join(raw.split()))]


_KINDS = "|".join(_loose(k) for k in sorted(CITED_KINDS, key=len, reverse=True))
# "ngày 09 tháng 9 năm 2025", "ngày 26/12/2024", and with stray spaces "ngày 27 /5/2008" (corpus/real so_phutho_KH_2012)
# (and as OCR reads a scan: "19 thẳng 6 năm 2015", "22 tháng lÌ năm 2019", "22 tháng 1] năm 2019", "năm 201 5":
# corpus/real bo_bcdcchc_QD_46-2021, bo_ttg_QD_01-2025; `ocr_date_digits` gives the digits back)
_OCR_DIGIT = r"[\dlIÌ\]|]"
_DATE = (r"(?:\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
         rf"|(?=\S*\d){_OCR_DIGIT}{{1,2}}\s*th[aáảẳạ]ng\s*{_OCR_DIGIT}{{1,2}}\s*năm\s*(?:\d{{4}}|\d{{3}}\s\d)(?!\d)"
         rf"|\d{{1,2}}\s*th[aáảẳạ]ng\s*{_OCR_DIGIT}{{1,2}}\s*năm\s*(?:\d{{4}}|\d{{3}}\s\d)(?!\d))")
_OCR_DIGIT_RE = re.compile(r"[lIÌ\]|]")
_OCR_MONTH_RE = re.compile(r"th[aáảẳạ]ng")


def ocr_date_digits(date: str) -> str:
    """A worded date as OCR read it, made parseable: "22 tháng lÌ năm 2019" -> "22 tháng 11 năm 2019", "19 thẳng 6 năm
    201 5" -> "19 tháng 6 năm 2015". Other dates are returned unchanged."""
    if "năm" not in date:
        return date
    date = _OCR_MONTH_RE.sub("tháng", _OCR_DIGIT_RE.sub("1", date))
    return re.sub(r"(\d{3})\s(\d)$", r"\1\2", date)
# "Kế hoạch số 232/KH - UBND ngày 09 tháng 9 năm 2025 của Ủy ban ...", "Chỉ thị số 41-CT/TW, ngày 26/12/2024";
# "Tờ trình liên ngành số 18/TTrLN-STC-STNMT-CT", "Báo cáo thẩm tra số 46/BC-HĐND" (corpus/real/dev/pages), "Quyết định của UBND tỉnh số 468/QĐ-UBND", "Công văn số số 6053/..."
# (typed twice), "Quyêt định sô 1648/QĐ-UBND" (marks lost by OCR) (corpus/real)
CITATION_RE = re.compile(
    rf"(?<!\w)(?P<kind>{_KINDS})(?:\s+liên\s+(?:ngành|tịch|sở)|\s+thẩm\s+(?:tra|định))?\s*:?\s+"
    rf"(?:của\s+(?:(?!{_KINDS})[^\d;,.]){{2,40}}?\s+(?=số))?(?:s[ốôoóồ]\s*:?\s*){{0,2}}"
    rf"(?P<num>(?:\d{{1,3}}\s(?=\d{{1,3}}/))?{NUMBER})"  # OCR splits a number's digits: "số 1 20/2020/NĐ-CP"
    rf"(?:\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<date>{_DATE}))?",
    re.I,
)
# More numbers of the same kind after a citation: "các Công văn số 4643/UBND-KGVX ngày 28/8/2024, 4975/UBND-KGVX
# ngày 17/9/2024 và 5442/UBND-KGVX ngày 10/10/2024" (corpus/real tinh_quangngai_TB_565-2024)
MORE_NUMBERS_RE = re.compile(
    rf"\s*(?:,|;|và)\s*(?:số\s*)?(?P<num>{NUMBER})(?:\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<date>{_DATE}))?")
# Numbers listed after a citation, each with what it is about, in the same sentence: "các Công văn: số 87/HĐND-KTNS
# ngày 15/5/2024 về việc ..., số 208/HĐND-KTNS ngày 30/10/2024 về việc ... và số 224/HĐND-KTNS ngày 14/11/2024 về
# việc ..." (corpus/real tinh_quangngai_BC_280-2024, tinh_quangngai_CV_575-2025): each is of the kind named last
LISTED_NUMBER_RE = re.compile(
    rf"(?:,|;|\bvà)\s*số\s*:?\s*(?P<num>{NUMBER})(?:\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<date>{_DATE}))?", re.I)
SENTENCE_END_RE = re.compile(r"\.(?=\s|$)")
# "Luật Thi đua, khen thưởng", "Luật Tổ chức chính quyền địa phương ngày 19/02/2025", "Bộ luật Lao động"
LAW_RE = re.compile(
    r"(?<!\w)(?P<kind>Bộ luật|Luật|Pháp lệnh)\s+(?P<name>(?:[A-ZĐ]|sửa\s+đ[ổôo]i)[^;.()\n]*?)"
    r"(?=\s+(?:số|ngày|năm|của|và|được|đã|về|thì|có|để|nhằm|theo|trong|hiện hành|quy định|sửa đổi)(?!\w)"
    r"|\s*[;.()\n]|\s*,\s*(?:ngày|số|năm|(?:Bộ\s+)?[Ll]uật|Nghị|Quyết|Thông|Chỉ)|$)"
)
# A law named in lower case, known by the date after it: "Luật giá ngày 19 tháng 6 năm 2023" (corpus/real
# so_haugiang_BC_2024); without the date, "luật" in lower case is the common noun
# (or by the number after it: "Bộ luật lao động số 35-L/CTN ngày 23/06/1994", corpus/real so_bacgiang-kcn_TB_107-2012)
LAW_LOWER_RE = re.compile(r"(?<!\w)(?P<kind>Bộ luật|Luật)\s+(?P<name>[a-zđà-ỹ]+(?:\s+[a-zđà-ỹ]+){0,3})"
                          r"(?=\s+(?:ngày|số)\s+\d)")
# The law's date later in its clause: "Luật Sửa đổi, bổ sung một số điều của các luật về thuế ngày 26 tháng 11 năm
# 2014" (the name stops at "của"; corpus/real tinh_bariavungtau_QD_05-2018)
LAW_DATE_RE = re.compile(rf"[^;.()]{{0,120}}?\bngày\s+(?P<date>{_DATE})")
# What the citing clause says about the cited document (lower case, after phrase_key), the clause's start:
# "Thực hiện Kế hoạch số 232/KH-UBND ..." (seed plan), "Căn cứ Kế hoạch số ...", "Triển khai Công văn số ..."
IMPLEMENTS_RE = re.compile(r"^(?:thực hiện|căn cứ|triển khai|thực hiện chỉ đạo của [^;]*? tại)\s*$")
# "Kết quả thực hiện Kế hoạch số 05/KH-UBND ..." (title of a unit's report), "Báo cáo kết quả triển khai ..."
REPORTS_ON_RE = re.compile(r"^(?:báo cáo )?(?:sơ kết |tổng kết )?kết quả(?: \d+ tháng \S+ năm(?: \d{4})?)?"
                           r"(?: (?:thực hiện|triển khai)(?:,? (?:thực hiện|triển khai))?)?\s*$")
# Kinds a document implements or reports on (its basis); directives, resolutions and laws are cited as
# grounds only ("Thực hiện Chỉ thị số 41-CT/TW ..." gives no basis).
BASIS_KINDS = frozenset({"Kế hoạch", "Chương trình", "Công văn", "Văn bản", "Hướng dẫn", "Thông báo", "Công điện",
                         "Đề án"})

# Words of a body's name that may be lower case: "Ủy ban nhân dân thành phố Hải Phòng", "Ban Thường vụ
# Thành uỷ", "Bộ Chính trị", "Thủ tướng Chính phủ", "Trưởng phòng Văn hóa - Xã hội".
ISSUER_WORDS = frozenset(
    "ban nhân dân thành phố tỉnh huyện quận xã phường thị trấn vụ trị phủ đồng thường ủy uỷ tướng chấp hành "
    "trung ương bí thư tịch chủ mặt trận tổ quốc việt nam đảng bộ sở phòng trưởng".split()
)
# Words that end a body's name: "của Ủy ban nhân dân thành phố Hải Phòng phát động ...", "... về ...".
ISSUER_STOPS = frozenset(
    "về v/v việc năm ngày số tại và với trong phát đề quy hướng triển thực giao được đã đang sẽ là có để nhằm "
    "theo khen tổ ban_hành công sau trước kèm".split()
)
# "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 25/TTr-VHXH ..." (issuer before the number)
ISSUER_BEFORE_RE = re.compile(r"của\s+(?P<issuer>[^,;]{3,80}?)\s+tại\s*$")
# "Ngày 15/9/2025, Ủy ban nhân dân xã ban hành Kế hoạch số 05/KH-UBND ..." (the date comes first)
ISSUED_BEFORE_RE = re.compile(r"^\s*Ngày\s+(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})\s*,"
                              r"\s*(?P<issuer>[^;]*?)\s+(?:đã\s+)?ban hành\s*$")


def normalize_number(raw: str) -> str:
    """"232/KH - UBND" -> "232/KH-UBND"; "41 - CT/TW" -> "41-CT/TW"; en dashes become hyphens; OCR's Latin "Ð",
    its doubling of a "Đ" or a dash undone ("1368/QĐÐ- UBND" -> "1368/QĐ-UBND", "08/QĐ- -TTg" -> "08/QĐ-TTg"); a
    real "ĐĐ" stays ("7887/CCQLĐĐ-ĐĐBĐ", Chi cục Quản lý đất đai: corpus/real/dev so_binhdinh-ccqldd_CV_791-2020)."""
    number = re.sub(r"\s+", "", raw).replace("–", "-").replace("ĐÐ", "Đ").replace("Ð", "Đ")
    return re.sub(r"-{2,}", "-", number)


def number_symbol(number: str) -> str:
    """The type part of a symbol: "232/KH-UBND" -> "KH"; "30/2020/NĐ-CP" -> "NĐ"; "12/UBND-VX" -> "UBND"."""
    parts = [p for p in re.split(r"[/-]", number) if p and not p[0].isdigit()]
    return parts[0] if parts else ""


def number_key(number: str | None) -> str | None:
    """A document number as a comparison key (one home for the pipeline's lookups and links).

    "05/KH - UBND", "5/kh–ubnd", "5/KH-UBND." -> "5/KH-UBND": NFC, no spaces, hyphens for dashes, upper case
    (a Latin "Ð" read from legacy fonts becomes "Đ"), trailing punctuation and leading zeros of the number dropped.
    """
    if not number:
        return None
    key = normalize_number(unicodedata.normalize("NFC", number)).replace("—", "-").upper()
    return re.sub(r"^0+(?=\d)", "", key.strip(".,;")) or None


# The issuer right after a citation: "Kế hoạch số 232/KH-UBND ngày 09/9/2025 của Ủy ban nhân dân thành phố" ->
# what follows is the issuer; the comma may come first (", của UBND xã").
OF_ISSUER_RE = re.compile(r"\s*,?\s*của\s+")
# "Ủy ban nhân dân xã ban hành Kế hoạch số ...": "ban" followed by "hành" is the verb, where an issuer's name ends;
# not the noun "Ban" ("Ban Chỉ đạo", "Ban Công tác Mặt trận").
ISSUING_VERB_WORDS = ("ban", "hành")
# "Căn cứ Kế hoạch số 232/KH-UBND ...": a legal basis; outside a kế hoạch it is no implementing relation.
BASIS_WORD = "căn cứ"
# "Luật Thi đua, khen thưởng số 06/2022/QH15", "Bộ luật Lao động": LAW_RE is tried only on text holding this
# (also "luật" in lower case).
LAW_HINT = "uật"
# A law amending others: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
# địa phương ngày 22 tháng 11 năm 2019" is one law; the laws named after "của" are in its name
# (the name may have stopped inside "một số điều", and OCR reads "bồ sung": corpus/real tinh_bariavungtau_QD_546-2025)
AMENDED_LAWS_RE = re.compile(r"\s*(?:,\s*)?(?:b[ổồô]\s+sung\s+)?(?:(?:một\s+)?số\s+điều\s+)?của\s+(?:các\s+)?(?:[Bb]ộ\s+)?"
                             r"[Ll]uật\b")
# A law's number printed after its name: "Luật Đấu thầu số 22/2023/QH15", "Luật Đất đai số 31/2024/QH 15"
# (corpus/real xa_phuong1-vungtau_QD_64-2025: the gold gives it when printed)
LAW_NUMBER_RE = re.compile(rf"\s+số\s+(?P<num>{NUMBER}(?:\s\d{{1,2}}(?!\d))?)")
# A kind followed by "số", however its number was read: the clause holds a numbered citation ("Thông tư số I
# 1/2022/TT-BLĐTBXH", "Hướng dẫn số 01 -HD/BPTT": corpus/real scans), whose subject may name other documents
NUMBERED_KIND_RE = re.compile(rf"(?<!\w)(?:{_KINDS})\s+s[ốôoóồ]\b", re.I)

# Type codes of a document number and the kind they name (Nghị định 30/2020/NĐ-CP, Phụ lục III, mục I; the legal
# kinds NĐ, TT, TTLT; the Party's "CV" and "KL"): the kind of a number cited without its kind word ("Căn cứ ...
# số 1667/QĐ-UBND" where OCR lost "Quyết": corpus/real/dev tinh_quangngai-bcd138_QD_04-2025). A number whose first
# group is no type code ("12/UBND-VX", "287/STC-HCSN") is a công văn's.
TYPE_CODE_KINDS = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định", "TB": "Thông báo",
    "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "BC": "Báo cáo",
    "TTr": "Tờ trình", "CĐ": "Công điện", "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "KL": "Kết luận", "CV": "Công văn", "CTHĐ": "Chương trình hành động",
}


def kind_of_number(number: str) -> str | None:
    """The kind a document number's type code names: "1667/QĐ-UBND" -> "Quyết định", "263-KH/TU" -> "Kế hoạch",
    "30/2020/NĐ-CP" -> "Nghị định"; None when its first group is no type code ("12/UBND-VX", "19/GPXD")."""
    return TYPE_CODE_KINDS.get(number_symbol(number))


# A number cited after "số" without a kind word before it (the kind word lost or never written): "định số
# 1667/QĐ-UBND" (OCR), "theo số 263/KH-UBND"; not the "Số:" line of a header (upper case, at the start); or right
# after a citing word, as commune portals write it: "Thực hiện 263/KH-UBND ngày ..." (issue 15)
BARE_NUMBER_RE = re.compile(
    rf"(?:(?<=\S)\s+s[ốô]\s*:?\s*|(?<!\w)(?:[Tt]hực\s+hiện|[Cc]ăn\s+cứ|[Tt]riển\s+khai|[Tt]heo|[Tt]ại)\s+)"
    rf"(?P<num>{NUMBER})(?:\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<date>{_DATE}))?")
