"""The header and closing of an administrative document (Decree 30/2020/NĐ-CP boxes 1-5, 7, 9).

Examples from the seed plan and the Decree's models: "UBND THÀNH PHỐ HẢI PHÒNG" / "ỦY BAN NHÂN DÂN XÃ KIẾN
MINH" / "Số: 232/KH-UBND" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" /
"Kiến Minh, ngày 10 tháng 9 năm 2025" / "KẾ HOẠCH" / "Nơi nhận:" / "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".
"""

from __future__ import annotations

import re

# Quốc hiệu and Tiêu ngữ (removed from header lines, also when a PDF glued them to the left column):
# "UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" -> "UBND THÀNH PHỐ HẢI PHÒNG"
# (also old tone placement: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
# (and as OCR reads it off a scan: "CỌNG HÒA XÃ HỘI ...", "CỘNG HOÀ XÃ HỘI CHỦ 'NGHĨA VIỆT NAM": corpus/real scans)
NATIONAL_TITLE_RE = re.compile(r"C[ỘỌOÔ]NG\s*H(?:[ÒÓOÀỌ]A|OÀ)\s+X[ÃA]\s+H[ỘỌO]I\s+CH[ỦUŨÚ]\W{0,2}\s+\W?NGH[ĨIỈ]A\s+VI[ỆÊE]T\s+NAM",
                               re.I)
MOTTO_RE = re.compile(r"Đ[ộo]c\s*l[ậa]p\s*[-–—]+\s*T[ựu]\s*do\s*[-–—]+\s*H[ạa]nh\s*ph[úu]c", re.I)
# The title the Party and the Youth Union print where the Quốc hiệu stands (right cell, or after the bodies in
# a text dump): "ĐẢNG CỘNG SẢN VIỆT NAM" (Đảng ủy xã), "ĐOÀN TNCS HỒ CHÍ MINH" (BCH Đoàn xã), "HỘI NÔNG DÂN VIỆT
# NAM" (BCH Hội Nông dân xã; also Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh Việt Nam)
EMBLEM_TITLE_RE = re.compile(r"^\s*(?:ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH"
                             r"|HỘI(?:\s+\w+){1,5}\s+VIỆT\s+NAM)\s*$", re.I)
# Rules drawn under the bodies and the motto: "-------", "___", "***", "—o0o—"
RULE_RE = re.compile(r"^[\s\-–—_=*~.o0O]*$")

# "Kiến Minh, ngày 10 tháng 9 năm 2025", "Hải Phòng, ngày 05 tháng 01 năm 2026";
# a draft: "Kiến Minh, ngày      tháng 12 năm 2025"
# (also the non-standard "Hải Phòng, ngày 05/01/2026")
PLACE_DATE_RE = re.compile(
    r"\s*,\s*ngày\s*(?P<date>[\d\s._…]*tháng[\s\d._…]*năm\s*\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})", re.I)
# The same line shape on a scan whose day or month was written or stamped by hand and OCR could not read
# ("Quảng Ngãi, ngày@¿ tháng 1] năm 2024", "Bắc Giang, ngày/Ê tháng 10 năm 2012", "Bến Tre, ngày⁄4⁄. tháng 12 năm
# 2011": corpus/real scans): the place is read, the date is not guessed.
LOOSE_PLACE_DATE_RE = re.compile(
    r"\s*,\s*ngày\s*(?P<date>\S{0,5}(?:\s+\S{1,4})?\s*tháng\S{0,2}\s*\S{0,4}\s*năm\s*\d{4})", re.I)

# Type names (tên loại) -> kind. "KẾ HOẠCH" (seed plan), "BÁO CÁO", "QUYẾT ĐỊNH", "THÔNG BÁO", "TỜ TRÌNH".
TYPE_NAMES = {
    "kế hoạch": "ke_hoach", "báo cáo": "bao_cao", "quyết định": "quyet_dinh", "thông báo": "thong_bao",
    "tờ trình": "to_trinh", "công văn": "cong_van",
    "chương trình": "khac", "hướng dẫn": "khac", "biên bản": "khac", "nghị quyết": "khac", "chỉ thị": "khac",
    "quy chế": "khac", "quy định": "khac", "phương án": "khac", "đề án": "khac", "giấy mời": "khac",
    "công điện": "khac", "thông cáo": "khac", "giấy ủy quyền": "khac", "giấy giới thiệu": "khac",
    # legal documents and papers of other offices (corpus/real: "THÔNG TƯ" of Bộ Nội vụ, "GIẤY PHÉP XÂY DỰNG")
    "thông tư": "khac", "thông tư liên tịch": "khac", "nghị định": "khac", "giấy phép": "khac",
    "giấy phép xây dựng": "khac", "bản ghi nhớ": "khac", "hợp đồng": "khac", "công báo": "khac",
    "phiếu chuyển": "khac", "phiếu gửi": "khac", "giấy xác nhận": "khac", "giấy chứng nhận": "khac",
}
# Type abbreviations in the symbol (Decree 30, Phụ lục III): "232/KH-UBND" -> KH -> kế hoạch.
SYMBOL_KINDS = {"KH": "ke_hoach", "BC": "bao_cao", "QĐ": "quyet_dinh", "TB": "thong_bao", "TTr": "to_trinh"}
OTHER_SYMBOLS = frozenset(
    "NQ CT QC QyĐ TC HD CTr PA ĐA DA BB HĐ CĐ BGN BCK GUQ GM GGT PG PC PB TH GNP GXN GCN GP BCĐ"
    " TT TTLT NĐ GPXD BTT".split()
)

