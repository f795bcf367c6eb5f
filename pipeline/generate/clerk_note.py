""""Vấn đề cần kiểm tra": what the clerk must look at before the draft goes to the chairman — never in the report.

Arithmetic errors and inconsistent figures found in the units' reports and in the plan, doubtful matches of a
reported indicator to the plan's, figures that conflict between units, reports citing a wrong plan number, and the
sources' typos the draft corrected when quoting them.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.check.models import CampaignCheck, ReportCheck
from pipeline.generate.filters import ngay_ngan

CLERK_CODES = ("arithmetic", "parts_total", "duplicate", "implausible", "doubtful_match", "conflicting_figures",
               "no_date", "no_plan_cited", "not_a_report")


def _who(c: ReportCheck) -> str:
    number = f" số {c.report_number}" if c.report_number else ""
    return f"Báo cáo{number} của {c.assigned_unit or c.unit or 'đơn vị chưa rõ'} (tệp {c.report})"


def note_lines(check: CampaignCheck, typo_lines: list[str] = ()) -> tuple[str, ...]:
    """One line per problem, most serious first; the clerk may see file names here (the city never does)."""
    out = []
    for c in check.reports:
        if c.cites_wrong_plan:
            out.append(f"{_who(c)} ghi Kế hoạch số {c.cited_plan_number} thay vì {check.plan_number}: đã tổng hợp "
                       f"như báo cáo của kế hoạch này; đề nghị đơn vị đính chính.")
    for c in check.reports:
        out += [f"{_who(c)}: {p.message}" for p in c.problems if p.code in CLERK_CODES]
    out += [p.message for p in check.problems if p.code in CLERK_CODES or p.location and "Kế hoạch" in p.location]
    out += list(typo_lines)
    return tuple(dict.fromkeys(out))


def note_text(check: CampaignCheck, typo_lines: list[str] = ()) -> str:
    lines = note_lines(check, typo_lines)
    head = (f"VẤN ĐỀ CẦN KIỂM TRA TRƯỚC KHI TRÌNH KÝ\nBáo cáo tổng hợp kết quả thực hiện Kế hoạch số "
            f"{check.plan_number or '...'} (số liệu đến ngày {ngay_ngan(check.as_of)}).\n"
            f"Ghi chú nội bộ cho cán bộ tổng hợp, không gửi kèm báo cáo.\n")
    body = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1)) or "Không phát hiện vấn đề cần kiểm tra."
    return f"{head}\n{body}\n"


def write_note(check: CampaignCheck, out: Path, typo_lines: list[str] = ()) -> Path:
    out.write_text(note_text(check, typo_lines), encoding="utf-8")
    return out
