"""The assignment formulas and task-table header words (extractors/patterns/tasks.py), each on its real example."""

from __future__ import annotations

import re

import pytest

from extractors.patterns import tasks as P


def test_the_executors_of_a_quyet_dinh_are_read_from_its_closing_formula():
    m = P.EXECUTORS_RE.search(
        "Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế chịu trách nhiệm thi hành Quyết định này."
    )
    assert m.group("units") == "Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế"
    assert m.group("what") == "thi hành Quyết định này"


def test_the_supervisors_of_a_nghi_quyet_are_read_from_its_closing_article():
    m = P.SUPERVISORS_RE.search(
        "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân xã giám sát việc "
        "thực hiện Nghị quyết."
    )
    assert m.group("units").endswith("đại biểu Hội đồng nhân dân xã")
    assert m.group("what") == "giám sát việc thực hiện Nghị quyết"


def test_the_partners_follow_phoi_hop_voi_or_cung():
    text = "Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ xã đẩy mạnh"
    assert text[P.PARTNERS_RE.search(text).end():].startswith("Hội Nông dân")
    assert P.PARTNERS_RE.search("Phối hợp cùng Đoàn Thanh niên")
    assert P.PARTNERS_RE.search("Phòng Kinh tế chủ trì, phối hợp tổ chức") is None


def test_the_basis_before_a_task_is_cut():
    assert P.BASIS_LEAD_RE.sub("", "Căn cứ kế hoạch của Ủy ban nhân dân xã, xây dựng kế hoạch") == "xây dựng kế hoạch"
    assert P.BASIS_LEAD_RE.sub("", "Xây dựng kế hoạch") == "Xây dựng kế hoạch"


def test_an_explicit_giao_opens_an_assignment():
    assert P.GIAO_RE.match("Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này")
    assert P.GIAO_RE.match("giao cho Công an xã")
    assert P.GIAO_RE.match("Giáo dục chính trị") is None


def test_da_marks_work_done_but_not_inside_uu_dai():
    assert P.DONE_TASK_RE.search("Các đơn vị đã hoàn thành")
    assert P.DONE_TASK_RE.search("Thực hiện chính sách ưu đãi người có công") is None


@pytest.mark.parametrize(
    ("header", "role"),
    [("đơn vị phối hợp", "support"), ("đơn vị chủ trì", "lead"), ("cơ quan thực hiện", "lead"),
     ("thời gian hoàn thành", "time"), ("nội dung nhiệm vụ", "task")],
)
def test_a_task_table_header_cell_gets_its_role(header, role):
    assert next(r for r, rx in P.TASK_COLUMNS if rx.search(header)) == role


def test_don_vi_tinh_is_not_a_lead_column():
    lead = dict(P.TASK_COLUMNS)["lead"]
    assert lead.search("đơn vị tính") is None


def test_a_header_cell_with_its_spaces_lost_still_gets_its_role():
    assert P.TASK_COLUMNS_GLUED["lead"].search("đơnvịchủtrì")
    assert P.TASK_COLUMNS_GLUED["support"].search("đơnvịphốihợp")


@pytest.mark.parametrize("cell", ["STT", "TT", "Số TT", "1", "12."])
def test_a_row_number_cell_is_recognised(cell):
    assert P.ROW_NUMBER_RE.match(cell)


def test_a_unit_name_is_not_a_row_number():
    assert P.ROW_NUMBER_RE.match("Phòng Văn hóa - Xã hội") is None


def test_a_unit_asked_by_this_document_follows_de_nghi_or_yeu_cau():
    body = "Thực hiện Kế hoạch, Chủ tịch UBND xã đề nghị Trưởng các thôn rà soát"
    assert re.search(rf"{P.ASKING_PATTERN}{re.escape('Trưởng các thôn')}", body, re.I)
    other = "UBND xã ban hành Kế hoạch số 05/KH-UBND, trong đó yêu cầu các đơn vị báo cáo"
    assert re.search(rf"{P.ASKING_PATTERN}{re.escape('các đơn vị')}", other, re.I) is None


def test_the_done_cue_left_at_the_end_of_a_task_is_cut():
    assert P.DONE_TAIL_RE.sub("", "Tu sửa nhà văn hóa thôn, hoàn thành") == "Tu sửa nhà văn hóa thôn"
    assert P.DONE_TAIL_RE.sub("", "Tổ chức hội nghị,") == "Tổ chức hội nghị"
    assert P.DONE_TAIL_RE.sub("", "Hoàn thành việc rà soát") == "Hoàn thành việc rà soát"


def test_a_header_naming_the_task_itself_is_recognised():
    assert "nội dung công việc".startswith(P.TASK_HEADER_WORDS)
    assert "nhiệm vụ".startswith(P.TASK_HEADER_WORDS)
    assert not "chỉ tiêu theo dõi, báo cáo".startswith(P.TASK_HEADER_WORDS)


def test_a_reporting_task_is_recognised_with_or_without_its_space():
    assert P.REPORT_WORD in "báo cáo kết quả thực hiện về ubnd xã"
    assert P.REPORT_WORD.replace(" ", "") in "báocáo kết quả".replace(" ", "")
    assert P.REPORT_WORD not in "tổ chức hội nghị"
