"""A caller can learn, cheaply and before reading, how many pages of a file need OCR."""

from conftest import CORPUS, HOSTILE

from extractors.readers import ocr_page_count


def test_a_scanned_plan_counts_each_of_its_image_pages_for_ocr():
    assert ocr_page_count(CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh-ban-quet.pdf") == 6


def test_a_pdf_with_a_text_layer_needs_no_ocr():
    assert ocr_page_count(CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.pdf") == 0


def test_a_docx_needs_no_ocr():
    assert ocr_page_count(CORPUS / "ke_hoach" / "ke-hoach-05-kh-ubnd-xa-kien-minh.docx") == 0


def test_a_pdf_bomb_counts_zero_and_leaves_the_refusal_to_the_reader():
    assert ocr_page_count(HOSTILE / "generated" / "pdf_flate_bomb.pdf") == 0
