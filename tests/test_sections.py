"""The heading tree and each block's section path."""

from pathlib import Path

import pytest

from tests.conftest import SEED
from extractors.readers import file_to_document
from extractors.sections import blocks_to_sections, section_paths
from docs_in_code import document, table



@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed plan not found at {SEED}")
    return file_to_document(SEED)


def _path_of(doc, paths, start):
    return next(p for b, p in zip(doc.blocks, paths) if b.text.startswith(start))


def test_an_indicator_line_of_the_seed_plan_lies_in_section_II_2_2(seed):
    paths = section_paths(seed)
    assert _path_of(seed, paths, "(4). Tỷ lệ tăng dân số") == "II.2.2."
    assert _path_of(seed, paths, "(10) Cấp Giấy chứng nhận") == "II.2.3."
    assert _path_of(seed, paths, "112.953/220,096") == "II.2.1."  # a wrapped line keeps its section


def test_the_text_before_the_first_heading_has_no_section(seed):
    paths = section_paths(seed)
    assert len(paths) == len(seed.blocks)
    assert _path_of(seed, paths, "Thực hiện Kế hoạch số 232") is None


def test_the_seed_plan_has_five_roman_parts_with_short_titles(seed):
    tree = blocks_to_sections(seed)
    assert [s.label for s in tree] == ["I.", "II.", "III.", "IV.", "V."]
    assert tree[1].title == "NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP TỔ CHỨC ĐỢT THI ĐUA"
    assert [c.label for c in tree[1].children] == ["1.", "2.", "3."]
    assert [c.title for c in tree[1].children[1].children] == [
        "Các chỉ tiêu kinh tế", "Các chỉ tiêu xã hội", "Các tiêu chỉ về tài nguyên, môi trường",
        "Các chỉ tiêu về quốc phòng - an ninh"]
    assert tree[4].children[0].title == "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn"
    assert tree[4].children[1].title == "Phòng Văn hóa – Xã hội"
    assert tree[4].children[1].level == 2


def test_a_numbered_section_closes_the_list_items_left_open_before_it():
    doc = document("I. NỘI DUNG", "a) Việc một", "- chi tiết", "1. Mục một", "2.1. Mục con", "II. TỔ CHỨC")
    tree = blocks_to_sections(doc)
    assert [s.label for s in tree[0].children] == ["1."]
    assert [s.label for s in tree[0].children[0].children] == ["2.1."]
    assert section_paths(doc) == ["I.", "I.", "I.", "I.1.", "I.1.2.1.", "II."]


def test_list_items_are_not_sections_of_the_tree():
    doc = document("I. MỤC ĐÍCH", "1. Mục đích", "a) Đẩy mạnh thi đua.", "- Nghị quyết số 57-NQ/TW;", "(1). Tổng giá trị")
    (part,) = blocks_to_sections(doc)
    assert [c.label for c in part.children] == ["1."] and part.children[0].children == ()
    assert set(section_paths(doc)[1:]) == {"I.1."}


def test_a_table_takes_the_section_of_the_text_before_it():
    doc = document("I. KẾT QUẢ", "1. Chỉ tiêu", table(["Chỉ tiêu", "Kết quả"], ["Tỷ lệ", "95%"]), "II. TỒN TẠI")
    assert section_paths(doc) == ["I.", "I.1.", "I.1.", "II."]


def test_numbered_sentences_of_a_report_body_are_not_sections():
    heading = document("II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐƯỢC GIAO",
                       "1. Tỷ lệ tăng dân số tự nhiên năm 2025 ước 0,68%, thấp hơn mức kế hoạch 0,7%.",
                       "2. Không còn hộ nghèo (tỷ lệ hộ nghèo 0%); tỷ lệ hộ cận nghèo giảm còn 1,05%.",
                       "III. NHIỆM VỤ TRỌNG TÂM")
    assert [(s.label, s.children) for s in blocks_to_sections(heading)] == [("II.", ()), ("III.", ())]
    assert section_paths(heading) == ["II.", "II.", "II.", "III."]


def test_a_reader_that_knows_bold_decides_what_is_a_heading():
    plain = document("I. KẾT QUẢ", "1. Mục đích").blocks
    doc = document(plain[0].model_copy(update={"bold": True}), plain[1].model_copy(update={"bold": False}),
                   document("2. Yêu cầu").blocks[0].model_copy(update={"bold": True}))
    assert [c.label for c in blocks_to_sections(doc)[0].children] == ["2."]


def test_roman_headings_misread_by_ocr_are_renumbered_in_sequence():
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "IL NỘI DUNG, MỤC TIÊU, CHỈ TIÊU", "II. THỜI GIAN THỰC HIỆN", "IV. KHEN THƯỞNG"]
    scanned = document(*lines)
    scanned = scanned.model_copy(update={"blocks": tuple(b.model_copy(update={"ocr": True}) for b in scanned.blocks)})
    assert [s.label for s in blocks_to_sections(scanned)] == ["I.", "II.", "III.", "IV."]
    assert [s.label for s in blocks_to_sections(document(*lines))] == ["I.", "II.", "IV."]  # typed text: as printed


def test_word_automatic_numbering_of_the_city_plan_gives_its_sections():
    path = Path(__file__).resolve().parents[1] / "corpus" / "ke_hoach" / "ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx"
    if not path.exists():
        pytest.skip("city plan 232 not in the corpus")
    tree = blocks_to_sections(file_to_document(path))
    assert [s.label for s in tree] == ["I.", "II.", "III.", "IV.", "V."]
    assert [c.title for c in tree[4].children] == [
        "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Sở Tài chính", "Các sở, ban, ngành; UBND các xã, phường, đặc khu",
        "Báo và Phát thanh, Truyền hình Hải Phòng"]
