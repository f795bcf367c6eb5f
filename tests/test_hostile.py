"""Every file of the shared hostile corpus ends in one state within 60 s and 1 GiB: parsed or refused
with a reason (MANIFEST.tsv says which), never a crash, a hang or a changed input file."""

from __future__ import annotations

import csv
import hashlib
import shutil

import pytest

import extractors.readers.docx  # noqa: F401 - loaded once here, so each forked reader starts warm
import extractors.readers.pdf  # noqa: F401
from extractors.errors import BadInput, ErrorCode
from extractors.readers import file_to_document
from pipeline.isolation import run_limited
from tests.conftest import HOSTILE

MANIFEST = HOSTILE / "MANIFEST.tsv"
ROWS = list(csv.DictReader(MANIFEST.open(encoding="utf-8"), delimiter="\t")) if MANIFEST.is_file() else []

# The refusals whose reason is clear from the file: the code must say it.
EXPECTED_CODES = {
    "from-poi/ExternalEntityInText.docx": ErrorCode.DTD,
    "generated/docx_xxe.docx": ErrorCode.DTD,
    "generated/docx_billion_laughs.docx": ErrorCode.DTD,
    "from-poi/SimpleMacro.docm": ErrorCode.MACRO,
    "generated/docx_macro.docm": ErrorCode.MACRO,
    "from-poi/bug53475-password-is-pass.docx": ErrorCode.PASSWORD,
    "generated/pdf_encrypted_userpw.pdf": ErrorCode.PASSWORD,
    "generated/docx_zip_bomb.docx": ErrorCode.ZIP_BOMB,
    "generated/docx_zip_ratio.docx": ErrorCode.ZIP_BOMB,
    "generated/docx_path_traversal.docx": ErrorCode.ZIP_NAMES,
    "generated/docx_not_a_zip.docx": ErrorCode.WRONG_TYPE,
    "generated/png_named.pdf": ErrorCode.WRONG_TYPE,
    "generated/random_bytes.pdf": ErrorCode.WRONG_TYPE,
    "generated/empty.docx": ErrorCode.EMPTY,
    "generated/empty.pdf": ErrorCode.EMPTY,
    "generated/docx_missing_document_xml.docx": ErrorCode.CORRUPT,
    "generated/docx_truncated.docx": ErrorCode.CORRUPT,
    "generated/pdf_flate_bomb.pdf": ErrorCode.TOO_LARGE,
}
# What some valid files must read as.
EXPECTED_TEXT = {
    "generated/docx_legacy_tcvn3.docx": ["BÁO CÁO TỔNG KẾT NĂM 2024", "tổng thu ngân sách nhà nước đạt 12.345,6 tỷ đồng"],
    "generated/docx_nfd_text.docx": ["Báo cáo tổng kết", "Tỷ lệ hộ nghèo: 1,1%"],
    "generated/docx_huge_table.docx": ["Xã Tân Phú 5000"],
}


def _read(path):
    return run_limited(file_to_document, path, file=path.name, timeout_s=60, memory_mb=1024)


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_a_hostile_file_is_parsed_or_refused_as_its_manifest_says(hostile, row):
    path = hostile / row["file"]
    try:
        doc = _read(path)
    except BadInput as exc:
        assert row["expected"] != "parse" or (exc.code is ErrorCode.NEEDS_OCR and shutil.which("tesseract") is None), \
            exc.describe()
        assert exc.file == path.name and exc.message
        if row["file"] in EXPECTED_CODES:
            assert exc.code is EXPECTED_CODES[row["file"]], exc.describe()
    else:
        assert row["expected"] != "reject", f"accepted a file that must be refused: {doc.format}"
        assert doc.text.strip(), "a document accepted with no text"
        assert "root:x:0:0" not in doc.text
        for expected in EXPECTED_TEXT.get(row["file"], []):
            assert expected in doc.text
    assert _sha256(path) == row["sha256"], "the input file was changed"


def test_the_image_only_pdf_is_read_by_ocr_and_says_so(hostile):
    path = hostile / "generated" / "pdf_image_only.pdf"
    if shutil.which("tesseract") is None:
        with pytest.raises(BadInput) as caught:
            _read(path)
        assert caught.value.code is ErrorCode.NEEDS_OCR
        return
    doc = _read(path)
    assert doc.format == "pdf-ocr"
    assert all(b.ocr for b in doc.blocks)
    assert [w.code for w in doc.warnings] == ["ocr"]
    assert "OCR" in doc.warnings[0].message


def test_the_owner_password_only_pdf_opens_without_a_password(hostile):
    doc = _read(hostile / "generated" / "pdf_encrypted_ownerpw_only.pdf")
    assert doc.pages == 3 and len(doc.text) > 1000
