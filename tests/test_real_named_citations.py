"""Documents cited by name, bare numbers and misread numbers, as real documents write them (corpus/real), each case
with an excerpt of the real file named. The boundary between a document cited by name and a mere mention is
written in corpus/real/README.md ("Documents cited by name").

tests/data/real/xa_phumybac_BC_thang6-2026_phong-vhxh.docx: dangminhtai/ubndxaphumybac
backend/src/templates/monthly_template.docx (commit 555aca22574a01511ca5bd22dabb266ee933bc5f; corpus/real/SOURCES.tsv).
"""

import datetime as dt
from pathlib import Path

from docs_in_code import document
from extractors.citations import blocks_to_citations
from extractors.readers import file_to_document
from extractors.records import Header

REAL = Path(__file__).parent / "data" / "real"


def cited(*lines: str, header: Header | None = None) -> list[tuple[str, str | None, dt.date | None]]:
    return [(c.kind, c.number, c.date) for c in blocks_to_citations(document(*lines, fmt="pdf"), header or Header())]


def test_a_law_cited_by_name_is_a_citation_without_number_and_counted_once():
    # tinh_quangngai_QD_86-2025_bo-nhiem-thanh-tra-vien-scan.pdf: the law, then a decree "thi hành Luật Thanh tra"
    assert cited("Căn cứ Luật Thanh tra ngày 14/11/2022;",
                 "Căn cứ Nghị định số 43/2023/NĐ-CP ngày 30/6/2023 của Chính phủ quy định chi tiết một số điều và "
                 "biện pháp thi hành Luật Thanh tra;") == [
        ("Luật", None, dt.date(2022, 11, 14)), ("Nghị định", "43/2023/NĐ-CP", dt.date(2023, 6, 30))]


def test_a_programme_or_working_rules_cited_by_name_are_citations_without_number():
    # xa_phumybac_BC_thang6-2026_phong-vhxh.docx, tinh_bacgiang_KH_2668-2010_ung-dung-cntt-scan.pdf
    found = blocks_to_citations(document(
        "Thực hiện Quy chế làm việc của UBND xã, Phòng Văn hoá - Xã hội báo cáo kết quả thực hiện nhiệm vụ tháng 6 "
        "năm 2026 như sau:",
        "Thực hiện Chương trình 191, Bắc Giang đã đầu tư tập huấn về CNTT, hỗ trợ doanh nghiệp xây dựng website.",
        fmt="pdf"), Header(kind="bao_cao"))
    assert [(c.kind, c.number, c.issuer, c.relation) for c in found] == [
        ("Quy chế", None, "UBND xã", None), ("Chương trình", None, None, None)]


def test_a_real_report_cites_its_strategy_programmes_and_draft_scheme_by_name_but_not_a_draft_plan():
    # the whole real report: "thực hiện Đề án đưa tiếng Anh ...", "Chiến lược quốc gia về bình đẳng giới và Chương
    # trình phòng ngừa ...", "góp ý Dự thảo Đề án “...”"; "góp ý dự thảo Kế hoạch triển khai thực hiện Quyết định số
    # 973/QĐ-TTg" names the numbered decision only; "các nội dung thành phần thuộc Chương trình mục tiêu quốc gia"
    # is the field the draft belongs to
    doc = file_to_document(REAL / "xa_phumybac_BC_thang6-2026_phong-vhxh.docx")
    found = blocks_to_citations(doc, Header(kind="bao_cao"))
    named = sorted(c.kind for c in found if c.number is None)
    assert named == ["Chiến lược", "Chương trình", "Kết luận", "Quy chế", "Đề án", "Đề án"]
    assert ("Quyết định", "973/QĐ-TTg") in [(c.kind, c.number) for c in found]


def test_a_kind_word_in_the_subject_of_a_numbered_citation_or_qualifying_the_verb_is_no_citation():
    # huyen_vungtau_KH_2144-2025_dan-so.pdf, tinh_quangbinh_KH_672-2024_thu-thap-tt-lao-dong-scan.pdf
    assert cited("- Tiếp tục triển khai các hoạt động tại Kế hoạch số 5129/KH-UBND ngày 22/7/2021 của UBND thành phố "
                 "Vũng Tàu thực hiện Chương trình Điều chỉnh mức sinh thành phố Vũng Tàu đến năm 2030;",
                 "- Xây dựng các hoạt động lồng ghép triển khai thực hiện Chương trình Củng cố, phát triển và nâng cao "
                 "chất lượng dịch vụ kế hoạch hóa gia đình đến năm 2030 theo Kế hoạch số 14352/KH-UBND ngày "
                 "31/12/2024 của UBND thành phố Vũng Tàu;",
                 "Các cơ quan, đơn vị tổ chức thực hiện Kế hoạch có hiệu quả; Kế hoạch này được gửi các đơn vị.",
                 "Các đơn vị đã triển khai Kế hoạch nghiêm túc, đúng tiến độ.") == [
        ("Kế hoạch", "5129/KH-UBND", dt.date(2021, 7, 22)), ("Kế hoạch", "14352/KH-UBND", dt.date(2024, 12, 31))]


