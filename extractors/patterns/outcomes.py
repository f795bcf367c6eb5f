"""What a report says of a target without a figure: done or not, prevented or not, and its own verdict.

    outcome_of("Dự án ... đã hoàn thành, bàn giao đưa vào sử dụng", "Hoàn thành dự án ...") -> "done"
    outcome_of("Không xảy ra ngộ độc thực phẩm tập thể", "Không để xảy ra ngộ độc thực phẩm ...") -> "done"
    outcome_of("xảy ra 01 vụ ngộ độc thực phẩm", "Không để xảy ra ngộ độc thực phẩm ...") -> "not_done"
    own_verdict("... ước 0,68%, thấp hơn mức kế hoạch 0,7%. Đạt") -> "đạt"

Each pattern carries the real wording it comes from (Kiến Minh reports, held-out plans of other provinces).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Outcome = Literal["done", "not_done"]

# A target that asks for something not to happen: "Không để xảy ra ngộ độc thực phẩm tập thể trên 30 người mắc"
# (KH 77/KH-SYT), "Không để xảy ra mất an toàn thực phẩm, bạo lực học đường" (KH 45/KH-UBND),
# "Không để phát sinh điểm nóng", "Không có trường hợp tái nghèo".
PREVENTION_TARGET_RE = re.compile(r"^\s*(?:\d+[.)]\s*)?không\s+(?:để\s+)?(?:xảy\s+ra|phát\s+sinh|có|còn)\b",
                                  re.IGNORECASE)
# The report says it did not happen: "không xảy ra ngộ độc thực phẩm", "không để xảy ra tai nạn giao thông đặc biệt
# nghiêm trọng", "không phát sinh", "không có vụ việc", "không còn hộ nghèo", "0 vụ".
NOT_HAPPENED_RE = re.compile(
    r"\bkhông\s+(?:để\s+)?(?:xảy\s+ra|phát\s+sinh|có\s+(?:vụ|trường\s+hợp|ca)|còn)\b|\b0\s+(?:vụ|trường\s+hợp|ca)\b",
    re.IGNORECASE)
# It did happen: "xảy ra 05 vụ tai nạn giao thông" (BC 86/BC-UBND), "xảy ra 01 vụ ngộ độc", "phát sinh 02 trường hợp".
HAPPENED_RE = re.compile(r"(?<!không )(?<!không để )\b(?:xảy\s+ra|phát\s+sinh)\s+0*[1-9]\d*\s+(?:vụ|trường\s+hợp|ca)\b",
                         re.IGNORECASE)
# A task done: "Dự án hạ tầng nông thôn mới kiểu mẫu ... đã hoàn thành, bàn giao đưa vào sử dụng" (BC 15/BC-KT),
# "đã khánh thành", "đã nghiệm thu", "hoàn thành 100%", "đã bàn giao".
DONE_RE = re.compile(
    r"\b(?:đã\s+(?:hoàn\s+thành|khánh\s+thành|nghiệm\s+thu|bàn\s+giao|đưa\s+vào\s+sử\s+dụng)"
    r"|bàn\s+giao\s+(?:và\s+)?đưa\s+vào\s+sử\s+dụng|hoàn\s+thành\s+100\s?%)",
    re.IGNORECASE)
# Not done: "chưa hoàn thành", "đang thi công", "đang triển khai", "chậm tiến độ", "chưa đạt", "không đạt".
NOT_DONE_RE = re.compile(
    r"\b(?:chưa\s+(?:hoàn\s+thành|đạt|bàn\s+giao|khởi\s+công)|không\s+(?:hoàn\s+thành|đạt)"
    r"|đang\s+(?:thi\s+công|triển\s+khai|thực\s+hiện|hoàn\s+thiện)|chậm\s+tiến\s+độ)\b",
    re.IGNORECASE)
# The report's own verdict beside its figure: a table's "Đánh giá" cell "Đạt" / "Vượt" / "Chưa đạt", or running text
# "..., đạt chỉ tiêu đề ra", "vượt kế hoạch", "chưa đạt 98% theo kế hoạch" (BC 10/BC-THL).
OWN_SHORT_RE = re.compile(r"\b(?:chưa\s+đạt|không\s+đạt)\b", re.IGNORECASE)
OWN_MET_RE = re.compile(r"(?:^|[|;,.]\s*)(?:đạt|vượt|hoàn\s+thành)(?:\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)"
                        r"(?:\s+đề\s+ra|\s+được\s+giao)?)?\s*(?:[|;,.]|$)|\b(?:đạt|vượt)\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)\b",
                        re.IGNORECASE)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def is_prevention_target(target_text: str) -> bool:
    """"Không để xảy ra ngộ độc thực phẩm ..." asks for nothing to happen."""
    return bool(PREVENTION_TARGET_RE.search(_nfc(target_text)))


def outcome_of(report_text: str, target_text: str) -> Outcome | None:
    """Done or not, from the report's words about a target without a figure; None when the words do not say."""
    text = _nfc(report_text)
    if is_prevention_target(target_text):
        if HAPPENED_RE.search(text):
            return "not_done"
        return "done" if NOT_HAPPENED_RE.search(text) else None
    if NOT_DONE_RE.search(text):
        return "not_done"
    return "done" if DONE_RE.search(text) else None


def own_verdict(report_text: str) -> Literal["đạt", "chưa đạt"] | None:
    """The verdict the report itself gives its figure ("Chưa đạt" before "Đạt": "chưa đạt" contains "đạt")."""
    text = _nfc(report_text)
    if OWN_SHORT_RE.search(text):
        return "chưa đạt"
    return "đạt" if OWN_MET_RE.search(text) else None
