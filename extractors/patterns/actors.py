"""Who does what: units named as the subject of a task, and the verbs that end their names.

`subject_of("Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân ...")` -> "Phòng Kinh tế";
`subject_of("Các đơn vị chưa gửi báo cáo khẩn trương hoàn thành ...")` -> "Các đơn vị chưa gửi báo cáo";
`subject_of("Tu sửa nhà văn hóa thôn, hoàn thành trong năm 2026.")` -> None (no unit: the item starts with a verb).
"""

from __future__ import annotations

import re

# How unit names start (lower case): "Phòng Văn hóa - Xã hội", "Công an xã", "Trạm Y tế xã", "Các phòng, ban,
# ngành, đoàn thể xã; cơ sở thôn" (seed plan), "UBND các xã, phường", "Sở Nội vụ", "Ban Chỉ huy Quân sự xã".
# Also heads of bodies and units of other sectors: "Giám đốc Sở Nội vụ", "Hiệu trưởng các trường trung học phổ
# thông", "Hạt Kiểm lâm", "Tổ công tác", "Thủ trưởng các cơ quan"; not "Hội nghị học tập ..." (an event).
UNIT_HEAD_RE = re.compile(
    r"^(?:các\s+|mỗi\s+)?(?:phòng|ban|sở|công an|trạm|hội(?!\s+(?:nghị|thảo|thi|diễn|chợ|trại))|đoàn|ủy ban|ubnd|"
    r"văn phòng|đơn vị|thôn|trường|đài|"
    r"bảo hiểm|chi cục|mặt trận|mttq|trưởng|phó trưởng|đảng ủy|hội đồng|hđnd|bộ|cơ quan|trung tâm|chủ tịch|"
    r"tổ|ngành|báo(?! cáo)|chánh|hợp tác xã|doanh nghiệp|cán bộ|công chức|bí thư|chi bộ|cơ sở|bch|ban chỉ huy|"
    r"giám đốc|phó giám đốc|hiệu trưởng|thủ trưởng|hạt|kiểm lâm|tổ dân phố|thường trực|chi hội|chi đoàn)(?!\w)"
)
# Verbs that follow a unit's name: "Phòng Kinh tế chủ trì", "Trạm Y tế xã phối hợp", "Các phòng ... gửi báo cáo".
TASK_VERB_RE = re.compile(
    r"(?<!\w)(?:chủ trì|phối hợp|tổng hợp|gửi|báo cáo|khẩn trương|thực hiện|xây dựng|tham mưu|triển khai|"
    r"tổ chức|rà soát|đẩy mạnh|hoàn thành|có trách nhiệm|chịu trách nhiệm|căn cứ|theo dõi|hướng dẫn|kiểm tra|"
    r"đôn đốc|chỉ đạo|phụ trách|tuyên truyền|bảo đảm|đảm bảo|cung cấp|tiếp tục|nộp|phát động|mở|vận động|lập|"
    r"trình|tập trung|chuẩn bị|ra quân|quản lý|nắm|tăng cường|là đầu mối|làm|thông báo|phổ biến|cập nhật|"
    r"có nhiệm vụ|thống kê|chỉnh lý|bố trí|đăng ký|giám sát|số hóa)(?!\w)"
)
# Words after which a verb belongs to a relative clause of the name: "các đơn vị chưa gửi báo cáo".
_RELATIVE_RE = re.compile(r"(?<!\w)(?:chưa|đã|không|được)\s*$")
# "... trong đó yêu cầu các đơn vị báo cáo ..." (công văn), "giao Phòng Kinh tế chủ trì ...", "3. Đề nghị các
# đơn vị gửi báo cáo ..." (a numbered request that opens with the verb)
DIRECTIVE_RE = re.compile(r"(?<!\w)(?:yêu cầu|đề nghị|giao cho|giao)\s+(?=\S)", re.I)
# The same verb opening a request: "Đề nghị các đơn vị gửi báo cáo ..." -> "các đơn vị gửi báo cáo ..."
LEADING_DIRECTIVE_RE = re.compile(r"^(?:yêu cầu|đề nghị|giao cho|giao)\s+", re.I)
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_MAX_WORDS = 14


