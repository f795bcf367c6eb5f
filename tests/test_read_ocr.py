"""OCR of the corpus scans: tables rebuilt from the image rules, names and header lines read again
piece by piece (`ocr_rules`, `ocr_cells`, `ocr_reread`, `ocr_marks`), checked against the DOCX twin
or the gold record of each scan."""

from __future__ import annotations

import json
import unicodedata

import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors.blocks import BlockKind
from extractors.readers import file_to_document
from extractors.readers.ocr_marks import join_marks
from extractors.readers.ocr_rules import image_rules
from extractors.readers.pdf_ocr import skew_angle
from extractors.readers.pdf_tables import rules_to_grids
from tests.conftest import needs

PLAN = "ke-hoach-05-kh-ubnd-xa-kien-minh"


@pytest.fixture(scope="module")
def scanned_plan(corpus):
    return file_to_document(corpus / "ke_hoach" / f"{PLAN}-ban-quet.pdf")


@pytest.fixture(scope="module")
def plan_twin(corpus):
    return file_to_document(corpus / "ke_hoach" / f"{PLAN}.docx")


def _unit_table(doc):
    """The V.3 table: which unit reports on which chỉ tiêu (the table whose header names "Đơn vị")."""
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE and b.rows and "Đơn vị" in b.rows[0].texts]
    assert len(tables) == 1
    return tables[0]


def _straightened_page(path, index):
    page = pdfium.PdfDocument(str(path))[index].render(scale=300 / 72, grayscale=True).to_pil()
    angle = skew_angle(page)
    return page.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255) if abs(angle) >= 0.25 else page


@needs("tesseract")
def test_a_header_row_alone_at_the_foot_of_a_scanned_page_is_found_by_its_short_column_lines(corpus):
    page = _straightened_page(corpus / "ke_hoach" / f"{PLAN}-ban-quet.pdf", 4)
    grids = rules_to_grids(image_rules(page, 300))
    low = [g for g in grids if len(g.ys) == 2]
    assert len(low) == 1  # one row ...
    assert len(low[0].xs) == 4  # ... of three cells: STT | Đơn vị | Chỉ tiêu theo dõi, báo cáo
    assert low[0].ys[1] - low[0].ys[0] < 6.0 / 25.4 * 72  # lower than the old minimum for vertical rules


@needs("tesseract")
def test_the_scanned_plan_unit_table_has_its_header_row_joined_to_the_data_rows_as_in_the_docx_twin(scanned_plan, plan_twin):
    scanned, twin = _unit_table(scanned_plan), _unit_table(plan_twin)
    assert [r.texts for r in scanned.rows] == [r.texts for r in twin.rows]
    assert len(scanned.rows) == 12  # header + 11 units


@needs("tesseract")
def test_the_signer_of_the_scanned_plan_keeps_the_tone_mark_of_his_name(scanned_plan, plan_twin):
    signature = [b for b in plan_twin.blocks if b.kind is BlockKind.TABLE][-1].rows[0].cells[-1].text
    name = signature.splitlines()[-1]  # "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / <name>"
    scanned_text = "\n".join(b.text for b in scanned_plan.blocks)
    assert name in scanned_text


@needs("tesseract")
def test_the_scanned_plan_header_reads_the_issuer_name_as_the_docx_twin(scanned_plan, plan_twin):
    twin_header = plan_twin.blocks[0].rows[0].cells[0].text.splitlines()
    scanned_header = scanned_plan.blocks[0].text
    issuer = " ".join(twin_header[1:3])  # "ỦY BAN NHÂN DÂN" / "XÃ KIẾN MINH"
    assert issuer.split(" XÃ ")[0] in scanned_header


@needs("tesseract")
def test_a_header_word_alone_above_its_underline_is_not_lost(corpus):
    path = corpus / "bao_cao" / "bao-cao-31-bc-tyt-tram-y-te-ban-quet.pdf"
    gold = json.loads(path.with_name(path.name + ".gold.json").read_text(encoding="utf-8"))
    header = file_to_document(path).blocks[0].text
    # the issuer is wrapped over two lines ("TRẠM Y TẾ XÃ KIẾN" / "MINH"); its last word was read as "Tà"
    assert " ".join(header.split()).find(gold["issuer"].upper()) >= 0


def _word(text: str, left: int, width: int) -> dict:
    return {"text": text, "left": str(left), "top": "10", "width": str(width), "height": "40", "conf": "90"}


def test_letters_split_off_a_word_are_joined_back_when_their_boxes_touch():
    words = [_word("Phạm", 0, 100), _word("Ti", 120, 30), _word("ế", 151, 20), _word("n", 172, 20),
             _word("Thuật", 210, 100)]
    assert [w["text"] for w in join_marks(words)] == ["Phạm", "Tiến", "Thuật"]


def test_a_spacing_tone_mark_read_as_a_word_becomes_the_combining_mark_of_its_vowel():
    joined = join_marks([_word("Tiê", 0, 60), _word("´", 61, 8), _word("n", 70, 20)])
    assert [w["text"] for w in joined] == [unicodedata.normalize("NFC", "Tiê\u0301n")]


def test_a_one_letter_word_at_a_normal_space_stays_a_word():
    words = [_word("TRẠM", 0, 100), _word("Y", 117, 30), _word("TẾ", 160, 40)]
    assert [w["text"] for w in join_marks(words)] == ["TRẠM", "Y", "TẾ"]


def test_a_plain_one_letter_word_overlapping_a_hooked_neighbour_stays_a_word():
    words = [_word("thứ", 0, 130), _word("I", 98, 26), _word("(2025", 147, 133)]  # "lần thứ I (2025": "ứ" hook overlaps
    assert [w["text"] for w in join_marks(words)] == ["thứ", "I", "(2025"]


@needs("tesseract")
def test_an_unsure_word_in_a_cell_narrower_than_the_rule_inset_is_read_again_without_error():
    from PIL import ImageDraw

    from extractors.readers.ocr_cells import unsure_cell_pieces
    from extractors.readers.ocr_reread import reread_pieces
    from extractors.readers.pdf_ocr import tesseract
    from extractors.readers.pdf_tables import Rule

    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    for x in (100, 110, 300):  # a 10 px column: narrower than twice the 6 px inset
        draw.line((x, 50, x, 150), fill=0, width=2)
    for y in (50, 150):
        draw.line((100, y, 300, y), fill=0, width=2)
    draw.text((115, 90), "Tan Phu", fill=0)
    rules = [Rule(x, 50, x, 150) for x in (100, 110, 300)] + [Rule(100, y, 300, y) for y in (50, 150)]
    word = {"left": "101", "top": "90", "width": "8", "height": "12", "conf": "20", "text": "xa",
            "block_num": "1", "par_num": "1", "line_num": "1"}
    pieces, limits, _ = unsure_cell_pieces([word], rules_to_grids(rules), 1.0)
    assert limits and limits[0][0] > limits[0][2]  # the inset box of the narrow cell is inverted
    out = reread_pieces(image, pieces, tesseract(), 300, "narrow.pdf", limits)
    assert len(out) == 1 and out[0]
