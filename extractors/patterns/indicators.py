"""Words around a chỉ tiêu: codes, comparators, direction, periods, units after a figure, and what is not one.

Every pattern carries a real example (mostly from the Kiến Minh plan and its unit reports).
"""

from __future__ import annotations

import re
import unicodedata

from extractors.patterns.abbreviations import expand_abbreviations
from extractors.records import Comparator, Direction

# "(4). Tỷ lệ tăng dân số tự nhiên: 0,7%." / "(8) Tỷ lệ gia đình ..." : the plan's numbering of chỉ tiêu.
CODE_RE = re.compile(r"^\s*(?P<code>\(\d{1,3}\))\s*[.:]?\s*")

# Units right after a figure, longest first. "833.509/1.703,274 tỷ đồng", "120/831 lượt người", "05 vụ",
# "23/45 giấy", "97,0%", "350 triệu", "2.961 tấn", "1.250 ha". Counts keep their noun.
UNIT_WORDS = (
    "tỷ đồng", "tỉ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "tr.đ", "trđ", "tỷ", "tỉ", "triệu", "đồng", "đ",
    # foreign currency: "125 triệu USD" (an export value) is not "triệu đồng"
    "tỷ USD", "triệu USD", "nghìn USD", "USD",
    "lượt người", "lượt hộ", "lượt lao động", "lượt đoàn viên", "lượt hội viên", "lượt thanh niên",
    "lượt học sinh", "lượt phụ nữ", "lượt nông dân", "lượt", "người", "hội viên", "đoàn viên", "đảng viên",
    "thanh niên", "công dân", "hộ gia đình", "hộ", "giấy chứng nhận", "giấy", "vụ việc", "vụ",
    "tấn", "tạ", "kg", "ha", "km2", "km", "m2", "con", "cây", "công trình", "dự án", "doanh nghiệp",
    "hợp tác xã", "cơ sở", "gia đình", "học sinh", "trẻ", "lao động", "mô hình", "cuộc", "lớp", "buổi",
    "bài", "tin", "đơn", "hồ sơ", "thủ tục", "trường", "thôn", "tuyến", "phòng", "đợt", "thẻ",
    # other levels and domains: "12/10 xã đạt chuẩn nông thôn mới nâng cao", "11/12 tổ dân phố", "05 ca mắc sốt
    # xuất huyết", "45 sản phẩm OCOP", "19/19 tiêu chí", "36 giấy phép kinh doanh", "150 học viên", "33 giường"
    "xã", "phường", "thị trấn", "tổ dân phố", "ca", "sản phẩm", "tiêu chí", "giấy phép", "học viên", "giường",
    "bác sĩ", "hội nghị", "phiên", "văn bản", "trường hợp", "phương tiện", "băng rôn", "tờ rơi", "ngày công",
    # "28/30 khu dân cư đạt danh hiệu khu dân cư văn hóa"
    "khu dân cư", "khu phố", "tổ dân cư",
)
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNIT_WORDS, key=len, reverse=True))
# A rate unit: "75 triệu đồng/người/năm", "205 triệu đồng/ha", "33 giường/vạn dân". The per-part is kept.
# A price's per-part is any one word after the slash: "25.000đ/kg", "190.000 đồng/thùng", "352.500đ/bình".
PER_WORDS = ("người", "năm", "tháng", "ha", "hộ", "lao động", "khẩu", "vạn dân", "nghìn dân", "sào", "con")
_PER_ALT = "|".join(re.escape(u) for u in sorted(PER_WORDS, key=len, reverse=True))
_MONEY_ALT = r"tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|ngàn đồng|đồng|đ"
UNIT_AFTER_RE = re.compile(
    # the per-part may carry its size: "đ/chục 10 quả", "đồng/bình 12kg", "đồng/cây 11.7m", "đồng/bao/50kg"
    rf"\s*(?P<unit>%|‰|(?:{_MONEY_ALT})\s?/\s?[^\W\d_]+(?:\s?/\s?(?:{_PER_ALT}))?"
    rf"(?:\s?/?\s?\d+(?:[.,]\d+)?\s?(?:kg|g|lít|ml|m|quả|cái|viên)(?![^\W\d_]))?(?![\w])"
    rf"|(?:{_UNIT_ALT})(?:\s?/\s?(?:{_PER_ALT})(?![\w])){{0,2}}(?![\w]))", re.IGNORECASE
)

# Comparator words before a figure, longest first.
# "tối thiểu 90%", "ít nhất 02 lớp", "phấn đấu đạt tỷ lệ 100%" -> ">="; "trên 95%", "vượt 5%" -> ">";
# "không quá 1%", "không vượt quá 2 vụ", "tối đa 3%" -> "<="; "dưới 1%" -> "<"; "bằng 100%" -> "=".
COMPARATORS_BEFORE: tuple[tuple[str, Comparator], ...] = (
    ("không vượt quá", "<="), ("không quá", "<="), ("tối đa", "<="), ("không thấp hơn", ">="),
    ("tối thiểu", ">="), ("ít nhất", ">="), ("phấn đấu đạt", ">="), ("vượt", ">"), ("cao hơn", ">"),
    ("trên", ">"), ("thấp hơn", "<"), ("dưới", "<"), ("bằng", "="),
    # table cells: "≥ 95", "≤ 1", "> 90", "< 5"
    ("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"),
)
_CMP_ALT = "|".join(re.escape(w) for w, _ in COMPARATORS_BEFORE)
# The comparator must sit right before the figure (allowing "tỷ lệ", "mức", "là" between): "phấn đấu đạt tỷ lệ 100%".
COMPARATOR_BEFORE_RE = re.compile(rf"(?P<word>{_CMP_ALT})(?:\s+(?:tỷ lệ|mức|là|từ|khoảng))*\s*$", re.IGNORECASE)
# "từ 95% trở lên", "90% trở lên" -> ">="; "95% trở xuống" -> "<=".
COMPARATOR_AFTER_RE = re.compile(r"^\s*(?:%\s*)?(?P<word>trở lên|trở xuống)", re.IGNORECASE)
COMPARATORS_AFTER: dict[str, Comparator] = {"trở lên": ">=", "trở xuống": "<="}

