"""The builder's spec: each document's text and its gold annotations side by side.

A document is a `DocSpec` (header, title, body, closing). Body items are headings (`H`), paragraphs (`P`),
dash items (`L`) and tables (`T`); each may carry annotations (`I` indicator, `D` deadline, `C` citation,
`A` assignment) written by a reviewer from the text next to it. `gold.py` turns a spec into a `Record`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class I:  # noqa: E742 - short names keep the specs readable
    """An indicator (chỉ tiêu) as a reviewer reads it. `plan_code` names the plan indicator a report answers."""

    name: str
    value: float | None = None
    target: float | None = None
    unit: str | None = None
    code: str | None = None
    comparator: str | None = None
    period: str | None = None
    direction: str | None = None
    ratio: float | None = None
    target_high: float | None = None
    plan_code: str | None = None
    text: str | None = None  # defaults to the paragraph or table row


@dataclass(frozen=True)
class D:
    """A deadline: `due` is the last day allowed."""

    due: dt.date
    precision: str
    action: str | None = None
    responsible: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class C:
    """A citation of another document."""

    kind: str
    number: str | None
    date: dt.date | None
    issuer: str | None
    relation: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class A:
    """An assignment of a task to a unit."""

    unit: str
    task: str
    role: str | None = None
    due: dt.date | None = None


Annotation = I | D | C | A


@dataclass(frozen=True)
class H:
    """A heading that opens a section. `auto` uses Word automatic numbering for the label."""

    label: str
    title: str
    level: int
    auto: bool = False
    notes: tuple[Annotation, ...] = ()
    upper: bool = False  # whether the title is printed upper case (gold keeps it as printed)

    @property
    def text(self) -> str:
        return f"{self.label} {self.title}"


@dataclass(frozen=True)
class P:
    """A body paragraph. `label` is a typed or automatic point label ("a)"), never a section."""

    text: str
    notes: tuple[Annotation, ...] = ()
    label: str | None = None
    auto: bool = False
    italic: bool = False
    bold: bool = False
    center: bool = False
    indent: bool = True


def L(text: str, *notes: Annotation) -> P:  # noqa: N802 - a dash item, as offices type it
    return P(f"- {text}", notes)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    notes: tuple[Annotation, ...] = ()
    bold: bool = False


@dataclass(frozen=True)
class T:
    """A bordered table; the first `head` rows are column headings."""

    rows: tuple[Row, ...]
    widths_mm: tuple[float, ...] = ()
    head: int = 1
    merges: tuple[tuple[int, int, int, int], ...] = ()  # (row, col) to (row, col), as Word merges cells

    def row_text(self, row: Row) -> str:
        return " | ".join(c for c in row.cells)


Item = H | P | T


@dataclass(frozen=True)
class Signer:
    name: str
    position: str
    authority: str | None = None  # "TM.", "KT."
    on_behalf_of: str | None = None  # "ỦY BAN NHÂN DÂN"
    lines: tuple[str, ...] = ()  # the printed block above the name, top to bottom


@dataclass(frozen=True)
class DocSpec:
    """One corpus document: where it goes, how it is laid out, what it says."""

    name: str  # file stem
    folder: str  # ke_hoach / bao_cao / cong_van / quyet_dinh / thong_bao
    kind: str
    number: str | None
    number_printed: str  # as printed after "Số:"
    issued_on: dt.date
    date_line: str  # "Hải Phòng, ngày 09 tháng 9 năm 2025"
    place: str | None
    parent_issuer: str | None
    issuer: str  # may contain "\n" where the header wraps
    type_name: str | None  # "KẾ HOẠCH", "BÁO CÁO" (None for a công văn)
    title: str  # trích yếu, "\n" where it wraps
    body: tuple[Item, ...]
    signer: Signer
    recipients: tuple[str, ...]
    formats: tuple[str, ...] = ("docx",)  # docx, pdf, scan, doc, tcvn3
    motto: tuple[str, str] = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    kinh_gui: tuple[str, ...] = ()
    preamble: tuple[P, ...] = ()  # lines between the title and the body (quyết định: issuer line, Căn cứ ...)
    source: str = "written for vanban"
    notes: tuple[Annotation, ...] = ()  # annotations not tied to one paragraph
    extra: dict = field(default_factory=dict)  # per-document facts for campaign.json

    @property
    def issuer_text(self) -> str:
        return " ".join(self.issuer.split("\n"))

    @property
    def title_text(self) -> str:
        return " ".join(self.title.split("\n"))
