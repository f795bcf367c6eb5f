"""The stream-bomb guard stops on every Flate stream: large streams followed by the usual end of line
before `endstream` (which zlib leaves as unused data) once made it loop for ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.errors import BadInput, ErrorCode
from extractors.guards.pdf_checks import check_pdf_streams
from extractors.readers import file_to_document
from pipeline.isolation import run_limited
from tests.pdf_support import text, write_pdf

REAL = Path(__file__).parent / "data" / "real"


def _padded_page(words: str, inflated_bytes: int) -> str:
    """A page whose content stream inflates to `inflated_bytes`: one line of text, then comments."""
    head = text(72, 760, words)
    filler = ("% " + "x" * 76 + "\n") * ((inflated_bytes - len(head)) // 79 + 1)
    return head + filler


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r", b"", b"\n\n  \r\n"], ids=["lf", "crlf", "cr", "none", "mixed"])
@pytest.mark.parametrize("size", [(1 << 20) + 1, 3 << 20, 5_000_003])
def test_a_large_flate_stream_is_checked_and_the_page_read_whatever_the_line_ending(tmp_path, eol, size):
    pdf = write_pdf(tmp_path / "big.pdf", [_padded_page("Ke hoach so 12/KH-UBND", size)], flate=True, eol=eol)
    assert run_limited(check_pdf_streams, pdf, file=pdf.name, timeout_s=20) is None
    doc = run_limited(file_to_document, pdf, file=pdf.name, timeout_s=30)
    assert "Ke hoach so 12/KH-UBND" in doc.blocks[0].text


def test_many_large_streams_in_one_file_end_in_time(tmp_path):
    pages = [_padded_page(f"Trang {i}", 2 << 20) for i in range(12)]
    pdf = write_pdf(tmp_path / "book.pdf", pages, flate=True, eol=b"\r\n")
    doc = run_limited(file_to_document, pdf, file=pdf.name, timeout_s=60)
    assert doc.pages == 12
    assert " ".join(b.text for b in doc.blocks) == " ".join(f"Trang {i}" for i in range(12))


def test_a_real_scan_with_a_stream_past_one_mebibyte_passes_the_guard():
    pdf = REAL / "tinh_bacgiang_CV_390-2012_vp-ubnd-scan.pdf"
    assert run_limited(check_pdf_streams, pdf, file=pdf.name, timeout_s=20) is None


def test_a_stream_that_inflates_past_the_cap_is_still_refused(tmp_path, monkeypatch):
    from extractors.guards import pdf_checks
    from extractors.guards.limits import Limits

    monkeypatch.setattr(pdf_checks, "LIMITS", Limits(pdf_stream_bytes=2 << 20))
    pdf = write_pdf(tmp_path / "bomb.pdf", [_padded_page("x", 3 << 20)], flate=True)
    with pytest.raises(BadInput) as info:
        check_pdf_streams(pdf)
    assert info.value.code is ErrorCode.TOO_LARGE