# "Toàn quận có 28/30 khu dân cư đạt danh hiệu ... (93,3%)": a bracketed rate right after a pair's words.
BRACKETED_RATE_RE = re.compile(r"^[^(),;]*\(\s*$")
# "đạt 124%" after a pair, "đạt 99,5% kế hoạch", "bằng 102% so với cùng kỳ": a completion ratio.
RATIO_AFTER_RE = re.compile(r"(?:đạt|bằng)\s*$", re.IGNORECASE)
RATIO_NOUN_RE = re.compile(r"^\s*%?\s*(?:so với\s+)?(?:kế hoạch|kh\b|chỉ tiêu|dự toán|cùng kỳ)", re.IGNORECASE)

# A figure stated as a target even in a report: "phấn đấu đạt tỷ lệ 100%", "kế hoạch giao 500 triệu đồng",
# "chỉ tiêu 97%". Searched in the few words right before the figure.
TARGET_CUE_RE = re.compile(r"(?:phấn đấu|kế hoạch|chỉ tiêu|\bKH\b|mục tiêu)(?:\s+\S+){0,3}\s*:?\s*$", re.IGNORECASE)

# A figure measured against its target later in the clause: "sắp xếp 1.820 quân nhân dự bị, đạt 101,1% kế hoạch".
MEASURED_AFTER_RE = re.compile(r"^[^;]{0,80}?(?:đạt|bằng)\s*\d+(?:[.,]\d+)?\s*%\s*(?:so với\s*)?(?:kế hoạch|KH\b|chỉ tiêu)",
                               re.IGNORECASE)

# A share of the count just named: "Toàn xã còn 112 hộ nghèo, chiếm 2,35%" -> "Tỷ lệ hộ nghèo" 2,35%.
SHARE_BEFORE_RE = re.compile(r"(?:^|,\s*)chiếm(?:\s+tỷ lệ)?\s*$", re.IGNORECASE)

# A target named anywhere in a few words: "giảm 25% so với cùng kỳ, chỉ tiêu giảm ít nhất 5%".
TARGET_WORD_RE = re.compile(r"phấn đấu|kế hoạch|chỉ tiêu|\bKH\b|mục tiêu", re.IGNORECASE)
# "đạt 82,5% so với kế hoạch năm": the completion ratio of the level stated before, which names no target.
PLAN_RATIO_RE = re.compile(r"(?:đạt|bằng)\s*\d+(?:[.,]\d+)?\s*%\s*(?:so với\s*)?(?:kế hoạch|KH\b|chỉ tiêu)", re.IGNORECASE)

# ... or right after it: "chưa đạt 98% theo kế hoạch", "97% theo chỉ tiêu giao".
TARGET_AFTER_RE = re.compile(r"^\s*%?\s*(?:theo|của)\s+(?:kế hoạch|chỉ tiêu|KH\b)", re.IGNORECASE)

# A report's "hoàn thành 100% chỉ tiêu tuyển quân thành phố giao": the % is the completion ratio and the
# words after it name the measure.
COMPLETION_BEFORE_RE = re.compile(r"hoàn thành\s*$", re.IGNORECASE)
COMPLETION_NOUN_RE = re.compile(r"^\s*%?\s*(?P<noun>(?:chỉ tiêu|kế hoạch|nhiệm vụ)[^,;.()]*)", re.IGNORECASE)
# "..., với 16/16 công dân lên đường nhập ngũ": the figures of the measure just named by its ratio.
DETAIL_CONNECTOR_RE = re.compile(r"^[\s,:(]*(?:với|gồm|tương ứng|tương đương|cụ thể là|là)?[\s,:(]*$", re.IGNORECASE)

# A report's qualitative result: "Dự án hạ tầng nông thôn mới kiểu mẫu xã Đông Phương (cũ) đã hoàn thành, bàn
# giao ..." answers a plan's chỉ tiêu without a figure ("(3). Hoàn thành dự án xây dựng hạ tầng ...").
DONE_RE = re.compile(
    r"^(?P<name>(?:dự án|công trình|đề án|hạng mục)\s[^,;]*?)\s+(?:đã\s+|được\s+)*(?:hoàn thành|hoàn tất|xong)",
    re.IGNORECASE,
)

# A plan's "nothing may happen" chỉ tiêu: "Không để xảy ra mất an toàn thực phẩm, bạo lực học đường ...", "Không để
# xảy ra ngộ độc thực phẩm tập thể trên 30 người mắc" (the 30 defines the event; it is no target). Qualitative.
NO_OCCURRENCE_RE = re.compile(
    r"^(?:\d{1,2}\.\s+|[-+•]\s*)?(?P<name>không (?:để )?(?:xảy ra|phát sinh|có)\s.+?)[\s.;]*$", re.IGNORECASE
)

# "tăng 8,3% so với cùng kỳ", "giảm 2 vụ so với năm 2024": a change on an earlier period, not a chỉ tiêu figure.
# The earlier period a figure is compared with: "giảm 2 hộ so với năm 2024", "tăng 5% so với cùng kỳ năm 2024".
# Its year is not the figure's period.
COMPARED_PERIOD_RE = re.compile(r"\bso với\s+(?:cùng kỳ\s*)?(?:(?:năm|quý|tháng|kỳ)\b|\d)[^,;.()]*", re.IGNORECASE)

# "so sánh với cùng kỳ", "so với tuần trước" (a commune's weekly epidemic count) compare as well.
_EARLIER = r"(?:cùng kỳ|năm trước|năm \d{4}|tuần trước|tháng trước|quý trước|kỳ trước)"
CHANGE_AFTER_RE = re.compile(rf"^\s*%?\s*so(?: sánh)? với {_EARLIER}(?: năm trước)?", re.IGNORECASE)

