"""Campaign rules on the corpus plan: deadlines, plan numbers, the units' roll call, the consolidated table."""

from __future__ import annotations

import datetime as dt

from check_support import gold_plan, ind, report

from extractors.patterns.docnums import number_key
from extractors.records import Assignment, Deadline
from pipeline.check import check_campaign, check_report
from pipeline.check.reporting_units import assignments_to_units, match_units, units_by_code
from pipeline.check.timeliness import reporting_deadline

AS_OF = dt.date(2025, 12, 15)


def test_plan_numbers_compare_without_leading_zeros_spaces_or_case():
    assert number_key("05/KH - UBND") == number_key("5/kh–ubnd") == "5/KH-UBND"
    assert number_key("50/KH-UBND") != number_key("05/KH-UBND")


def test_plan_numbers_compare_across_legacy_font_letters_dashes_and_trailing_punctuation():
    # "Ð" (Latin eth) comes out of TCVN3/VNI conversions where "Đ" was meant.
    assert number_key("30/2020/NÐ-CP") == number_key("30/2020/nđ-cp") == "30/2020/NĐ-CP"
    assert number_key("232/KH-UBND.") == number_key("232 / KH — UBND") == "232/KH-UBND"
    assert number_key("") is None and number_key(None) is None


def test_the_reporting_deadline_is_the_plans_deadline_for_reports_not_the_end_of_the_campaign():
    plan = gold_plan()
    assert {d.due for d in plan.deadlines} >= {dt.date(2025, 12, 9), dt.date(2025, 12, 31)}
    assert reporting_deadline(plan).due == dt.date(2025, 12, 9)


def test_a_report_without_a_date_or_a_cited_plan_says_so_and_as_of_stands_in_for_the_date():
    plan = gold_plan()
    undated = report(ind("Tỷ lệ phá án", 96), cites=None).model_copy(update={"issued_on": None})
    check = check_report(undated, plan, as_of=dt.date(2025, 12, 11))
    assert {"no_date", "no_plan_cited"} <= {p.code for p in check.problems}
    assert check.late_days == 2 and not check.cites_wrong_plan


def test_a_plans_lists_of_units_are_expanded_and_whole_categories_dropped():
    units = assignments_to_units([
        "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn",
        "Phòng Văn hóa – Xã hội",
        "Phòng Văn hóa - Xã hội",
        "Các thôn: Phương Đôi, Đông Tác",
    ])
    assert units == ["Phòng Văn hóa – Xã hội", "Thôn Phương Đôi", "Thôn Đông Tác"]


def test_report_issuers_find_their_assigned_units_even_through_the_parent_issuer():
    assigned = ["Đoàn Thanh niên xã", "Thôn Minh Hòa", "Thôn Hòa Liễu", "Hội LHPN xã"]
    issuers = [("BCH ĐOÀN XÃ KIẾN MINH", "ĐOÀN TNCS HỒ CHÍ MINH"), ("THÔN HÒA LIỄU", "UBND XÃ KIẾN MINH"),
               ("HỘI LIÊN HIỆP PHỤ NỮ XÃ KIẾN MINH", None)]
    assert match_units(assigned, issuers) == {"Đoàn Thanh niên xã": 0, "Thôn Hòa Liễu": 1, "Hội LHPN xã": 2}


def test_the_units_answering_for_each_code_come_lead_first_from_the_plan_table():
    leads = units_by_code(gold_plan().assignments)
    assert leads["(7)"][0] == "Trạm Y tế xã" and "Thôn Phương Đôi" in leads["(7)"]
    assert leads["(14)"][:2] == ["Công an xã", "Ban Chỉ huy Quân sự xã"]


def test_reports_dated_after_as_of_do_not_count_and_their_unit_is_missing():
    plan = gold_plan()
    early = report(ind("Tỷ lệ phá án", 96), issued_on=dt.date(2025, 12, 4))
    later = report(ind("Tỷ lệ tham gia BHYT", 97.5), issued_on=dt.date(2025, 12, 20),
                   issuer="TRẠM Y TẾ XÃ KIẾN MINH", source="tyt.docx")
    result = check_campaign(plan, [early, later], as_of=AS_OF)
    assert [c.report for c in result.reports] == ["bao-cao.docx"]
    assert "Công an xã" in result.reported_units and "Trạm Y tế xã" in result.missing_units
    assert any("Trạm Y tế xã chưa gửi báo cáo, đã quá hạn 6 ngày" in p.message for p in result.problems)


def _plan_without_leads():
    plan = gold_plan()
    return plan.model_copy(update={"assignments": (Assignment(unit="Các thôn: Phương Đôi, Đông Tác", task="báo cáo"),),
                                   "deadlines": (Deadline(due=dt.date(2025, 12, 9), precision="day",
                                                          text="Báo cáo kết quả trước ngày 10/12/2025"),)})


