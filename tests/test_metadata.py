"""Header metadata: kind, number, date, place, bodies, title, signer, recipients."""

import datetime as dt
from pathlib import Path

import pytest

from docs_in_code import document, table
from extractors.metadata import blocks_to_header
from extractors.readers import file_to_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

HEADER_TABLE = table(
    ["UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN XÃ KIẾN MINH\n\nSố: 232/KH - UBND",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKiến Minh, ngày 15 tháng 9 năm 2025"])
CLOSING_TABLE = table(
    ["Nơi nhận:\n- UBND thành phố (b/c);\n- TT Đảng ủy xã (b/c);\n- Lưu: VT.",
     "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Minh Hùng"])


def test_a_borderless_header_table_gives_bodies_number_place_and_date():
    header = blocks_to_header(document(HEADER_TABLE, "KẾ HOẠCH", "Phát động Đợt thi đua", "năm 2025",
                                       "Thực hiện Kế hoạch số 232/KH-UBND ...", CLOSING_TABLE))
    assert (header.kind, header.number, header.issued_on, header.place) == (
        "ke_hoach", "232/KH-UBND", dt.date(2025, 9, 15), "Kiến Minh")
    assert (header.parent_issuer, header.issuer) == ("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH")
    assert header.title == "Phát động Đợt thi đua năm 2025"
    assert header.warnings == ()


def test_the_signer_block_gives_authority_on_behalf_of_position_and_name():
    signer = blocks_to_header(document(HEADER_TABLE, "KẾ HOẠCH", "Tên", "Nội dung./.", CLOSING_TABLE)).signer
    assert (signer.authority, signer.on_behalf_of, signer.position, signer.name) == (
        "KT.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Minh Hùng")


def test_recipients_are_the_noi_nhan_lines_without_dash_and_semicolon():
    header = blocks_to_header(document(HEADER_TABLE, "KẾ HOẠCH", "Tên", "Nội dung./.", CLOSING_TABLE))
    assert header.recipients == ("UBND thành phố (b/c)", "TT Đảng ủy xã (b/c)", "Lưu: VT")


def test_pdf_lines_with_both_columns_glued_are_split():
    doc = document(
        "UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN Độc lập - Tự do - Hạnh phúc",
        "XÃ KIẾN MINH",
        "Số: 15/BC-UBND Kiến Minh, ngày 05 tháng 01 năm 2026",
        "BÁO CÁO", "Kết quả thực hiện Kế hoạch số 05/KH-UBND",
        "Căn cứ Kế hoạch số 05/KH-UBND, Ủy ban nhân dân xã báo cáo như sau: ... thực hiện./.",
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
        "- UBND thành phố (b/c); CHỦ TỊCH",
        "- Lưu: VT.",
        "Phạm Tiến Thuật",
        fmt="pdf",
    )
    header = blocks_to_header(doc)
    assert (header.kind, header.number, header.issued_on, header.place) == (
        "bao_cao", "15/BC-UBND", dt.date(2026, 1, 5), "Kiến Minh")
    assert (header.parent_issuer, header.issuer) == ("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH")
    assert header.recipients == ("UBND thành phố (b/c)", "Lưu: VT")
    assert (header.signer.authority, header.signer.position, header.signer.name) == ("TM.", "CHỦ TỊCH", "Phạm Tiến Thuật")


def test_a_draft_with_blank_number_and_day_warns_in_vietnamese():
    doc = document(table(["ỦY BAN NHÂN DÂN XÃ KIẾN MINH\nSố:      /KH-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiến Minh, ngày      tháng 12 năm 2025"]),
                   "KẾ HOẠCH", "Tổ chức Tết")
    header = blocks_to_header(doc)
    assert (header.number, header.issued_on, header.kind) == (None, None, "ke_hoach")
    codes = {w.code: w.message for w in header.warnings}
    assert set(codes) == {"draft_number", "draft_date"}
    assert "để trống" in codes["draft_date"]


def test_a_cong_van_has_no_type_name_and_its_subject_is_the_title():
    doc = document(table(["UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN\nXÃ KIẾN MINH\n\nSố: 412/UBND-VHXH\n"
                          "V/v đôn đốc báo cáo kết quả thực hiện\nKế hoạch số 05/KH-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiến Minh, ngày 03 tháng 12 năm 2025"]),
                   "Kính gửi:", "- Các phòng, ban, ngành, đoàn thể xã;", "- Trưởng các thôn trên địa bàn xã.",
                   "Ngày 15/9/2025, Ủy ban nhân dân xã ban hành Kế hoạch số 05/KH-UBND.")
    header = blocks_to_header(doc)
    assert (header.kind, header.issuer) == ("cong_van", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH")
    assert header.title == "đôn đốc báo cáo kết quả thực hiện Kế hoạch số 05/KH-UBND"
    assert header.addressees == ("Các phòng, ban, ngành, đoàn thể xã", "Trưởng các thôn trên địa bàn xã")


def test_a_type_name_that_contradicts_the_symbol_is_warned_about():
    doc = document(table(["UBND XÃ KIẾN MINH\nSố: 15/KH-UBND", "Kiến Minh, ngày 05 tháng 12 năm 2025"]), "BÁO CÁO", "Kết quả")
    header = blocks_to_header(doc)
    assert header.kind == "bao_cao"
    assert [w.code for w in header.warnings] == ["kind_mismatch"]


@pytest.mark.parametrize("name", ["quyet-dinh-186-qd-ubnd-khen-thuong.docx", "thong-bao-95-tb-ubnd-ket-luan-giao-ban.pdf"])
def test_real_decision_and_notice_headers_are_read(name):
    path = next(CORPUS.glob(f"*/{name}"), None)
    if path is None:
        pytest.skip(f"{name} not in the corpus")
    header = blocks_to_header(file_to_document(path))
    assert header.issuer == "ỦY BAN NHÂN DÂN XÃ KIẾN MINH"
    assert header.parent_issuer == "UBND THÀNH PHỐ HẢI PHÒNG"
    if name.startswith("quyet"):
        assert (header.kind, header.number, header.issued_on) == ("quyet_dinh", "186/QĐ-UBND", dt.date(2025, 12, 26))
        assert header.title.startswith("Về việc khen thưởng") and "CHỦ TỊCH" not in header.title
        assert (header.signer.authority, header.signer.position) == ("KT.", "PHÓ CHỦ TỊCH")
    else:
        assert (header.kind, header.number, header.place) == ("thong_bao", "95/TB-UBND", "Kiến Minh")
        assert (header.signer.authority, header.signer.position) == ("TL.", "CHÁNH VĂN PHÒNG")


def test_recipients_without_dashes_in_the_noi_nhan_cell_are_all_kept():
    closing = table(["Nơi nhận:\nNhư trên;\nLưu: VT, VHXH.", "CHỦ TỊCH\n\nPhạm Tiến Thuật"])
    header = blocks_to_header(document(HEADER_TABLE, "KẾ HOẠCH", "Tên", "Nội dung./.", closing))
    assert header.recipients == ("Như trên", "Lưu: VT, VHXH")
    assert (header.signer.position, header.signer.name, header.signer.authority) == ("CHỦ TỊCH", "Phạm Tiến Thuật", None)


def test_words_after_the_type_name_start_the_title():
    header = blocks_to_header(document(HEADER_TABLE, "BÁO CÁO SƠ KẾT", "6 tháng đầu năm 2025", "I. KẾT QUẢ"))
    assert (header.kind, header.title) == ("bao_cao", "Sơ kết 6 tháng đầu năm 2025")


def test_a_numeric_date_after_the_place_is_read_too():
    doc = document(table(["UBND XÃ KIẾN MINH\nSố: 15/BC-UBND", "Kiến Minh, ngày 05/01/2026"]), "BÁO CÁO", "Kết quả")
    assert blocks_to_header(doc).issued_on == dt.date(2026, 1, 5)


def test_body_names_wrapped_anywhere_are_joined():
    doc = document(table(["UBND THÀNH PHỐ HẢI\nPHÒNG\nỦY BAN NHÂN DÂN\nXÃ KIẾN MINH\nSố: 412/UBND-VHXH",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiến Minh, ngày 03 tháng 12 năm 2025"]), "Kính gửi: Các thôn.")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer) == ("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH")
    assert header.addressees == ("Các thôn",)