def _verb_at(text: str) -> int | None:
    """Where the first task verb of the clause starts, skipping verbs of a relative clause."""
    low = text.lower()
    prev_end = -10
    skipping = False
    for m in TASK_VERB_RE.finditer(low):
        if text[m.start()].isupper() and m.start() > 0:
            continue  # "Ủy ban Kiểm tra Đảng ủy phường", "Ban Tuyên truyền": a capitalised verb is part of a name
        relative = bool(_RELATIVE_RE.search(low[: m.start()]))
        chained = skipping and low[prev_end: m.start()].strip() == ""
        if m.start() > 0 and not relative and not chained:
            return m.start()
        skipping, prev_end = relative, m.end()  # "chưa gửi báo cáo": one verb after the relative one
    return None


def subject_of(clause: str) -> str | None:
    """The unit that is the subject of a clause, or None when the clause does not start with one."""
    text = clause.strip(" -–+•")
    if not UNIT_HEAD_RE.match(text.lower()):
        return None
    at = _verb_at(text)
    if at is None:
        return None
    subject = _PAREN_RE.sub("", text[:at]).strip(" ,:")
    return subject if subject and len(subject.split()) <= _MAX_WORDS else None


def _starts_unit(part: str) -> bool:
    return part[:1].isupper() and bool(UNIT_HEAD_RE.match(part.lower()))


def split_units(text: str) -> list[str]:
    """"A, B và C" -> ["A", "B", "C"]. A comma separates units only when a capitalised unit name follows
    ("Chánh Văn phòng ..., Giám đốc Sở Nội vụ"): "Phòng Kinh tế, Hạ tầng và Đô thị", "Các cơ quan, đơn vị" and
    "UBND các xã, thị trấn" are one unit. Only the last "và" separates, before a unit or "các ..." ("... và các
    tập thể có tên tại Điều 1"), never in "Văn phòng HĐND và UBND xã"."""
    units: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if units and not _starts_unit(part):
            units[-1] = f"{units[-1]}, {part}"
        elif part:
            units.append(part)
    if units and (at := units[-1].rfind(" và ")) > 0:
        before, after = units[-1][:at].strip(), units[-1][at + 4:].strip()
        if (_starts_unit(after) or after.startswith("các ")) and not before.endswith("HĐND"):
            units[-1:] = [before, after]
    return units


def unit_name(title: str) -> str | None:
    """A section title that names a unit: "Sở Nội vụ (Ban Thi đua - Khen thưởng)" -> "Sở Nội vụ"."""
    text = _PAREN_RE.sub("", title).strip(" .:;")
    return text if UNIT_HEAD_RE.match(text.lower()) and len(text.split()) <= _MAX_WORDS else None


# "chủ trì, phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ xã đẩy mạnh ..." (a unit's task after its name)
PARTNERS_PREFIX_RE = re.compile(r"^(?:chủ trì,?\s*)?(?:phối hợp (?:với|cùng)\s+)?", re.I)


def without_partners(text: str) -> str:
    """The task after "chủ trì, phối hợp với <units>": "Phối hợp với Sở Nội vụ bảo đảm kinh phí" -> "bảo đảm kinh phí"."""
    m = PARTNERS_PREFIX_RE.match(text)
    if not m or not m.group(0):
        return text
    rest = text[m.end():]
    partners = subject_of(rest)
    return rest[len(partners):].strip(" ,") if partners and rest.startswith(partners) else rest

# Place words that end a unit's name though lower case: "Đoàn Thanh niên xã", "Ban Công tác Mặt trận thôn",
# "UBND các xã, phường" -- a trailing verb ("... xã tuần tra") is cut, these are not.
NAME_TAIL_WORDS = frozenset({"xã", "phường", "thôn", "huyện", "tỉnh", "phố", "trấn", "quận"})
