"""What real documents of other offices do (corpus/real/dev), each case with a short excerpt of the real file it
came from (named in the test): header layouts, zones, footnotes, deadlines and citations."""

import datetime as dt

import pytest

from docs_in_code import document, table
from extractors.blocks import Block, BlockKind, Location
from extractors.citations import blocks_to_citations
from extractors.context import document_to_view
from extractors.deadlines import blocks_to_deadlines
from extractors.metadata import blocks_to_header
from extractors.readers import file_to_document
from extractors.records import Header
from read_support import p, write_docx

# --- header ------------------------------------------------------------------------------------------------------


def test_a_blank_number_under_the_body_in_the_same_cell_is_a_draft_number_not_part_of_the_body():
    # so_haugiang_BC_2024_gia-thi-truong-thang7.pdf: the cell reads "SỞ TÀI CHÍNH" / "Số:" / "/BC-STC"
    doc = document("UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   table(["SỞ TÀI CHÍNH\nSố:\n/BC-STC", "Độc lập - Tự do - Hạnh phúc\nHậu Giang, ngày tháng năm 2024"]),
                   "BÁO CÁO", "Giá thị trường tháng 7 năm 2024", "Kính gửi: Bộ Tài chính (Cục Quản lý giá)", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer, header.number) == ("UBND TỈNH HẬU GIANG", "SỞ TÀI CHÍNH", None)
    assert (header.kind, header.place, header.title) == ("bao_cao", "Hậu Giang", "Giá thị trường tháng 7 năm 2024")
    assert "draft_number" in {w.code for w in header.warnings}


def test_two_bodies_and_the_number_glued_on_one_line_are_parent_issuer_and_number():
    # so_quangbinh_CV_1445-2022_thu-thap-tt-lao-dong.pdf (the number itself is stamped by the signature)
    doc = document(table(["UBND TỈNH QUẢNG BÌNH SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Số: /SLĐTBXH-LĐVLDN",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                          "Quảng Bình, ngày 03 tháng 10 năm 2022"]),
                   "V/v hướng dẫn một số nội dung thu thập, phân", "tích, dự báo thị trường lao động năm 2022",
                   "Kính gửi: - UBND các huyện, thị xã, thành phố;", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer) == ("UBND TỈNH QUẢNG BÌNH", "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI")
    assert (header.kind, header.number, header.issued_on) == ("cong_van", None, dt.date(2022, 10, 3))


def test_a_place_line_broken_after_ngay_keeps_its_place_and_says_the_day_is_blank():
    # tinh_quangngai_TB_565-2024_ket-luan.pdf: "Quảng Ngãi, ngày" / "tháng 11 năm 2024" (day stamped at signing)
    doc = document(table(["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố:\n/TB-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày\n"
                          "tháng 11 năm 2024"]), "THÔNG BÁO", "Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.issuer, header.place, header.issued_on) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Quảng Ngãi", None)
    assert {"draft_number", "draft_date"} <= {w.code for w in header.warnings}


def test_a_list_sent_alone_takes_the_number_its_signature_stamp_gives_and_stays_khac():
    # tinh_gialai_QD_2061-2026_danh-muc-cong-viec.pdf: the PDF reader gives the stamp's number as a block of its own
    data = table(["TT", "Mã", "Nhiệm vụ", "Sản phẩm đầu ra"], ["1", "CH.VT.01", "Tiếp nhận văn bản đến", "Lượt văn bản"])
    doc = document("DANH MỤC SẢN PHẨM/ CÔNG VIỆC CHUNG CHO CÁC SỞ, NGÀNH, ỦY BAN NHÂN DÂN CẤP XÃ",
                   "THUỘC ỦY BAN NHÂN DÂN TỈNH TRONG ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC", "(Ban hành kèm theo Quyết định số:",
                   "/QĐ-UBND ngày tháng 5 năm 2026 của UBND tỉnh)", data, "Số: 2061/QĐ-UBND",
                   "Thời gian ký: 2026-05-13T14:41:57+07:00", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.kind, header.number, header.issuer) == ("khac", "2061/QĐ-UBND", None)
    assert header.title.startswith("DANH MỤC SẢN PHẨM/ CÔNG VIỆC CHUNG")
    # the printed day is blank ("ngày tháng 5 năm 2026"): the stamp's date, in the same month, is taken and said
    assert header.issued_on == dt.date(2026, 5, 13)
    assert {w.code for w in header.warnings} == {"date_from_stamp"}  # the decision's "QĐ" is no kind mismatch


