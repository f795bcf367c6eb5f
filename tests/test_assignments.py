"""Assignments: which unit does what, in which role, by when."""

import datetime as dt
from pathlib import Path

import pytest

from docs_in_code import document, table
from tests.conftest import SEED
from extractors.assignments import blocks_to_assignments
from extractors.readers import file_to_document
from extractors.records import Header

PLAN = Header(kind="ke_hoach", issued_on=dt.date(2025, 9, 15))


def test_the_unit_sections_of_to_chuc_thuc_hien_assign_their_paragraphs():
    if not SEED.exists():
        pytest.skip(f"seed plan not found at {SEED}")
    found = blocks_to_assignments(file_to_document(SEED), Header(kind="ke_hoach"))
    assert [(a.unit, a.role, a.due) for a in found] == [
        ("Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn", "chủ trì", None),
        ("Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn", "chủ trì", dt.date(2025, 12, 9)),
        ("Phòng Văn hóa – Xã hội", "chủ trì", None),
    ]
    assert found[0].task.startswith("Xây dựng chương trình, kế hoạch cụ thể")  # "Căn cứ ..., " dropped


def test_a_unit_that_leads_with_partners_gives_one_assignment_per_unit():
    doc = document("2. Nhiệm vụ thời gian tới",
                   "- Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã, Đoàn Thanh niên xã tuần tra, "
                   "hoàn thành trong tháng 12/2025;")
    found = blocks_to_assignments(doc, PLAN)
    assert [(a.unit, a.role, a.due) for a in found] == [
        ("Công an xã", "chủ trì", dt.date(2025, 12, 31)),
        ("Ban Chỉ huy Quân sự xã", "phối hợp", dt.date(2025, 12, 31)),
        ("Đoàn Thanh niên xã", "phối hợp", dt.date(2025, 12, 31)),
    ]


def test_a_task_table_assigns_lead_and_partner_units():
    doc = document(table(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
                         ["1", "Tổ chức hội nghị sơ kết", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã",
                          "Tháng 12/2025"]))
    found = blocks_to_assignments(doc, PLAN)
    assert [(a.unit, a.role, a.task, a.due) for a in found] == [
        ("Phòng Văn hóa - Xã hội", "chủ trì", "Tổ chức hội nghị sơ kết", dt.date(2025, 12, 31)),
        ("Văn phòng HĐND và UBND xã", "phối hợp", "Tổ chức hội nghị sơ kết", dt.date(2025, 12, 31)),
    ]


def test_an_indicator_table_is_not_a_task_table():
    doc = document(table(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
                         ["1", "Tỷ lệ hộ gia đình văn hóa", "%", "95", "95,2"]))
    assert blocks_to_assignments(doc, PLAN) == ()


def test_the_executors_of_a_decision_are_assigned_to_carry_it_out():
    doc = document("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng "
                   "Kinh tế và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    found = blocks_to_assignments(doc, Header(kind="quyet_dinh"))
    assert [(a.unit, a.task) for a in found] == [
        ("Chánh Văn phòng HĐND và UBND xã", "Thi hành Quyết định này"),
        ("Trưởng phòng Kinh tế", "Thi hành Quyết định này"),
    ]


def test_a_table_header_that_ocr_split_into_lines_above_is_used():
    doc = document("Báo cáo kết quả thực hiện trước ngày 10/12/2025.",
                   "Các đơn vị theo dõi, báo cáo kết quả thực hiện các chỉ tiêu theo phân công sau:", "| STT |", "Đơn vị", "| Chỉtiêu theo dõi báocáo |",
                   table(["1", "Phòng Kinh tế", "(1), (2)"], ["2", "Công an xã", "(13), (14)"]))
    found = blocks_to_assignments(doc, PLAN)
    assert [(a.unit, a.due) for a in found] == [
        ("Phòng Kinh tế", dt.date(2025, 12, 9)), ("Công an xã", dt.date(2025, 12, 9))]
    assert found[0].task.endswith("(1), (2)")
