"""Office-by-office task tables of a notice or a plan: each row's completion month or date is the due of its task,
the row's unit is `responsible`, read by the table's structure (its header row, a unit cell merged down over several
tasks, unit rows merged over the table), not by a list of body names."""

from __future__ import annotations

import datetime as dt

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.deadlines import blocks_to_deadlines
from extractors.records import Header

NOTICE = Header(kind="thong_bao", issued_on=dt.date(2025, 3, 5))


def row(*cells: str | tuple[str, int]) -> Row:
    return Row(cells=tuple(Cell(text=c) if isinstance(c, str) else Cell(text=c[0], span=c[1]) for c in cells))


def deadlines(*rows: Row) -> list[tuple[dt.date, str, str | None, str | None]]:
    blocks = (Block(kind=BlockKind.PARAGRAPH, text="KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH", location=Location(index=0)),
              Block(kind=BlockKind.TABLE, text="", rows=rows, location=Location(index=1)))
    found = blocks_to_deadlines(Document(source="built.docx", format="docx", blocks=blocks), NOTICE)
    return [(d.due, d.precision, d.responsible, d.action) for d in found]


def test_a_unit_cell_merged_down_over_several_tasks_answers_for_each_of_them():
    found = deadlines(
        row("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
        row("1", "Rà soát quy hoạch sử dụng đất", "Sở Tài nguyên và Môi trường", "UBND các huyện", "Tháng 6/2025"),
        row("2", "Cập nhật bảng giá đất", "", "Sở Tài chính", "Quý III/2025"),
        row("3", "Đối chiếu số thu ngân sách", "Kho bạc Nhà nước tỉnh", "", "30/6/2025"),
    )
    assert found == [
        (dt.date(2025, 6, 30), "month", "Sở Tài nguyên và Môi trường", "Rà soát quy hoạch sử dụng đất"),
        (dt.date(2025, 9, 30), "quarter", "Sở Tài nguyên và Môi trường", "Cập nhật bảng giá đất"),
        (dt.date(2025, 6, 30), "day", "Kho bạc Nhà nước tỉnh", "Đối chiếu số thu ngân sách"),
    ]


def test_bodies_named_outside_the_usual_heads_still_make_a_unit_column():
    # "Cục Thuế", "Kho bạc", "Liên đoàn Lao động", "Tỉnh Đoàn": names by their shape, under a header that says unit
    found = deadlines(
        row("TT", "Cơ quan thực hiện", "Nhiệm vụ", "Thời hạn"),
        row("1", "Cục Thuế tỉnh", "Rà soát nợ đọng thuế", "Trước ngày 30/9/2025"),
        row("2", "Kho bạc Nhà nước tỉnh", "Đối chiếu số thu", "Tháng 8/2025"),
        row("3", "Liên đoàn Lao động tỉnh", "Báo cáo tiến độ", "Tháng 12"),
        row("4", "Tỉnh Đoàn", "Ra quân tình nguyện", "Thường xuyên"),
    )
    assert found == [
        (dt.date(2025, 9, 29), "day", "Cục Thuế tỉnh", "Rà soát nợ đọng thuế"),
        (dt.date(2025, 8, 31), "month", "Kho bạc Nhà nước tỉnh", "Đối chiếu số thu"),
        (dt.date(2025, 12, 31), "month", "Liên đoàn Lao động tỉnh", "Báo cáo tiến độ"),
    ]


def test_a_unit_row_merged_over_the_table_answers_for_the_tasks_below_it():
    found = deadlines(
        row("STT", "Nhiệm vụ", "Thời gian hoàn thành"),
        row(("I. Sở Kế hoạch và Đầu tư", 3)),
        row("1", "Tham mưu kế hoạch đầu tư công trung hạn", "Tháng 6/2025"),
        row("2", "Tổng hợp báo cáo giải ngân", "Tháng 9/2025"),
        row(("II. UBND các huyện, thị xã, thành phố", 3)),
        row("1", "Hoàn thành giải phóng mặt bằng", "Tháng 12/2025"),
    )
    assert [(due, who) for due, _, who, _ in found] == [
        (dt.date(2025, 6, 30), "Sở Kế hoạch và Đầu tư"), (dt.date(2025, 9, 30), "Sở Kế hoạch và Đầu tư"),
        (dt.date(2025, 12, 31), "UBND các huyện, thị xã, thành phố")]


def test_a_title_row_merged_over_a_task_table_does_not_hide_its_header():
    found = deadlines(
        row(("DANH MỤC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ", 5)),
        row("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        row("1", "Xây dựng đề án chuyển đổi số", "Sở Y tế", "Sở Tài chính", "Tháng 7/2025"),
    )
    assert found == [(dt.date(2025, 7, 31), "month", "Sở Y tế", "Xây dựng đề án chuyển đổi số")]


def test_a_table_of_sentences_in_its_unit_column_is_no_task_table():
    found = deadlines(
        row("STT", "Đơn vị", "Thời gian"),
        row("1", "Tổ chức hội nghị tổng kết, đánh giá kết quả thực hiện trong năm.", "Tháng 12/2025"),
        row("2", "các đơn vị còn lại báo cáo bằng văn bản gửi về cơ quan thường trực.", "Tháng 11/2025"),
    )
    assert found == []


def test_the_completion_column_under_a_merged_time_header_is_the_rows_limit():
    found = deadlines(
        row("STT", "Nội dung", "Đơn vị thực hiện", ("Thời gian", 2)),
        row("STT", "Nội dung", "Đơn vị thực hiện", "Bắt đầu", "Hoàn thành"),
        row("1", "Số hóa hồ sơ đất đai", "Văn phòng Đăng ký đất đai", "Tháng 4/2025", "Tháng 10/2025"),
    )
    assert found == [(dt.date(2025, 10, 31), "month", "Văn phòng Đăng ký đất đai", "Số hóa hồ sơ đất đai")]


def test_a_quarter_without_its_year_in_a_time_column_is_of_the_documents_year():
    found = deadlines(
        row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
        row("1", "Ban hành quy chế phối hợp", "Sở Nội vụ", "Quý II"),
    )
    assert found == [(dt.date(2025, 6, 30), "quarter", "Sở Nội vụ", "Ban hành quy chế phối hợp")]


def test_a_task_table_going_on_over_the_next_page_keeps_its_columns():
    header = row("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành")
    blocks = (Block(kind=BlockKind.PARAGRAPH, text="PHỤ LỤC", location=Location(index=0)),
              Block(kind=BlockKind.TABLE, text="", location=Location(index=1), rows=(
                  header, row("1", "Rà soát quy hoạch", "Sở Xây dựng", "Tháng 6/2025"))),
              Block(kind=BlockKind.PARAGRAPH, text="3", location=Location(index=2)),
              Block(kind=BlockKind.TABLE, text="", location=Location(index=3), rows=(
                  row("2", "Kiểm tra trật tự xây dựng", "Thanh tra Sở Xây dựng", "Tháng 9/2025"),)))
    found = blocks_to_deadlines(Document(source="built.pdf", format="pdf", blocks=blocks), NOTICE)
    assert [(d.due, d.responsible) for d in found] == [
        (dt.date(2025, 6, 30), "Sở Xây dựng"), (dt.date(2025, 9, 30), "Thanh tra Sở Xây dựng")]


def test_a_scanned_header_whose_marks_ocr_changed_still_names_its_columns():
    found = deadlines(
        row("STT", "Nôi dung", "Đơn vi chủ tri", "Thơi gian hoàn thánh"),
        row("1", "Tổng hợp báo cáo", "Văn phòng UBND tỉnh", "Tháng 4/2025"),
    )
    assert found == [(dt.date(2025, 4, 30), "month", "Văn phòng UBND tỉnh", "Tổng hợp báo cáo")]
