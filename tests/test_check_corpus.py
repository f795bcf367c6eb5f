"""The check on the corpus campaign's gold records against `corpus/campaign.json` (the reviewer's facts).

Gold records are hand-checked extraction results, so these tests judge the check alone; the end-to-end
tests through the real extractor are in `test_check_pipeline.py`.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from check_support import CORPUS, load_gold

from pipeline.check import check_campaign, check_report

CAMPAIGN = CORPUS / "campaign.json"
VERDICTS = {"vượt": "met", "đạt": "met", "chưa đạt": "not_met", "không so sánh được": "unclear"}


def campaign() -> dict:
    if not CAMPAIGN.exists():
        pytest.skip("corpus/campaign.json not built yet")
    return json.loads(CAMPAIGN.read_text(encoding="utf-8"))


def gold_of(files: list[str]):
    path = CORPUS / f"{files[0]}.gold.json"
    if not path.exists():
        pytest.skip(f"gold not built yet: {path.name}")
    return load_gold(path)


def plan():
    return gold_of(campaign()["plan"]["files"])


def report_rows() -> list[dict]:
    return campaign()["reports"] if CAMPAIGN.exists() else []


def figure_cases() -> list:
    return [pytest.param(row["files"], fig, id=f"{row['unit']}: {fig['name']}")
            for row in report_rows() for fig in row["figures"]]


def assessment_of(files: list[str], name: str):
    check = check_report(gold_of(files), plan())
    return next((a for a in check.assessments if a.match and a.match.reported_name == name), None), check


@pytest.mark.parametrize(("files", "figure"), figure_cases())
def test_every_reported_figure_is_matched_to_the_plan_indicator_it_answers_and_judged_as_reviewed(files, figure):
    found, check = assessment_of(files, figure["name"])
    if figure["plan_code"] is None:
        assert found is None and figure["name"] in check.unmatched
        return
    assert found is not None, f"«{figure['name']}» matched to nothing"
    assert (found.plan_code, found.name) == (figure["plan_code"], figure["plan_measure"])
    assert VERDICTS[found.verdict] == figure["verdict"], found.note


@pytest.mark.parametrize("row", report_rows(), ids=lambda r: r["unit"])
def test_each_report_is_dated_on_time_or_late_by_the_reviewed_number_of_days(row):
    check = check_report(gold_of(row["files"]), plan())
    assert check.deadline == dt.date.fromisoformat(campaign()["plan"]["deadline"])
    assert check.late_days == row["days_late"]
    assert any(p.code == "late" for p in check.problems) == row["late"]


@pytest.mark.parametrize("row", report_rows(), ids=lambda r: r["unit"])
def test_a_report_citing_another_plan_number_is_caught_and_05_equals_5(row):
    check = check_report(gold_of(row["files"]), plan())
    assert check.cited_plan_number == row["cites"]
    assert check.cites_wrong_plan == (not row["cites_right_plan"])
    wrong = [p.message for p in check.problems if p.code == "wrong_plan"]
    assert len(wrong) == (0 if row["cites_right_plan"] else 1)
    assert all(row["cites"] in m and campaign()["plan"]["number"] in m for m in wrong)


def test_the_miscomputed_ratio_and_only_it_is_reported():
    expected = sorted((e["file"], e["name"]) for e in campaign()["arithmetic_errors"])
    found = []
    for row in report_rows():
        check = check_report(gold_of(row["files"]), plan())
        found += [(row["files"][0], p.location) for p in check.problems if p.code == "arithmetic"]
    assert expected and len(found) == len(expected)
    assert all(name in where for (_, name), (_, where) in zip(expected, sorted(found), strict=True))


def test_the_campaign_names_the_missing_unit_the_late_one_and_the_wrong_plan_number():
    facts = campaign()
    reports = [gold_of(r["files"]) for r in facts["reports"]]
    result = check_campaign(plan(), reports, as_of=dt.date(2025, 12, 15))
    assert list(result.missing_units) == facts["missing_units"]
    assert list(result.late_units) == [r["unit"] for r in facts["late"]]
    assert [f"bao_cao/{f}" for f in result.wrong_plan_reports] == [r["files"][0] for r in facts["wrong_plan_number"]]
    assert any(facts["missing_units"][0] in p.message and "quá hạn 6 ngày" in p.message for p in result.problems)


def test_the_consolidated_table_takes_the_lead_units_figure_and_lists_the_others():
    facts = campaign()
    result = check_campaign(plan(), [gold_of(r["files"]) for r in facts["reports"]], as_of=dt.date(2025, 12, 15))
    bhyt = next(row for row in result.table if row.plan_code == "(7)")
    lead = next(r for r in facts["reports"] if r["unit"] == "Trạm Y tế xã")
    assert bhyt.reported_value == next(f["value"] for f in lead["figures"] if f["plan_code"] == "(7)")
    assert bhyt.units_reporting[0] == "Trạm Y tế xã" and len(bhyt.units_reporting) > 1
    assert len(result.table) == len(plan().indicators)