# "V/v triển khai Kế hoạch số ..." (trích yếu of a công văn, under the number)
# (spelled out in the header's left column: "Về việc xây dựng kế hoạch rà soát ...", corpus/real tinh_phutho_CV_4532-2011)
SUBJECT_RE = re.compile(r"^\s*(?:V/v|V[ềÊêeE]\s+vi[ệe]c)\s*[:.]?\s*(?P<rest>.*)$", re.I)
# "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng." / "Kính gửi:" then "- ...;" lines
# (also the southern spelling "Kính gởi: Ủy ban nhân dân các xã, phường, đặc khu.")
TO_RE = re.compile(r"^\s*K[íi]nh\s+g[ửởu]i\s*:?\s*(?P<rest>.*)$", re.I)
# "Nơi nhận:" (bold italic, lower left)
# (OCR may lose "Nơi": "nhận:" alone opens the list, corpus/real bo_bcdcchc_QD_46-2021)
# (and "Nơi nhộn:", corpus/real tinh_bacgiang_QD_1462-2012)
RECIPIENTS_RE = re.compile(r"^\s*(?:N[ơo]i\s+nh[ậộa]n\s*:?|nh[ậa]n\s*:)\s*(?P<rest>.*)$", re.I)
# OCR glues the signature block's line before "Nơi nhận:" when both stand on one row: "TM. ỦY BAN NHÂN DÂN Nơi nhận:",
# "KT. CHỦ TỊCH Nơi nhộn:" (corpus/real tinh_quangngai_BC_280-2024, tinh_phutho_QD_2025)
RECIPIENTS_INSIDE_RE = re.compile(r"\s(?=N[ơo]i\s+nh[ậộa]n\s*:)", re.I)
# ... or the signature block's line before an item of the list: "PHÓ TRƯỞNG BAN - Lưu: VT, LĐ.", "Nguyễn Hoàng Giang -
# Các Sở, ban, ngành tỉnh;" (corpus/real so_bacgiang-kcn_TB_107-2012, tinh_quangngai_CT_11-2024)
ITEM_INSIDE_RE = re.compile(r"^(?P<right>[^-–]+?)\s+[-–]\s+(?P<left>\S.*)$")
# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH", "Q. CHỦ TỊCH"; the Party and the
# mass organisations write "T/M ĐẢNG ỦY", "K/T BÍ THƯ", "T/L BAN THƯỜNG VỤ" (read as TM., KT., TL.)
AUTHORITY_RE = re.compile(
    r"(?<![\w./])(?P<auth>T/M|K/T|T/L|TM|KT|TL|TUQ|Q)(?:\s*\.\s*|(?<=/[MTL])\s+)(?P<rest>\S.*)$")
# Lines in the signature block that are not the name: "(Đã ký)", "(ký, ghi rõ họ tên, đóng dấu)"
SIGNATURE_NOTE_RE = re.compile(r"^\s*\((?:đã\s+ký|ký|chữ\s+ký)[^)]*\)\s*$", re.I)
# Administrative units that start the wrapped second line of a body name: "ỦY BAN NHÂN DÂN" / "XÃ KIẾN MINH"
ADMIN_UNIT_RE = re.compile(r"^(?:XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|TP\.?)\s", re.I)
UNIT_INSIDE_RE = re.compile(r"\b(?:XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|TP\.)\s")


# Units named by a number: "Phường 1, ngày 13 tháng 3 năm 2025" (corpus/real xa_phuong1-vungtau_CV_397-2025)
NUMBERED_UNITS = ("Phường", "Quận", "Ấp")


