"""Chỉ tiêu without a figure (`extractors.indicators.qualitative`): a plan's uncoded list item among measured chỉ
tiêu, a report's words that say a thing was done or did not happen, a report table row whose result is words.
Wording from tests/data/campaign2 (other provinces' plans and reports)."""

from __future__ import annotations

import pytest

from campaign2_support import DATA, text_to_docx
from extractors.blocks import Block, BlockKind, Document, Location
from extractors.context import document_to_view
from extractors.indicators import blocks_to_indicators
from extractors.indicators.document import view_to_measures
from extractors.records import Header
from pipeline.stages import file_to_record

PLAN_LIST = ("KẾ HOẠCH", "II. MỤC TIÊU, CHỈ TIÊU NĂM 2025",
             "1. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm xuống dưới 1,5%.",
             "2. Giải quyết việc làm mới cho 250 lao động.",
             "3. Hoàn thành xây dựng nhà văn hóa thôn Đông, đưa vào sử dụng trong năm 2025.",
             "III. NHIỆM VỤ, GIẢI PHÁP",
             "1. Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo.")


REPORT_TOP = ("BÁO CÁO", "Kết quả thực hiện giảm nghèo năm 2025")


def doc_of(*lines: str) -> Document:
    blocks = tuple(Block(kind=BlockKind.PARAGRAPH, text=t, location=Location(index=i)) for i, t in enumerate(lines))
    return Document(source="built.txt", format="docx", blocks=blocks)


def measures(kind: str, *lines: str):
    return view_to_measures(document_to_view(doc_of(*lines), Header(kind=kind, year=2025)))


def test_a_plan_item_without_figure_or_code_among_measured_targets_is_a_qualitative_target():
    found = blocks_to_indicators(doc_of(*PLAN_LIST), Header(kind="ke_hoach", year=2025))
    done = [i for i in found if i.name.startswith("Hoàn thành xây dựng nhà văn hóa thôn Đông")]
    assert len(done) == 1 and done[0].target is None and done[0].unit is None
    assert done[0].warnings and "không có số liệu định lượng" in done[0].warnings[0].message
    assert not any(i.name.startswith("Rà soát") for i in found)  # a task, not under the chỉ tiêu heading


def test_a_heading_over_measured_items_is_no_qualitative_target():
    found = blocks_to_indicators(doc_of("KẾ HOẠCH", "II. MỤC TIÊU CỤ THỂ", "a) Chính quyền số",
                                        "- Tỷ lệ hồ sơ giải quyết đúng hạn từ 98% trở lên;", "b) Kinh tế số",
                                        "- Kinh tế số chiếm tỷ trọng 15% GRDP của tỉnh;"),
                                 Header(kind="ke_hoach", year=2025))
    assert [i.name for i in found if i.target is None] == []


def test_a_list_of_aims_with_no_figure_gives_no_target():
    found = blocks_to_indicators(doc_of("KẾ HOẠCH", "II. MỤC TIÊU", "1. Nâng cao nhận thức của Nhân dân.",
                                        "2. Huy động sự tham gia của cả hệ thống chính trị."),
                                 Header(kind="ke_hoach", year=2025))
    assert found == ()


def test_a_share_whose_subjects_are_listed_before_the_verb_names_them_all():
    found = blocks_to_indicators(doc_of(*PLAN_LIST[:3], "4. 100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế."),
                                 Header(kind="ke_hoach", year=2025))
    card = next(i for i in found if "thẻ bảo hiểm y tế" in i.name)
    assert card.name == "Hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế"
    assert (card.target, card.unit, card.comparator, card.direction) == (100, "%", ">=", "increase")


def test_the_year_a_figure_is_compared_with_is_not_its_period():
    found = measures("bao_cao", *REPORT_TOP, "- Tỷ lệ hộ nghèo của thôn còn 1,8% (5/278 hộ), giảm 2 hộ so với năm 2024.")
    rate = next(i for i in found.indicators if i.name == "Tỷ lệ hộ nghèo của thôn")
    assert rate.value == pytest.approx(1.8) and rate.period == "năm 2025"


@pytest.mark.parametrize("line, name", [
    ("- Nhà văn hóa thôn Đông đã hoàn thành, bàn giao đưa vào sử dụng từ tháng 10/2025.", "Nhà văn hóa thôn Đông"),
    ("Phối hợp kiểm tra 36 lượt cơ sở sản xuất, kinh doanh thực phẩm; trong năm không xảy ra ngộ độc thực phẩm tập "
     "thể trên địa bàn xã.", "Không xảy ra ngộ độc thực phẩm tập thể trên địa bàn xã"),
])
def test_a_reports_words_without_a_figure_are_kept_as_a_result_statement_not_a_target(line, name):
    found = measures("bao_cao", *REPORT_TOP, line)
    said = [f for f in found.figures if f.value is None]
    assert [(f.name, f.role) for f in said] == [(name, "result")]
    assert all(i.name != name for i in found.indicators)


def test_a_done_statement_in_running_text_that_is_no_list_line_is_not_kept():
    found = measures("bao_cao", *REPORT_TOP, "Công tác tuyên truyền đã hoàn thành tốt, được Nhân dân đồng tình.")
    assert [f for f in found.figures if f.value is None] == []


def test_a_report_table_row_whose_result_is_words_is_kept_for_the_check(tmp_path):
    record = file_to_record(text_to_docx((DATA / "bao-cao-45-bc-tyt-tram-y-te.txt").read_text(encoding="utf-8"),
                                         tmp_path / "tyt.docx"))
    row = next(i for i in record.indicators if i.name.startswith("Không để xảy ra ngộ độc thực phẩm tập thể"))
    assert row.value is None and row.target is None
    assert "Không xảy ra" in row.text and row.text.endswith("Đạt")
