"""The parent's wording brought to commune scope: "các sở, ban, ngành" -> "các phòng, ban, ngành, đoàn thể xã",
"trên địa bàn tỉnh" -> "trên địa bàn xã", "UBND các xã, phường, đặc khu" -> "Ủy ban nhân dân xã", "các địa phương" ->
"các thôn". The patterns are the generation side's one home for this wording (extraction never rewrites text).

`is_local(text)` says whether a duty is addressed to the commune level ("UBND cấp xã", "UBND các xã, phường, đặc
khu", "các địa phương", and, in plans written before the 2025 two-level reform, "UBND các huyện, thị xã, thành phố"
whose tasks now fall to the commune).
"""

from __future__ import annotations

import re

_UBND = r"(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)"
_LOCAL_BODIES = (r"(?:cấp xã|cấp huyện|các xã, phường(?:, (?:thị trấn|đặc khu))?|các phường, xã(?:, đặc khu)?|các xã"
                 r"|các huyện, thị xã, thành phố|các huyện, thành phố|các huyện, thị xã|các huyện|các quận, huyện"
                 r"|các địa phương|huyện, thị xã, thành phố|xã, phường, thị trấn|xã, phường, đặc khu)")
# Who the duty is addressed to: a commune-level body ("UBND cấp xã", "Công an cấp xã", "Tổ công tác cấp xã", "UBND
# các xã, phường, đặc khu") anywhere, or "các địa phương" / "cơ quan, đơn vị, địa phương" as the addressee (first)
LOCAL_RE = re.compile(rf"(?<!\w)(?:{_UBND}|chủ tịch {_UBND}|công an|tổ công tác|chính quyền|ban chỉ đạo)\s+"
                      rf"{_LOCAL_BODIES}(?!\w)", re.I)
LOCAL_FIRST_RE = re.compile(r"^\s*(?:[\d.)]+\s*)?(?:các\s+)?(?:địa phương|(?:cơ quan,\s*)?đơn vị,\s*địa phương"
                            r"|sở, ban, ngành(?:, đoàn thể)?(?:, địa phương)?;?\s*(?:và\s+)?(?:ubnd|ủy ban nhân dân))",
                            re.I)
# "... tỉnh Quảng Bình", "thành phố Hải Phòng": a place name after the level word (capitalised syllables)
_PLACE = r"(?-i:(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÝỲỶỸỴÉÈẺẼẸÓÒỎÕỌ][\wÀ-ỹ]*){0,4})"
_LEVEL = r"(?:tỉnh|thành phố|huyện|thị xã)"

# (pattern, replacement) in order: the most specific first. "{xa}" is the commune's own "xã Kiến Minh".
REWRITES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (rf"chủ tịch {_UBND}\s+{_LOCAL_BODIES}", "Chủ tịch Ủy ban nhân dân xã"),
    (rf"{_UBND}\s+{_LOCAL_BODIES}", "Ủy ban nhân dân xã"),
    (r"(?:các\s+)?sở,\s*ban,\s*ngành(?:,\s*đoàn thể)?(?:\s+(?:cấp tỉnh|tỉnh|thành phố))?", "các phòng, ban, ngành, đoàn thể xã"),
    (r"(?<=từng )cơ quan,\s*đơn vị,\s*địa phương", "phòng, ban, ngành, đoàn thể xã và thôn"),
    (r"(?:các\s+)?cơ quan,\s*đơn vị,\s*địa phương", "các phòng, ban, ngành, đoàn thể xã và các thôn"),
    (r"(?:các\s+)?huyện,\s*thị xã,\s*thành phố", "các thôn"),
    (r"các địa phương", "các thôn"),
    (rf"{_UBND}\s+phường(?:\s+\d+)?(?!\s*,)", "Ủy ban nhân dân xã"),
    (rf"chủ tịch {_UBND}\s+{_LEVEL}{_PLACE}", "Chủ tịch Ủy ban nhân dân xã"),
    (rf"{_UBND}\s+{_LEVEL}{_PLACE}", "Ủy ban nhân dân xã"),
    (rf"(?:hội đồng nhân dân|hđnd)\s+{_LEVEL}{_PLACE}", "Hội đồng nhân dân xã"),
    (rf"(?:ủy ban mặt trận tổ quốc việt nam|ủy ban mttq việt nam|ủy ban mttq|mttq)\s+{_LEVEL}{_PLACE}",
     "Ủy ban MTTQ Việt Nam xã"),
    (rf"(?:tỉnh|thành)\s+ủy{_PLACE}", "Đảng ủy xã"),
    (rf"trên địa bàn\s+{_LEVEL}{_PLACE}", "trên địa bàn {xa}"),
    (rf"toàn\s+{_LEVEL}(?!\s+ủy)", "toàn xã"),
    (r"cấp tỉnh|cấp huyện", "cấp xã"),
    (rf"(?<=\s)(của|trong|tại|cho)\s+{_LEVEL}{_PLACE}(?=[\s,;.)]|$)", r"\1 {xa}"),
    # "Nhân dân thành phố sau hợp nhất", "cán bộ tỉnh": the level word alone, after a lower-case word
    (r"(?<=[a-zà-ỹ]\s)(?:tỉnh|thành phố)(?=[\s,;.)]|$)(?!\s+(?-i:[A-ZĐ]))", "xã"),
))