def test_the_document_own_subject_and_a_short_name_given_to_a_numbered_one_are_not_other_citations():
    # tinh_bacgiang_KH_353-2012 (title "Thực hiện Chương trình Hỗ trợ pháp lý ..."), tinh_quangbinh_KH_672-2024
    own = Header(kind="ke_hoach",
                 title="Thực hiện Chương trình Hỗ trợ pháp lý cho doanh nghiệp trên địa bàn tỉnh năm 2012")
    assert cited("Tổ chức Hội nghị sơ kết giai đoạn I thực hiện Chương trình Hỗ trợ pháp lý cho doanh nghiệp.",
                 header=own) == []
    assert cited("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát "
                 "triển ứng dụng dữ liệu về dân cư (Gọi tắt là Đề án 06);",
                 "- Xây dựng cơ sở dữ liệu về lao động gắn với việc thực hiện Đề án 06 trên địa bàn tỉnh.") == [
        ("Quyết định", "06/QĐ-TTg", dt.date(2022, 1, 6))]


def test_a_number_whose_kind_word_ocr_lost_takes_the_kind_of_its_type_code():
    # tinh_quangngai-bcd138_QD_04-2025_dia-ban-trong-diem-scan.pdf: "Căn cứ Quyết định số" read "Căn cứ định số"
    found = blocks_to_citations(document(
        "Căn cứ định số 1667/QĐ-UBND ngày 08/11/2023 của Chủ tịch UBND tỉnh về việc kiện toàn Ban Chỉ đạo;",
        fmt="pdf"), Header())
    assert [(c.kind, c.number, c.date, c.issuer) for c in found] == [
        ("Quyết định", "1667/QĐ-UBND", dt.date(2023, 11, 8), "Chủ tịch UBND tỉnh")]
    # a number without a type code is no citation on its own ("Số: 19.2012/GPXD" is a permit's own line)
    assert cited("đã chỉnh sửa theo hồ sơ số 19/GPXD ngày 05/11/2012.") == []


def test_a_number_with_a_fraction_slash_or_split_after_its_dash_or_glued_to_ngay_is_read_whole():
    # tinh_quangngai_QD_47-2025_kinh-phi-qua-tet-scan.pdf ("79⁄QĐ-UBND", "143⁄STC- HCSN"); a lost space ("UBNDngày")
    assert cited("Căn cứ các Quyết định của UBND tỉnh: Số 79⁄QĐ-UBND ngày 19/02/2021 Ban hành Quy định về quản lý; "
                 "số 657/QĐ-UBND ngày 13/7/2023 về việc sửa đổi khoản 1 Điều 3 Quy định;",
                 "Theo đề nghị của Giám đốc Sở Tài chính tại Công văn số 143⁄STC- HCSN ngày 15/01/2025.",
                 "Thực hiện Kế hoạch số 263/KH-UBNDngày 15/3/2025 của UBND huyện.") == [
        ("Quyết định", "79/QĐ-UBND", dt.date(2021, 2, 19)), ("Quyết định", "657/QĐ-UBND", dt.date(2023, 7, 13)),
        ("Công văn", "143/STC-HCSN", dt.date(2025, 1, 15)), ("Kế hoạch", "263/KH-UBND", dt.date(2025, 3, 15))]


def test_a_symbol_misread_by_ocr_takes_the_spelling_the_document_uses_elsewhere():
    # bo_bcdcchc_QD_46-2021 (numbered "46/QĐ-BCĐCCHC", cites "54/QĐ-BCDCCHC"), tinh_quangbinh_KH_672-2024 ("QĐ-TIg")
    assert cited("Căn cứ Quyết định số 54/QĐ-BCDCCHC ngày 30 tháng 7 năm 2014 của Trưởng Ban Chỉ đạo;",
                 header=Header(number="46/QĐ-BCĐCCHC")) == [("Quyết định", "54/QĐ-BCĐCCHC", dt.date(2014, 7, 30))]
    assert [n for _, n, _ in cited(
        "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 và Quyết định số 90/QĐ-TTg ngày 18/01/2022;",
        "theo quy định tại Quyết định số 01/2017/QĐ-TIg ngày 17/01/2017 của Thủ tướng Chính phủ.")] == [
        "06/QĐ-TTg", "90/QĐ-TTg", "01/2017/QĐ-TTg"]
    # a spelling the document uses as often as the other stays as read: two issuers, "UBND" and no "UBNĐ"
    assert [n for _, n, _ in cited("Thực hiện Công văn số 12/UBND-VX ngày 02/01/2024.")] == ["12/UBND-VX"]


