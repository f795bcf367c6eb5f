"""Who in the commune does a task: the units whose domains (lĩnh vực) the task's words name.

Each profile unit has domains ("Công an xã": an ninh, trật tự, ma túy); a unit without domains gets the words of its
own name ("Trạm Y tế xã" -> "y tế"). The task text is split into words with underthesea's `word_tokenize` (so
"kinh tế" and "y tế" are different words) and a domain counts when it is one of the task's words or a run of them;
rapidfuzz catches a domain misspelt by OCR. The unit with the most (and longest) matches leads, the others help; the
actor the parent named ("Sở Y tế") weighs double. No match: the drafting unit leads, and the assignment is marked
as guessed so the draft says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from underthesea import word_tokenize

from extractors.patterns.phrases import phrase_key
from pipeline.profile import Profile, Unit

# Words of a unit name that say what kind of body it is, not what it handles
_NAME_KIND_RE = re.compile(r"^(?:văn phòng|phòng|trạm|ban chỉ huy|ban|hội liên hiệp|hội|đoàn|trung tâm|ủy ban|"
                           r"công chức|bộ phận)\s+|\s+(?:xã|phường|đặc khu)$", re.I)
_FUZZY = 92  # rapidfuzz partial_ratio for a domain of 8+ characters the words did not match exactly
MAX_PARTNERS = 4

# Provincial bodies named in a parent plan ("Sở Y tế", "Công an tỉnh"): replaced by the commune unit of that domain
_DEPARTMENTS = ("Nội vụ", "Tài chính", "Tư pháp", "Y tế", "Giáo dục và Đào tạo", "Công Thương", "Xây dựng",
                "Nông nghiệp và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
                "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Du lịch", "Khoa học và Công nghệ",
                "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội",
                "Kế hoạch và Đầu tư", "Giao thông vận tải", "Dân tộc và Tôn giáo", "Ngoại vụ")
_BODIES = ("Công an", "Bộ Chỉ huy Quân sự", "Thanh tra", "Bảo hiểm xã hội", "Liên đoàn Lao động",
           "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Ban Dân tộc")
_LEVEL_PLACE = r"(?:\s+(?:tỉnh|thành phố)(?-i:(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,3}))"
ACTOR_RE = re.compile(
    r"(?<!\w)(?:Sở\s+(?:" + "|".join(re.escape(d) for d in sorted(_DEPARTMENTS, key=len, reverse=True)) + r")"
    + _LEVEL_PLACE + r"?|(?:" + "|".join(re.escape(b) for b in _BODIES) + r")" + _LEVEL_PLACE + r")(?!\w)", re.I)


@dataclass(frozen=True)
class Who:
    lead: str
    partners: tuple[str, ...]
    matched: tuple[str, ...]  # the domain words found
    guessed: bool  # no domain matched: the drafting unit was given the task

    @property
    def line(self) -> str:
        helpers = f"; phối hợp: {', '.join(self.partners)}" if self.partners else ""
        return f"Chủ trì: {self.lead}{helpers}."


@lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """"|tăng cường|công tác|an ninh|trật tự|": the text's words (NFC, modern tone marks, lower case) between bars."""
    return "|" + "|".join(word_tokenize(phrase_key(text))) + "|"


@lru_cache(maxsize=1024)
def _domain_re(domain: str) -> re.Pattern:
    """A domain's syllables in a row, starting and ending on word boundaries of the text ("ma túy" is one word in
    "chất ma túy" and two when written alone: either counts)."""
    syllables = [re.escape(x) for x in phrase_key(domain).split()]
    return re.compile(r"(?<=\|)" + r"[ |]".join(syllables) + r"(?=\|)")


def domains_of(unit: Unit) -> tuple[str, ...]:
    """The unit's domains; without any, the words of its name ("Trạm Y tế xã" -> ("y tế",))."""
    if unit.domains:
        return unit.domains
    core = _NAME_KIND_RE.sub("", _NAME_KIND_RE.sub("", unit.name.strip())).strip()
    return (core.lower(),) if core and unit.kind != "thôn" else ()


def _hits(text: str, domains: tuple[str, ...]) -> list[str]:
    words = _words(text)
    lowered = " ".join(text.lower().split())
    found = []
    for d in domains:
        if phrase_key(d) and _domain_re(d).search(words):
            found.append(d)
        elif len(d) >= 8 and fuzz.partial_ratio(d.lower(), lowered) >= _FUZZY:
            found.append(d)
    return found


def _score(found: list[str]) -> int:
    return sum(len(d.split()) for d in found)


def assign(text: str, profile: Profile, actor: str = "") -> Who:
    """The commune unit that leads `text` (a task or a target) and those that help."""
    scored = []
    for unit in profile.units:
        doms = domains_of(unit)
        body, named = _hits(text, doms), _hits(actor, doms) if actor else []
        score = _score(body) + 2 * _score(named)
        if score:
            scored.append((score, unit, tuple(dict.fromkeys(named + body))))
    scored.sort(key=lambda s: -s[0])
    if actor:  # the body the parent named decides the lead when it names one of the commune's domains
        named_units = [s for s in scored if _hits(actor, domains_of(s[1]))]
        scored = named_units + [s for s in scored if s not in named_units]
    offices = [s for s in scored if s[1].kind != "thôn"]
    if not offices:
        return Who(profile.office.drafting_unit, ("các thôn",) if scored else (), (), True)
    lead = offices[0][1].name
    partners = [s[1].name for s in offices[1:MAX_PARTNERS + 1] if s[1].name != lead]
    if any(s[1].kind == "thôn" for s in scored):
        partners.append("các thôn")
    matched = tuple(dict.fromkeys(d for s in scored for d in s[2]))
    return Who(lead, tuple(partners), matched, False)


def replace_actors(text: str, profile: Profile) -> tuple[str, list[str]]:
    """"Sở Y tế chủ trì" -> "Trạm Y tế xã chủ trì": each provincial body by the commune unit of its domain.
    Returns the text and the replacements made ("Sở Y tế → Trạm Y tế xã")."""
    made: list[str] = []

    def sub(m: re.Match) -> str:
        who = assign("", profile, actor=m.group(0))
        if who.guessed:
            return m.group(0)
        made.append(f"{m.group(0)} → {who.lead}")
        return who.lead

    return ACTOR_RE.sub(sub, text), made
