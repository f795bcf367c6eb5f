"""A công văn đôn đốc (urging letter) to the units that have not reported, from the campaign check.

    remind(plan, check, profile, issued_on=None, new_due=None) -> CongVanContext   (templates_docx/cong_van.docx)
"""

from __future__ import annotations

import datetime as dt

from extractors.records import Record
from pipeline.check.models import CampaignCheck
from pipeline.generate.contexts import CongVanContext
from pipeline.generate.filters import ngay_ngan
from pipeline.generate.frame import frame_fields
from pipeline.profile import Profile

DEFAULT_GRACE_DAYS = 2


def addressee_lines(units: list[str]) -> tuple[str, ...]:
    """"- Hội Cựu chiến binh xã;" ... the last one ending in "." (ND30, Kính gửi with several addressees)."""
    return tuple(f"- {u}{'.' if n == len(units) - 1 else ';'}" for n, u in enumerate(units))


def remind(plan: Record, check: CampaignCheck, profile: Profile, issued_on: dt.date | None = None,
           new_due: dt.date | None = None) -> CongVanContext:
    issued_on = issued_on or check.as_of
    new_due = new_due or issued_on + dt.timedelta(days=DEFAULT_GRACE_DAYS)
    late = [c for c in check.reports if c.cites_wrong_plan]
    targets = list(check.missing_units) + [c.assigned_unit or c.unit or c.report for c in late]
    office = profile.office
    plan_ref = f"Kế hoạch số {plan.number} ngày {ngay_ngan(plan.issued_on)} của {office.issuer_name}"
    body = [f"Thực hiện {plan_ref}, đến ngày {ngay_ngan(check.as_of)}, {office.issuer_name} chưa nhận được báo cáo "
            f"kết quả thực hiện của các đơn vị: {', '.join(check.missing_units) or 'không có'} "
            f"(hạn báo cáo: {ngay_ngan(check.deadline) if check.deadline else 'theo kế hoạch'})."]
    for c in late:
        body.append(f"Báo cáo của {c.assigned_unit or c.unit} (tệp {c.report}) ghi Kế hoạch số {c.cited_plan_number}, "
                    f"không đúng Kế hoạch số {plan.number}; đề nghị đơn vị đính chính.")
    body.append(f"Để kịp tổng hợp báo cáo {office.parent_name}, {office.issuer_name} đề nghị các đơn vị khẩn trương "
                f"gửi báo cáo về {office.issuer_name} (qua {office.drafting_unit}) trước ngày "
                f"{ngay_ngan(new_due + dt.timedelta(days=1))}./.")
    return CongVanContext(
        **frame_fields(profile, None, None, issued_on, ("Như trên", "Chủ tịch, các PCT UBND xã")),
        trich_yeu=f"đôn đốc báo cáo kết quả thực hiện Kế hoạch số {plan.number}",
        kinh_gui=addressee_lines(targets or ["Các phòng, ban, ngành, đoàn thể xã, cơ sở thôn"]),
        paragraphs=tuple(body),
    )