# A target in brackets after the figure it qualifies: "giảm xuống còn 11,8% (kế hoạch dưới 12%)", "68,5 triệu
# đồng/người/năm (kế hoạch 65 triệu đồng)", "36 giấy phép kinh doanh hộ cá thể (chỉ tiêu 30 giấy)". Read inline.
TARGET_BRACKET_RE = re.compile(r"\s*\(\s*(?P<inner>(?:kế hoạch|KH|chỉ tiêu|mục tiêu)\b[^()]*?)\s*\)", re.IGNORECASE)
# "đạt 98,2%, vượt 0,2% so với chỉ tiêu (98%)": a difference from the target, not a figure of its own.
DIFFERENCE_RE = re.compile(r"(?:vượt|cao hơn|thấp hơn|tăng|giảm)\s*$", re.IGNORECASE)
DIFFERENCE_AFTER_RE = re.compile(r"^\s*%?\s*so với (?:chỉ tiêu|kế hoạch|KH\b|mục tiêu)", re.IGNORECASE)
# "so với cùng kỳ năm 2024 giảm 02 vụ, giảm 01 người chết": a change stated after its comparison.
CHANGE_BEFORE_RE = re.compile(
    rf"so(?: sánh)? với {_EARLIER}[^,;:]*?(?:tăng|giảm)\s*$|(?:,\s*|^\s*)(?:tăng|giảm)\s*$",
    re.IGNORECASE,
)

# "Số hộ nghèo giảm từ 15 hộ xuống còn 8 hộ": the later figure is where things stand now.
UPDATE_BETWEEN_RE = re.compile(r"^\s*(?:xuống|lên|tăng lên|giảm xuống)?(?:\s*còn)?\s*$", re.IGNORECASE)
# A measure word opening the last comma part of a name: "Phấn đấu đến cuối năm 2025, tỷ lệ hộ nghèo".
MEASURE_START_RE = re.compile(r"^(?:tỷ lệ|tỉ lệ|tổng|số|giá trị|thu|tốc độ|sản lượng|diện tích)\b", re.IGNORECASE)

# Direction: is more better? Checked on the indicator's name, most specific first.
# "Tỷ lệ tăng dân số tự nhiên: 0,7%" names a metric: neither more nor less is plainly better.
NEUTRAL_WORDS = ("tăng dân số", "tỷ số giới tính", "tỷ lệ sinh")
# "Tỷ lệ hộ nghèo: 0", "Tai nạn giao thông giảm 3 vụ", "Tội phạm về ma túy", "thất thu ngân sách",
# "Số vụ phạm pháp hình sự".
DECREASE_WORDS = (
    # "xảy ra 02 vụ cháy", "bị thương 04 người", "05 ca mắc sốt xuất huyết"
    "bị thương", "người chết", "ca mắc", "mắc mới",
    "hộ nghèo", "cận nghèo", "tai nạn", "tội phạm", "vi phạm", "cháy", "nổ", "ma túy", "ma tuý", "thất thu",
    "suy dinh dưỡng", "tử vong", "ô nhiễm", "thất nghiệp", "tồn đọng", "khiếu nại", "tố cáo", "nợ đọng",
    "bỏ học", "tảo hôn", "sinh con thứ 3", "phạm pháp", "hình sự", "tệ nạn", "giảm",
)
# "Tỷ lệ dân số tham gia bảo hiểm y tế", "Thu ngân sách", "Tổng giá trị sản xuất", "tăng 7,5 - 8,0%".
INCREASE_WORDS = (
    "bảo hiểm", "bao phủ", "thu ngân sách", "giá trị sản xuất", "giá trị", "doanh thu", "sản lượng", "thu nhập",
    "nước sạch", "thu gom", "công nhận",
    "việc làm", "hoàn thành", "phá án", "tuyển quân", "cấp giấy", "tập luyện", "đạt chuẩn", "tăng trưởng",
    "phân loại", "tiêm chủng", "kiên cố", "giải quyết", "tham gia", "tăng", "đạt", "phấn đấu",
    "văn hóa", "văn hoá", "kết nạp", "cấp", "hỗ trợ", "xây dựng", "trồng", "tuyên truyền", "tập huấn",
    # other domains: "Tỷ lệ huy động trẻ em 5 tuổi ra lớp", "Tỷ lệ học sinh lớp 9 tốt nghiệp", "Tỷ lệ đường trục thôn
    # được cứng hóa", "Tỷ lệ che phủ rừng", "sản phẩm OCOP", "Tỷ lệ điều tra khám phá", "Giao quân", "Xuất khẩu lao
    # động", "Tỷ lệ lao động qua đào tạo", "Năng suất lúa", "Lượt khách du lịch", "Tỷ lệ hồ sơ ... trực tuyến",
    # "Số giường bệnh/vạn dân", "Số bác sĩ/vạn dân", "phổ cập giáo dục", "chuẩn quốc gia"
    "huy động", "tốt nghiệp", "cứng hóa", "cứng hoá", "kiên cố hóa", "che phủ", "ocop", "khám phá", "giao quân",
    "xuất khẩu lao động", "qua đào tạo", "năng suất", "khách du lịch", "trực tuyến", "điện tử", "công nghệ số",
    "kinh tế số", "điện thoại thông minh", "internet", "giường bệnh", "bác sĩ", "phổ cập", "chuẩn quốc gia",
    "tiêu chí", "đúng hạn",
)

# Periods: "6 tháng cuối năm 2025", "6 tháng đầu năm", "quý III/2025", "năm 2025", "cả năm", "giai đoạn 2025-2030".
PERIOD_RE = re.compile(
    r"(?:0?6|9) tháng (?:đầu|cuối) năm(?: \d{4})?"
    r"|quý [IV]{1,3}(?:/\d{4}| năm \d{4})?"
    r"|tháng \d{1,2}/\d{4}"
    r"|giai đoạn \d{4}\s*-\s*\d{4}"
    r"|cả năm(?: \d{4})?"
    r"|năm \d{4}",
    re.IGNORECASE,
)

