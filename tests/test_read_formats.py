"""Picking the reader by the bytes; plain text encodings; legacy .doc through LibreOffice; bounds."""

from __future__ import annotations

import unicodedata
import zipfile

import pytest

from extractors.blocks import BlockKind
from extractors.errors import BadInput, ErrorCode
from extractors.guards import FileKind, sniff
from extractors.readers import file_to_document
from tests.conftest import needs
from tests.read_support import p, write_docx

LINE = "Tỷ lệ hộ nghèo giảm còn 1,1%"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters (â, ơ ...) plus a combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (base + "".join(c for c in parts if c in TONE_MARKS)).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_plain_text_in_any_usual_vietnamese_encoding_reads_the_same(tmp_path, encoding):
    path = tmp_path / "bao-cao.txt"
    text = f"BÁO CÁO\n\n- {LINE}\n"
    path.write_bytes(to_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    doc = file_to_document(path)
    assert [b.text for b in doc.blocks] == ["BÁO CÁO", f"- {LINE}"]
    assert doc.blocks[1].kind is BlockKind.LIST_ITEM
    assert all(unicodedata.is_normalized("NFC", b.text) for b in doc.blocks)
    assert [w.code for w in doc.warnings] == (["encoding"] if encoding == "cp1258" else [])


def test_a_pdf_named_docx_is_read_as_a_pdf_and_a_docx_named_pdf_as_a_docx(tmp_path, corpus):
    pdf_bytes = (corpus / "cong_van" / "cong-van-412-ubnd-vhxh-don-doc-bao-cao.pdf").read_bytes()
    (tmp_path / "cong-van.docx").write_bytes(pdf_bytes)
    assert file_to_document(tmp_path / "cong-van.docx").format == "pdf"
    docx = write_docx(tmp_path / "x.docx", p(LINE))
    renamed = docx.rename(tmp_path / "bao-cao.pdf")
    assert file_to_document(renamed).text == LINE


def test_a_pdf_header_after_some_junk_bytes_is_still_a_pdf(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"\x00" * 200 + b"%PDF-1.4\n")
    assert sniff(path) is FileKind.PDF


@pytest.mark.parametrize("name, data, code", [
    ("anh.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ErrorCode.WRONG_TYPE),
    ("van-ban.docx", "Đây là văn bản thuần".encode(), ErrorCode.WRONG_TYPE),
    ("rong.docx", b"", ErrorCode.EMPTY),
    ("bang.xlsx", b"\x01\x02\x03\x00garbage", ErrorCode.NOT_SUPPORTED),
])
def test_files_that_are_not_what_they_claim_are_refused_in_vietnamese(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInput) as caught:
        file_to_document(path)
    assert caught.value.code is code
    assert name in caught.value.describe() and caught.value.message


def test_an_xml_part_with_a_dtd_is_refused_before_parsing(tmp_path):
    dtd = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>'
    path = write_docx(tmp_path / "dtd.docx", p(LINE), extra={"customXml/item1.xml": dtd})
    with pytest.raises(BadInput) as caught:
        file_to_document(path)
    assert caught.value.code is ErrorCode.DTD and "customXml/item1.xml" in caught.value.detail


def test_an_absolute_member_name_is_refused(tmp_path):
    path = write_docx(tmp_path / "abs.docx", p(LINE), extra={"/etc/evil.xml": b"<x/>"})
    with pytest.raises(BadInput) as caught:
        file_to_document(path)
    assert caught.value.code is ErrorCode.ZIP_NAMES


def test_an_encrypted_zip_entry_is_a_password_problem(tmp_path):
    path = write_docx(tmp_path / "enc.docx", p(LINE))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:  # set the "encrypted" flag bit of the first entry in both headers
        first = zf.infolist()[0]
    data[6] |= 1
    central = data.rfind(b"PK\x01\x02", 0, len(data))
    while central > 0 and data[central + 46:central + 46 + len(first.filename)] != first.filename.encode():
        central = data.rfind(b"PK\x01\x02", 0, central)
    data[central + 8] |= 1
    path.write_bytes(bytes(data))
    with pytest.raises(BadInput) as caught:
        file_to_document(path)
    assert caught.value.code is ErrorCode.PASSWORD


@needs("soffice")
def test_a_legacy_doc_is_converted_and_read_like_a_docx(corpus):
    doc = file_to_document(corpus / "bao_cao" / "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su.doc")
    assert doc.format == "doc" and doc.source == "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su.doc"
    assert doc.blocks[0].kind is BlockKind.TABLE and "Số: 09/BC-BCHQS" in doc.blocks[0].rows[0].cells[0].text
    assert [b.numbering for b in doc.blocks if b.kind is BlockKind.HEADING and b.numbering] == ["I.", "II."]


def test_without_tesseract_a_scan_is_refused_as_needing_ocr(hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where tesseract is not installed
    with pytest.raises(BadInput) as caught:
        file_to_document(hostile / "generated" / "pdf_image_only.pdf")
    assert caught.value.code is ErrorCode.NEEDS_OCR and "tesseract" in caught.value.message


def test_without_libreoffice_a_legacy_doc_is_refused_as_a_missing_tool(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where LibreOffice is not installed
    with pytest.raises(BadInput) as caught:
        file_to_document(corpus / "bao_cao" / "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su.doc")
    assert caught.value.code is ErrorCode.MISSING_TOOL and "LibreOffice" in caught.value.message
