"""What each template is rendered from: one frozen pydantic model per template (`templates_docx/<name>.docx`).

Every Jinja variable a template uses is a field here (tests/test_templates.py checks it).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class DocumentFrame(_Frozen):
    """The parts every Decree 30 document shares: header (boxes 1-4) and closing table (boxes 7, 9b)."""

    parent_issuer: str  # "UBND THÀNH PHỐ HẢI PHÒNG"
    issuer: str  # "ỦY BAN NHÂN DÂN XÃ KIẾN MINH"
    so_ky_hieu: str  # "05/KH-UBND" (leading zero) or "     /KH-UBND" left for the văn thư
    place_date: str  # "Kiến Minh, ngày 09 tháng 02 năm 2026"
    issued_on: dt.date | None = None
    recipients: tuple[str, ...] = ()  # Nơi nhận, without "Lưu: VT, ..."
    drafting_code: str = ""  # "VHXH" in "- Lưu: VT, VHXH."
    sign_lines: tuple[str, ...]  # ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    signer_name: str


class TargetGroup(_Frozen):
    label: str  # "2."
    title: str  # "Chỉ tiêu"
    lines: tuple[str, ...]  # "(3). Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%."


class TaskItem(_Frozen):
    """One task of section III: the parent's task in commune scope, and who leads it."""

    label: str  # "1."
    title: str  # "Nhiệm vụ Ủy ban nhân dân tỉnh giao cho cấp xã", "Cài đặt hệ thống phần mềm"
    paragraphs: tuple[str, ...]
    who: str  # "Chủ trì: Công an xã; phối hợp: Ủy ban MTTQ Việt Nam xã, các thôn."


class UnitDuty(_Frozen):
    """Section IV: what one commune unit does (the tasks it leads or helps, the targets it follows)."""

    label: str  # "1."
    name: str  # "Công an xã"
    lines: tuple[str, ...]


class UnitRow(_Frozen):
    stt: int
    name: str
    codes: str  # "nhiệm vụ 1, 3; chỉ tiêu (2), (5)"
    due: str  # "09/12/2025", or a sentence when the parent's deadline has passed


class PlanContext(DocumentFrame):
    """The commune's implementing plan (ke_hoach.docx), derived from any parent plan and the office profile."""

    title: str  # trích yếu: "Triển khai ... trên địa bàn xã Kiến Minh"
    intro: str  # "Thực hiện Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của ..., ... như sau:"
    issuer_name: str  # "Ủy ban nhân dân xã Kiến Minh"
    parent_name: str  # "Ủy ban nhân dân thành phố Hải Phòng"
    drafting_unit: str
    year: int
    purposes: tuple[str, ...]
    requirements: tuple[str, ...]
    target_groups: tuple[TargetGroup, ...]
    tasks: tuple[TaskItem, ...]
    duties: tuple[UnitDuty, ...]
    reporting: tuple[str, ...]  # the reporting regime: who reports what to whom, by when
    unit_deadline: dt.date | None = None  # last day the units may report (None: the parent's deadline has passed)
    unit_deadline_text: str = ""  # "10/12/2025" in "trước ngày 10/12/2025"
    city_deadline: dt.date | None = None  # the parent's reporting deadline (last day)
    city_deadline_text: str = ""
    units: tuple[UnitRow, ...]
    closing: str
    basis_number: str | None = None  # "232/KH-UBND", the plan implemented
    warnings: tuple[str, ...] = ()  # what the office must check: blanks left, guessed assignments, passed deadlines


class ResultRow(_Frozen):
    stt: int
    code: str | None = None
    name: str
    unit: str  # đơn vị tính
    target: float | None = None
    value: float | None = None
    completion: float | None = None  # %
    verdict: str
    units: str  # reporting units, "; "-joined
    sources: str = ""  # files the figure came from


class Highlight(_Frozen):
    unit: str
    quote: str  # the report's own words
    source: str  # "Báo cáo số 31/BC-TYT ngày 02/12/2025 của Trạm Y tế xã (bao-cao-31-...pdf)"


class ReportContext(DocumentFrame):
    """The consolidated report to the city (bao_cao_tong_hop.docx)."""

    title: str
    kinh_gui: str
    intro: str
    deployment: tuple[str, ...]
    results_summary: str
    rows: tuple[ResultRow, ...]
    highlights: tuple[Highlight, ...]
    assessment: tuple[str, ...]
    issues: tuple[str, ...]
    closing: str
    plan_number: str | None = None
    as_of: dt.date | None = None


class CongVanContext(DocumentFrame):
    """A công văn (cong_van.docx), e.g. urging the units that have not reported."""

    trich_yeu: str  # after "V/v "
    kinh_gui: tuple[str, ...]  # one line per addressee, "- Thôn Minh Hòa;" ... last ending "."
    paragraphs: tuple[str, ...]