# Figures that are never chỉ tiêu; masked before looking for figures.
# "ngày 09/9/2025", "26/12/2024", "tháng 12/2025", "Kế hoạch số 232/KH-UBND", "41-CT/TW", "30/2020/NĐ-CP",
# "năm 2025", "(2025 - 2030)", "lần thứ I", "02 cấp", "78 năm", "6 tháng", "Điều 5", "khoản 2".
NOT_FIGURE_RE = re.compile(
    # the first characters any alternative can start with, tested first: a quick refusal at most positions
    r"(?=[\d(ntsđhlkmpcqg])(?:"
    r"\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{2,4}"
    r"|\d{1,2}\s?[-.]\s?\d{1,2}\s?[-.]\s?\d{4}"
    # a day and month without the year: "trước ngày 10/01 hàng năm", "không quá 15/2 hàng năm"
    r"|(?:ngày|trước|sau|đến|từ|hạn)\s+\d{1,2}/\d{1,2}(?![\d/])|\d{1,2}/\d{1,2}(?=\s+h[àằ]ng\s+năm)"
    r"|(?:ngày|tháng)\s+\d{1,2}(?:\s?/\s?\d{1,2}(?=\s?/))?(?:\s?/\s?\d{2,4})?(?:\s+(?:tháng\s+\d{1,2}\s+)?năm\s+\d{4})?"
    # "số 232/KH-UBND", "Số: 14/2025/QĐ-UBND" (not "Dân số: 374.125 người": a number needs its slash)
    r"|(?<!\w)(?:số|số:)\s*\d+[\w.\-Đđ]*/[\w/.\-Đđ]*"
    r"|\d+(?:/\d{4})?/[A-ZĐ][\w\-Đ]*(?:/[\w\-Đ]+)*"
    r"|\d+-[A-ZĐ]{2,}(?:/[\w\-Đ]+)*"
    r"|(?:năm|niên khóa|nhiệm kỳ|giai đoạn|khóa)\s+\d{4}(?:\s?[-–]\s?\d{4})?"
    r"|\(\s?\d{4}\s?[-–]\s?\d{4}\s?\)|\d{4}\s?[-–]\s?\d{4}"
    # durations and ages qualify what they follow: "trẻ em 5 tuổi", "người 60 tuổi trở lên"
    r"|\d+\s+(?:năm|tháng|ngày|giờ|cấp|lần|tuổi)(?![\w])"
    # (a "tài khoản" is an account, not a clause: "Chi trả qua tài khoản 113 đối tượng")
    r"|(?<!\w)(?<!tài )(?:lần thứ|thứ|điều|khoản|điểm|mục|phần|chương|quý)\s+[\dIVXLC]+"
    r"|\b(?:19|20)\d{2}\b"
    # "Giá trị sản phẩm thu được trên 1 ha đất trồng trọt": a per-unit denominator, not a figure
    r"|(?:trên|mỗi|một)\s+1\s+(?:ha|héc ta|hộ|người|lao động|km2|km)(?!\w))",
    re.IGNORECASE,
)

# Headings whose sentences are never chỉ tiêu: "I. MỤC ĐÍCH, YÊU CẦU", "III. THỜI GIAN THỰC HIỆN",
# "IV. KHEN THƯỞNG", "V. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "Căn cứ ...".
EXCLUDED_HEADING_RE = re.compile(
    r"^(?:mục đích|yêu cầu|thời gian|khen thưởng|tổ chức thực hiện|kinh phí|nơi nhận|căn cứ|đề xuất|kiến nghị"
    r"|phương hướng|nhiệm vụ và giải pháp|nhiệm vụ, giải pháp|giải pháp)",
    re.IGNORECASE,
)
# A report's forward-looking headings: what it will do next is no result ("II. NHIỆM VỤ NĂM 2026",
# "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", "Kế hoạch năm 2026").
FORWARD_HEADING_RE = re.compile(r"^(?:nhiệm vụ|kế hoạch|dự kiến|định hướng)\b", re.IGNORECASE)
# Headings that hold chỉ tiêu: "2. Mục tiêu, chỉ tiêu chủ yếu năm 2025", "2.1. Các chỉ tiêu kinh tế:",
# "2.3. Các tiêu chỉ về tài nguyên" (typo in the seed), "II. KẾT QUẢ THỰC HIỆN", "Kết quả đạt được".
INDICATOR_HEADING_RE = re.compile(r"chỉ tiêu|tiêu chỉ|mục tiêu|kết quả", re.IGNORECASE)

# A clause reads as a chỉ tiêu when it names a measure: "Tỷ lệ ...", "... đạt ...", "Tổng ...", "Thu ...".
# "Tốc độ tăng trưởng kinh tế (GRDP) đạt trên 11%", "Giá trị sản xuất ...", "Thu nhập bình quân ...".
CUE_RE = re.compile(
    # "Chỉ số giá tiêu dùng ... bằng 100,25%", "chiếm tỷ trọng 19,84%": an index and a share are measures too
    r"tỷ lệ|tỉ lệ|chỉ số|tỷ trọng|\bđạt\b|tổng|\bthu\b|số lượng|số người|số hộ|\bcấp\b|giải quyết|tuyển|tốc độ|tăng trưởng"
    r"|giá trị|thu nhập|bình quân|sản lượng|kết nạp"
    # outcomes counted in the area: "xảy ra 05 vụ tai nạn giao thông, làm chết 03 người, bị thương 04 người"
    r"|\bxảy ra\b|làm chết|bị thương|ghi nhận",
    re.IGNORECASE,
)

# An outcome verb right before a count makes it a result even outside a chỉ tiêu section: "trên địa bàn huyện xảy
# ra 05 vụ tai nạn giao thông, làm chết 03 người, bị thương 04 người", "ghi nhận 05 ca mắc sốt xuất huyết".
# Words that open the parts of a count: "Số PAKN được tiếp nhận: 49, trong đó, tháng trước chuyển sang: 20".
PARTS_OF_RE = re.compile(r"\b(?:trong đó|gồm có|bao gồm|gồm)\b", re.IGNORECASE)
# A report's result verb right before the figure: "Dự tính GTSX CN tháng 10 đạt 111,4 tỷ đồng", "ước đạt".
RESULT_VERB_BEFORE_RE = re.compile(r"\b(?:ước\s+)?đạt(?:\s+được)?\s*$", re.IGNORECASE)
OUTCOME_BEFORE_RE = re.compile(r"(?:xảy ra|ghi nhận|làm chết|bị thương|tử vong)\s*$", re.IGNORECASE)

