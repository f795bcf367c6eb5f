"""Citations as real documents write them (corpus/real/dev), each case with an excerpt of the real file named."""

import datetime as dt

from docs_in_code import document
from extractors.citations import blocks_to_citations
from extractors.records import Header


def cited(*lines: str, fmt: str = "pdf") -> list[tuple[str, str | None, dt.date | None]]:
    return [(c.kind, c.number, c.date) for c in blocks_to_citations(document(*lines, fmt=fmt), Header())]


def test_numbers_listed_after_a_plural_kind_are_each_a_citation_of_that_kind():
    # tinh_quangngai_BC_280-2024_dieu-chinh-du-toan-scan.pdf
    found = cited("Trên cơ sở ý kiến thống nhất của Thường trực HĐND tỉnh tại các Công văn: số 87/HĐND-KTNS ngày "
                  "15/5/2024 về việc điều chỉnh dự toán chi ngân sách nhà nước năm 2024 đối với Văn phòng UBND tỉnh, số "
                  "208/HĐND-KTNS ngày 30/10/2024 về việc điều chỉnh dự toán chi ngân sách năm 2024 đối với Sở Xây dựng "
                  "và số 224/HĐND-KTNS ngày 14/11/2024 về việc điều chỉnh dự toán; UBND tỉnh đã ban hành các Quyết "
                  "định: Số 418/QĐ-UBND ngày 30/5/2024 về việc điều chỉnh dự toán đối với Văn phòng UBND tỉnh tại "
                  "Quyết định số 1368/QĐÐ- UBND ngày 12/12/2023 của UBND tỉnh, số 728/QĐ-UBND ngày 13/11/2024 về "
                  "việc điều chỉnh dự toán, cụ thể như sau:")
    assert sorted(found) == sorted([("Công văn", "87/HĐND-KTNS", dt.date(2024, 5, 15)),
                            ("Công văn", "208/HĐND-KTNS", dt.date(2024, 10, 30)),
                            ("Công văn", "224/HĐND-KTNS", dt.date(2024, 11, 14)),
                            ("Quyết định", "418/QĐ-UBND", dt.date(2024, 5, 30)),
                            ("Quyết định", "1368/QĐ-UBND", dt.date(2023, 12, 12)),
                            ("Quyết định", "728/QĐ-UBND", dt.date(2024, 11, 13))])


def test_a_listed_number_after_documents_cited_inside_an_item_keeps_the_kind_of_the_list():
    # tinh_quangngai_CV_575-2025_gop-y-nd-scan.pdf
    found = cited("Theo đề nghị của Bộ Tài chính tại nội dung các Công văn: Số 1060/BTC-QLGCS ngày 23/01/2025 về "
                  "việc xin ý kiến dự thảo Nghị định quy định các trường hợp tại Nghị định số 103/2024/NĐ-CP ngày "
                  "30/7/2024 và Nghị định số 104/2024/NĐ-CP ngày 31/7/2024 của Chính phủ; số 1187/BTC-ĐT ngày "
                  "24/01/2025 về việc xin ý kiến dự thảo Nghị định.")
    assert ("Công văn", "1187/BTC-ĐT", dt.date(2025, 1, 24)) in found
    assert ("Nghị định", "104/2024/NĐ-CP", dt.date(2024, 7, 31)) in found
    # without a list (no "các", no colon) a later "số ..." is not taken: tinh_quangngai_TB_565-2024 style
    assert cited("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2024 của UBND tỉnh, số liệu báo cáo như sau.") == [
        ("Kế hoạch", "12/KH-UBND", dt.date(2024, 1, 2))]


def test_a_number_with_an_ocr_doubled_dash_or_letter_is_read_as_printed():
    # tinh_quangngai_BC_23-2025_cchc-thang1.pdf: "Quyết định số 08/QĐ-TTg" read "08/QĐ- -TTg"
    assert cited("Triển khai các nhiệm vụ tại Quyết định số 08/QĐ- -TTg ngày 15/01/2025 của Thủ tướng Chính phủ.") == [
        ("Quyết định", "08/QĐ-TTg", dt.date(2025, 1, 15))]


