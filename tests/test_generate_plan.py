"""The commune's implementing plan derived from the city plan (corpus 232/KH-UBND) and the Kiến Minh profile."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.generate.derive import derive_plan
from pipeline.generate.render import render
from pipeline.lint.checker import lint_docx
from tests.generate_support import CITY_PLAN, ISSUED, PROFILE, docx_text, gold, profile


@pytest.fixture(scope="module")
def plan_context():
    return derive_plan(gold(CITY_PLAN), profile(), ISSUED)


@pytest.fixture(scope="module")
def plan_docx(plan_context, tmp_path_factory):
    return render("ke_hoach.docx", plan_context, tmp_path_factory.mktemp("plan") / "ke-hoach.docx")


def test_the_plan_cites_the_city_plan_in_full_in_its_opening_sentence(plan_context):
    assert plan_context.intro.startswith("Thực hiện Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của Ủy ban "
                                         "nhân dân thành phố Hải Phòng")
    assert plan_context.intro.endswith("Ủy ban nhân dân xã Kiến Minh xây dựng Kế hoạch thực hiện cụ thể như sau:")
    assert "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị" in plan_context.purposes[0]


def test_the_units_must_report_the_lead_time_before_the_city_deadline(plan_context):
    assert plan_context.city_deadline == dt.date(2025, 12, 14)
    assert plan_context.unit_deadline == dt.date(2025, 12, 9)  # 5 days earlier, as in corpus/profile.toml
    assert plan_context.unit_deadline_text == "10/12/2025"  # "trước ngày 10/12/2025"


def test_a_longer_lead_time_in_the_profile_moves_the_units_deadline_earlier():
    p = profile()
    p = p.model_copy(update={"plan": p.plan.model_copy(update={"lead_days": 10})})
    assert derive_plan(gold(CITY_PLAN), p, ISSUED).unit_deadline == dt.date(2025, 12, 4)


def test_the_city_plans_figures_for_the_commune_replace_the_profile_figures():
    p = profile()
    changed = tuple(t.model_copy(update={"target": 1.0}) if t.code == "(6)" else t for t in p.targets)
    ctx = derive_plan(gold(CITY_PLAN), p.model_copy(update={"targets": changed}), ISSUED)
    lines = [ln for g in ctx.target_groups for ln in g.lines]
    assert "(6). Giới thiệu và giải quyết việc làm: 831 lượt người." in lines  # from the city's table, not 1


def test_without_profile_targets_the_city_table_for_the_commune_gives_the_targets():
    p = profile().model_copy(update={"targets": ()})
    lines = [ln for g in derive_plan(gold(CITY_PLAN), p, ISSUED).target_groups for ln in g.lines]
    assert lines == ["(1). Thu ngân sách xã: 3.187 triệu đồng.", "(2). Giải quyết việc làm: 831 lượt người.",
                     "(3). Tỷ lệ tham gia BHYT: 97%."]


def test_the_derived_plan_has_every_part_of_the_seed_plan(plan_docx):
    text = docx_text(plan_docx)
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
                    "II. NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP TỔ CHỨC ĐỢT THI ĐUA",
                    "1. Nội dung thi đua", "2. Mục tiêu, chỉ tiêu chủ yếu năm 2025", "2.1. Các chỉ tiêu kinh tế:",
                    "2.4. Các chỉ tiêu về quốc phòng - an ninh:", "3. Nhiệm vụ và giải pháp chủ yếu",
                    "III. THỜI GIAN THỰC HIỆN", "IV. KHEN THƯỞNG", "V. TỔ CHỨC THỰC HIỆN",
                    "1. Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn", "2. Phòng Văn hóa - Xã hội"):
        assert heading in text, heading
    for phrase in ("Thực hiện Kế hoạch số 232/KH-UBND", "xây dựng Kế hoạch thực hiện cụ thể như sau:",
                   "đến hết tháng 12/2025", "(qua Phòng Văn hóa - Xã hội) trước ngày 10/12/2025",
                   "(7). Tỷ lệ dân số tham gia bảo hiểm y tế: 97%.", "Nơi nhận:", "- Lưu: VT, VHXH.",
                   "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Tiến Thuật", "Số: 05/KH-UBND",
                   "Kiến Minh, ngày 15 tháng 9 năm 2025", "nghiêm túc triển khai thực hiện./."):
        assert phrase in text, phrase
    assert "{{" not in text and "{%" not in text and "None" not in text


def test_the_generated_plan_passes_the_decree_30_check(plan_docx):
    assert lint_docx(plan_docx) == []


def test_the_generated_plan_re_extracts_to_its_targets_deadline_and_citation(plan_context, plan_docx):
    from pipeline.stages import file_to_record

    record = file_to_record(plan_docx)
    assert record.kind == "ke_hoach" and record.number == "05/KH-UBND" and record.issued_on == ISSUED
    assert record.basis is not None and record.basis.number == "232/KH-UBND"
    assert record.basis.date == dt.date(2025, 9, 9)
    assert plan_context.unit_deadline in {d.due for d in record.deadlines}
    expected = {t.name: t.target for t in profile().targets if t.target is not None}
    found = {i.name: i.target for i in record.indicators if i.target is not None}
    assert {k: found.get(k) for k in expected} == expected


def test_vanban_derive_plan_writes_the_plan_from_a_record_file(tmp_path):
    city = tmp_path / "city.json"
    city.write_text(gold(CITY_PLAN).model_dump_json(), encoding="utf-8")
    out = tmp_path / "kh.docx"
    result = CliRunner().invoke(app, ["derive-plan", str(city), "--profile", str(PROFILE), "-o", str(out),
                                      "--date", "09/02/2026"])
    assert result.exit_code == 0, result.output
    assert "Kiến Minh, ngày 09 tháng 02 năm 2026" in docx_text(out)
    assert city.read_text(encoding="utf-8")  # the input is kept


def test_vanban_derive_plan_refuses_to_write_over_its_input(tmp_path):
    city = tmp_path / "city.json"
    city.write_text(gold(CITY_PLAN).model_dump_json(), encoding="utf-8")
    before = city.read_bytes()
    result = CliRunner().invoke(app, ["derive-plan", str(city), "--profile", str(PROFILE), "-o", str(city)])
    assert result.exit_code == 2 and city.read_bytes() == before


def test_the_plan_derived_from_the_city_plan_file_itself_matches_the_one_from_its_gold_record(plan_context):
    from pipeline.stages import file_to_record

    from_file = derive_plan(file_to_record(CITY_PLAN), profile(), ISSUED)
    for field in ("intro", "purposes", "target_groups", "period_text", "unit_deadline", "city_deadline", "units"):
        assert getattr(from_file, field) == getattr(plan_context, field), field


def test_every_top_level_heading_and_subheading_of_the_seed_plan_is_in_the_derived_plan(plan_docx):
    import re

    from tests.conftest import SHARED

    seed = SHARED / "seed" / "ke-hoach-thi-dua-xa-kien-minh-2025.txt"
    if not seed.is_file():
        pytest.skip(f"seed plan not found at {seed}")
    text = " ".join(docx_text(plan_docx).split()).replace("–", "-")
    heads = re.findall(r"^\s*((?:[IV]+|\d)\.\s+[^\n]+?)\s*$", seed.read_text(encoding="utf-8"), re.MULTILINE)
    wanted = [" ".join(h.split()).replace("–", "-").rstrip(".") for h in heads if len(h) < 80]
    assert len(wanted) >= 12
    missing = [h for h in wanted if h not in text]
    assert not missing


def test_a_city_plan_without_number_or_date_is_refused_rather_than_cited_with_blanks():
    from extractors.errors import BadInput
    from extractors.records import Record

    with pytest.raises(BadInput, match="ke-hoach-mo.pdf.*không soạn được"):
        derive_plan(Record(source="ke-hoach-mo.pdf", kind="ke_hoach"), profile(), ISSUED)


def test_a_city_plan_without_title_or_deadlines_still_gives_a_complete_plan(tmp_path):
    from extractors.records import Record

    bare = Record(source="kh.docx", kind="ke_hoach", number="17/KH-UBND", issued_on=dt.date(2026, 1, 5),
                  issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
    ctx = derive_plan(bare, profile(), dt.date(2026, 2, 3))
    assert ctx.title == "Thực hiện Kế hoạch số 17/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân thành phố Hải Phòng"
    assert ctx.period_text.endswith("đến hết tháng 12/2026.") and ctx.unit_deadline == dt.date(2026, 12, 26)
    text = docx_text(render("ke_hoach.docx", ctx, tmp_path / "kh.docx"))
    assert "None" not in text and "Kiến Minh, ngày 03 tháng 02 năm 2026" in text
