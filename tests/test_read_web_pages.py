"""Documents printed as the text of a web page (commune portals and legal-document sites): real page texts from
corpus/real/dev/pages, copied into tests/data/real/pages (their sources: tests/data/real/pages/SOURCES.tsv)."""

import datetime as dt
from pathlib import Path

from extractors.extract import document_to_record
from extractors.patterns.structure import parse_label
from extractors.readers import file_to_document
from extractors.readers.web_text import lines_to_items, unglue

PAGES = Path(__file__).parent / "data" / "real" / "pages"


def page(name: str):
    return file_to_document(PAGES / f"{name}.txt")


def record(name: str):
    return document_to_record(page(name))


def test_a_flattened_portal_header_gives_number_date_and_issuer():
    # thuvienphapluat.vn: each header cell on lines of its own, closed by a "|" line; "Kon Tum, ngày 25" / "tháng 01 ..."
    r = record("tinh_kontum_QD_06-2024_che-do-bao-cao")
    assert (r.kind, r.number, r.issued_on, r.place) == ("quyet_dinh", "06/2024/QĐ-UBND", dt.date(2024, 1, 25), "Kon Tum")
    assert (r.issuer, r.parent_issuer) == ("ỦY BAN NHÂN DÂN TỈNH KON TUM", None)


def test_a_header_printed_as_bar_rows_under_a_login_notice_gives_its_number_and_date():
    # hethongphapluat.vn: "ỦY BAN NHÂN DÂN | CỘNG HÒA ... |" / "Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |"
    r = record("tinh_ninhbinh_KH_130-2022_giam-sat-giam-ngheo")
    assert (r.kind, r.number, r.issued_on, r.place, r.issuer) == (
        "ke_hoach", "130/KH-UBND", dt.date(2022, 7, 13), "Ninh Bình", "ỦY BAN NHÂN DÂN")
    assert not any("ĐĂNG NHẬP" in b.text for b in page("tinh_ninhbinh_KH_130-2022_giam-sat-giam-ngheo").blocks)


def test_the_sites_summary_above_the_header_is_not_part_of_the_document():
    # vanbanphapluat.co prints "... đã được thay thế bởi Quyết định 366/QĐ-UBND ..." above the decision
    doc = page("tinh_bacgiang_QD_119-2009_bo-sung-tthc")
    assert doc.blocks[0].text == "ỦY BAN NHÂN DÂN"
    r = document_to_record(doc)
    assert "366/QĐ-UBND" not in {c.number for c in r.citations}
    assert {c.number for c in r.citations} >= {"285/CCTTHC", "81/QĐ-UBND"}


def test_hard_wrapped_lines_are_joined_into_the_citing_sentence():
    doc = page("tinh_kontum_QD_06-2024_che-do-bao-cao")
    assert any(b.text.startswith("Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định "
                                 "về chế độ báo cáo của cơ quan hành chính nhà nước;") for b in doc.blocks)
    cited = {c.number: c.date for c in document_to_record(doc).citations}
    assert cited["34/2016/NĐ-CP"] == dt.date(2016, 5, 14) and cited["154/2020/NĐ-CP"] == dt.date(2020, 12, 31)


def test_the_title_stops_at_the_deciders_line_and_v_v_is_no_roman_label():
    r = record("tinh_quangbinh_QD_3104-2016_lo-mom-long-mong")
    assert r.title == ("V/V BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG BỆNH LỞ MỒM LONG MÓNG GIA SÚC TỈNH "
                       "QUẢNG BÌNH GIAI ĐOẠN 2016 - 2020")
    assert parse_label("V/V BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG BỆNH") is None


def test_a_signature_table_flattened_by_bars_gives_signer_and_recipients():
    # "Nơi nhận:" / "- Như Điều 2;" / ... / "- Lưu: VT, CVNN." / "|" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Lê Minh Ngân" / "|"
    r = record("tinh_quangbinh_QD_3104-2016_lo-mom-long-mong")
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Lê Minh Ngân", "PHÓ CHỦ TỊCH", "KT.")
    assert r.recipients[:3] == ("Như Điều 2", "Bộ Nông nghiệp & PTNT (b/c)", "Cục Thú y")


