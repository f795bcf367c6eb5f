"""Check unit reports (báo cáo) against the plan (kế hoạch). Pure functions on records; no I/O.

    check_report(report, plan, as_of=None) -> ReportCheck          (pipeline.report_check)
    check_campaign(plan, reports, as_of, assigned_units=None, unit_codes=None) -> CampaignCheck   (pipeline.campaign)

The office's questions: which units reported, did each meet its targets, what is missing or late,
and do the figures add up. The records are `pipeline.check_models`; the README documents them.
"""

from pipeline.campaign import check_campaign
from pipeline.report_check import check_report

__all__ = ["check_report", "check_campaign"]
