"""Who must do what: the formulas of an assignment, and the header words of a task table.

Every pattern carries a real example (the Kiến Minh plan, its quyết định and nghị quyết, unit task tables).
"""

from __future__ import annotations

import re

from extractors.patterns.indicators import unmarked

# "Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế ... chịu trách nhiệm thi hành Quyết định này" (QĐ)
EXECUTORS_RE = re.compile(r"(?P<units>[^.;:]+?)\s+(?:chịu|có) trách nhiệm\s+(?P<what>thi hành\s+[^.;]+)")
# "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân xã giám sát việc thực
# hiện Nghị quyết." (the closing article of a nghị quyết)
SUPERVISORS_RE = re.compile(r"(?P<units>[^.;:]+?)\s+(?P<what>giám sát việc thực hiện\s+[^.;]+)")
# "... chủ trì, phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ xã đẩy mạnh ..." -> the partners
PARTNERS_RE = re.compile(r"phối hợp (?:với|cùng)\s+", re.I)
# "Căn cứ kế hoạch của Ủy ban nhân dân xã, xây dựng ..." -> "xây dựng ...": the basis is no part of the task.
BASIS_LEAD_RE = re.compile(r"^(?:căn cứ [^,]*,\s*)", re.I)
# "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này" (a nghị quyết, a quyết định): an explicit assignment
GIAO_RE = re.compile(r"^giao(?:\s+cho)?\s+", re.I)
# "Các đơn vị đã hoàn thành ...": a paragraph in the past tense reports work done, it assigns none.
# Whole word only: not "đãi" ("ưu đãi").
DONE_TASK_RE = re.compile(r"(?<!\w)đã(?!\w)")

# Header cells of a task table (lower case, after phrase_key) -> column role, first match wins:
# "Đơn vị phối hợp" -> support; "Đơn vị chủ trì" / "Cơ quan thực hiện" -> lead (not "Đơn vị tính");
# "Thời gian hoàn thành" -> time; "Nội dung nhiệm vụ" -> task.
TASK_COLUMNS = (
    ("support", re.compile(r"phối hợp")),
    # "Tên chủ đầu tư" (a procurement plan: the investor answers for each package)
    ("lead", re.compile(r"chủ trì|chủ đầu tư|đơn vị(?! tính)|cơ quan|trách nhiệm|người phụ trách"
                        r"|^(?:tên\s+)?(?:xã|phường|thị trấn|địa phương)\b")),
    ("time", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|ngày|hạn|^(?:tháng|quý)\b")),
    ("task", re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|chỉ tiêu")),
)
# (a schedule whose rows are communes: "STT | Xã, phường | Nội dung | Tháng" -> each commune is assigned the task by
# the month in its row)
# The same words with their spaces lost, as in a PDF header cell "Đơnvịchủtrì" (after phrase_key: "đơnvịchủtrì").
TASK_COLUMNS_GLUED = {role: re.compile(rx.pattern.replace(" ", "")) for role, rx in TASK_COLUMNS}
# The same words without marks, for a scan's header whose marks OCR changed ("Thời gian hoàn thánh", "Đơn vi chủ tri").
TASK_COLUMNS_UNMARKED = {role: re.compile(unmarked(rx.pattern)) for role, rx in TASK_COLUMNS}
# A row-number cell: "STT", "TT", "Số TT", "1", "12." -- not a unit name.
ROW_NUMBER_RE = re.compile(r"^\s*(?:stt|tt|số tt|\d{1,3}\.?)\s*$", re.I)

# What comes right before a unit this document itself asks: "Chủ tịch UBND xã đề nghị Trưởng các thôn rà soát ...";
# not "..., trong đó yêu cầu các đơn vị báo cáo ..." (another document's request). Followed by the escaped unit name.
ASKING_PATTERN = r"(?<!trong đó )(?:đề nghị|yêu cầu|giao)\s+"
# "Tu sửa nhà văn hóa thôn, hoàn thành" -> "Tu sửa nhà văn hóa thôn": the cue left at the end of a task.
DONE_TAIL_RE = re.compile(r"(?:,?\s*hoàn thành|,)\s*$")
# A task-table header naming the task itself: "Nhiệm vụ", "Nội dung công việc", "Hoạt động" -- its cells are the
# task; any other header ("Chỉ tiêu theo dõi, báo cáo") is prefixed to the cell: "Chỉ tiêu theo dõi, báo cáo (1), (2)".
TASK_HEADER_WORDS = ("nhiệm vụ", "nội dung", "công việc", "hoạt động")
# A task about reporting ("Báo cáo kết quả thực hiện về UBND xã") takes the plan's reporting deadline when it has
# none; a PDF cell may lose the space ("Báocáo kết quả").
REPORT_WORD = "báo cáo"
# A commune or ward named in a schedule's unit column: "Xã Tân Hòa", "Phường 1", "Thị trấn Di Linh"
# A row named by an administrative unit: "Xã Phổ Ninh", "Phường 1", "Huyện Bình Sơn", "Thành phố Quảng Ngãi".
COMMUNE_RE = re.compile(r"^(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s+\S", re.I)
# A month written without "tháng" in a time column: "12/2024", "Trước 01/2025" (never the end of a full date).
BARE_MONTH_RE = re.compile(r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>(?:19|20)\d\d)\b")
# A time column that states when the work must be finished ("Thời gian hoàn thành", "Thời hạn", "Kết thúc") is the
# row's limit before one that states when it starts ("Thời gian" over "Bắt đầu | Hoàn thành").
COMPLETION_HEADER_RE = re.compile(r"hoàn thành|kết thúc|thời hạn|hạn chót|chậm nhất")
# A quarter written without its year in a time column: "Quý II", "Quý 3" (the document's year).
BARE_QUARTER_RE = re.compile(r"(?<!\w)(?P<q>quý\s+(?:IV|I{1,3}|[1-4]))(?![\w/.])(?!\s*(?:[/.-]|năm)\s*\d)", re.I)
