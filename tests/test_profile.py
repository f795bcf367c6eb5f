"""The office profile: the shipped Kiến Minh profile, the commented example, errors, targets from XLSX."""

from __future__ import annotations

import tomllib

import pytest
from openpyxl import Workbook

from extractors.errors import BadInput
from pipeline.profile import Profile, example_profile_text, load_profile
from tests.generate_support import CORPUS, PROFILE


def test_the_kien_minh_profile_names_the_signer_the_drafting_unit_and_every_unit_of_the_campaign():
    import json

    p = load_profile(PROFILE)
    assert p.signer.name == "Phạm Tiến Thuật" and p.signer.authority == "TM."
    assert p.office.drafting_unit == "Phòng Văn hóa - Xã hội"
    campaign = json.loads((CORPUS / "campaign.json").read_text(encoding="utf-8"))
    listed = {u["unit"] for u in campaign["assigned_units"] if not u["unit"].startswith("Các thôn")}
    assert listed <= {u.name for u in p.units}
    assert len(p.units_of_kind("thôn")) == 6
    assert p.units_for("(14)") == ("Công an xã", "Ban Chỉ huy Quân sự xã", "Hội Cựu chiến binh xã")


def test_the_example_profile_is_commented_and_loads_as_a_profile():
    text = example_profile_text()
    assert sum(line.lstrip().startswith("#") for line in text.splitlines()) >= 5
    assert Profile.model_validate(tomllib.loads(text)).office.commune == "Kiến Minh"


def test_a_profile_with_a_missing_signer_is_refused_in_vietnamese_with_the_file_name(tmp_path):
    bad = tmp_path / "ho-so.toml"
    bad.write_text(PROFILE.read_text(encoding="utf-8").replace("[signer]", "[nguoi_ky]"), encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_profile(bad)
    assert "ho-so.toml" in err.value.describe() and "Hồ sơ cơ quan" in err.value.describe()


def test_a_profile_that_is_not_toml_is_refused_with_the_file_name(tmp_path):
    bad = tmp_path / "hong.toml"
    bad.write_text("[office\ncommune = ", encoding="utf-8")
    with pytest.raises(BadInput, match="hong.toml"):
        load_profile(bad)


def test_targets_can_come_from_an_xlsx_sheet_beside_the_profile(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã", "Nhóm", "Chỉ tiêu", "Kế hoạch", "Đơn vị tính"])
    ws.append(["(15)", "xã hội", "Tỷ lệ trẻ em tiêm chủng đầy đủ", 98.5, "%"])
    wb.save(tmp_path / "chi_tieu.xlsx")
    text = PROFILE.read_text(encoding="utf-8").replace('# targets_xlsx = "chi_tieu.xlsx"', 'targets_xlsx = "chi_tieu.xlsx"')
    (tmp_path / "profile.toml").write_text(text, encoding="utf-8")
    p = load_profile(tmp_path / "profile.toml")
    added = [t for t in p.targets if t.code == "(15)"]
    assert added and added[0].target == 98.5 and added[0].group == "xã hội"
    assert len(p.targets) == len(load_profile(PROFILE).targets) + 1


def test_a_profile_in_the_old_format_without_domains_still_loads_and_unit_names_stand_for_domains(tmp_path):
    import re

    from pipeline.generate.assign import assign, domains_of

    old = re.sub(r"^domains = .*\n", "", PROFILE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    (tmp_path / "cu.toml").write_text(old, encoding="utf-8")
    p = load_profile(tmp_path / "cu.toml")
    assert all(u.domains == () for u in p.units)
    health = next(u for u in p.units if u.name == "Trạm Y tế xã")
    assert domains_of(health) == ("y tế",)
    who = assign("Tăng cường công tác y tế dự phòng, tiêm chủng mở rộng cho trẻ em", p)
    assert who.lead == "Trạm Y tế xã" and not who.guessed


def test_tasks_are_assigned_by_the_units_domains_and_an_unmatched_task_is_marked_guessed():
    from pipeline.generate.assign import assign

    p = load_profile(PROFILE)
    drugs = assign("Đấu tranh, triệt phá các tụ điểm mua bán trái phép chất ma túy, bảo đảm an ninh trật tự", p)
    assert drugs.lead == "Công an xã" and {"ma túy", "an ninh", "trật tự"} <= set(drugs.matched)
    budget = assign("Tăng cường các biện pháp chống thất thu ngân sách", p, actor="Sở Tài chính")
    assert budget.lead == "Phòng Kinh tế"
    nothing = assign("Tổ chức hội nghị", p)
    assert nothing.guessed and nothing.lead == p.office.drafting_unit


def test_kinh_te_never_counts_as_the_health_domain_y_te():
    from pipeline.generate.assign import assign

    who = assign("Phát triển kinh tế nông nghiệp", load_profile(PROFILE))
    assert who.lead == "Phòng Kinh tế" and "Trạm Y tế xã" not in who.partners
