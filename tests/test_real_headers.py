"""Headers of real scanned documents (corpus/real/dev): what OCR makes of a header, and what is still read from
it by its structure. Each case uses the lines OCR gave for the real file named in the test (or the file itself)."""

from pathlib import Path

from docs_in_code import document, table
from extractors.blocks import Document
from extractors.metadata import blocks_to_header
from extractors.readers import file_to_document

REAL = Path(__file__).parent / "data" / "real"


def scanned(doc: Document) -> Document:
    """The same blocks marked as read by OCR."""
    return doc.model_copy(update={"blocks": tuple(b.model_copy(update={"ocr": True}) for b in doc.blocks)})


def test_a_handwritten_day_that_ocr_cannot_read_leaves_the_place_and_no_guessed_date():
    # tinh_quangngai_BC_280-2024_dieu-chinh-du-toan-scan.pdf: the day 22 and month 11 are written by hand
    doc = scanned(document("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NGÃI",
                           "Độc lập - Tự do - Hạnh phúc", "Số: 280 /BC-UBND", "Quảng Ngãi, ngày@¿ tháng 1] năm 2024",
                           "BÁO CÁO", "Về việc điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024",
                           "Kính gửi: Hội đồng nhân dân tỉnh", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert (header.place, header.issued_on, header.number) == ("Quảng Ngãi", None, "280/BC-UBND")
    assert "draft_date" in {w.code for w in header.warnings}


def test_a_handwritten_day_read_as_a_stray_mark_and_a_digit_gives_no_wrong_day():
    # tinh_quangngai_BC_23-2025_cchc-thang1.pdf: "ngày 23" handwritten, OCR reads "ngày @3"
    doc = scanned(document(table(["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 23 /BC-UBND",
                                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                  "Quảng Ngãi, ngày @3 tháng 01 năm 2025\nBÁO CÁO"]),
                           "Tình hình, kết quả thực hiện công tác", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert (header.place, header.issued_on, header.kind) == ("Quảng Ngãi", None, "bao_cao")


def test_an_illegible_handwritten_number_still_gives_the_kind_from_its_symbol_and_a_warning():
    # tinh_phutho_CV_4532-2011_ra-soat-tthc-scan.pdf: "Số: 4532/UBND-KSTTHC", the digits by hand; no type name
    doc = scanned(document("_ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Phú Thọ, ngày tháng 12 năm 2011",
                           "Số://42/UBND- KSTTHC", "VỀ việc xây dựng kế hoạch rà",
                           "soát quy định, thủ tục hành chính.", "Kính gửi:", "- Các sở, ban, ngành;",
                           "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert (header.kind, header.number) == ("cong_van", None)
    assert header.title == "xây dựng kế hoạch rà soát quy định, thủ tục hành chính."
    # dang_bacgiang_CV_368-2012_tinh-uy-scan.pdf: "Số 368-CV/BPTT", the 8 read as "§"
    doc = scanned(document(table(["TỈNH ỦY BẮC GIANG\nBỘ PHẬN THƯỜNG TRỰC\nSố 36§-CV/BPTT",
                                  "ĐẢNG CỘNG SẢN VIỆT NAM\nBắc Giang, ngày 15 tháng 10 năm 2012"]),
                           "Kính gửi: - Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert (header.kind, header.number, header.issued_on.isoformat()) == ("cong_van", None, "2012-10-15")
    assert any(w.code == "unreadable_number" and "36§-CV/BPTT" in w.message for w in header.warnings)


def test_a_type_name_whose_marks_ocr_changed_still_gives_the_kind():
    # tinh_bacgiang_KH_2668-2010_ung-dung-cntt-scan.pdf: "KẾ HOẠCH" read "KÉ HOẠCH" in the header table
    doc = scanned(document(table(["ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: #đ?/KH-UBND",
                                  "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                  "Bắc Giang, ngày đÉ tháng 11 năm 2010\nKÉ HOẠCH"]),
                           "Ứng dụng và phát triển CNTT trong hoạt động của các cơ quan nhà nước", fmt="pdf-ocr"))
    assert blocks_to_header(doc).kind == "ke_hoach"


def test_ocr_marks_lost_in_the_header_bodies_are_restored_from_the_documents_own_text():
    # tinh_quangbinh_KH_672-2024_thu-thap-tt-lao-dong-scan.pdf: "TỈNH QUẢNG BÌNH" read "TINH QUANG BÌNH"
    doc = scanned(document("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN", "TINH QUANG BÌNH",
                           "Độc lập - Tự do - Hạnh phúc", table(["Số: 7# /KH-UBND", "Quảng Bình, ngày f7 tháng năm 2024\nKẾ HOẠCH"]),
                           "Thu thập, cập nhật thông tin về người lao động trên địa bàn tỉnh Quảng Bình",
                           "Ủy ban nhân dân tỉnh Quảng Bình ban hành Kế hoạch triển khai như sau:", fmt="pdf-ocr"))
    assert blocks_to_header(doc).issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH"
    # tinh_phutho_QD_2025-QD-UBND-scan.pdf: "ỦY BAN NHÂN DÂN" read with a space lost, "ỦY BANNHÂN DÂN"
    doc = scanned(document("ỦY BANNHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ THỌ",
                           "Độc lập - Tự do - Hạnh phúc", "Số: 3 /2025/QĐ-UBND", "Phú Thọ, ngày 01 tháng 7 năm 2025",
                           "QUYẾT ĐỊNH", "Quy định chức năng, nhiệm vụ của Sở Công Thương",
                           "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "Căn cứ Luật Tổ chức chính quyền địa phương;",
                           "Theo đề nghị của Giám đốc Sở, Ủy ban nhân dân tỉnh quyết định.", fmt="pdf-ocr"))
    assert blocks_to_header(doc).issuer == "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"


def test_a_body_name_wrapped_where_the_text_writes_its_words_together_is_one_body():
    # bo_bcdcchc_QD_46-2021_ke-hoach-kiem-tra-scan.pdf: "BAN CHỈ ĐẠO CẢI CÁCH" / "HÀNH CHÍNH CỦA CHÍNH PHỦ"
    doc = scanned(document(table(["BAN CHI ĐẠO CAI CÁCH\nHÀNH CHÍNH CỦA CHÍNH PHÙ\nSố: #6 /QD-BCĐCCHC",
                                  "CÓNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                  "Hà Nội, ngày f6 tháng? năm 2021\nQUYẾT ĐỊNH"]),
                           "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2021",
                           "của Ban Chỉ đạo cải cách hành chính của Chính phủ",
                           "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính "
                           "năm 2021 của Ban Chỉ đạo cải cách hành chính của Chính phủ.", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer) == (None, "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ")
    # bo_botuphap_CV_935-2019_lay-y-kien.pdf: "BỘ TƯ PHÁP" / "VĂN PHÒNG" are two bodies, though the text says
    # "Văn phòng Bộ Tư pháp"
    doc = document(table(["BỘ TƯ PHÁP\nVĂN PHÒNG\nSố: 935/VP-TCKT\nV/v lấy ý kiến thông qua dự thảo Quy chế",
                          "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Hà Nội, ngày 14 tháng 11 năm 2019"]),
                   "Kính gửi: - Thủ trưởng các đơn vị thuộc khối Văn phòng",
                   "Văn phòng Bộ Tư pháp Văn phòng Bộ đã tổ chức lấy ý kiến.", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer) == ("BỘ TƯ PHÁP", "VĂN PHÒNG")


def test_a_real_one_page_scan_gives_its_kind_bodies_and_place_though_its_number_and_day_are_handwritten():
    # tinh_bacgiang_QD_1462-2012_hoi-dong-tham-dinh-scan.pdf: "Số: 1462 /QĐ-UBND", "ngày 18 tháng 10" by hand
    header = blocks_to_header(file_to_document(REAL / "tinh_bacgiang_QD_1462-2012_hoi-dong-tham-dinh-scan.pdf"))
    assert (header.kind, header.issuer, header.place) == ("quyet_dinh", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Bắc Giang")
    assert header.issued_on is None or header.issued_on.isoformat() == "2012-10-18"
    assert header.number in (None, "1462/QĐ-UBND")


def test_a_type_name_ocr_put_under_the_number_in_the_left_column_is_the_type_name_not_a_body():
    # so_bentre_TB_666-2011_gioi-thieu-chu-ky-scan.pdf
    doc = scanned(document("UBND TỈNH BÉN TRE", "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                           table(["SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 6É£/TB-STTTT\nTHÔNG BÁO",
                                  "Độc lập - Tự do - Hạnh phúc\nBến Tre, ngày⁄4⁄. tháng 12 năm 2011"]),
                           "Về việc giới thiệu chức danh và chữ ký",
                           "Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Bến Tre",
                           "Căn cứ Quyết định số 2729 /QĐ-UBND ngày 16 tháng 11 năm 2011 của Chủ tịch Ủy ban nhân dân tỉnh "
                           "Bến Tre về việc bổ nhiệm ông Trịnh Minh Châu;", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert (header.kind, header.parent_issuer, header.issuer) == (
        "thong_bao", "UBND TỈNH BẾN TRE", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    assert header.title == ("Về việc giới thiệu chức danh và chữ ký Phó Giám đốc Sở Thông tin và Truyền thông tỉnh "
                            "Bến Tre")


def test_a_long_sentence_under_the_trich_yeu_is_the_body_not_more_title():
    # tinh_quangngai_CT_11-2024_an-toan-cau-mua-bao.pdf
    body = ("Cơn bão số 3 và mưa lũ sau bão vừa qua đã gây thiệt hại rất lớn về người, tài sản của Nhân dân và Nhà "
            "nước tại khu vực các tỉnh phía Bắc nước ta, trong đó vụ việc sập đổ cầu Phong Châu (tỉnh Phú Thọ), sạt lở "
            "trên các tuyến giao thông và lũ quét đã làm nhiều người chết, mất tích.")
    doc = scanned(document("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NGÃI",
                           "Độc lập - Tự do - Hạnh phúc", "Số: 11 /CT-UBND", "Quảng Ngãi, ngày 11 tháng 9 năm 2024",
                           "CHỈ THỊ", "Về việc tăng cường các biện pháp đảm bảo an toàn công trình cầu giao thông trong "
                           "mùa mưa, bão năm 2024 trên địa bàn tỉnh Quảng Ngãi", body, fmt="pdf-ocr"))
    assert blocks_to_header(doc).title == ("Về việc tăng cường các biện pháp đảm bảo an toàn công trình cầu giao thông "
                                           "trong mùa mưa, bão năm 2024 trên địa bàn tỉnh Quảng Ngãi")


def test_a_signature_line_ocr_glued_before_noi_nhan_or_before_an_item_is_split_off_the_recipients():
    # tinh_quangngai_BC_280-2024_dieu-chinh-du-toan-scan.pdf: "TM. ỦY BAN NHÂN DÂN Nơi nhận:" on one OCR line
    doc = scanned(document("BÁO CÁO", "Về việc điều chỉnh dự toán ngân sách năm 2024",
                           "Ủy ban nhân dân tỉnh kính báo cáo Hội đồng nhân dân tỉnh./.",
                           "TM. ỦY BAN NHÂN DÂN Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "- Thường trực HĐND tỉnh;",
                           "- Sở Tài chính;", "- Lưu: VT, P.KTTHTien502.", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert header.recipients == ("Như trên", "Thường trực HĐND tỉnh", "Sở Tài chính", "Lưu: VT, P.KTTHTien502")
    assert (header.signer.authority, header.signer.on_behalf_of) == ("KT.", "ỦY BAN NHÂN DÂN")
    # so_bacgiang-kcn_TB_107-2012-scan.pdf and tinh_quangngai_CT_11-2024: the title or the name, then an item
    doc = scanned(document("THÔNG BÁO", "Về việc đăng ký Quy chế trả lương, thưởng",
                           "2. Đề nghị Công ty thông báo Quy chế trả lương, thưởng đến từng người lao động./.",
                           "KT.TRƯỞNG BAN", "Nơi nhận:", "- Như trên", "PHÓ TRƯỞNG BAN - Lưu: VT, LĐ.",
                           "Lê Văn Phượng - Lãnh đạo Ban.", fmt="pdf-ocr"))
    header = blocks_to_header(doc)
    assert header.recipients == ("Như trên", "Lưu: VT, LĐ", "Lãnh đạo Ban")
    assert (header.signer.position, header.signer.name) == ("PHÓ TRƯỞNG BAN", "Lê Văn Phượng")


def test_a_recipient_whose_dash_ocr_lost_stays_in_the_list_and_an_item_without_its_semicolon_goes_on_below():
    # tinh_phutho_QD_2025-QD-UBND-scan.pdf: "Cục Kiểm tra văn bản ..." printed with a dash OCR lost
    doc = scanned(document("Điều 3. Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
                           "_M. UỶ BAN NHÂN DÂN Nơi nhận:", "- Văn phòng Chính phủ;", "CHỦ TỊCH.",
                           "- Vụ Pháp chế, Bộ Nội vụ;", "Cục Kiêm tra văn bản và Xử lý vi phạm",
                           "hành chính (Bộ Tư pháp);", "- TTTU, TTHĐND tỉnh;", "- Lưu: VT, VX3 (V180b).", fmt="pdf-ocr"))
    assert blocks_to_header(doc).recipients == (
        "Văn phòng Chính phủ", "Vụ Pháp chế, Bộ Nội vụ", "Cục Kiêm tra văn bản và Xử lý vi phạm hành chính (Bộ Tư pháp)",
        "TTTU, TTHĐND tỉnh", "Lưu: VT, VX3 (V180b)")
    # tinh_quangngai_TB_660-2024_xoa-nha-tam-binhson.pdf: an item printed over two lines, the second capitalised
    doc = scanned(document("Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.", "Nơi nhận:",
                           "- CT, PCT UBND tỉnh;", "- Ban Quản lý Khu kinh tế Dung Quất",
                           "Và các Khu công nghiệp Quảng Ngãi;", "- Tỉnh đoàn;", "- Lưu: VT, KGVXn1014",
                           fmt="pdf-ocr"))
    assert blocks_to_header(doc).recipients == (
        "CT, PCT UBND tỉnh", "Ban Quản lý Khu kinh tế Dung Quất Và các Khu công nghiệp Quảng Ngãi", "Tỉnh đoàn",
        "Lưu: VT, KGVXn1014")
