"""Deadlines: time limits the document sets, with the last day, precision, action and responsible unit."""

import datetime as dt
from pathlib import Path

import pytest

from docs_in_code import document, table
from extractors.context import document_to_view
from tests.conftest import SEED
from extractors.deadlines import blocks_to_deadlines, deadline_warnings
from extractors.readers import file_to_document
from extractors.records import Header

PLAN = Header(kind="ke_hoach", issued_on=dt.date(2025, 9, 15))


def _due(*lines, header=PLAN):
    return [(d.due, d.precision) for d in blocks_to_deadlines(document(*lines), header)]


def test_before_a_day_means_the_day_before_it():
    assert _due("Báo cáo kết quả trước ngày 10/12/2025.") == [(dt.date(2025, 12, 9), "day")]


@pytest.mark.parametrize(
    ("line", "due", "precision"),
    [
        ("Gửi báo cáo chậm nhất ngày 09/12/2025.", dt.date(2025, 12, 9), "day"),
        ("Báo cáo kết quả trong ngày 05/12/2025;", dt.date(2025, 12, 5), "day"),
        ("Đợt thi đua được triển khai từ ngày phát động đến hết tháng 12/2025.", dt.date(2025, 12, 31), "month"),
        ("- Tổ chức giao, nhận quân trong tháng 02/2026.", dt.date(2026, 2, 28), "month"),
        ("- Xây dựng tuyến đường hoa kiểu mẫu, hoàn thành trong Quý II/2026.", dt.date(2026, 6, 30), "quarter"),
        ("- Tu sửa nhà văn hóa thôn, hoàn thành trong năm 2026.", dt.date(2026, 12, 31), "year"),
        ("- Rà soát nguồn tuyển quân trong tháng 10.", dt.date(2025, 10, 31), "month"),  # year from the document
    ],
)
def test_a_time_limit_covers_up_to_the_last_day_it_names(line, due, precision):
    assert _due(line) == [(due, precision)]


def test_dates_of_cited_documents_and_bare_periods_are_not_deadlines():
    assert _due("Thực hiện Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành phố;",
                "Thực hiện tốt công tác quốc phòng địa phương 6 tháng cuối năm 2025.",
                "Kiến Minh, ngày 15 tháng 9 năm 2025") == []


def test_past_events_and_limits_before_the_document_date_are_not_deadlines():
    report = Header(kind="bao_cao", issued_on=dt.date(2025, 12, 5))
    assert _due("Trong tháng 11/2025, thôn đã tổ chức ra quân vệ sinh môi trường.",
                "Các đơn vị báo cáo trước ngày 10/9/2025.", header=report) == []


def test_the_responsible_unit_is_the_subject_or_the_unit_asked():
    doc = document(
        "- Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân đẩy mạnh phân loại rác, hoàn thành trong tháng 12/2025;",
        "Ủy ban nhân dân xã ban hành Kế hoạch, trong đó yêu cầu các đơn vị báo cáo kết quả thực hiện trước ngày 10/12/2025.",
        "- Tu sửa nhà văn hóa thôn, hoàn thành trong năm 2026.",
    )
    found = blocks_to_deadlines(doc, PLAN)
    assert [(d.responsible, d.action) for d in found] == [
        ("Phòng Kinh tế", "Đẩy mạnh phân loại rác"),
        ("các đơn vị", "Báo cáo kết quả thực hiện"),
        (None, "Tu sửa nhà văn hóa thôn"),
    ]


def test_the_time_column_of_a_task_table_gives_deadlines():
    doc = document(table(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
                         ["1", "Tổ chức hội nghị sơ kết", "Phòng Văn hóa - Xã hội", "Văn phòng", "Quý IV/2025"],
                         ["2", "Báo cáo kết quả", "Công an xã", "", "Trước ngày 10/12/2025"]))
    found = blocks_to_deadlines(doc, PLAN)
    assert [(d.due, d.precision, d.responsible, d.action) for d in found] == [
        (dt.date(2025, 12, 31), "quarter", "Phòng Văn hóa - Xã hội", "Tổ chức hội nghị sơ kết"),
        (dt.date(2025, 12, 9), "day", "Công an xã", "Báo cáo kết quả"),
    ]


def test_the_seed_plan_sets_two_deadlines_one_for_the_units_of_section_V_1():
    if not SEED.exists():
        pytest.skip(f"seed plan not found at {SEED}")
    found = blocks_to_deadlines(file_to_document(SEED), Header(kind="ke_hoach"))
    assert [(d.due, d.precision) for d in found] == [(dt.date(2025, 12, 31), "month"), (dt.date(2025, 12, 9), "day")]
    report = found[1]
    assert report.responsible == "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn"
    assert report.action == "Báo cáo kết quả thực hiện về Ủy ban nhân dân xã"
    assert "trước ngày 10/12/2025" in report.text


def test_a_limit_with_a_blank_date_is_warned_about_not_guessed():
    doc = document("Các đơn vị gửi báo cáo trước ngày     /12/2025 về Ủy ban nhân dân xã.")
    assert blocks_to_deadlines(doc, PLAN) == ()
    (warning,) = deadline_warnings(document_to_view(doc, PLAN))
    assert warning.code == "deadline_unreadable" and "Không đọc được thời hạn" in warning.message
    assert deadline_warnings(document_to_view(document("Gửi báo cáo trước ngày 10/12/2025."), PLAN)) == ()


