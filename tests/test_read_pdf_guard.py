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


def _image_bomb_pdf(path: Path, width: str, inflated_bytes: int) -> Path:
    """One page: a line of text over a grey image declared `width` x 100 whose Flate stream inflates to
    `inflated_bytes` (a stream far longer than the image it claims to be)."""
    import zlib

    from tests.pdf_support import A4, PdfWriter

    packer = zlib.compressobj(9)
    block = b"\x80" * (1 << 20)
    data = b"".join(packer.compress(block) for _ in range(inflated_bytes >> 20)) + packer.flush()
    w = PdfWriter()
    catalog, pages = w.reserve(), w.reserve()
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    image = w.add(f"<< /Type /XObject /Subtype /Image /Width {width} /Height 100 /ColorSpace /DeviceGray "
                  f"/BitsPerComponent 8 /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data
                  + b"\nendstream")
    content = w.stream(f"q 200 0 0 100 72 600 cm /Im1 Do Q\n{text(72, 760, 'Anh so 7 cua ho so')}".encode(),
                       flate=True)
    page = w.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] /Resources << /Font << "
                 f"/F1 {font} 0 R >> /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>")
    if not width.isdigit():  # an indirect /Width: the object it names
        w.add("100")
    w.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    w.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    return w.save(path, catalog)


def _status_kb(field: str) -> int:
    line = next(ln for ln in Path("/proc/self/status").read_text().splitlines() if ln.startswith(field + ":"))
    return int(line.split()[1])


def _render_peak_mb(path: Path) -> float:
    """Memory the render itself adds at its peak (the forked child starts with its parent's pages, which can be
    large in a long test run: the peak is reset first, then measured above the resident size at the start)."""
    import pypdfium2 as pdfium

    Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current resident size
    base = _status_kb("VmRSS")
    pdf = pdfium.PdfDocument(str(path))
    pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    pdf.close()
    return (_status_kb("VmHWM") - base) / 1024


def test_an_image_is_bounded_by_its_declared_size_not_inflated_by_the_guard(tmp_path, monkeypatch):
    """pdfium decodes a Flate image row by row, only the rows it declares: a 100-row image whose stream
    would inflate to 200 MiB passes the guard (no inflating), and rendering it stays small in memory."""
    from extractors.guards import pdf_checks
    from extractors.guards.limits import Limits

    monkeypatch.setattr(pdf_checks, "LIMITS", Limits(pdf_stream_bytes=8 << 20))
    pdf = _image_bomb_pdf(tmp_path / "image.pdf", "100", 200 << 20)
    calls = []
    monkeypatch.setattr(pdf_checks, "_inflated_size", lambda *a: calls.append(a) or 0)
    check_pdf_streams(pdf)
    assert calls == []  # nothing inflated: the declared 100 x 100 grey image is under the cap
    assert run_limited(_render_peak_mb, pdf, file=pdf.name, timeout_s=60, memory_mb=600) < 300
    doc = run_limited(file_to_document, pdf, file=pdf.name, timeout_s=60)
    assert "Anh so 7 cua ho so" in doc.blocks[0].text


def test_an_image_whose_size_is_not_plain_is_still_inflated_and_refused_past_the_cap(tmp_path, monkeypatch):
    from extractors.guards import pdf_checks
    from extractors.guards.limits import Limits

    monkeypatch.setattr(pdf_checks, "LIMITS", Limits(pdf_stream_bytes=8 << 20))
    pdf = _image_bomb_pdf(tmp_path / "image.pdf", "6 0 R", 200 << 20)
    with pytest.raises(BadInput) as info:
        check_pdf_streams(pdf)
    assert info.value.code is ErrorCode.TOO_LARGE