# Words that end a name before the figure: "Tỷ lệ điều tra phá án đạt 95%" -> "Tỷ lệ điều tra phá án".
NAME_TAIL_RE = re.compile(
    r"(?:\s*[:,\-–]|\s+(?:phấn đấu|đạt|là|bằng|được|có|với|ước|ước đạt|tỷ lệ|mức|khoảng|từ|mới|chỉ|chưa|cho|còn"
    # a price's "Xăng A95III có giá 23.330đ/lít", "Lúa OM18 ở mức 7.200 - 7.400đ/kg", "... dao động từ ..."
    r"|giá|dao động|ở"
    r"|giảm|tăng|xuống|lên|thu được|"
    + _CMP_ALT
    + r"))+\s*$",
    re.IGNORECASE,
)
# A name that is only a verb: "Hoàn thành 100% chỉ tiêu tuyển quân" keeps the whole clause as its name.
VERB_ONLY_NAME_RE = re.compile(
    r"^(?:hoàn thành|đạt|phấn đấu|tăng|giảm|giữ vững|duy trì|thực hiện|thu|thu được|riêng|toàn \w+|tổ chức"
    r"|(?:đã )?(?:phối hợp )?tổ chức|triển khai|vận động|hỗ trợ|xây dựng|trồng|cấp|mở|kết nạp|giới thiệu)$",
    re.IGNORECASE,
)

# Activity counts are means, not results: "Trạm Y tế phường đã tổ chức 12 buổi tiêm chủng", "treo 150 băng rôn,
# phát 3.000 tờ rơi", "lập biên bản xử lý 1.245 trường hợp vi phạm, phạt tiền 1.703,5 triệu đồng", "tổ chức 05
# lớp dạy nghề ngắn hạn cho 150 học viên". A single figure is an activity when its unit is an activity noun or an
# activity verb opens the words before it (back to the last comma); it still counts when a target is set for it
# ("tối thiểu 02 lớp", "chỉ tiêu 30 buổi") or it is compared with one ("12/10 buổi", "đạt 120% kế hoạch").
ACTIVITY_UNITS = ("buổi", "lớp", "hội nghị", "phiên", "đợt", "cuộc", "bài", "tin", "văn bản", "băng rôn", "tờ rơi",
                  "trường hợp", "phương tiện", "ngày công")
ACTIVITY_VERB_RE = re.compile(
    r"(?:^|[\s(])(?:tổ chức|treo|ban hành|lập biên bản|xử phạt|phạt tiền|tạm giữ|kiểm tra|tuyên truyền"
    r"|tập huấn|đăng tải|ra quân|mở)(?=\s)|(?:^|\s)phát\s*$",
    re.IGNORECASE,
)

# "tăng 7,5 - 8,0%", "giảm 5%": direction stated by the verb right before the figure.
DIRECTION_VERB_RE = re.compile(r"(?P<verb>tăng|giảm)\s*(?:từ\s+)?$", re.IGNORECASE)


# More is better although a decrease word appears: "Giúp hộ cận nghèo ... thoát cận nghèo", "Tỷ lệ giảm nghèo".
# The poor as beneficiaries: "Mô hình sinh kế cho hộ nghèo, hộ cận nghèo", "Hộ nghèo, hộ cận nghèo được cấp thẻ bảo
# hiểm y tế".
INCREASE_FIRST_WORDS = ("thoát nghèo", "thoát cận nghèo", "giảm nghèo", "cho hộ nghèo", "cho hộ cận nghèo",
                        "được cấp", "được hỗ trợ")
# Less is better although a neutral word appears: "Tỷ lệ sinh con thứ 3 trở lên".
DECREASE_FIRST_WORDS = ("sinh con thứ 3",)


def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a word list, matching whole words only ("hạ tầng" is not "hạ")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


_DECREASE_RE = _words_re(DECREASE_WORDS)
_INCREASE_RE = _words_re(INCREASE_WORDS)


def direction_of(name: str, before: str = "", comparator: Comparator | None = None) -> Direction | None:
    """Is more better? "Tỷ lệ hộ nghèo" -> decrease; "Thu ngân sách" -> increase; "Tỷ lệ tăng dân số" -> None.

    Abbreviations are expanded first: "Tỷ lệ người dân tham gia BHYT" is about "bảo hiểm y tế".
    """
    low = expand_abbreviations(name).lower()
    verb = DIRECTION_VERB_RE.search(before.lower())
    if verb:
        return "increase" if verb.group("verb") == "tăng" else "decrease"
    if any(w in low for w in DECREASE_FIRST_WORDS):
        return "decrease"
    if any(w in low for w in NEUTRAL_WORDS):
        return None
    if any(w in low for w in INCREASE_FIRST_WORDS):
        return "increase"
    if _DECREASE_RE.search(low):
        return "decrease"
    if comparator in ("<", "<="):
        return "decrease"
    if _INCREASE_RE.search(low):
        return "increase"
    if comparator in (">", ">="):
        return "increase"
    return None


def comparator_before(text: str) -> Comparator | None:
    """The comparator a phrase ends with: "phấn đấu đạt tỷ lệ" -> ">=", "không quá" -> "<="."""
    found = COMPARATOR_BEFORE_RE.search(text)
    if not found:
        return None
    word = found.group("word").lower()
    return next(c for w, c in COMPARATORS_BEFORE if w == word)


_ROMAN_RE = re.compile(r"(?<=quý )[ivx]+\b")


def period_in(text: str) -> str | None:
    """The last period phrase in `text`: "phấn đấu thu ngân sách 6 tháng cuối năm 2025" -> "6 tháng cuối năm 2025"."""
    found = PERIOD_RE.findall(text)
    if not found:
        return None
    # "CHỈ TIÊU THI ĐUA CHỦ YẾU NĂM 2025" -> "năm 2025"; Roman quarters stay upper case ("quý III/2025")
    return _ROMAN_RE.sub(lambda m: m.group().upper(), found[-1].lower())