_ANY_LEVEL = r"(?:tỉnh|thành phố|huyện|thị xã|quận|phường|xã|đặc khu)"
_NAME = r"(?-i:(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÝỲỶỸỴÉÈẺẼẸÓÒỎÕỌ0-9][\wÀ-ỹ]*){1,4})"
# "trên địa bàn Phường 1, thành phố Vũng Tàu", "của tỉnh Quảng Bình": the parent's own territory in its title
_WHERE_RE = re.compile(rf"\s+(?:trên địa bàn|của)\s+(?:{_ANY_LEVEL}{_NAME}(?:,\s*{_ANY_LEVEL}{_NAME})*|{_LEVEL})"
                       r"(?=[\s,.;]|$)", re.I)


def is_local(text: str) -> bool:
    """Is this duty addressed to the commune level (its addressee, not a mention of communes as a subject)?"""
    return bool(LOCAL_RE.search(text) or LOCAL_FIRST_RE.match(text))


def _keep_case(replacement: str, original: str, at_start: bool) -> str:
    if at_start or original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# "từ tỉnh đến xã", "từ cấp tỉnh xuống cấp xã", "từ tỉnh đến cơ sở": a span of levels, left as written
_SPAN_RE = re.compile(r"(?<!\w)từ\s+(?:cấp\s+)?(?:tỉnh|thành phố|huyện|trung ương)(?:,\s*(?:cấp\s+)?huyện)?\s+"
                      r"(?:đến|xuống|tới)\s+(?:cấp\s+)?(?:huyện|xã|cơ sở|thôn)(?!\w)", re.I)


def to_commune(text: str, commune: str) -> str:
    """The parent's sentence in commune scope; the commune's own name for "trên địa bàn tỉnh X"."""
    xa = f"xã {commune}"
    spans = _SPAN_RE.findall(text)
    for k, span in enumerate(spans):
        text = text.replace(span, f"\x00{k}\x00", 1)
    text = _rewrite(text, xa)
    for k, span in enumerate(spans):
        text = text.replace(f"\x00{k}\x00", span, 1)
    return text


def _rewrite(text: str, xa: str) -> str:
    for pattern, replacement in REWRITES:
        def sub(m: re.Match, r=replacement) -> str:
            out = m.expand(r.replace("{xa}", xa))
            return _keep_case(out, m.group(0), m.start() == 0)
        text = pattern.sub(sub, text)
    return re.sub(r"\b(xã)(?:,?\s+xã)+\b", r"\1", text)  # "Ủy ban nhân dân xã, xã" after two rewrites


def subject(title: str | None) -> str:
    """The parent's subject without its place: "Triển khai ... trên địa bàn tỉnh Phú Thọ" -> "Triển khai ..."."""
    if not title:
        return ""
    title = " ".join(title.split()).rstrip(" .")
    title = _WHERE_RE.sub("", title).strip()
    # "... tại Sở Thông tin và Truyền thông tỉnh Phú Thọ": where the parent's body does it, not the commune's subject
    return re.sub(r"\s+tại\s+(?:Sở|Ủy ban|UBND|Văn phòng|Trung tâm|Ban|Bộ|Cục|Chi cục)\s.*$", "", title).strip()