def test_a_number_glued_to_so_or_joined_by_a_colon_is_still_cited():
    assert unglue("Căn cứ Quyết địnhsố 2216/QĐ-BTP ngày 30/7/2012") == "Căn cứ Quyết định số 2216/QĐ-BTP ngày 30/7/2012"
    cited = {(c.kind, c.number): c.date for c in record("tinh_thainguyen_QD_1685-2013_pbgdpl").citations}
    assert cited[("Quyết định", "2216/QĐ-BTP")] == dt.date(2012, 7, 30)
    cited = {(c.kind, c.number): c.date for c in record("tinh_nghean_KH_63-2023_de-an-06").citations}
    assert cited[("Hướng dẫn", "374/ĐK:HT")] == dt.date(2022, 12, 29)  # "văn bản hướng dẫn số 374/ĐK:HT ngày 29/12/2022"


def test_a_portal_page_without_header_takes_kind_and_title_from_its_first_line():
    doc = page("huyen_nganson_TB_2021_lich-tiep-cong-dan-hdnd")
    assert not any("Lượt xem" in b.text or "cỡ chữ" in b.text for b in doc.blocks)  # the page's date and buttons
    r = document_to_record(doc)
    assert (r.kind, r.title) == ("thong_bao", "lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021")
    assert (r.number, r.issued_on) == (None, None)  # "Ngày đăng: 21/01/2021" is the post's date, not the notice's


def test_an_attachment_note_under_a_title_in_capitals_stays_a_line_of_its_own():
    lines = (PAGES / "xa_xuanphu_QC_59-2021_quy-che-lam-viec.txt").read_text(encoding="utf-8").splitlines()
    items = lines_to_items(lines)
    assert "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7 năm 2021 của Ủy ban nhân dân xã Xuân Phú)" in items
    assert record("xa_xuanphu_QC_59-2021_quy-che-lam-viec").title.upper() == (
        "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026")


def test_plain_text_with_one_paragraph_per_line_is_read_unchanged():
    lines = ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 09/KH-UBND",
             "KẾ HOẠCH", "Phát triển sản xuất nông nghiệp và bảo vệ môi trường năm 2025",
             "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân xã, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:",
             "I. MỤC TIÊU, CHỈ TIÊU", "1. Diện tích gieo trồng lúa cả năm ổn định 1.250 ha."]
    assert lines_to_items(lines) == lines  # corpus/heldout/round2 ke-hoach-09-kh-ubnd-xa-quang-phuc.txt (its first lines)


def test_a_law_named_again_with_words_glued_by_the_page_is_one_citation():
    # "Căn cứ Luật Phổbiến, giáo dục pháp luật năm 2012" and "... thực hiện Luật Phổ biến, giáodục pháp luật ..."
    laws = [c for c in record("tinh_thainguyen_QD_1685-2013_pbgdpl").citations if c.kind == "Luật"]
    assert len(laws) == 2  # that law and "Luật Tổ chứcHĐND và UBND năm 2003"


def test_a_number_cited_without_its_kind_word_takes_the_kind_from_its_type_code():
    # the held-out commune pages write "Thực hiện 263/KH-UBND ngày ..." (issue 15 brief); a công văn's number has no
    # type code and is not taken without its kind word
    from extractors.citations import text_to_citations
    from extractors.records import Header

    found = [c for _, c in text_to_citations(
        "Thực hiện 263/KH-UBND ngày 12/3/2025 của UBND huyện về công tác phòng chống thiên tai, theo 15/UBND-VX ngày "
        "3/3/2025", Header(kind="ke_hoach"))]
    assert [(c.kind, c.number, c.date) for c in found] == [("Kế hoạch", "263/KH-UBND", dt.date(2025, 3, 12))]


def test_a_number_whose_digits_the_text_split_is_not_cited_by_its_tail():
    # corpus/real/dev tinh_bariavungtau_CV_2019 read through a legacy font: "(kern theo Thông lit so 1 16/2018/TT-BTC
    # ngày 28/11/2018)" (the kind word garbled, "116" split): "16/2018/TT-BTC" is no document of its own
    from extractors.citations import text_to_citations
    from extractors.records import Header

    text = "ti miic VII phii 1%ic 01 (kern theo Thông lit so 1 16/2018/TT-BTC ngày 28/11/2018)."
    assert [c.number for _, c in text_to_citations(text, Header(kind="cong_van"))] == []
