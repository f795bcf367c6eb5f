"""The commune's implementing plan derived from the city plan (corpus 232/KH-UBND) and the Kiến Minh profile."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from extractors.records import Record
from pipeline.cli import app
from pipeline.generate.derive import derive_plan
from pipeline.generate.parent import read_parent
from pipeline.generate.render import render
from pipeline.lint.checker import lint_docx
from tests.generate_support import CITY_PLAN, ISSUED, PROFILE, docx_text, gold, profile


@pytest.fixture(scope="module")
def city():
    return read_parent(CITY_PLAN)


@pytest.fixture(scope="module")
def plan_context(city):
    return derive_plan(city, profile(), ISSUED)


@pytest.fixture(scope="module")
def plan_docx(plan_context, tmp_path_factory):
    return render("ke_hoach.docx", plan_context, tmp_path_factory.mktemp("plan") / "ke-hoach.docx")


def _lines(ctx) -> list[str]:
    return [ln for g in ctx.target_groups for ln in g.lines]


def test_the_plan_cites_the_city_plan_in_full_in_its_opening_sentence(plan_context):
    assert plan_context.intro.startswith("Thực hiện Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của Ủy ban "
                                         "nhân dân thành phố Hải Phòng về phát động Đợt thi đua")
    assert plan_context.intro.endswith("Ủy ban nhân dân xã Kiến Minh xây dựng Kế hoạch thực hiện cụ thể như sau:")
    assert plan_context.title.endswith("trên địa bàn xã Kiến Minh")


def test_the_purpose_is_the_city_plans_own_brought_to_commune_scope(plan_context):
    assert plan_context.purposes[0].startswith("Khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường của cán bộ, "
                                               "đảng viên và Nhân dân xã")
    assert "từng phòng, ban, ngành, đoàn thể xã và thôn" in plan_context.requirements[0]


def test_every_city_target_is_carried_with_its_own_numbers_and_comparator(city, plan_context):
    text = " ".join(_lines(plan_context))
    for phrase in ("đạt trên 11%", "giảm còn dưới 0,5%", "đạt 95,5%", "đạt từ 98% trở lên", "Hoàn thành 100%",
                   "142.500 tỷ đồng", "65.000 lượt lao động"):
        assert phrase in text, phrase


def test_the_city_table_gives_the_commune_its_own_absolute_figures(plan_context):
    lines = _lines(plan_context)
    assert any(ln.startswith("(2). Tổng thu ngân sách nhà nước: đạt 3.187 triệu đồng (cấp trên giao") for ln in lines)
    assert any("Giải quyết việc làm: đạt 831 lượt người" in ln for ln in lines)
    assert any("bảo hiểm y tế đạt 95,5% (chỉ tiêu giao cho xã: đạt 97%)" in ln for ln in lines)


def test_without_the_commune_table_the_office_target_table_gives_the_figure(city):
    rows_dropped = city.record.model_copy(update={"indicators": tuple(
        i for i in city.record.indicators if "(xã" not in i.name)})
    p = profile()
    ctx = derive_plan(city.__class__(rows_dropped, city.parts), p, ISSUED)
    assert any("Tổng thu ngân sách nhà nước: đạt 3.187 triệu đồng (theo chỉ tiêu của xã" in ln for ln in _lines(ctx))


def test_with_neither_table_an_absolute_target_is_a_visible_blank_with_a_warning(city):
    rows_dropped = city.record.model_copy(update={"indicators": tuple(
        i for i in city.record.indicators if "(xã" not in i.name)})
    p = profile().model_copy(update={"targets": ()})
    ctx = derive_plan(city.__class__(rows_dropped, city.parts), p, ISSUED)
    assert any("Tổng thu ngân sách nhà nước: đạt …… tỷ đồng (xã xác định cụ thể; chỉ tiêu chung của thành phố: "
               "đạt 142.500 tỷ đồng)" in ln for ln in _lines(ctx))
    assert any("Tổng thu ngân sách nhà nước" in w and "để trống" in w for w in ctx.warnings)


def test_the_duty_the_city_gives_the_communes_is_the_first_task_in_full(plan_context):
    first = plan_context.tasks[0]
    assert first.title == "Nhiệm vụ theo Kế hoạch số 232/KH-UBND giao cho cấp xã"
    assert first.paragraphs[0].startswith("Xây dựng kế hoạch phát động thi đua tại các phòng, ban, ngành, đoàn thể xã")
    assert first.who.startswith("Chủ trì: Phòng Văn hóa - Xã hội")
    assert plan_context.tasks[1].title.startswith("Tập trung vận hành thông suốt mô hình chính quyền địa phương 02 cấp")


def test_the_units_must_report_the_lead_time_before_the_city_deadline(plan_context):
    assert plan_context.city_deadline == dt.date(2025, 12, 14)
    assert plan_context.unit_deadline == dt.date(2025, 12, 9)  # 5 days earlier, as in corpus/profile.toml
    assert plan_context.unit_deadline_text == "10/12/2025"  # "trước ngày 10/12/2025"
    assert "trước ngày 10/12/2025" in plan_context.tasks[0].paragraphs[0]  # the city's 15/12 moved in its own words


def test_a_longer_lead_time_in_the_profile_moves_the_units_deadline_earlier(city):
    p = profile()
    p = p.model_copy(update={"plan": p.plan.model_copy(update={"lead_days": 10})})
    assert derive_plan(city, p, ISSUED).unit_deadline == dt.date(2025, 12, 4)


def test_a_deadline_that_has_passed_on_the_drafts_date_is_a_warning_not_a_date_in_the_past(city, tmp_path):
    late = dt.date(2026, 2, 3)
    ctx = derive_plan(city, profile(), late)
    assert ctx.unit_deadline is None and ctx.unit_deadline_text == ""
    assert any("đã qua" in w for w in ctx.warnings)
    text = docx_text(render("ke_hoach.docx", ctx, tmp_path / "kh.docx"))
    assert "15/12/2025" not in text and "10/12/2025" not in text


def test_the_draft_is_dated_a_week_after_the_parent_when_all_its_deadlines_passed_before_today(city):
    ctx = derive_plan(city, profile(), None, today=dt.date(2026, 12, 3))
    assert ctx.issued_on == dt.date(2025, 9, 16)
    assert any("7 ngày sau kế hoạch cấp trên" in w for w in ctx.warnings)


def test_the_derived_plan_has_the_four_parts_and_the_profiles_closing(plan_docx):
    text = docx_text(plan_docx)
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. MỤC TIÊU, CHỈ TIÊU",
                    "III. NHIỆM VỤ, GIẢI PHÁP", "IV. TỔ CHỨC THỰC HIỆN", "Chế độ báo cáo"):
        assert heading in text, heading
    for phrase in ("Thực hiện Kế hoạch số 232/KH-UBND", "xây dựng Kế hoạch thực hiện cụ thể như sau:",
                   "(qua Phòng Văn hóa - Xã hội) trước ngày 10/12/2025", "Nơi nhận:", "- Lưu: VT, VHXH.",
                   "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Tiến Thuật", "Số: 05/KH-UBND",
                   "Kiến Minh, ngày 15 tháng 9 năm 2025", "./."):
        assert phrase in text, phrase
    assert "{{" not in text and "{%" not in text and "None" not in text


def test_the_generated_plan_passes_the_decree_30_check(plan_docx):
    assert lint_docx(plan_docx) == []


def test_the_generated_plan_re_extracts_to_its_number_basis_and_deadline(plan_context, plan_docx):
    from pipeline.stages import file_to_record

    record = file_to_record(plan_docx)
    assert record.kind == "ke_hoach" and record.number == "05/KH-UBND" and record.issued_on == ISSUED
    assert record.basis is not None and record.basis.number == "232/KH-UBND"
    assert record.basis.date == dt.date(2025, 9, 9)
    assert plan_context.unit_deadline in {d.due for d in record.deadlines}
    assert all(d.due >= ISSUED for d in record.deadlines)


def test_vanban_derive_plan_writes_the_plan_from_a_record_file(tmp_path):
    rec = tmp_path / "city.json"
    rec.write_text(gold(CITY_PLAN).model_dump_json(), encoding="utf-8")
    out = tmp_path / "kh.docx"
    result = CliRunner().invoke(app, ["derive-plan", str(rec), "--profile", str(PROFILE), "-o", str(out),
                                      "--date", "09/11/2025"])
    assert result.exit_code == 0, result.output
    assert "Kiến Minh, ngày 09 tháng 11 năm 2025" in docx_text(out)
    assert rec.read_text(encoding="utf-8")  # the input is kept


def test_vanban_derive_plan_refuses_to_write_over_its_input(tmp_path):
    rec = tmp_path / "city.json"
    rec.write_text(gold(CITY_PLAN).model_dump_json(), encoding="utf-8")
    before = rec.read_bytes()
    result = CliRunner().invoke(app, ["derive-plan", str(rec), "--profile", str(PROFILE), "-o", str(rec)])
    assert result.exit_code == 2 and rec.read_bytes() == before


def test_a_parent_without_number_or_date_gives_a_draft_citing_the_blanks_with_a_warning(tmp_path):
    bare = Record(source="ke-hoach-mo.pdf", kind="ke_hoach", issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
                  title="Tăng cường công tác phòng, chống ma túy trên địa bàn thành phố")
    ctx = derive_plan(bare, profile(), ISSUED)
    assert ctx.intro.startswith("Thực hiện Kế hoạch số       /KH-… ngày")
    assert any("--parent-number" in w for w in ctx.warnings) and any("--parent-date" in w for w in ctx.warnings)
    assert lint_docx(render("ke_hoach.docx", ctx, tmp_path / "kh.docx")) == []


def test_parent_number_and_date_options_fill_the_blanks_of_an_unsigned_parent(tmp_path):
    rec = tmp_path / "du-thao.json"
    rec.write_text(Record(source="du-thao.docx", kind="ke_hoach", issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
                          title="Phòng, chống ma túy năm 2026").model_dump_json(), encoding="utf-8")
    out = tmp_path / "kh.docx"
    result = CliRunner().invoke(app, ["derive-plan", str(rec), "--profile", str(PROFILE), "-o", str(out),
                                      "--date", "2026-01-20", "--parent-number", "17/KH-UBND",
                                      "--parent-date", "2026-01-12"])
    assert result.exit_code == 0, result.output
    assert "Thực hiện Kế hoạch số 17/KH-UBND ngày 12 tháng 01 năm 2026 của Ủy ban nhân dân thành phố Hải Phòng" \
        in docx_text(out)


def test_a_parent_about_another_subject_gets_none_of_the_emulation_campaigns_wording(tmp_path):
    bare = Record(source="kh.docx", kind="ke_hoach", number="17/KH-UBND", issued_on=dt.date(2026, 1, 5),
                  issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", title="Phòng, chống ma túy năm 2026")
    ctx = derive_plan(bare, profile(), dt.date(2026, 2, 3))
    assert ctx.title == "Phòng, chống ma túy năm 2026 trên địa bàn xã Kiến Minh"
    text = docx_text(render("ke_hoach.docx", ctx, tmp_path / "kh.docx"))
    for foreign in ("thi đua", "Thi đua", "KHEN THƯỞNG", "khen thưởng", "Đợt"):
        assert foreign not in text, foreign
    assert "None" not in text and "Kiến Minh, ngày 03 tháng 02 năm 2026" in text


def test_the_inbox_draft_carries_the_city_plans_content_and_is_coherent_in_time(city, tmp_path):
    import docx

    from pipeline.inbox.outbox import plan_to_outbox

    (out,) = plan_to_outbox(city.record, tmp_path, PROFILE, CITY_PLAN)
    draft = docx.Document(str(out))
    text = "\n".join(p.text for p in draft.paragraphs)
    assert "Khơi dậy tinh thần yêu nước" in text and "Tập trung vận hành thông suốt" in text
    # run today, long after the city's deadlines: dated a week after the city plan, said in a Word comment
    assert "Kiến Minh, ngày 16 tháng 9 năm 2025" in docx_text(out)
    assert any("7 ngày sau kế hoạch cấp trên" in c.text for c in draft.comments)


def test_the_other_communes_rows_of_the_city_table_stay_out_of_the_commune_plan(plan_context):
    text = " ".join(_lines(plan_context))
    for other in ("Kiến Thụy", "Kiến Hưng", "Kiến Hải", "4.250", "920 "):
        assert other not in text, other


def test_each_tasks_assignment_is_a_word_comment_on_its_lead_line(city, tmp_path):
    import docx

    from pipeline.generate.documents import generate_plan

    ctx = generate_plan(CITY_PLAN, PROFILE, tmp_path / "kh.docx", ISSUED)
    comments = docx.Document(str(tmp_path / "kh.docx")).comments
    texts = [c.text for c in comments]
    assert len(texts) >= len(ctx.tasks)
    assert any(t.startswith("Nhiệm vụ 1 «Nhiệm vụ theo Kế hoạch số 232/KH-UBND giao cho cấp xã»: giao Phòng Văn hóa")
               for t in texts)
    assert lint_docx(tmp_path / "kh.docx") == []
