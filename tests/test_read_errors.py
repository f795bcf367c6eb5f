"""Who is at fault is said truthfully: a library's parse error on a broken file is `corrupt`; an error in
vanban's own code is a bug (exit 3, traceback in a log, never blamed on the file); messages say what to do."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw
from typer.testing import CliRunner

from extractors.errors import NO_TEXT_EMPTY_VI, NO_TEXT_SCAN_VI, BadInput, ErrorCode
from extractors.readers import file_to_document
from pipeline.cli import app
from tests.conftest import needs
from tests.pdf_support import write_pdf

runner = CliRunner()


def test_a_truncated_pdf_is_corrupt_with_a_vietnamese_detail_and_no_pdfium_english(tmp_path):
    pdf = write_pdf(tmp_path / "a.pdf", ["BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 40)
    with pytest.raises(BadInput) as info:
        file_to_document(broken)
    assert info.value.code is ErrorCode.CORRUPT
    assert "Success" not in info.value.describe() and "PDFium" not in info.value.describe()
    assert "pdfium không mở được tệp" in info.value.detail
    assert file_to_document(pdf).text == "Hello"


def test_a_bug_in_a_reader_is_not_reported_as_a_damaged_file(tmp_path, monkeypatch):
    monkeypatch.setattr("extractors.readers.pdf.MIN_CHARS_PER_PAGE", None)  # vanban's code now fails on any PDF
    pdf = write_pdf(tmp_path / "ok.pdf", ["BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"])
    with pytest.raises(TypeError):
        file_to_document(pdf)


def test_vanban_read_says_a_bug_is_the_programs_fault_and_logs_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr("extractors.readers.pdf.MIN_CHARS_PER_PAGE", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pdf = write_pdf(tmp_path / "ok.pdf", ["BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"])
    result = runner.invoke(app, ["read", str(pdf)])
    assert result.exit_code == 3
    assert "Lỗi của chương trình vanban" in result.stderr and "không phải lỗi của tệp" in result.stderr
    logs = list((tmp_path / "cache" / "vanban" / "logs").glob("read-*.log"))
    assert len(logs) == 1 and "TypeError" in logs[0].read_text(encoding="utf-8")


def test_a_pdf_without_text_or_images_says_it_has_no_text(tmp_path):
    pdf = write_pdf(tmp_path / "blank.pdf", ["q 0 G 72 72 m 500 72 l S Q\n"])
    with pytest.raises(BadInput) as info:
        file_to_document(pdf)
    assert info.value.code is ErrorCode.NO_TEXT and info.value.message == NO_TEXT_EMPTY_VI


@needs("tesseract")
def test_a_scan_whose_pages_hold_no_letters_says_it_is_an_unreadable_scan(tmp_path):
    image = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(image).rectangle((100, 100, 160, 160), fill=0)  # a blot, no letters
    scan = tmp_path / "blot.pdf"
    image.save(scan, "PDF", resolution=72)
    with pytest.raises(BadInput) as info:
        file_to_document(scan)
    assert info.value.code is ErrorCode.NO_TEXT and info.value.message == NO_TEXT_SCAN_VI


def test_the_timeout_message_blames_slowness_and_says_what_to_send():
    message = BadInput(ErrorCode.TIMEOUT, "x.pdf").describe()
    assert "hỏng" not in message
    assert "quá chậm" in message and "Print to PDF" in message and "DOCX gốc" in message
