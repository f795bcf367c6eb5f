"""The fast character loop (C helper) and the ctypes loop read the same characters."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from extractors.readers import pdf_chars
from extractors.readers.pdf_chars_native import native_loop
from tests.conftest import needs

PDFS = ("ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh.pdf", "bao_cao/bao-cao-118-bc-cax-cong-an-xa.pdf")


def _both_ways(path) -> tuple[list, list]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        fast, slow = [], []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            raw = pdf_chars.ctypes.cast(textpage.raw, pdf_chars._V).value
            n = textpage.count_chars()
            text = textpage.get_text_range(0, n)
            fast += pdf_chars._chars_native(native_loop(), raw, text, n, page.get_height())
            slow += pdf_chars._chars_ctypes(raw, text, n, page.get_height())
        return fast, slow
    finally:
        pdf.close()


@needs("cc")
@pytest.mark.parametrize("name", PDFS)
def test_the_compiled_loop_reads_the_very_same_characters_as_the_ctypes_loop(corpus, name):
    assert native_loop() is not None, "the C helper did not compile"
    fast, slow = _both_ways(corpus / name)
    assert len(fast) > 1000
    assert fast == slow


def test_a_toned_capital_from_a_fallback_font_gets_the_size_and_weight_of_its_own_run(corpus):
    chars = pdf_chars.page_chars(pdfium.PdfDocument(str(corpus / PDFS[0]))[0])
    title = [c for c in chars if c.text in "KẾHOẠCH" and c.bold]
    assert {c.text for c in title} >= {"K", "Ế", "H", "O", "Ạ", "C"}
    assert all(c.size > 0 for c in chars if c.text != " ")
    assert any(not c.bold for c in chars if c.text.isalpha())


def test_the_c_loop_counts_as_space_exactly_what_python_counts_as_space():
    from extractors.readers.pdf_chars_native import WHITESPACE

    assert set(WHITESPACE) == {chr(c) for c in range(0x110000) if chr(c).isspace()}