def place_of(before: str) -> str | None:
    """The place before ", ngày": its last capitalised words ("Số: 15/BC-UBND Kiến Minh" -> "Kiến Minh",
    "Phường 1" -> "Phường 1").

    "Xuân Hương - Đà Lạt, ngày ..." -> "Xuân Hương - Đà Lạt".
    """
    words: list[str] = []
    parts = before.split()
    for n in range(len(parts) - 1, -1, -1):
        word = parts[n]
        dash = word in "-–" and bool(words)  # "Xuân Hương - Đà Lạt" (a merged ward keeps both names)
        numbered = not words and word.isdigit() and n > 0 and parts[n - 1] in NUMBERED_UNITS  # "Phường 1"
        if not numbered and (not (dash or word[0].isupper()) or any(ch.isdigit() or ch in "/:" for ch in word)
                             or len(words) == 6):
            break
        words.insert(0, word)
    while words and words[0] in "-–":
        words.pop(0)
    return " ".join(words) or None


def authority_of(m: re.Match) -> str:
    """"TM", "T/M" -> "TM."; "KT", "K/T" -> "KT."."""
    return f"{m['auth'].replace('/', '')}."


def _name_word(word: str) -> bool:
    """"Thuật", "K'", "H'Nhí" (names of the Central Highlands: each part after an apostrophe is capitalised)."""
    parts = [p for p in re.split(r"['’]", word) if p]
    return bool(parts) and all(p.isalpha() and p[0].isupper() and (not p[1:] or p[1:].islower()) for p in parts)


def is_name(line: str) -> bool:
    """A signer's name: "Phạm Tiến Thuật", "K' Điểu", "Siu H'Nhí" (2-6 capitalised words, not all upper case)."""
    words = line.split()
    return 2 <= len(words) <= 6 and all(_name_word(w) for w in words)


# Words of a signer's title, never of a name: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "CHÁNH VĂN PHÒNG", "BÍ THƯ"
POSITION_WORD_RE = re.compile(r"CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|CHÁNH|BÍ THƯ|PHÓ|ỦY VIÊN|THƯỜNG TRỰC|VĂN PHÒNG|BAN|HỘI|ĐOÀN"
                              r"|ỦY BAN|SỞ|PHÒNG|KÝ|THAY MẶT")


def is_upper_name(line: str) -> bool:
    """A name printed in capitals under the title: "PHẠM QUỐC BẢO" (2-5 words, no title word)."""
    words = line.split()
    return (2 <= len(words) <= 5 and line.isupper() and all(w.replace("'", "").isalpha() for w in words)
            and not POSITION_WORD_RE.search(line))
# A body that ends with its place is complete: "SỞ TTTT TỈNH PHÚ THỌ" (the next line is a body of its own)
PLACE_AT_END_RE = re.compile(r"\b(?:TỈNH|THÀNH PHỐ|TP\.|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\w+(?:\s+\w+){0,3}$")
# A body line that ends with its unit word wraps the name onto the next line: "UBND THÀNH PHỐ" / "HẢI PHÒNG"
UNIT_AT_END_RE = re.compile(r"(?:\bXÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN)$")

# A body that opens with an event date: "Ngày 25/11/2025, Chủ tịch Ủy ban nhân dân xã chủ trì ..."
# or with the meeting it reports: "Tại phiên họp ngày 19/11/2025, ...", "Tại cuộc họp ...", "Vào ngày ..."
# (so the line is body, not the trích yếu).
# (a minutes' "Vào lúc 14h00 ngày 26/9/2022 tại Sở Tư pháp ...": corpus/real so_quangbinh_BB_02-2022)
DATED_OPENING_RE = re.compile(r"^(?:Ngày\s+\d|Vào\s+(?:ngày|lúc|hồi)\s|Hôm nay,?\s|Tại\s+(?:phiên|cuộc|buổi|hội nghị|kỳ họp)\s)")
# The authority line of a decision or resolution under its trích yếu: the issuer's name, after the title of the
# person who decides ("ỦY BAN NHÂN DÂN TỈNH KON TUM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG", "HỘI ĐỒNG NHÂN DÂN
# TỈNH TIỀN GIANG" / "KHÓA VIII - KỲ HỌP THỨ 3": corpus/real/dev/pages); a text copied from a web page has no empty
# line or bold change to end the title before it
DECIDER_RE = re.compile(r"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG)\s+")
# A title line ending with one of these goes on to the next ("QUY CHẾ LÀM VIỆC CỦA" / "ỦY BAN NHÂN DÂN XÃ ...")
TITLE_JOIN_WORDS = ("CỦA", "VÀ", "VỚI", "CHO", "TẠI", "VỀ", "THUỘC", "TRONG")
# The type line of a plan standing alone: "KẾ HOẠCH" (then "Thực hiện phong trào thi đua ..."); not "KẾ HOẠCH SỐ".
PLAN_TITLE_RE = re.compile(r"^\s*KẾ HOẠCH\s*$")
# A body name wrapped after (or before) a joining word goes on: "HĐND VÀ" / "UBND XÃ KIẾN MINH", "BAN CHỈ ĐẠO -" /
# "PHONG TRÀO ..."; a line starting "VÀ " or "- " continues the previous one.
BODY_JOIN_WORDS = ("VÀ", "-", "–")

