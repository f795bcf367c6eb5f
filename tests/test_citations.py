"""Citations: the documents a document names, with number, date, issuer and relation."""

import datetime as dt
from pathlib import Path

import pytest

from docs_in_code import document
from tests.conftest import SEED
from extractors.citations import blocks_to_citations
from extractors.readers import file_to_document
from extractors.records import Header



@pytest.fixture(scope="module")
def seed_citations():
    if not SEED.exists():
        pytest.skip(f"seed plan not found at {SEED}")
    return blocks_to_citations(file_to_document(SEED), Header(kind="ke_hoach"))


def test_the_seed_plan_implements_the_city_plan_232(seed_citations):
    basis = seed_citations[0]
    assert (basis.kind, basis.number, basis.date, basis.relation) == (
        "Kế hoạch", "232/KH-UBND", dt.date(2025, 9, 9), "implements")
    assert basis.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert basis.text.startswith("Thực hiện Kế hoạch số 232/KH - UBND")  # original wording kept


def test_the_seed_plan_cites_two_directives_and_four_resolutions_of_their_issuers(seed_citations):
    found = {(c.kind, c.number, c.issuer, c.date) for c in seed_citations[1:]}
    assert found == {
        ("Chỉ thị", "41-CT/TW", "Bộ Chính trị", dt.date(2024, 12, 26)),
        ("Chỉ thị", "46-CT/TU", "Ban Thường vụ Thành uỷ", dt.date(2025, 6, 26)),
        ("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", dt.date(2024, 12, 22)),
        ("Nghị quyết", "59-NQ/TW", "Bộ Chính trị", dt.date(2025, 1, 24)),
        ("Nghị quyết", "66-NQ/TW", "Bộ Chính trị", dt.date(2025, 4, 30)),
        ("Nghị quyết", "68-NQ/TW", "Bộ Chính trị", dt.date(2025, 5, 4)),
    }
    assert all(c.relation is None for c in seed_citations[1:])


def test_a_report_on_a_plan_reports_on_it_and_repeated_mentions_count_once():
    doc = document(
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch số 05/KH-UBND ngày 15/9/2025 của UBND xã Kiến Minh",
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 15 tháng 9 năm 2025 của Ủy ban nhân dân xã Kiến Minh; thôn báo cáo:",
        "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 05/KH-UBND của thôn./.",
    )
    title = "Kết quả thực hiện Kế hoạch số 05/KH-UBND ngày 15/9/2025 của UBND xã Kiến Minh"
    (citation,) = blocks_to_citations(doc, Header(kind="bao_cao", title=title))
    assert (citation.number, citation.relation) == ("05/KH-UBND", "reports_on")
    assert citation.issuer == "Ủy ban nhân dân xã Kiến Minh"  # the body's mention beats the trích yếu


def test_a_document_does_not_cite_itself():
    doc = document("Số: 05/KH-UBND", "Kế hoạch số 05/KH-UBND này thay thế Kế hoạch số 03/KH-UBND.")
    assert [c.number for c in blocks_to_citations(doc, Header(number="05/KH-UBND"))] == ["03/KH-UBND"]


def test_a_decision_names_its_legal_bases_without_implementing_them():
    doc = document(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật Thi đua, khen thưởng;",
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân xã phát động Đợt thi đua;",
        "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 25/TTr-VHXH ngày 22/12/2025.",
    )
    cited = blocks_to_citations(doc, Header(kind="quyet_dinh"))
    assert [(c.kind, c.number, c.issuer, c.relation) for c in cited] == [
        ("Luật", None, None, None),
        ("Nghị định", "98/2023/NĐ-CP", "Chính phủ", None),
        ("Luật", None, None, None),
        ("Kế hoạch", "05/KH-UBND", "Ủy ban nhân dân xã", None),
        ("Tờ trình", "25/TTr-VHXH", "Trưởng phòng Văn hóa - Xã hội", None),
    ]
    assert cited[0].date == dt.date(2025, 6, 16)


def test_a_date_written_before_the_citation_is_its_date():
    doc = document("Ngày 15/9/2025, Ủy ban nhân dân xã ban hành Kế hoạch số 05/KH-UBND phát động Đợt thi đua.")
    (citation,) = blocks_to_citations(doc, Header(kind="cong_van"))
    assert citation.date == dt.date(2025, 9, 15) and citation.relation is None
    assert citation.issuer == "Ủy ban nhân dân xã"