def test_a_guidance_named_before_the_document_that_gives_it_is_not_the_cited_kind():
    # tinh_bariavungtau_QD_546-2025_giai-the-ttdvdn-scan.pdf: "theo hướng dẫn của Sở Nội vụ tại Công văn số 41/..."
    assert cited("Thực hiện việc bàn giao hồ sơ theo hướng dẫn của Sở Nội vụ tại Công văn số 41/SNV-CCHC&VTLT "
                 "ngày 09/01/2025 về việc hướng dẫn quản lý hồ sơ.") == [
        ("Công văn", "41/SNV-CCHC&VTLT", dt.date(2025, 1, 9))]


def test_a_law_date_with_ocr_slips_in_its_month_word_or_digits_is_still_its_date():
    # bo_bcdcchc_QD_46-2021_ke-hoach-kiem-tra-scan.pdf and bo_ttg_QD_01-2025-QD-TTg-scan.pdf (scans)
    found = cited("Căn cứ Luật Tổ chức Chính phủ ngày 19 thẳng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
                  "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng lÌ năm 2019;",
                  "Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu ngày 06 tháng 4 năm 201 5;")
    assert [(kind, date) for kind, _, date in found] == [
        ("Luật", dt.date(2015, 6, 19)), ("Luật", dt.date(2019, 11, 22)), ("Luật", dt.date(2015, 4, 6))]


def test_an_amending_law_in_lower_case_is_one_citation_with_its_date_and_two_amending_laws_stay_two():
    # tinh_quangngai_TTr_24-2025_mien-nhiem-scan.pdf; tinh_phutho_QD_2025-QD-UBND-scan.pdf amends another law
    found = cited("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của "
                  "Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương ngày 22/11/2019;",
                  "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 "
                  "tháng 6 năm 2025;")
    assert [(kind, date) for kind, _, date in found] == [
        ("Luật", dt.date(2015, 6, 19)), ("Luật", dt.date(2019, 11, 22)), ("Luật", dt.date(2025, 6, 25))]


def test_a_code_named_in_lower_case_with_its_number_is_a_law_citation():
    # so_bacgiang-kcn_TB_107-2012-scan.pdf
    found = cited("- Căn cứ Bộ luật lao động số 35-L/CTN ngày 23/06/1994; Luật sửa đôi, bổ sung một số điều của Bộ "
                  "luật lao động các năm 2002, 2006 và 2007 của Quốc Hội;")
    assert found == [("Luật", "35-L/CTN", dt.date(1994, 6, 23)), ("Luật", None, None)]


def test_a_number_whose_digits_or_so_word_ocr_split_or_marked_wrongly_is_still_cited():
    # tinh_bariavungtau_QD_546-2025_giai-the-ttdvdn-scan.pdf ("số 1 20/2020"), bo_bcdcchc_QD_46-2021 ("só 34/2017")
    found = cited("Căn cứ Nghị định số 1 20/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập;",
                  "Căn cứ Nghị định só 34/2017/NĐ-CP ngày 03 thẳng 4 năm 2017 của Chỉnh phú quy định chức năng;")
    assert found == [("Nghị định", "120/2020/NĐ-CP", dt.date(2020, 10, 7)),
                     ("Nghị định", "34/2017/NĐ-CP", dt.date(2017, 4, 3))]


def test_an_amending_law_named_again_without_its_date_is_the_same_citation():
    # tinh_bariavungtau_QD_05-2018.doc: the law, then a decree "quy định chi tiết thi hành" it
    found = cited("Căn cứ Luật Sửa đổi, bổ sung một số điều của các luật về thuế ngày 26 tháng 11 năm 2014;",
                  "Căn cứ Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ quy định chi tiết thi "
                  "hành Luật sửa đổi, bổ sung một số điều của các Luật về thuế;", fmt="doc")
    assert found == [("Luật", None, dt.date(2014, 11, 26)), ("Nghị định", "12/2015/NĐ-CP", dt.date(2015, 2, 12))]