# Table header cells -> column roles, checked in this order (first match wins).
# Report tables: "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ %"; plan tables:
# "TT | Nội dung | ĐVT | Chỉ tiêu giao năm 2025"; "So với cùng kỳ (%)" and "Ghi chú" are not used.
TABLE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ignore", re.compile(r"cùng kỳ|năm trước|ghi chú|\bck\b", re.IGNORECASE)),  # "% CK": on the same period
    # a price table's "Giá kỳ trước | Giá kỳ này | Mức tăng (giảm)": the earlier level, the level, the change
    # ("So với tháng trước" compares: a ratio, below)
    ("baseline", re.compile(r"^(?!so\b)(?:.*\s)?(?:kỳ trước|tháng trước|quý trước)", re.IGNORECASE)),
    ("value", re.compile(r"kỳ này|tháng này|quý này|kỳ báo cáo", re.IGNORECASE)),
    ("stt", re.compile(r"^(?:stt|tt|số tt|số thứ tự)\.?$", re.IGNORECASE)),
    ("ratio", re.compile(
        # "% so KH" (a district's "Chỉ tiêu KH giao | Ước TH năm | % so KH | Cùng kỳ")
        r"^(?:tỷ lệ|tỉ lệ)?\s*\(?%\)?\s*(?:(?:so(?: với)?\s*)?(?:kh|kế hoạch|chỉ tiêu))?$|^so (?:với|sánh)|th\s*/\s*kh"
        r"|^đạt\b.*(?:%|\bkh\b|kế hoạch)"  # "% KH", "Đạt % KH"
        r"|^so\s+(?:kh|kế hoạch)\b"  # "So KH" under "So sánh (%)" (a statistical form's two header rows)
        r"|hoàn thành\s*\(?%"
        r"|^(?:tỷ lệ|tỉ lệ) (?:đạt|hoàn thành)",
        re.IGNORECASE,
    )),
    ("target", re.compile(r"kế hoạch|\bkh\b|chỉ tiêu giao|chỉ tiêu năm|chỉ tiêu kế hoạch|mục tiêu|được giao|dự toán",
                          re.IGNORECASE)),
    ("value", re.compile(r"thực hiện|kết quả|\bth\b|\bước\b|đạt được|lũy kế|số liệu", re.IGNORECASE)),
    ("unit", re.compile(r"đơn vị tính|^đvt$|^đơn vị đo$", re.IGNORECASE)),
    ("name", re.compile(r"chỉ tiêu|nội dung|^tên|danh mục|lĩnh vực|hạng mục|mặt hàng|nhóm hàng", re.IGNORECASE)),
    ("label", re.compile(r"^(?:đơn vị|xã|thôn|địa phương|cơ quan|tổ chức|tập thể)$", re.IGNORECASE)),
)


