"""Indicators and figures of real documents of other offices (corpus/real/dev), each case on the real file it came
from (tests/data/real) or a short excerpt of it."""

from pathlib import Path

import pytest

from extractors.blocks import Block, BlockKind, Cell, Location, Row
from extractors.extract import document_to_record
from extractors.merged_rows import cut_merged_rows
from extractors.readers import file_to_document

REAL = Path(__file__).parent / "data" / "real"


@pytest.fixture(scope="module")
def haugiang_price_report():
    return document_to_record(file_to_document(REAL / "so_haugiang_BC_2024_gia-thi-truong-thang7.pdf"))


def test_a_price_index_table_drawn_without_column_rules_gives_one_result_per_row_and_column(haugiang_price_report):
    # the PDF reader sees no column rules: every row but the last is one cell "1. Lương thực 148,69 99,69 126,75"
    found = {(i.name, i.value, i.unit) for i in haugiang_price_report.indicators if "Lương thực" in i.name
             and "(" in i.name and i.text.startswith("1. Lương thực |")}
    assert {(v, u) for _, v, u in found} == {(148.69, "%"), (99.69, "%"), (126.75, "%")}
    assert all(name.startswith("Chỉ số giá tháng 7 năm 2024") and name.endswith("(Lương thực)")
               for name, _, _ in found)


def test_a_row_left_uncut_is_cut_only_into_as_many_figures_as_the_rows_the_reader_cut():
    cells = lambda *texts: Row(cells=tuple(Cell(text=t) for t in texts))  # noqa: E731
    rows = (Row(cells=(Cell(text="So với kỳ So với Bình quân gốc tháng trước cùng kỳ", span=4),)),
            Row(cells=(Cell(text="IX. Giáo dục 141,81 100,12 97,96", span=4),)),
            Row(cells=(Cell(text="Ghi chú: số liệu năm 2024 của 12 tháng", span=4),)),
            cells("Chỉ số giá đôla Mỹ", "109,35", "99,98", "105,80"))
    cut = cut_merged_rows(rows)
    assert cut[1].texts == ["IX. Giáo dục", "141,81", "100,12", "97,96"]
    assert cut[0] == rows[0] and cut[2] == rows[2]  # the header and a note keep their one cell
    assert cut_merged_rows(rows[:3]) == rows[:3]  # no row shows the columns: nothing to cut by