def test_stamp_lines_in_the_closing_are_not_the_signer():
    # tinh_quangngai_TB_46-2025_thu-ly-khieu-nai.pdf: the stamp of the Công báo centre printed beside the signature
    doc = document(table(["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 46/TB-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuảng Ngãi, ngày 24 tháng 01 năm 2025"]),
                   "THÔNG BÁO", "Về việc thụ lý giải quyết khiếu nại lần hai", "Nội dung thông báo./.",
                   "Nơi nhận:", "- Như trên;", "- Lưu: VT, NC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                   "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "TRUNG TÂM CÔNG",
                   "BÁO VÀ TIN HỌC", "Thời gian ký: 26/01/2025 11:12:09", "Trần Phước Hiền", fmt="pdf")
    signer = blocks_to_header(doc).signer
    assert (signer.authority, signer.position, signer.name) == ("KT.", "PHÓ CHỦ TỊCH", "Trần Phước Hiền")


def test_an_appendix_sent_alone_has_its_heading_as_title_and_no_issuer_nor_signer():
    # tinh_bariavungtau_QD_705-2025_phu-luc-quy-trinh.pdf
    doc = document("Phụ lục", "QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC",
                   "CÔNG CHỨC, VIÊN CHỨC THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NỘI VỤ", "(Ban hành kèm theo Quyết định số",
                   "/QĐ-UBND ngày / /2025 của Chủ tịch UBND tỉnh Bà Rịa – Vũng Tàu)",
                   "I. LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC:", "1. THỦ TỤC THI TUYỂN CÔNG CHỨC – Mã số: 1.012933.H06", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.kind, header.issuer, header.parent_issuer) == ("khac", None, None)
    assert header.title == ("QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC CÔNG CHỨC, "
                            "VIÊN CHỨC THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NỘI VỤ")
    assert header.signer.position is None


