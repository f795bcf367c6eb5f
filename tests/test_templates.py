"""The DOCX templates: built reproducibly, every variable on its model, sandboxed, autoescaped, filters."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from docx import Document

from pipeline.generate.contexts import CongVanContext, PlanContext, ReportContext
from pipeline.generate.filters import ngay_thang, number_vi, percent_vi, so_hieu
from pipeline.generate.render import RenderError, render, render_template, template_path, template_variables
from tests.generate_support import docx_text
from tools.templates.build import build
from tools.templates.kit import new_document, para

MODELS = {"ke_hoach.docx": PlanContext, "bao_cao_tong_hop.docx": ReportContext, "cong_van.docx": CongVanContext}


def cong_van(**changes) -> CongVanContext:
    base = dict(parent_issuer="UBND THÀNH PHỐ HẢI PHÒNG", issuer="ỦY BAN NHÂN DÂN XÃ KIẾN MINH",
                so_ky_hieu="412/UBND-VHXH", place_date="Kiến Minh, ngày 11 tháng 12 năm 2025",
                recipients=("Như trên",), drafting_code="VHXH", sign_lines=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                signer_name="Phạm Tiến Thuật", trich_yeu="đôn đốc báo cáo kết quả thực hiện Kế hoạch số 05/KH-UBND",
                kinh_gui=("- Hội Cựu chiến binh xã.",), paragraphs=("Đề nghị đơn vị gửi báo cáo trước ngày 15/12/2025.",))
    return CongVanContext(**(base | changes))


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_variable_a_template_uses_is_a_field_of_its_context_model(name):
    used = template_variables(name)
    assert used, f"{name} uses no variable"
    assert used <= set(MODELS[name].model_fields), used - set(MODELS[name].model_fields)


def test_the_builder_reproduces_the_committed_templates_byte_for_byte(tmp_path):
    for path in build(tmp_path):
        committed = template_path(path.name)
        assert path.read_bytes() == committed.read_bytes(), f"{path.name} differs: run python -m tools.templates.build"


def test_values_with_markup_characters_and_nfd_text_come_out_exactly(tmp_path):
    nfd = unicodedata.normalize("NFD", "Thôn Phương Đôi")
    tricky = "Tỷ lệ <50% & {{ 7*7 }} {% if %}"
    out = render("cong_van.docx", cong_van(kinh_gui=(f"- {nfd};", f"- {tricky}.")), tmp_path / "cv.docx")
    text = docx_text(out)
    assert f"- {nfd};" in text and f"- {tricky}." in text
    assert "49" not in text


def test_a_template_cannot_reach_python_internals(tmp_path):
    doc = new_document()
    para(doc, "{{ trich_yeu.__class__.__mro__[1].__subclasses__() }}")
    doc.save(tmp_path / "evil.docx")
    with pytest.raises(RenderError, match="evil.docx"):
        render_template(tmp_path / "evil.docx", cong_van(), tmp_path / "out.docx")


def test_a_render_error_names_the_template_and_the_context_keys(tmp_path):
    doc = new_document()
    para(doc, "{{ trich_yeu | khong_co_bo_loc }}")
    doc.save(tmp_path / "sai.docx")
    with pytest.raises(RenderError) as err:
        render_template(tmp_path / "sai.docx", cong_van(), tmp_path / "out.docx")
    assert "sai.docx" in str(err.value) and "trich_yeu" in str(err.value) and "signer_name" in str(err.value)


def test_the_rendered_cong_van_keeps_the_decree_30_layout(tmp_path):
    out = render("cong_van.docx", cong_van(), tmp_path / "cv.docx")
    doc = Document(str(out))
    assert doc.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    assert doc.sections[0].different_first_page_header_footer
    assert "V/v đôn đốc báo cáo" in docx_text(out)


def test_numbers_are_written_the_vietnamese_way():
    assert number_vi(1703.274) == "1.703,274"
    assert number_vi(142500) == "142.500"
    assert number_vi(97.0) == "97"
    assert percent_vi(124.456) == "124,5%"
    assert number_vi(None) == ""


def test_dates_and_numbers_get_the_leading_zeros_decree_30_asks_for():
    assert ngay_thang(dt.date(2025, 9, 9)) == "ngày 09 tháng 9 năm 2025"
    assert ngay_thang(dt.date(2026, 2, 9)) == "ngày 09 tháng 02 năm 2026"
    assert ngay_thang(dt.date(2025, 12, 15)) == "ngày 15 tháng 12 năm 2025"
    assert so_hieu(5) == "05" and so_hieu(232) == "232"
