"""Check unit reports (báo cáo) against the plan (kế hoạch): records in, `ReportCheck` / `CampaignCheck` out.

Pure functions on records; no I/O. Entry points:

    check_report(report, plan, as_of=None) -> ReportCheck          (report_check.py)
    check_campaign(plan, reports, as_of, assigned_units=None, unit_codes=None) -> CampaignCheck   (campaign.py)

The office's questions: which units reported, did each meet its targets, what is missing or late,
and do the figures add up. Modules, in the order a check uses them:

    names.py, matching.py        reported indicator -> plan indicator (fuzzy, on normalised names)
    assess.py                    plan indicator + reported figure -> completion and verdict
    figures.py                   do one record's own figures add up
    timeliness.py                on time, and the right plan number
    reporting_units.py           which assigned unit sent which report
    consolidate.py               all checks -> the consolidated table (bảng tổng hợp)
    models.py                    the records `vanban check --json` prints (documented in the README)
    plan_lookup.py, stored_plans.py   find the records to check (files, saved JSON, a workspace's store)
    render.py                    the check as rich tables in a terminal
"""

from pipeline.check.campaign import check_campaign
from pipeline.check.models import Assessment, CampaignCheck, Match, ReportCheck
from pipeline.check.report_check import check_report

__all__ = ["check_report", "check_campaign", "ReportCheck", "CampaignCheck", "Assessment", "Match"]