# "Số:" glued after the body in one cell or PDF line: "SỞ TÀI CHÍNH Số: /BC-STC", "... XÃ HỘI Số: 1445/SLĐTBXH-..."
# (corpus/real so_haugiang_BC_2024, so_quangbinh_CV_1445-2022)
INLINE_NUMBER_RE = re.compile(r"\s(?=Số\s*[:.]?\s*(?:\d|[\s._…]*/))")
# A form label printed at the right of the header line: "TỈNH QUẢNG BÌNH Biểu mẫu số 01", "Mẫu số 02/BC"
FORM_LABEL_RE = re.compile(r"\s*(?:Biểu\s+mẫu|Mẫu|Biểu)\s+(?:số\s*)?[\w/.-]*\s*$")
# Where a second body starts in a line that glues two: "UBND TỈNH QUẢNG BÌNH SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"
# (a parent body ending with its place, then a body of its own: Sở, Phòng, Ban, Văn phòng, Trung tâm ...)
_BODY_HEADS = (r"(?:SỞ|PHÒNG|BAN|VĂN PHÒNG|TRUNG TÂM|CHI CỤC|CỤC|ĐẢNG ỦY|ĐOÀN|HỘI ĐỒNG|BỘ CHỈ HUY"
               r"|CÔNG AN|BỆNH VIỆN|TRƯỜNG)")
BODY_HEAD_RE = re.compile(rf"\s(?={_BODY_HEADS}\s)")
BODY_HEAD_START_RE = re.compile(rf"^{_BODY_HEADS}(?:\s|$)")
PARENT_WITH_PLACE_RE = re.compile(r"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|BỘ|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY)\b.*"
                                  r"\b(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\S+", re.I)
# A body's generic head printed alone on its line, the rest wrapped below: "HỘI ĐỒNG" / "THI ĐUA - KHEN THƯỞNG ..."
# (corpus/real tinh_hungyen_HD_2021)
# OCR marks around a body's name: a leading "_" or "." ("_ỦY BAN NHÂN DÂN ..."), a lone dot between its lines
# ("ỦY BAN NHÂN DÂN . TỈNH BÀ RỊA - VŨNG TÀU"); a dash between words stays ("SỞ LAO ĐỘNG – THƯƠNG BINH ...").
BODY_NOISE_RE = re.compile(r"^[\W_]+(?=\w)|(?<=\s)[._,;:]+(?=\s|$)")
BARE_HEAD_RE = re.compile(r"^(?:HỘI ĐỒNG|ỦY BAN|UỶ BAN|BAN|SỞ|PHÒNG|VĂN PHÒNG|TRUNG TÂM|BAN CHỈ ĐẠO|BAN THƯỜNG VỤ)$")


def split_bodies(text: str) -> list[str]:
    """"UBND TỈNH QUẢNG BÌNH SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI" -> [parent, body]; one body -> [it]."""
    for m in BODY_HEAD_RE.finditer(text):
        head = text[: m.start()].strip()
        if PARENT_WITH_PLACE_RE.match(head):
            return [head, text[m.end():].strip()]
    return [text]
# A header line broken before its value: "Số:" (then "/TB-UBND"), "Quảng Ngãi, ngày" (then "tháng 11 năm 2024")
BROKEN_HEADER_RE = re.compile(r"(?:^Số\s*[:.]?|,\s*ngày)\s*$")
# The text of a digital-signature stamp printed at the top of a signed PDF: "Ký bởi: Ủy ban nhân dân tỉnh Quảng
# Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "Thời gian ký: 24.01.2025 20:06:24 +07:00", an e-mail address (corpus/real
# tinh_quangngai_BC_23-2025); the lines around it belong to the stamp too
SIGNATURE_STAMP_RE = re.compile(r"(?:ký\s+bởi|thời\s+gian\s+ký|cơ\s+quan\s*:|@|[+]07:?00|\d{1,2}:\d{2}:\d{2})", re.I)
STAMP_START_RE = re.compile(r"^\s*Ký\s+bởi\s*:", re.I)
STAMP_END_RE = re.compile(r"Thời\s+gian\s+ký\s*:", re.I)
# The signing time of a digital-signature stamp: "Thời gian ký: 2026-05-13T14:41:57+07:00", "Thời gian ký: 24/01/2025
# 14:23:43", "07.01.2025 16:02:32 +07:00"
STAMP_DATE_RE = re.compile(r"Thời\s+gian\s+ký\s*:\s*(?:(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                           r"|(?P<d2>\d{1,2})[/.](?P<m2>\d{1,2})[/.](?P<y2>\d{4}))", re.I)