def test_a_real_cong_van_pdf_gives_its_three_limits_with_their_units():
    path = Path(__file__).resolve().parents[1] / "corpus" / "cong_van" / "cong-van-412-ubnd-vhxh-don-doc-bao-cao.pdf"
    if not path.exists():
        pytest.skip("công văn 412 not in the corpus")
    doc = file_to_document(path)
    found = blocks_to_deadlines(doc, Header(kind="cong_van", issued_on=dt.date(2025, 12, 3)))
    assert [(d.due, d.responsible) for d in found] == [
        (dt.date(2025, 12, 9), "các đơn vị"),
        (dt.date(2025, 12, 9), "Các đơn vị chưa gửi báo cáo"),
        (dt.date(2025, 12, 14), "Phòng Văn hóa - Xã hội"),
    ]


# xa_phuong1-vungtau_QD_64-2025 (a ward's procurement plan): the first time column is a duration, the second the
# quarter each package starts; the investor answers for its packages.
def test_a_procurement_plan_row_is_due_in_the_quarter_its_second_time_column_gives():
    doc = document(table(
        ["Stt", "Tên chủ đầu tư", "Tên gói thầu", "Thời gian tổ chức lựa chọn nhà thầu",
         "Thời gian bắt đầu tổ chức lựa chọn nhà thầu", "Loại hợp đồng"],
        ["2", "UBND Phường 1", "Tư vấn kiểm tra, nghiệm thu", "5 ngày", "Quý I /2025", "Trọn gói"]))
    found = blocks_to_deadlines(doc, Header(kind="quyet_dinh", issued_on=dt.date(2025, 3, 14)))
    assert [(d.due, d.precision, d.responsible) for d in found] == [(dt.date(2025, 3, 31), "quarter", "UBND Phường 1")]


# tinh_bacgiang_KH_353-2012 (a scanned plan): OCR put the period on its own line after the label
def test_a_period_alone_on_the_line_after_a_time_label_is_its_limit():
    found = blocks_to_deadlines(document("3. Tổ chức Hội nghị sơ kết giai đoạn I thực hiện Chương trình.",
                                         "Thời gian thực hiện:", "Quý IV/2012."),
                                Header(kind="ke_hoach", issued_on=dt.date(2012, 3, 1)))
    assert [(d.due, d.precision) for d in found] == [(dt.date(2012, 12, 31), "quarter")]


def test_a_period_line_after_a_label_that_names_no_time_is_not_a_limit():
    found = blocks_to_deadlines(document("Căn cứ kết quả thực hiện:", "Quý IV/2012."),
                                Header(kind="ke_hoach", issued_on=dt.date(2012, 3, 1)))
    assert found == ()


def test_a_time_label_before_a_list_of_days_gives_the_last_day_and_a_fairs_days_are_no_limit():
    # so_phutho_KH_2011_dao-tao-qlvb.doc: "Ngày 26, 27/12/2011" is two days of work, done by the 27th
    plan = Header(kind="ke_hoach", issued_on=dt.date(2011, 12, 20))
    assert _due("II. PHƯƠNG ÁN TRIỂN KHAI", "1. Cài đặt hệ thống phần mềm",
                "- Thời gian thực hiện: Ngày 26, 27/12/2011", header=plan) == [(dt.date(2011, 12, 27), "day")]
    # so_bacgiang-sct_BC_170-2012: a fair held "từ ngày 08 đến 12/11/2012" ends then; nobody must finish by then
    report = Header(kind="bao_cao", issued_on=dt.date(2012, 10, 20))
    assert _due("II. NHIỆM VỤ THÁNG 11", "- Xây dựng kế hoạch tổ chức 02 gian hàng triển lãm tham gia hội chợ thương "
                "mại biên giới diễn ra tại thị trấn Hà Khẩu từ ngày 08 đến 12/11/2012.", header=report) == []


def test_a_notice_table_giving_each_district_its_month_counts_districts_and_bare_months():
    # the shape of tinh_quangngai_TB_660-2024 (xóa nhà tạm): rows are districts, the time column writes "12/2024"
    notice = Header(kind="thong_bao", issued_on=dt.date(2024, 11, 5))
    doc = document("THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh về xóa nhà tạm, nhà dột nát",
                   table(["TT", "Địa phương", "Số nhà cần xóa", "Thời hạn hoàn thành"],
                         ["1", "Huyện Bình Sơn", "120", "12/2024"], ["2", "Thành phố Quảng Ngãi", "85", "trước 01/2025"],
                         ["3", "Thị xã Đức Phổ", "40", "Tháng 12/2024"]))
    found = [(d.due, d.precision, d.responsible) for d in blocks_to_deadlines(doc, notice)]
    assert found == [(dt.date(2024, 12, 31), "month", "Huyện Bình Sơn"),
                     (dt.date(2024, 12, 31), "month", "Thành phố Quảng Ngãi"),
                     (dt.date(2024, 12, 31), "month", "Thị xã Đức Phổ")]
