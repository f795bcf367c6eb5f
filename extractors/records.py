"""The extraction record: what `vanban extract --json` prints. Field names are a public contract."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractors.errors import DocWarning

Kind = Literal["ke_hoach", "bao_cao", "quyet_dinh", "cong_van", "thong_bao", "to_trinh", "khac"]
Comparator = Literal[">=", ">", "<=", "<", "=", "range"]
Direction = Literal["increase", "decrease"]
Precision = Literal["day", "month", "quarter", "year"]
Role = Literal["chủ trì", "phối hợp"]
# What a figure is in its sentence or table row (see README, "Figures"): a chỉ tiêu's target or result, a completion
# rate, an earlier period's level, a change on it, a gap to a target, a count of activities, an amount fixed by a
# decision (budget, price, threshold), what a purpose / requirement / task section asks, or a fact about the area.
FigureRole = Literal["target", "result", "ratio", "baseline", "change", "gap", "activity", "specification",
                     "requirement", "fact"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Signer(_Frozen):
    name: str | None = None
    position: str | None = None  # "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    authority: str | None = None  # "TM.", "KT.", "TL.", "TUQ.", "Q."
    on_behalf_of: str | None = None  # "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN"


class Section(_Frozen):
    label: str  # "I.", "1.", "2.1.", "a)", "-"
    title: str
    level: int  # 1 = top
    children: tuple["Section", ...] = ()


class Indicator(_Frozen):
    """A chỉ tiêu: in a plan mostly a target; in a report mostly a value (often with its target)."""

    code: str | None = None  # "(4)" as printed in the plan
    name: str
    value: float | None = None  # achieved / reported figure (x in "x/y")
    target: float | None = None  # planned figure (y in "x/y", or the plan's target)
    target_high: float | None = None  # upper bound when comparator == "range"
    unit: str | None = None  # "%", "tỷ đồng", "triệu đồng", "lượt người", "giấy", "vụ" ...
    comparator: Comparator | None = None
    period: str | None = None  # "6 tháng cuối năm 2025", "năm 2025"
    direction: Direction | None = None  # is more better?
    ratio: float | None = None  # stated completion in % ("đạt 124%")
    section: str | None = None  # label path of the enclosing section, e.g. "II.2.2."
    text: str  # source sentence or table row, original wording
    warnings: tuple[DocWarning, ...] = ()


class Figure(_Frozen):
    """Any quantity the document states (prose, table cell, appendix, footnote), with what it is (`role`).

    A chỉ tiêu is the figure of role "target" or "result" that names its measure; `Record.indicators` holds
    the same measures with their code, direction and warnings.
    """

    name: str | None = None  # the measure in the document's words
    value: float | None = None  # the figure (a result's level, a baseline, a change, a count ...)
    target: float | None = None  # a target's level (with `value` when "x/y" states both)
    target_high: float | None = None  # the upper bound of a range ("7,5 - 8%")
    ratio: float | None = None  # a completion rate stated with it ("đạt 124%")
    unit: str | None = None
    role: FigureRole
    comparator: Comparator | None = None
    period: str | None = None
    section: str | None = None
    text: str  # the sentence or table row (cells joined by " | ")


class Deadline(_Frozen):
    due: dt.date  # last day of the limit
    precision: Precision
    text: str
    action: str | None = None
    responsible: str | None = None


class Citation(_Frozen):
    kind: str  # "Kế hoạch", "Quyết định", "Chỉ thị", "Nghị quyết", "Nghị định", "Thông tư", "Công văn", "Luật" ...
    number: str | None = None  # normalised: "232/KH-UBND", "41-CT/TW", "30/2020/NĐ-CP"
    date: dt.date | None = None
    issuer: str | None = None
    text: str
    relation: Literal["implements", "reports_on"] | None = None  # "Thực hiện Kế hoạch số ..." / "Báo cáo kết quả thực hiện ..."


class Assignment(_Frozen):
    unit: str
    role: Role | None = None
    task: str
    due: dt.date | None = None


class Header(_Frozen):
    """What the header, title and closing blocks say: the first stage of extraction."""

    source: str = ""  # the file name
    kind: Kind = "khac"
    number: str | None = None
    issued_on: dt.date | None = None
    place: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    title: str | None = None
    signer: Signer = Field(default_factory=Signer)
    recipients: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()  # "Kính gửi" lines
    warnings: tuple[DocWarning, ...] = ()

    @property
    def year(self) -> int | None:
        """The document's year, for dates written without one ("tháng 10")."""
        return self.issued_on.year if self.issued_on else None


class Record(Header):
    """Everything vanban extracts from one document: its header, then what its body says."""

    sections: tuple[Section, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    figures: tuple[Figure, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    citations: tuple[Citation, ...] = ()
    assignments: tuple[Assignment, ...] = ()

    @property
    def basis(self) -> Citation | None:
        """The document this one implements or reports on, if it says so."""
        return next((c for c in self.citations if c.relation), None)