def unmarked(text: str) -> str:
    """Letters without tone and vowel marks, case kept: "Kê hoạch" -> "Ke hoach" (OCR garbles marks, not letters)."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D")


# The same roles on letters without marks, for a scan's header whose marks OCR changed ("Kê hoạch", "Thực hiên").
TABLE_ROLES_UNMARKED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(unmarked(rx.pattern), rx.flags)) for role, rx in TABLE_ROLES)
# A row that only numbers the columns: "1 | 2 | 3 | 4 | 5=4/3", "(1) | (2) | (3)", "A | B | 1 | 2".
# "7 (6:3)", "(5)=(4)/(3)": a numbered column with the formula that fills it.
COLUMN_NUMBER_RE = re.compile(r"^\(?[0-9A-Z]{1,2}\)?(?:\s*[=(].*)?$")
# "Thu ngân sách xã (triệu đồng)", "Tỷ lệ tham gia BHYT (%)": a column header with its unit in brackets.
HEADER_UNIT_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]{1,20})\)\s*$")
# A statistical annex's column comparing two others: "So sánh", "So với cùng kỳ", "7=3/2" (a formula).
COMPARISON_HEADER_RE = re.compile(r"\bso\s+(?:sánh|với)\b|=\s*\(?\d+\)?\s*[/⁄]", re.IGNORECASE)
# A column header naming a period or a formula, not a figure: "Dự tính tháng 10", "TH 10 tháng", "8=4/1".
PERIOD_HEADER_RE = re.compile(
    r"^(?:[^\W\d_][\w.]*\s+)*(?:tháng\s+\d{1,2}|\d{1,2}\s+tháng|quý\s+[IV\d]+)(?:\s*[/.]\s*\d{4}|\s+năm\s+\d{4})?$"
    r"|^\d{1,2}\s*=\s*\d{1,2}\s*[/⁄+*-]\s*\d{1,2}$",
    re.IGNORECASE)
# A figure written with a decimal part: "633,0", "1.348,0", "2,67".
DECIMAL_CELL_RE = re.compile(r"\d,\d{1,3}\s*%?\s*$")
# A column header that states a percentage: "Tỷ lệ % trích quỹ ...", "Tỷ lệ (%)", "% so KH".
PERCENT_HEADER_RE = re.compile(r"^\s*(?:t[ỷỉ] lệ\s*\(?%|%)", re.IGNORECASE)
# A column of the share of the plan done: "% so KH", "So với KH năm", "TH/KH", "Tỷ lệ % so kế hoạch".
PLAN_SHARE_HEADER_RE = re.compile(r"\b(?:KH|kế hoạch|chỉ tiêu)\b|th\s*/\s*kh", re.IGNORECASE)
# A statistical form's column of one month: "Thực hiện tháng 10", "Tháng 9/2024" (not "10 tháng", a month count):
# of two such value columns the earlier month is the previous period's, not the report's.
MONTH_HEADER_RE = re.compile(r"(?<![\d\w])tháng\s+(?P<month>0?[1-9]|1[0-2])(?![\d])(?!\s+tháng)", re.IGNORECASE)
# A column of the period to date: "Lũy kế 10 tháng", "Cộng dồn", "Ước thực hiện cả năm": the one a year's plan is
# compared with when a form also gives the month alone.
CUMULATIVE_HEADER_RE = re.compile(r"l[ũu]y kế|luỹ kế|cộng dồn|cả năm|\d{1,2}\s+tháng", re.IGNORECASE)
# A column comparing two others, named by what it compares: "Ước thực hiện 2019 so với thực hiện 2018 (%)",
# "Thực hiện so với kế hoạch": the words after "so với" say with what (the plan: a ratio; an earlier period: not used).
COMPARED_WITH_RE = re.compile(r"\S.*?\bso\s+(?:với|sánh)\b(?P<other>.*)$", re.IGNORECASE)
# A header above two columns that compare others: "So sánh (%)" over "KH | Cùng kỳ", "Tỷ lệ (%)" over "So KH".
# (not "Tỷ lệ hộ nghèo (%)" over "Kế hoạch | Thực hiện": a measure over its plan and result)
COMPARING_PARENT_RE = re.compile(r"^(?:so\s+(?:sánh|với)\b.*|t[ỷỉ] lệ\s*\(?%\)?|%.*)$", re.IGNORECASE)
# A column header that is only the formula filling it: "9=5/3", "(7)=(4)/(3)".
FORMULA_HEADER_RE = re.compile(r"^\(?\d{1,2}\)?\s*=\s*\S")
# A statistical annex's scaled unit: "10³ chiếc", "10⁶ Kw/h", "1000 USD".
SCALED_UNIT_RE = re.compile(r"^10(?:[²³⁶⁹]|00)\s?[^\W\d_][\w/]*(?:\s[^\W\d_]+)?$")
# A unit in brackets inside a header that a PDF reader merged with its neighbour's ("Chỉ số giá tháng 7 (%) NHÓM HÀNG").
INNER_UNIT_RE = re.compile(r"\((?P<unit>[^()]{1,20})\)")
# Group rows ("I | Chỉ tiêu kinh tế") and totals ("Tổng cộng") are not indicators of their own.
GROUP_STT_RE = re.compile(r"^[IVX]{1,4}\.?$|^[A-D]\.?$")
# A statistical form's "Tổng số cán bộ, công chức | 120" is a measure of its own; only a bare total sums rows.
TOTAL_ROW_RE = re.compile(r"^(?:tổng cộng|cộng|tổng số|tổng|toàn (?:xã|huyện|tỉnh|thành phố|phường))\s*[:.]?\s*$",
                          re.IGNORECASE)
# A column of changes on an earlier period: "So với cùng kỳ (%)", "Tăng/giảm so với năm trước".
CHANGE_HEADER_RE = re.compile(r"%|tăng|giảm|so với|so sánh", re.IGNORECASE)
# A column of no role that states a change: "Mức tăng (giảm)", "Tăng/giảm".
CHANGE_COLUMN_RE = re.compile(r"\b(?:tăng|giảm)\b", re.IGNORECASE)
# A count per count after a count noun: "108 bé trai/100 bé gái" (the sex ratio at birth), "2 bác sĩ/1 trạm".
PER_COUNT_RE = re.compile(r"\s?/\s?(?P<per>\d+\s+[^\W\d]+(?:\s+[^\W\d]+)?)(?=[\s.,;:)]|$)")
# The header of a column that names the rows: "Tên cơ sở", "Tên đơn vị" (what the rows are, and what a bare count
# in their cells counts).
ROW_NAME_HEADER_RE = re.compile(r"^tên\s+(?P<noun>\S.*)$", re.IGNORECASE)
# A table cell of a scan that states only a figure: "1.348,0", "≥ 95%", "- 300", "15.850 người". OCR noise is not
# one: a letter or mark glued to the digits ("1.006,2j", "5879[", "86,I"), a comma misread as a slash ("36/7"),
# a broken thousands group ("3.11743"), a decimal point ("347.4") where the form writes commas.
OCR_FIGURE_CELL_RE = re.compile(
    r"^[<>≤≥~]?\s*[-−–]?\s*(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*%|\s+[^\W\d_]+(?:\s+[^\W\d_]+)*)?$"
)
# A readable name: a word of two letters or more ("Tỷ.đ", "“ị", "_, " are not).
READABLE_NAME_RE = re.compile(r"[^\W\d_]{2,}")
# A unit cell that repeats the one above: '"', "-nt-", "nt" (như trên).
DITTO_RE = re.compile(r'^\s*(?:["“”\'″]+|-?\s*"\s*-?|-?\s*nt\s*-?|như trên)\s*$', re.IGNORECASE)
# A column header that counts something: "SL tập thể", "Số cá nhân", "Số lượng cá nhân là lãnh đạo".
COUNT_HEADER_RE = re.compile(r"^(?:tổng số|số lượng|sl|số|sô)\s+(?:là\s+)?", re.IGNORECASE)
# The title of a statistical form or summary, whose tables state results even when no header names the
# document's kind: "BẢNG TỔNG HỢP HÌNH THỨC KHEN THƯỞNG CẤP NHÀ NƯỚC NĂM 2022", "Biểu mẫu số 01", "BÁO CÁO THỐNG KÊ".
STATISTICS_TITLE_RE = re.compile(r"^\s*(?:bảng tổng hợp|tổng hợp|biểu mẫu|biểu số|báo cáo|thống kê|số liệu)\b",
                                 re.IGNORECASE)
# A plan commits to a level even in its task section: "đảm bảo 100% giáo viên biết ứng dụng CNTT", "phấn đấu đến
# năm 2015: 100% cán bộ ...", "tối thiểu 02 mô hình". The words right before the figure (a short window).
COMMITMENT_BEFORE_RE = re.compile(
    r"(?:đảm bảo|bảo đảm|phấn đấu|mục tiêu|tối thiểu|ít nhất|không dưới|không thấp hơn)(?:\s+\S+){0,4}\s*:?\s*$",
    re.IGNORECASE)
# A commitment right before a share, whose measure follows it: "đảm bảo 100% giáo viên biết ứng dụng CNTT".
COMMITMENT_END_RE = re.compile(r"(?:đảm bảo|bảo đảm|phấn đấu(?:\s+đạt)?)\s*:?\s*$", re.IGNORECASE)
# The type of a plan or decision in its number: "Số: 2668/KH-UBND", "46/QĐ-BCĐCCHC" (OCR may garble the digits).
PLAN_NUMBER_RE = re.compile(r"/\s*(?:KH|QĐ)\s*-\s*[A-ZĐ]")
# A plan's headings over where things stand before it: "II. HIỆN TRẠNG ỨNG DỤNG CNTT", "II. ĐÁNH GIÁ CHUNG",
# "1. Những kết quả đạt được", "Thực trạng ...": their figures are baselines, not targets.
BASELINE_HEADING_RE = re.compile(
    r"^(?:hiện trạng|thực trạng|đánh giá|tình hình|(?:những )?kết quả (?:đạt được|thực hiện))", re.IGNORECASE)
# A caption above a table stating its unit: "Đơn vị tính: triệu đồng", "ĐVT: ha".
# "Đơn vị: Triệu đồng" in a form's title row counts too (the caller keeps it only when it is a known unit).
UNIT_CAPTION_RE = re.compile(r"(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?P<unit>[^\W\d][^,;()\n]{0,24}?)\s*(?:[.;)\n]|$)",
                             re.IGNORECASE)

# Results tables that reached us as text lines (OCR of a scan):
# header "STT Chỉ tiêu Đơn vị Kế Thực | Tỷ lệ %" (its words give the order of the figure columns) and rows
# "1 | Tỷ lệ người dân tham gia BHYT % 97,0 97,4 100,4", "2_ | Tỷ lệ tăng dân số tự nhiên % 0,7 0,69 Đạt".
TEXT_TABLE_HEADER_RE = re.compile(r"\bSTT\b.*(?:chỉ tiêu|nội dung)", re.IGNORECASE)
TEXT_TABLE_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("target", re.compile(r"\bkế\b|\bKH\b|chỉ tiêu giao", re.IGNORECASE)),
    ("value", re.compile(r"\bthực\b|kết quả|\bTH\b", re.IGNORECASE)),
    ("ratio", re.compile(r"tỷ lệ|tỉ lệ|so với", re.IGNORECASE)),
)
_TEXT_NUM = r"\d+(?:[.,]\d+)*%?"
TEXT_ROW_RE = re.compile(
    rf"^\(?(?P<stt>\d{{1,2}})\)?[\s_|.)]*(?P<name>[^\W\d_][^\d|]*?)\s*\|?\s*(?P<unit>%|(?:{_UNIT_ALT})(?!\w))?"
    rf"\s*\|?\s*(?P<figs>{_TEXT_NUM}(?:[\s|]+(?:{_TEXT_NUM}|không đạt|chưa đạt|đạt|vượt|-))*)\s*$",
    re.IGNORECASE,
)

# --- Cutting an indicator's name from the words before its figure (extractors/indicators/names.py) ---
# "trong đó: Giá trị thương mại ...", "- Tỷ lệ ...", "cụ thể: ...": words that open a clause, not a name.
# A list label opening the clause is no part of a name either: "5. 100% hộ nghèo ...", "b) Tỷ lệ ...".
NAME_LEAD_RE = re.compile(
    r"^(?:\s*(?:trong đó|cụ thể|gồm|bao gồm|riêng|và|hiện|\d{1,2}\.(?:\d{1,2}\.)*(?=\s)|[a-zđ]\)(?=\s)"
    # "(ổn định), bầu 16.000đ/kg": what qualified the figure before
    # (not a plan's code "(1)" printed in the name)
    r"|\((?!\d{1,3}\))[^()]*\)|[-+•,:.)]))+\s*",
    re.IGNORECASE,
)
# "Năm 2025 thôn có 97,1% người dân tham gia bảo hiểm y tế": the measure follows the figure.
# "trên địa bàn huyện xảy ra 05 vụ tai nạn giao thông", "ghi nhận 05 ca mắc sốt xuất huyết": the same.
# "Toàn xã còn 112 hộ nghèo": what remains is named after the figure too.
POSSESSIVE_END_RE = re.compile(r"(?:^|\s)(?:có|xảy ra|ghi nhận|còn)\s*$", re.IGNORECASE)
# "làm chết 03 người, bị thương 04 người": an outcome verb before a count names it ("Số người chết").
OUTCOME_VERB_RE = re.compile(r"(?:^|[\s,])(?:làm\s+)?(?P<verb>chết|bị thương|tử vong|mắc)\s*$", re.IGNORECASE)
# A whole-year period at the end of a name is the period, not the name: "Tỷ lệ tăng dân số tự nhiên năm 2025".
# Part-year periods stay ("Thu ngân sách 6 tháng cuối năm 2025").
YEAR_TAIL_RE = re.compile(r"(?<!cuối)(?<!đầu)\s+(?:trong\s+)?năm\s+\d{4}$", re.IGNORECASE)
# "Tỷ lệ hộ dân thực hiện phân loại chất thải rắn tại nguồn trên địa bàn phấn đấu đạt tỷ lệ 100%":
# where a measure is counted is not part of its name.
LOCATIVE_TAIL_RE = re.compile(r"\s+trên địa bàn(?:\s+(?:xã|thôn|huyện|thành phố|tỉnh))?$", re.IGNORECASE)
# A long name that says "phấn đấu" keeps only what follows it (and a following "đạt"): "Tỷ lệ hộ dân ... trên
# địa bàn phấn đấu đạt tỷ lệ" -> "tỷ lệ".
STRIVE_RE = re.compile(r"(?:.*\s)?phấn đấu\s+(?:đạt\s+)?", re.IGNORECASE | re.S)

# --- Qualifying a figure in prose (extractors/indicators/prose.py) ---
# "36 giấy phép (chỉ tiêu 30 giấy), đạt 120%": right after the figure, a target it is measured against.
TARGET_REF_AFTER_RE = re.compile(r"^\s*\(?\s*(?:chỉ tiêu|kế hoạch)", re.IGNORECASE)
# A name that starts with these measures a rate, so a bare figure is in %: "Tỷ lệ hộ nghèo: 0" (also "tỉ lệ").
RATE_NAME_WORDS = ("tỷ lệ", "tỉ lệ")
# "so với cùng kỳ năm 2024 giảm 02 vụ, giảm 01 người chết": a change against another period, not a figure's name.
COMPARED_WORD = "so với"
COMPARED_WORD_RE = re.compile(r"so(?: sánh)? với", re.IGNORECASE)
# What a change compares with: "so với tuần trước", "so sánh với cùng kỳ năm trước".
COMPARED_PHRASE_RE = re.compile(rf"so(?: sánh)? với {_EARLIER}(?: năm trước)?", re.IGNORECASE)
# The direction verb right before a change's figure: "... trong tháng giảm 185đ/USD so với tháng trước".
DIRECTION_VERB_END_RE = re.compile(r"\s*\b(?:tăng|giảm)(?:\s+thêm)?\s*$", re.IGNORECASE)
