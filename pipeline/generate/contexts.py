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
    label: str  # "2.1."
    title: str  # "Các chỉ tiêu kinh tế"
    lines: tuple[str, ...]  # "(7). Tỷ lệ dân số tham gia bảo hiểm y tế: 97%."


class UnitRow(_Frozen):
    stt: int
    name: str
    codes: str  # "(1), (2), (3)"
    due: str  # "09/12/2025"


class PlanContext(DocumentFrame):
    """The commune's implementing plan (ke_hoach.docx), derived from the city's plan and the office profile."""

    title: str
    intro: str  # "Thực hiện Kế hoạch số 232/KH-UBND ngày 09/9/2025 của ..., ... như sau:"
    issuer_name: str  # "Ủy ban nhân dân xã Kiến Minh"
    parent_name: str  # "Ủy ban nhân dân thành phố Hải Phòng"
    drafting_unit: str
    year: int
    purposes: tuple[str, ...]
    requirements: tuple[str, ...]
    contents: tuple[str, ...]
    target_groups: tuple[TargetGroup, ...]
    tasks: tuple[str, ...]
    period_text: str  # "Đợt thi đua được triển khai từ ngày ban hành Kế hoạch đến hết tháng 12/2025."
    unit_deadline: dt.date  # last day the units may report
    unit_deadline_text: str  # "10/12/2025" in "trước ngày 10/12/2025"
    city_deadline: dt.date | None = None
    city_deadline_text: str
    units: tuple[UnitRow, ...]
    closing: str
    basis_number: str | None = None  # "232/KH-UBND", the plan implemented


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
