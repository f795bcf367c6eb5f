"""What a web page prints around the document it carries (commune portals, legal-document sites).

Real examples (corpus/real/dev/pages): "Thursday, 18/07/2024", "Ngày đăng: 21/01/2021 - Lượt xem: 87", "Xem với cỡ
chữ" (huyen_nganson_TB_2021); "Báo cáo" / "10.03.2025 15:02 11 đã xem" (a commune portal's post header); "Đăng
lúc: 17:00:00 02/01/2024 (GMT+7)", "100%", "Tiếp cận pháp luạt.jpg" (a ward portal: the zoom level and the
picture's file name).
"""

from __future__ import annotations

import re

_WEEKDAY = (r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            r"|Sunday)")
_STAMP = r"\d{1,2}[/.]\d{1,2}[/.]\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
PAGE_CHROME_RE = re.compile(
    rf"^\W*(?:{_WEEKDAY},?\s*)?{_STAMP}(?:\s*\(GMT[+-]\d+\))?(?:\s+\d+\s+(?:đã xem|lượt xem))?\s*$"  # a post's date
    r"|^\s*(?:Ngày\s+đăng|Đăng\s+(?:lúc|ngày)|Ngày\s+cập\s+nhật|Cập\s+nhật\s+lúc|Lượt\s+(?:xem|đọc|truy\s+cập))\s*:"
    r"|\b\d+\s+đã\s+xem\s*$|\bLượt\s+xem\s*:\s*\d+"
    r"|^\s*(?:Xem\s+với\s+)?[Cc]ỡ\s+chữ\b|^\s*\d{1,3}\s*%\s*$|\.(?:jpe?g|png|gif|webp)\s*$"
    r"|^\s*(?:In\s+bài\s+viết|Bản\s+in|Chia\s+sẻ|Gửi\s+email|Skip\s+to\s+main\s+content|Skip\s+Ribbon\s+Commands)\s*$",
    re.I,
)

# The sentence by which a document printed without its header says what it is: "Ủy Ban nhân dân xã Tây Sơn thông
# báo lịch tiếp công năm 2025 sau khi sáp nhập như sau:", "Chủ tịch HĐND huyện ... thông báo lịch tiếp công dân như
# sau:", "UBND xã Long Phụng ban hành Kế hoạch ... cụ thể như sau:" (the verb, then what follows "như sau")
PERFORMATIVE_RE = re.compile(
    r"^(?:Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội\s+đồng|Chủ\s+tịch|Ban|Đảng\s+ủy|Văn\s+phòng|Phòng|Sở)\b[^.;:]{0,120}?\s"
    r"(?P<verb>thông\s+báo|báo\s+cáo|(?:ban\s+hành|xây\s+dựng)\s+[Kk]ế\s+hoạch)\b[^.;]{0,200}?(?:như\s+sau|sau\s+đây)\s*:\s*$",
    re.I,
)
PERFORMATIVE_KINDS = {"thông báo": "thong_bao", "báo cáo": "bao_cao", "kế hoạch": "ke_hoach"}