def test_a_national_standard_is_cited_by_its_code():
    # bo_bonoivu_TT_01-2011_the-thuc.doc
    assert cited("Phông chữ sử dụng trình bày văn bản là phông chữ tiếng Việt của bộ mã ký tự Unicode theo Tiêu chuẩn "
                 "Việt Nam TCVN 6909:2001.") == [("Tiêu chuẩn", "TCVN6909:2001", None)]


def test_a_cong_van_carrying_out_another_has_no_relation_but_a_plan_has():
    # xa_phuong1-vungtau_CV_397-2025 (công văn: null, corpus/real/README.md), xa_phuong1-vungtau_KH_447-2025 (plan)
    line = "Thực hiện Công văn số 1848/UBND-TP ngày 10/3/2025 của UBND thành phố Vũng Tàu về chứng thực điện tử."
    assert [c.relation for c in blocks_to_citations(document(line, fmt="pdf"), Header(kind="cong_van"))] == [None]
    plan = "Thực hiện Kế hoạch số 2300/KH-UBND ngày 21/03/2025 của Ủy ban nhân dân thành phố Vũng Tàu."
    assert [c.relation for c in blocks_to_citations(document(plan, fmt="pdf"), Header(kind="ke_hoach"))] == [
        "implements"]


def test_a_body_named_after_a_document_or_the_subject_of_a_document_being_issued_is_no_citation():
    # corpus/real/dev/pages (b5-pages) tinh_bacgiang_QD_119-2009, tinh_tayninh_KH_983-2019; tinh_quangbinh_QD_3104-2016
    assert cited("Xét đề nghị Giám đốc Sở Thông tin và Truyền thông và Tổ trưởng Tổ công tác chuyên trách thực hiện "
                 "Đề án 30 của Ủy ban nhân dân tỉnh,",
                 "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin "
                 "trong công tác phổ biến, giáo dục pháp luật” trên địa bàn tỉnh như sau:",
                 "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH QUỐC GIA PHÒNG, CHỐNG BỆNH LỞ MỒM LONG MÓNG") == []


def test_a_submission_or_report_agreed_with_is_cited_by_its_issuer():
    # corpus/real/dev/pages (b5-pages) huyen_quan2-hcm_NQ_01-2008: a district council's resolution
    found = blocks_to_citations(document(
        "Nhất trí với Tờ trình của Ủy ban nhân dân quận về trang bị xe chuyên dùng cho Công ty Quản lý và Phát triển "
        "Nhà quận 2.", "Thời gian tuyển dụng theo Thông báo tuyển dụng.", fmt="pdf"), Header(kind="khac"))
    assert [(c.kind, c.number, c.issuer) for c in found] == [("Tờ trình", None, "Ủy ban nhân dân quận")]


def test_a_number_cut_short_at_a_dash_by_ocr_is_no_citation():
    # bo_bcdcchc_QD_46-2021 (an OCR'd table: "Nghị quyết số 17/NQ- Một số bộ"), tinh_bariavungtau_QD_546-2025
    # ("Tờ trình số 13/TTr-SNgŸ": the group after the dash unreadable)
    assert cited("Quảng Trị, Thừa Thiên Nghị quyết số 17/NQ- Một số bộ, ngành khác",
                 "Theo đề nghị tại Tờ trình số 13/TTr-SNgŸ ngày 24 tháng 02 năm 2025.") == []
    assert cited("Theo đề nghị tại Công văn số 143/STC- HCSN ngày 15/01/2025.") == [
        ("Công văn", "143/STC-HCSN", dt.date(2025, 1, 15))]


def test_a_programme_named_as_the_field_a_duty_belongs_to_is_no_citation_and_a_real_double_d_stays():
    # tinh_binhdinh-vp_TB_243-2020_phan-cong-chuyen-vien.pdf, so_binhdinh-ccqldd_CV_791-2020_tam-dung-giao-dat.pdf
    assert cited("Giúp lãnh đạo Văn phòng theo dõi, nghiên cứu đề xuất các lĩnh vực thuộc Chương trình mục tiêu quốc "
                 "gia xây dựng nông thôn mới, công tác an toàn giao thông.",
                 "Ngày 07/7/2020, Chi cục Quản lý đất đai có văn bản số 7887/CCQLĐĐ- ĐĐBĐ đề nghị Ban Giải phóng mặt "
                 "bằng tỉnh báo cáo.") == [("Công văn", "7887/CCQLĐĐ-ĐĐBĐ", None)]
