"""Results tables that reached us as lines of text (OCR of the Trạm Y tế scan), rebuilt and read as tables."""

from __future__ import annotations

import datetime as dt

from extractors.blocks import Block, BlockKind, Document, Location
from extractors.indicators import blocks_to_indicators
from extractors.indicators.text_table import document_to_text_tables
from extractors.records import Header

# Lines as tesseract read corpus/bao_cao/bao-cao-31-bc-tyt-tram-y-te-ban-quet.pdf
OCR_LINES = (
    "II. KẾT QUÁ CÁC CHỈ TIÊU",
    "STT Chỉ tiêu Đơn vị Kế Thực | Tỷ lệ %",
    "tính hoạch hiện",
    "1 | Tỷ lệ người dân tham gia BHYT % 97,0 97,4 100,4",
    "2_ | Tỷ lệ tăng dân số tự nhiên % 0,7 0,69 Đạt",
    "II. PHƯƠNG HƯỚNG",
    "- Triển khai chiến dịch tiêm chủng mở rộng trong Quý 1/2026.",
)


def ocr_doc(*lines: str) -> Document:
    blocks = tuple(Block(kind=BlockKind.PARAGRAPH, text=t, location=Location(index=i, page=1)) for i, t in enumerate(lines))
    return Document(source="scan.pdf", format="pdf-ocr", blocks=blocks)


def test_a_header_line_and_row_lines_are_rebuilt_as_a_table():
    [table] = document_to_text_tables(ocr_doc(*OCR_LINES))
    assert (table.first, table.last) == (1, 4)
    assert [r.texts for r in table.block.rows] == [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ %"],
        ["1", "Tỷ lệ người dân tham gia BHYT", "%", "97,0", "97,4", "100,4"],
        ["2", "Tỷ lệ tăng dân số tự nhiên", "%", "0,7", "0,69", "Đạt"],
    ]


def test_the_rows_of_an_ocr_table_become_indicators_once():
    found = blocks_to_indicators(ocr_doc(*OCR_LINES), Header(kind="bao_cao", issued_on=dt.date(2025, 12, 2)))
    assert [(i.name, i.target, i.value, i.ratio, i.unit, i.section) for i in found] == [
        ("Tỷ lệ người dân tham gia BHYT", 97.0, 97.4, 100.4, "%", "II."),
        ("Tỷ lệ tăng dân số tự nhiên", 0.7, 0.69, None, "%", "II."),
    ]


def test_the_column_order_follows_the_header_words():
    lines = ("I. KẾT QUẢ", "STT Nội dung ĐVT Thực hiện Kế hoạch", "1 Số hộ thoát nghèo hộ 12 10")
    [households] = blocks_to_indicators(ocr_doc(*lines), Header(kind="bao_cao"))
    assert (households.name, households.value, households.target, households.unit) == ("Số hộ thoát nghèo", 12, 10, "hộ")


def test_prose_after_an_stt_word_is_not_a_table():
    lines = ("I. KẾT QUẢ", "Theo STT trong danh sách chỉ tiêu, thôn đạt 95% kế hoạch.", "Tỷ lệ hộ nghèo đạt 1,2%.")
    assert document_to_text_tables(ocr_doc(*lines)) == []
