"""Plan + unit reports + their check -> the consolidated report to the city (ReportContext).

`consolidate(plan, reports, check, profile)`; the check comes from `pipeline.check.check_campaign`.
(`pipeline.check.consolidate` is the check's own table of figures; this module words the report.)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from extractors.records import Record
from pipeline.check.models import Assessment, CampaignCheck, ReportCheck
from pipeline.generate.contexts import Highlight, ReportContext, ResultRow
from pipeline.generate.derive import cite
from pipeline.generate.filters import ngay_ngan, number_vi, percent_vi
from pipeline.generate.frame import frame_fields
from pipeline.profile import Profile

MAX_HIGHLIGHTS = 12
MAX_ISSUES = 15
GOOD = ("vượt", "đạt")


def _plan_ref(plan: Record, profile: Profile) -> str:
    return f"Kế hoạch số {plan.number or '...'} ngày {ngay_ngan(plan.issued_on)} của {profile.office.issuer_name}"


def _unit(c: ReportCheck) -> str:
    """The unit as the office lists it (the check's assigned name), else as the report prints it."""
    return c.assigned_unit or c.unit or c.report


def intro(plan: Record, profile: Profile) -> str:
    basis = plan.basis
    if basis is not None:
        return (f"Thực hiện {cite(basis)}, {profile.office.issuer_name} đã ban hành Kế hoạch số {plan.number} ngày "
                f"{ngay_ngan(plan.issued_on)} triển khai thực hiện trên địa bàn xã. Kết quả thực hiện như sau:")
    return f"Thực hiện {_plan_ref(plan, profile)}, {profile.office.issuer_name} báo cáo kết quả thực hiện như sau:"


def deployment(plan: Record, check: CampaignCheck, profile: Profile) -> tuple[str, ...]:
    total = len(check.assigned_units)
    due = f" trước ngày {ngay_ngan(check.deadline + dt.timedelta(days=1))}" if check.deadline else ""
    out = [f"{profile.office.issuer_name} ban hành Kế hoạch số {plan.number} ngày {ngay_ngan(plan.issued_on)}, "
           f"giao {total} phòng, ban, ngành, đoàn thể, thôn theo dõi, thực hiện và báo cáo kết quả{due}."]
    out.append(f"Đến ngày {ngay_ngan(check.as_of)}, có {len(check.reported_units)}/{total} đơn vị gửi báo cáo"
               + (f": {', '.join(check.reported_units)}." if check.reported_units else "."))
    late = {_unit(c): c.late_days for c in check.reports if c.late_days and c.late_days > 0}
    if check.late_units:
        out.append("Đơn vị gửi báo cáo chậm: " + ", ".join(
            f"{u} (chậm {late[u]} ngày)" if late.get(u) else u for u in check.late_units) + ".")
    if check.missing_units:
        out.append("Đơn vị chưa gửi báo cáo: " + ", ".join(check.missing_units) + ".")
    wrong = [c for c in check.reports if c.cites_wrong_plan]
    if wrong:
        out.append("Báo cáo ghi sai số hiệu kế hoạch, đề nghị đơn vị đính chính: " + "; ".join(
            f"{_unit(c)} ghi Kế hoạch số {c.cited_plan_number} (tệp {c.report})" for c in wrong) + ".")
    return tuple(out)


def units_text(units: tuple[str, ...]) -> str:
    """"Trạm Y tế xã và 6 thôn": the thôn are counted, not listed, to keep the table readable."""
    named = [u for u in units if u and not u.lower().startswith("thôn ")]
    villages = len([u for u in units if u.lower().startswith("thôn ")])
    if villages > 2:
        return ", ".join(named) + (" và " if named else "") + f"{villages} thôn"
    return ", ".join(u for u in units if u)


def rows(check: CampaignCheck) -> tuple[ResultRow, ...]:
    return tuple(ResultRow(stt=n, code=a.plan_code, name=f"{a.plan_code} {a.name}" if a.plan_code else a.name,
                           unit=a.unit or "", target=a.target, value=a.reported_value, completion=a.completion,
                           verdict=a.verdict, units=units_text(a.units_reporting),
                           sources=a.source or "")
                 for n, a in enumerate(check.table, 1))


def summary(check: CampaignCheck) -> str:
    counts = Counter(a.verdict for a in check.table)
    parts = [f"{counts[v]} chỉ tiêu {v}" for v in ("vượt", "đạt", "chưa đạt") if counts[v]]
    if counts["không báo cáo"]:
        parts.append(f"{counts['không báo cáo']} chỉ tiêu chưa có số liệu báo cáo")
    if counts["không so sánh được"]:
        parts.append(f"{counts['không so sánh được']} chỉ tiêu chưa so sánh được")
    detail = "; ".join(parts) if parts else "chưa có số liệu"
    return (f"Tổng hợp từ báo cáo của các đơn vị, trong tổng số {len(check.table)} chỉ tiêu chủ yếu của kế hoạch: "
            f"{detail}. Kết quả cụ thể như sau:")


def _source(c: ReportCheck) -> str:
    number = f" số {c.report_number}" if c.report_number else ""
    day = f" ngày {ngay_ngan(c.report_date)}" if c.report_date else ""
    return f"Báo cáo{number}{day} của {_unit(c)}, tệp {c.report}"


def highlights(check: CampaignCheck) -> tuple[Highlight, ...]:
    """The best figure of each reporting unit, quoted in its own words, with the report it came from."""
    out = []
    for c in check.reports:
        good = [a for a in c.assessments if a.verdict in GOOD and a.reported_text and " | " not in a.reported_text]
        if good:
            best = max(good, key=lambda a: (a.verdict == "vượt", a.completion or 0))
            out.append(Highlight(unit=_unit(c), quote=best.reported_text.strip().rstrip(";."),
                                 source=_source(c)))
    return tuple(out[:MAX_HIGHLIGHTS])


def _figure(a: Assessment) -> str:
    unit = a.unit or ""
    value = number_vi(a.reported_value) if a.reported_value is not None else "chưa có số liệu"
    return f"{a.name} ({value}{'' if unit == '%' else ' '}{unit if a.reported_value is not None else ''}".rstrip() \
        + f"/{number_vi(a.target)}{'' if unit == '%' else ' '}{unit})".replace(" )", ")")


def assessment(check: CampaignCheck) -> tuple[str, ...]:
    over = [a for a in check.table if a.verdict == "vượt"]
    met = [a for a in check.table if a.verdict == "đạt"]
    short = [a for a in check.table if a.verdict == "chưa đạt"]
    out = []
    if over or met:
        out.append(f"Có {len(over) + len(met)} chỉ tiêu đạt và vượt kế hoạch" +
                   (f", trong đó vượt: {'; '.join(_figure(a) for a in over)}." if over else "."))
    if short:
        out.append(f"Còn {len(short)} chỉ tiêu chưa đạt: {'; '.join(_figure(a) for a in short)}.")
    if not out:
        out.append("Chưa đủ số liệu để đánh giá kết quả thực hiện các chỉ tiêu.")
    return tuple(out)


def issues(check: CampaignCheck) -> tuple[str, ...]:
    messages = list(dict.fromkeys(p.message for p in check.problems))
    out = [f"- {m}" for m in messages[:MAX_ISSUES]]
    if check.missing_units or check.late_units:
        out.append("- Đề nghị các đơn vị chưa báo cáo, báo cáo chậm khẩn trương hoàn thành, gửi báo cáo đúng thời hạn.")
    return tuple(out) or ("- Không có tồn tại, vướng mắc cần kiến nghị.",)


def _title(plan: Record, profile: Profile) -> str:
    return f"Kết quả thực hiện {_plan_ref(plan, profile)}"


def consolidate(plan: Record, reports: list[Record], check: CampaignCheck, profile: Profile,
                issued_on: dt.date | None = None) -> ReportContext:
    """The consolidated report (báo cáo tổng hợp) to the parent body. `reports` are the records checked."""
    issued_on = issued_on or check.as_of
    return ReportContext(
        **frame_fields(profile, "BC", profile.plan.report_number, issued_on, profile.report_recipients),
        title=_title(plan, profile),
        kinh_gui=profile.office.parent_name,
        intro=intro(plan, profile),
        deployment=deployment(plan, check, profile),
        results_summary=summary(check),
        rows=rows(check),
        highlights=highlights(check),
        assessment=assessment(check),
        issues=issues(check),
        closing=(f"Trên đây là báo cáo kết quả thực hiện Kế hoạch số {plan.number or '...'} của "
                 f"{profile.office.issuer_name}, kính báo cáo {profile.office.parent_name}./."),
        plan_number=plan.number,
        as_of=check.as_of,
    )


__all__ = ["consolidate", "percent_vi"]