def test_a_title_under_the_date_without_a_type_name_is_the_title_not_a_body():
    # so_quangbinh_phan-cong-nhiem-vu-2021_tdkt.doc
    doc = document(table(["SỞ NỘI VỤ\nPHÒNG THI ĐUA, KHEN THƯỞNG",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Quảng Bình, ngày 04 tháng 5 năm 2021"]),
                   "PHÂN CÔNG NHIỆM VỤ", "CÁC THÀNH VIÊN PHÒNG THI ĐUA KHEN THƯỞNG",
                   "Căn cứ Quyết định số 135/QĐ-SNV ngày 29/4/2021 của Giám đốc Sở Nội vụ ...")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer) == ("SỞ NỘI VỤ", "PHÒNG THI ĐUA, KHEN THƯỞNG")
    assert (header.kind, header.title) == ("khac", "PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN PHÒNG THI ĐUA KHEN THƯỞNG")


def test_a_form_label_beside_the_body_and_a_data_table_below_end_the_header():
    # tinh_quangbinh_BC_2022_bieu-tong-hop-khen-thuong.docx: two forms in one file, each signed
    heading = Block(kind=BlockKind.HEADING, text="BẢNG TỔNG HỢP HÌNH THỨC KHEN THƯỞNG CẤP NHÀ NƯỚC NĂM 2022",
                    location=Location(index=0), bold=True, alignment="center")
    data = table(["Số TT", "Hình thức Khen thưởng", "Tổng số", "Tập thể"], ["1", "Huân chương Lao động", "12", "3"])
    doc = document("TỈNH QUẢNG BÌNH Biểu mẫu số 01", heading, data, table(["", "CHỦ TỊCH\nTrần Thắng"]),
                   "TỈNH QUẢNG BÌNH Biểu mẫu số 03",
                   heading.model_copy(update={"text": "TỔNG HỢP CÁC HÌNH THỨC KHEN THƯỞNG CẤP TỈNH NĂM 2022"}),
                   data, table(["", "CHỦ TỊCH\nTrần Thắng"]))
    header = blocks_to_header(doc)
    assert (header.issuer, header.parent_issuer, header.kind) == ("TỈNH QUẢNG BÌNH", None, "khac")
    assert header.title == "BẢNG TỔNG HỢP HÌNH THỨC KHEN THƯỞNG CẤP NHÀ NƯỚC NĂM 2022"
    assert (header.signer.position, header.signer.name) == ("CHỦ TỊCH", "Trần Thắng")


@pytest.mark.parametrize(("type_line", "number", "kind"), [
    ("THÔNG TƯ", "01/2011/TT-BNV", "khac"),  # bo_bonoivu_TT_01-2011_the-thuc.doc
    ("CHỈ THỊ", "09/2009/CT-UBND", "khac"),  # tinh_binhduong_CT_09-2009.doc
    ("HƯỚNG DẪN", "12/HD-HĐTĐKT", "khac"),  # tinh_hungyen_HD_2021_du-thao-tdkt.docx
    ("GIẤY MỜI", "06/GM-HĐND", "khac"),
])
def test_type_names_of_other_offices_give_their_kind(type_line, number, kind):
    doc = document(table([f"BỘ NỘI VỤ\nSố: {number}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 19 tháng 01 năm 2011"]),
                   type_line, "Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính")
    header = blocks_to_header(doc)
    assert (header.kind, header.number) == (kind, number)
    assert "kind_mismatch" not in {w.code for w in header.warnings}


# --- zones --------------------------------------------------------------------------------------------------------

MAIN = (table(["ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA-VŨNG TÀU\nSố: 05/2018/QĐ-UBND",
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBà Rịa-Vũng Tàu, ngày 30 tháng 01 năm 2018"]),
        "QUYẾT ĐỊNH", "Ban hành Bảng giá tính thuế tài nguyên trên địa bàn tỉnh Bà Rịa -Vũng Tàu năm 2018",
        "Điều 4. Tổ chức thực hiện", "1. Trách nhiệm của Sở Tài chính:",
        "a) Chủ trì, phối hợp với Sở Tài nguyên và Môi trường tham mưu trình Ủy ban nhân dân tỉnh trước ngày 15/12/2018.",
        "Điều 5. Hiệu lực thi hành", "1. Quyết định này có hiệu lực thi hành kể từ ngày 09/02/2018./.",
        table(["Nơi nhận:\n- Như Điều 5;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Tuấn Quốc"]))
APPENDIX = ("PHỤ LỤC 01", "BẢNG GIÁ TÍNH THUẾ TÀI NGUYÊN ĐỐI VỚI KHOÁNG SẢN KHÔNG KIM LOẠI",
            "1. Đá xây dựng", "Giá tính thuế áp dụng từ ngày 09/02/2018.",
            table(["NGƯỜI LẬP BIỂU\nNguyễn Văn Bình", "GIÁM ĐỐC SỞ TÀI CHÍNH\nTrần Văn Tuấn"]))


def test_the_signer_and_recipients_come_from_the_main_closing_not_from_an_appendix_after_it():
    # tinh_bariavungtau_QD_05-2018.doc and its appendices (Phụ lục 01-05), which end with other names
    header = blocks_to_header(document(*MAIN, *APPENDIX))
    assert (header.signer.name, header.signer.position, header.signer.authority) == (
        "Lê Tuấn Quốc", "PHÓ CHỦ TỊCH", "KT.")
    assert header.recipients == ("Như Điều 5", "Lưu: VT")


def test_sections_restart_at_an_appendix_and_its_text_is_out_of_the_closing():
    view = document_to_view(document(*MAIN, *APPENDIX))
    assert [s.label for s in view.sections] == ["Điều 4.", "Điều 5.", "1."]
    assert view.main_end == len(MAIN)
    item = next(i for i in view.in_sections if i.paragraph.text.startswith("Giá tính thuế"))
    assert item.headings == (("1.", "Đá xây dựng"),)


def test_a_document_attached_after_noi_nhan_starts_a_zone_of_its_own():
    # a decision approving a plan: the plan's own Quốc hiệu follows the decision's "Nơi nhận"
    plan = (table(["ỦY BAN NHÂN DÂN\nPHƯỜNG 1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]),
            "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "Nội dung.", table(["", "CHỦ TỊCH\nVũ Đăng Khoa"]))
    view = document_to_view(document(*MAIN, *plan))
    assert view.main_end == len(MAIN)
    assert view.header.signer.name == "Lê Tuấn Quốc"
    assert [s.label for s in view.sections][-1] == "I."


# --- footnotes ----------------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_docx_footnotes_are_note_blocks_apart_from_the_body_and_their_citations_are_found(tmp_path):
    # the footnote text is the citation of xa_phuong1-vungtau_CV_397-2025 (real documents cite in footnotes too)
    notes = (f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" w:id="-1">{p("")}</w:footnote>'
             f'<w:footnote w:id="1">{p("Công văn số 6332/VPCP-KSTT ngày 06/9/2024 của Văn phòng Chính phủ.")}'
             f'</w:footnote></w:footnotes>')
    rels = {"word/footnotes.xml": notes.encode()}
    path = write_docx(tmp_path / "cv.docx", p("Nhằm thực hiện nghiêm túc quy định về chứng thực bản sao điện tử."),
                      extra=rels, footnotes=True)
    doc = file_to_document(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Nhằm thực hiện nghiêm túc quy định về chứng thực bản sao điện tử."),
        (BlockKind.NOTE, "Công văn số 6332/VPCP-KSTT ngày 06/9/2024 của Văn phòng Chính phủ.")]
    view = document_to_view(doc)
    assert [p.text for p in view.paragraphs] == ["Nhằm thực hiện nghiêm túc quy định về chứng thực bản sao điện tử."]
    (cited,) = blocks_to_citations(doc, Header())
    assert (cited.kind, cited.number, cited.date) == ("Công văn", "6332/VPCP-KSTT", dt.date(2024, 9, 6))


# --- deadlines ----------------------------------------------------------------------------------------------------

REPORT = Header(kind="bao_cao", issued_on=dt.date(2026, 6, 25),
                title="Kết quả thực hiện nhiệm vụ của Phòng Văn hóa – Xã hội tháng 6 năm 2026 và phương hướng, "
                      "nhiệm vụ tháng 7 năm 2026")


@pytest.mark.parametrize("sentence", [
    # xa_phumybac_BC_thang6-2026_phong-vhxh.docx: the month the report's second part covers (its scope)
    "- Phối hợp tuyên truyền các hoạt động, sự kiện theo định hướng của Đảng ủy xã và Sở Văn hóa, Thể thao và Du "
    "lịch trong tháng 7 năm 2026.",
    # the same report: a horizon in the title of a cited programme
    "- Góp ý dự thảo kế hoạch thuộc Chương trình mục tiêu quốc gia về phát triển văn hóa, tầm nhìn đến năm 2030.",
    # huyen_vungtau_KH_2144-2025_dan-so.pdf: the horizon of a programme named before it, of a plan cited after it
    "- Tiếp tục triển khai các hoạt động tại Kế hoạch số 5129/KH-UBND ngày 22/7/2021 của UBND thành phố Vũng Tàu "
    "thực hiện Chương trình Điều chỉnh mức sinh thành phố Vũng Tàu đến năm 2030.",
    "- Khẩn trương xây dựng kế hoạch thực hiện chỉ tiêu giảm tỷ lệ nghèo đa chiều đến năm 2027 theo Kế hoạch số "
    "186/KH-UBND ngày 17/9/2024 của UBND tỉnh.",
    # "tính đến ngày": as of
    "- Số hồ sơ tiếp nhận tính đến ngày 30/6/2026 là 125 hồ sơ.",
    # bo_bonoivu_TT_01-2011_the-thuc.doc: a rule that recurs every year
    "Số của văn bản được ghi bằng chữ số Ả-rập, bắt đầu từ số 01 vào ngày đầu năm và kết thúc vào ngày 31 tháng 12 "
    "hằng năm.",
])
def test_scope_as_of_horizons_and_recurring_dates_are_not_deadlines(sentence):
    assert blocks_to_deadlines(document("I. KẾT QUẢ", sentence), REPORT) == ()


def test_a_limit_within_the_covered_period_still_counts_when_the_clause_says_to_finish():
    (d,) = blocks_to_deadlines(document("II. PHƯƠNG HƯỚNG", "- Hoàn thành số hóa sổ hộ tịch trong tháng 7 năm 2026."),
                               REPORT)
    assert (d.due, d.precision) == (dt.date(2026, 7, 31), "month")


def test_a_schedule_steps_end_and_a_labelled_limit_in_the_covered_year_are_deadlines():
    # so_quangbinh_CV_1445-2022 (a schedule), xa_phuong1-vungtau_KH_447-2025 (a plan for 2025)
    plan = Header(kind="ke_hoach", issued_on=dt.date(2022, 3, 24), title="Triển khai thực hiện ... năm 2022")
    found = blocks_to_deadlines(document(
        "2. Tiến độ thực hiện:",
        "- Từ 10/10/2022 đến 25/11/2022: UBND các huyện, thị xã, thành phố triển khai thu thập, ghi chép thông tin;",
        "- Thời gian thực hiện: trong năm 2022.",
        "Đợt kiểm tra được triển khai từ ngày 10/11/2022 đến hết ngày 31/12/2022 trên địa bàn."), plan)
    assert [(d.due, d.precision) for d in found] == [(dt.date(2022, 11, 25), "day"), (dt.date(2022, 12, 31), "year")]


def test_before_a_day_is_read_as_the_day_before_and_one_column_tables_of_lines_are_prose():
    # so_quangbinh_CV_1445-2022: "2. Tiến độ thực hiện:" printed in a shaded box, read as a one-column table
    box = table(["2. Tiến độ thực hiện:"], ["- Trước ngày 10/10/2022: Các địa phương, đơn vị xây dựng Kế hoạch;"],
                ["chuẩn bị các tài liệu nghiệp vụ, phiếu thu thập thông tin người lao động … phục"],
                ["vụ thu thập thông tin người lao động tại địa bàn."])
    deadlines = blocks_to_deadlines(document("Kính gửi: UBND các huyện", box, fmt="pdf"),
                                    Header(kind="cong_van", issued_on=dt.date(2022, 10, 3)))
    assert [(d.due, d.precision) for d in deadlines] == [(dt.date(2022, 10, 9), "day")]


# --- citations ----------------------------------------------------------------------------------------------------

def cited(*lines: str, fmt: str = "docx") -> list[tuple[str, str | None, dt.date | None]]:
    return [(c.kind, c.number, c.date) for c in blocks_to_citations(document(*lines, fmt=fmt), Header())]


def test_action_programmes_plans_and_schemes_with_numbers_are_citations():
    # huyen_vungtau_KH_2144-2025_dan-so.pdf, its lines as printed (numbers broken after the dash)
    found = cited("Căn cứ Chương trình hành động số 30-CTr/TU ngày 06/8/2018 của Ban Chấp hành Đảng bộ tỉnh Bà Rịa – Vũng",
                  "Tàu về thực hiện Nghị quyết số 21-", "NQ/TW;",
                  "Căn cứ Kế hoạch hành động số 12/KH-UBND ngày 10/3/2025 và Phương án số 05/PA-UBND ngày 11/3/2025;",
                  "Thực hiện Đề án số 06/ĐA-UBND ngày 12/3/2025 của UBND tỉnh.", fmt="pdf")
    assert found == [("Chương trình hành động", "30-CTr/TU", dt.date(2018, 8, 6)), ("Nghị quyết", "21-NQ/TW", None),
                     ("Kế hoạch hành động", "12/KH-UBND", dt.date(2025, 3, 10)),
                     ("Phương án", "05/PA-UBND", dt.date(2025, 3, 11)), ("Đề án", "06/ĐA-UBND", dt.date(2025, 3, 12))]


def test_numbers_with_ampersands_dots_and_marked_capitals_are_read_whole():
    # xa_phumybac_BC_thang6-2026 ("4337/SNV-TĐKT&NCC"), so_phutho_KH_2012 ("1654 /BTTTT-ƯDCNTT ngày 27 /5/2008")
    found = cited("- Rà soát, báo cáo theo Văn bản số 4337/SNV-TĐKT&NCC ngày 24/6/2026 của Sở Nội vụ;",
                  "- Công văn số 1654 /BTTTT-ƯDCNTT ngày 27 /5/2008 của Bộ Thông tin và Truyền thông;",
                  "- Quyết định số 15/QĐ.UBND ngày 02/01/2025.")
    assert found == [("Công văn", "4337/SNV-TĐKT&NCC", dt.date(2026, 6, 24)),
                     ("Công văn", "1654/BTTTT-ƯDCNTT", dt.date(2008, 5, 27)),
                     ("Quyết định", "15/QĐ.UBND", dt.date(2025, 1, 2))]


def test_every_number_listed_after_one_kind_is_a_citation():
    # tinh_quangngai_TB_565-2024_ket-luan.pdf
    found = cited("a) Tập trung thực hiện các nhiệm vụ đã được chỉ đạo tại Công văn số 4643/UBND-KGVX ngày 28/8/2024; "
                  "số 4975/UBND-KGVX ngày 17/9/2024 và 5442/UBND-KGVX ngày 10/10/2024 của UBND tỉnh.")
    assert found == [("Công văn", "4643/UBND-KGVX", dt.date(2024, 8, 28)),
                     ("Công văn", "4975/UBND-KGVX", dt.date(2024, 9, 17)),
                     ("Công văn", "5442/UBND-KGVX", dt.date(2024, 10, 10))]


def test_laws_are_cited_by_name_with_the_date_later_in_their_clause():
    # tinh_bariavungtau_QD_05-2018.doc; so_haugiang_BC_2024 ("Luật giá" in lower case)
    found = cited("Căn cứ Luật Sửa đổi, bổ sung một số điều của các luật về thuế ngày 26 tháng 11 năm 2014;",
                  "1. Thực hiện Luật giá ngày 19 tháng 6 năm 2023 có hiệu lực kể từ ngày 01 tháng 7 năm 2024.",
                  "Việc xác định độ mật thực hiện theo Pháp lệnh Bảo vệ bí mật nhà nước.",
                  # xa_phuong1-vungtau_QD_64-2025: a law's number, when printed, is kept
                  "Căn cứ Luật Đất đai số 31/2024/QH 15 ngày 18 tháng 01 năm 2024;")
    assert found == [("Luật", None, dt.date(2014, 11, 26)), ("Luật", None, dt.date(2023, 6, 19)),
                     ("Pháp lệnh", None, None), ("Luật", "31/2024/QH15", dt.date(2024, 1, 18))]


def test_a_type_name_in_the_header_table_and_a_numbered_ward_give_kind_title_and_place():
    # xa_phuong1-vungtau_QD_64-2025_ke-hoach-lcnt.pdf: the PDF reader takes "QUYẾT ĐỊNH" into the header table
    doc = document(table(["ỦY BAN NHÂN DÂN\nPHƯỜNG 1\nSố: 64 /QĐ-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập -Tự do -Hạnh phúc\n"
                          "Phường 1, ngày 14 tháng 3 năm 2025\nQUYẾT ĐỊNH"]),
                   "Về việc phê duyệt kế hoạch lựa chọn nhà thầu",
                   "Dự án: Kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2024",
                   "trên địa bàn Phường 1, thành phố Vũng Tàu",
                   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;", fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.kind, header.number, header.place, header.issued_on) == (
        "quyet_dinh", "64/QĐ-UBND", "Phường 1", dt.date(2025, 3, 14))
    assert header.title == ("Về việc phê duyệt kế hoạch lựa chọn nhà thầu Dự án: Kiểm kê đất đai, lập bản đồ hiện "
                            "trạng sử dụng đất năm 2024 trên địa bàn Phường 1, thành phố Vũng Tàu")


def test_an_amending_law_is_one_citation_with_its_date_and_qualified_kinds_are_read():
    # bo_ttg_QD_01-2025-QD-TTg; tinh_bariavungtau_QD_05-2018.doc ("Tờ trình liên ngành");
    # so_bacgiang-skhdt_CV_61-2012 ("Quyết định của UBND tỉnh số ...")
    found = cited("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật "
                  "Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                  "Theo đề nghị của Giám đốc các Sở tại Tờ trình liên ngành số 18/TTrLN-STC-STNMT-CT ngày 03/01/2018.",
                  "Thực hiện Quyết định của UBND tỉnh số 468/QĐ-UBND ngày 15 tháng 12 năm 2011 về việc giao chỉ tiêu.")
    assert found == [("Luật", None, dt.date(2015, 6, 19)), ("Luật", None, dt.date(2019, 11, 22)),
                     ("Tờ trình", "18/TTrLN-STC-STNMT-CT", dt.date(2018, 1, 3)),
                     ("Quyết định", "468/QĐ-UBND", dt.date(2011, 12, 15))]


def test_a_schedule_whose_rows_are_communes_assigns_each_commune_its_month():
    # No dev file has one (issue #15 names the shape: rows "Xã ...", "Phường ..." with due months); the commune and
    # ward names are those of xa_phuong1-vungtau and huyen_vungtau documents.
    from extractors.assignments import blocks_to_assignments

    schedule = table(["STT", "Xã, phường", "Nội dung", "Thời gian"],
                     ["1", "Phường 1", "Kiểm tra hồ sơ chứng thực điện tử", "Tháng 10/2025"],
                     ["2", "Phường Thắng Tam", "Kiểm tra hồ sơ chứng thực điện tử", "Tháng 11/2025"],
                     ["3", "Xã Long Sơn", "Kiểm tra hồ sơ chứng thực điện tử", "Tháng 12/2025"])
    doc = document("III. LỊCH KIỂM TRA", schedule)
    plan = Header(kind="ke_hoach", issued_on=dt.date(2025, 9, 1))
    assert [(a.unit, a.due) for a in blocks_to_assignments(doc, plan)] == [
        ("Phường 1", dt.date(2025, 10, 31)), ("Phường Thắng Tam", dt.date(2025, 11, 30)),
        ("Xã Long Sơn", dt.date(2025, 12, 31))]
    assert [(d.due, d.precision) for d in blocks_to_deadlines(doc, plan)] == [
        (dt.date(2025, 10, 31), "month"), (dt.date(2025, 11, 30), "month"), (dt.date(2025, 12, 31), "month")]


def test_a_signature_stamp_printed_above_the_header_gives_no_issuing_body():
    # tinh_quangngai_BC_23-2025_cchc-thang1.pdf: the Công báo centre's stamp, read before the header table
    doc = document("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "TRUNG TÂM CÔNG BÁO",
                   "VÀ TIN HỌC", "ttcbth@quangngai.gov.vn", "24.01.2025 20:06:24 +07:00",
                   table(["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 23 /BC-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Quảng Ngãi, ngày 23 tháng 01 năm 2025\nBÁO CÁO"]),
                   "Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính tháng 01/2025 của tỉnh Quảng Ngãi",
                   fmt="pdf")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer, header.number) == (None, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "23/BC-UBND")
    assert (header.kind, header.issued_on, header.place) == ("bao_cao", dt.date(2025, 1, 23), "Quảng Ngãi")


def test_a_recipient_wrapped_over_two_printed_lines_is_one_item():
    # so_haugiang_BC_2024_gia-thi-truong-thang7.pdf, tinh_quangngai_TB_660-2024 (lines of a PDF, no table)
    doc = document(table(["SỞ TÀI CHÍNH\nSố: 12/BC-STC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHậu Giang, ngày 05 tháng 8 năm 2024"]),
                   "BÁO CÁO", "Giá thị trường tháng 7 năm 2024", "Nội dung báo cáo./.",
                   "Nơi nhận:", "- Bộ Tài chính (Cục Quản lý giá);", "- Các Sở: CT, LĐTBXH, TNMT, XD,",
                   "TTTT, NN&PTNT, GTVT;", "- Các Sở: Lao động - Thương binh và Xã", "hội, Xây dựng, Tài chính;",
                   "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn Hòa", fmt="pdf")
    assert blocks_to_header(doc).recipients == (
        "Bộ Tài chính (Cục Quản lý giá)", "Các Sở: CT, LĐTBXH, TNMT, XD, TTTT, NN&PTNT, GTVT",
        "Các Sở: Lao động - Thương binh và Xã hội, Xây dựng, Tài chính", "Lưu: VT")


def test_recipients_survive_a_stray_signature_word_and_an_ocr_lost_noi():
    # tinh_bacgiang_KH_353-2012 ("Măng" of the signature between the items), bo_bcdcchc_QD_46-2021 ("nhận:")
    head = table(["UBND TỈNH BẮC GIANG\nBAN ĐIỀU HÀNH\nSố: 353/KH-BĐH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Bắc Giang, ngày 06 tháng 3 năm 2012"])
    doc = document(head, "KẾ HOẠCH", "Thực hiện Chương trình Hỗ trợ pháp lý", "Nội dung kế hoạch./.", "Nơi nhận:",
                   "- Bộ Tư pháp;", "TM. BAN ĐIỀU HÀNH", "Măng", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                   "- Đoàn Đại biểu Quốc hội tỉnh;", "- Lưu: VT, NC, BĐH.", fmt="pdf-ocr")
    assert blocks_to_header(doc).recipients == (
        "Bộ Tư pháp", "TT Tỉnh ủy, TT HĐND tỉnh", "Đoàn Đại biểu Quốc hội tỉnh", "Lưu: VT, NC, BĐH")
    lost = document(head, "KẾ HOẠCH", "Thực hiện Chương trình", "Nội dung kế hoạch./.", "nhận:",
                    "- Thủ tướng, các Phó Thủ tướng Chính phủ;", "- Lưu: VT, BCĐCCHC (2).", fmt="pdf-ocr")
    assert blocks_to_header(lost).recipients == ("Thủ tướng, các Phó Thủ tướng Chính phủ", "Lưu: VT, BCĐCCHC (2)")


def test_a_law_named_again_longer_or_read_differently_by_ocr_is_one_citation():
    # so_quangbinh_BB_02-2022_hop-hd-tdkt-scan.pdf, so_quangbinh_TTr_2753-2022 ("Luật Phô biên" is OCR's)
    found = cited("Khen thưởng 10 năm thực hiện Luật Phổ biến, giáo dục pháp luật.",
                  "Căn cứ Luật Phổ biến giáo dục pháp luật, các điều kiện, tiêu chuẩn đề nghị tặng Bằng khen;",
                  "Thành tích trong 10 năm thực hiện Luật Phô biên, giáo dục pháp luật.",
                  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert found == [("Luật", None, None), ("Luật", None, dt.date(2015, 6, 19))]


def test_a_province_line_whose_tone_mark_ocr_lost_is_joined_to_its_council():
    # tinh_quangbinh_KH_672-2024 (scan): "TỈNH" read as "TINH" under "ỦY BAN NHÂN DÂN"
    doc = document(table(["ỦY BAN NHÂN DÂN\nTINH QUANG BÌNH\nSố: 672 /KH-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Quảng Bình, ngày 17 tháng 4 năm 2024"]), "KẾ HOẠCH", fmt="pdf-ocr")
    header = blocks_to_header(doc)
    assert (header.parent_issuer, header.issuer) == (None, "ỦY BAN NHÂN DÂN TỈNH QUANG BÌNH")


def test_ocr_marks_before_a_body_name_are_not_part_of_it():
    # tinh_phutho_CV_4532-2011 (scan): a stroke of the emblem read as "_"
    doc = document(table(["_ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 4532/UBND-KSTTHC",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                          "Phú Thọ, ngày 07 tháng 12 năm 2011"]), "Kính gửi: Các sở, ban, ngành", fmt="pdf-ocr")
    assert blocks_to_header(doc).issuer == "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