def test_counts_from_several_units_without_a_lead_are_summed():
    a = report(ind("Giới thiệu, giải quyết việc làm", 400, "lượt người"), issuer="THÔN PHƯƠNG ĐÔI", source="a.docx")
    b = report(ind("Giới thiệu, giải quyết việc làm", 450, "lượt người"), issuer="THÔN ĐÔNG TÁC", source="b.docx")
    row = next(r for r in check_campaign(_plan_without_leads(), [a, b], AS_OF).table if r.plan_code == "(6)")
    assert row.reported_value == 850 and row.verdict == "vượt"
    assert row.units_reporting == ("Thôn Phương Đôi", "Thôn Đông Tác") and "cộng" in row.note


def test_different_rates_from_several_units_without_a_lead_are_listed_not_averaged():
    a = report(ind("Tỷ lệ tham gia BHYT", 96.1), issuer="THÔN PHƯƠNG ĐÔI", source="a.docx")
    b = report(ind("Tỷ lệ tham gia BHYT", 97.5), issuer="THÔN ĐÔNG TÁC", source="b.docx")
    result = check_campaign(_plan_without_leads(), [a, b], AS_OF)
    row = next(r for r in result.table if r.plan_code == "(7)")
    assert row.verdict == "không so sánh được" and row.reported_value is None
    assert "96,1%" in row.note and "97,5%" in row.note
    assert [p.code for p in result.problems if p.location == "(7)"] == ["conflicting_figures"]


def test_without_a_reporting_deadline_the_due_date_of_an_assignment_to_report_is_used():
    plan = gold_plan()
    assert reporting_deadline(plan.model_copy(update={"deadlines": ()})).due == dt.date(2025, 12, 9)
    bare = plan.model_copy(update={"deadlines": (), "assignments": ()})
    assert reporting_deadline(bare) is None


def test_the_plan_itself_among_the_reports_is_left_out_and_a_resent_report_stands_for_its_unit():
    plan = gold_plan()
    first = report(ind("Tỷ lệ tham gia BHYT", 96.0), issued_on=dt.date(2025, 12, 1),
                   issuer="TRẠM Y TẾ XÃ KIẾN MINH", source="tyt-1.docx")
    resent = report(ind("Tỷ lệ tham gia BHYT", 97.2), issued_on=dt.date(2025, 12, 3),
                    issuer="TRẠM Y TẾ XÃ KIẾN MINH", source="tyt-2.docx")
    result = check_campaign(plan, [plan, first, resent], as_of=AS_OF)
    assert [c.report for c in result.reports] == ["tyt-1.docx", "tyt-2.docx"]
    assert next(r for r in result.table if r.plan_code == "(7)").reported_value == 97.2


def test_the_plans_own_figures_are_checked_too():
    plan = gold_plan()
    assert check_campaign(plan, [], AS_OF, []).problems == ()
    wrong = plan.model_copy(update={"indicators": (plan.indicators[0].model_copy(update={"value": 843.509}),
                                                   *plan.indicators[1:])})
    [problem] = [p for p in check_campaign(wrong, [], AS_OF, []).problems if p.code == "parts_total"]
    assert problem.location.startswith("Kế hoạch 05/KH-UBND")


def test_without_assignments_in_the_plan_the_profiles_codes_name_the_lead_unit():
    plan = gold_plan().model_copy(update={"assignments": ()})
    tyt = report(ind("Tỷ lệ tham gia BHYT", 97.4), issuer="TRẠM Y TẾ XÃ KIẾN MINH", source="tyt.docx")
    thon = report(ind("Tỷ lệ tham gia BHYT", 96.1), issuer="THÔN PHƯƠNG ĐÔI", source="thon.docx")
    units = ["Trạm Y tế xã", "Thôn Phương Đôi"]
    codes = {"Trạm Y tế xã": ("(4)", "(7)"), "Thôn Phương Đôi": ("(7)", "(8)")}
    without = next(r for r in check_campaign(plan, [thon, tyt], AS_OF, units).table if r.plan_code == "(7)")
    with_codes = next(r for r in check_campaign(plan, [thon, tyt], AS_OF, units, codes).table if r.plan_code == "(7)")
    assert without.verdict == "không so sánh được"
    assert (with_codes.reported_value, with_codes.units_reporting[0]) == (97.4, "Trạm Y tế xã")


def test_a_document_that_is_not_a_report_is_still_checked_but_flagged():
    plan = gold_plan()
    letter = report(ind("Tỷ lệ phá án", 96)).model_copy(update={"kind": "cong_van"})
    problems = check_report(letter, plan).problems
    assert [p.message for p in problems if p.code == "not_a_report"] == [
        "Văn bản được nhận diện là công văn, không phải báo cáo kết quả."]
    assert not [p for p in check_report(report(ind("Tỷ lệ phá án", 96)), plan).problems if p.code == "not_a_report"]
