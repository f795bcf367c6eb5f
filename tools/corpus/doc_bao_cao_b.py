"""Reports of the mass organisations (đoàn thể) and of the villages (thôn)."""

from __future__ import annotations

from tools.corpus.common import day
from tools.corpus.report_kit import Y25, pct, report, result_table, task
from tools.corpus.spec import H, I, P, Signer

UBND_XA = "UBND XÃ KIẾN MINH"
THUONG_VU = "TM. BAN THƯỜNG VỤ"


def _truong_thon(name: str) -> Signer:
    return Signer(name, "TRƯỞNG THÔN", lines=("TRƯỞNG THÔN",))


MTTQ = report(
    "bao-cao-27-bc-mttq-uy-ban-mat-tran", unit="Ban Thường trực Ủy ban MTTQ Việt Nam xã", parent=None,
    assigned="Ủy ban MTTQ Việt Nam xã",
    issuer="ỦY BAN MTTQ VIỆT NAM\nXÃ KIẾN MINH", number="27/BC-MTTQ", date=day(2025, 12, 5), wording=2,
    signer=Signer("Lương Thị Mai", "CHỦ TỊCH", "TM.", "BAN THƯỜNG TRỰC", ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH")),
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN", 1),
        P("Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" tiếp tục được triển khai "
          "sâu rộng; tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hoá năm 2025 đạt 95,9% (chỉ tiêu 95%).",
          (pct("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hoá", 95.9, "(8)", 95),)),
        P("Quỹ \"Vì người nghèo\" hỗ trợ sửa chữa nhà ở cho các hộ cận nghèo; tỷ lệ hộ cận nghèo toàn xã giảm "
          "còn 1,08%.", (pct("Tỷ lệ hộ cận nghèo", 1.08, "(5)", direction="decrease"),)),
        H("II.", "NHIỆM VỤ NĂM 2026", 1),
        task("Tổ chức \"Ngày hội Đại đoàn kết toàn dân tộc\" ở 06 thôn trong năm 2026.", day(2026, 12, 31), "year",
             "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn"),
        task("Vận động ủng hộ Quỹ \"Vì người nghèo\" trong tháng 01/2026.", day(2026, 1, 31), "month",
             "Vận động ủng hộ Quỹ Vì người nghèo"),
    ),
)

NONG_DAN = report(
    "bao-cao-14-bc-hnd-hoi-nong-dan", unit="Ban Thường vụ Hội Nông dân xã", assigned="Hội Nông dân xã",
    parent="HỘI NÔNG DÂN TP HẢI PHÒNG",
    issuer="BCH HỘI NÔNG DÂN\nXÃ KIẾN MINH", number="14-BC/HND", date=day(2025, 12, 3), formats=("tcvn3",),
    motto=("HỘI NÔNG DÂN VIỆT NAM", ""), wording=1,
    signer=Signer("Đỗ Văn Khải", "CHỦ TỊCH", "TM.", "BAN THƯỜNG VỤ", (THUONG_VU, "CHỦ TỊCH")),
    recipients=("Hội Nông dân thành phố (b/c)", "UBND xã (b/c)", "Lưu: VP"),
    body=(
        H("I.", "KẾT QUẢ PHONG TRÀO THI ĐUA", 1),
        P("Giá trị sản xuất nông nghiệp, thủy sản ước đạt 223,2 tỷ đồng, đạt 101,4% kế hoạch; các mô hình "
          "trồng dưa lưới, nuôi tôm công nghệ cao tiếp tục cho thu nhập ổn định.",
          (I("Giá trị sản xuất nông nghiệp, thủy sản", 223.2, None, "tỷ đồng", period=Y25, direction="increase",
             ratio=101.4, plan_code="(1)"),)),
        P("Tỷ lệ hộ hội viên thực hiện phân loại rác thải tại nguồn đạt 92%, chưa đạt chỉ tiêu 100% của Kế "
          "hoạch.", (pct("Tỷ lệ hộ hội viên thực hiện phân loại rác thải tại nguồn", 92, "(12)", 100),)),
        H("II.", "PHƯƠNG HƯỚNG NĂM 2026", 1),
        task("Hướng dẫn hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi trước ngày 15/01/2026.",
             day(2026, 1, 14), "day", "Hướng dẫn hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi"),
    ),
)

DOAN_TN = report(
    "bao-cao-21-bc-dtn-doan-thanh-nien", unit="Ban Chấp hành Đoàn xã", assigned="Đoàn Thanh niên xã",
    parent="ĐOÀN TNCS HỒ CHÍ MINH",
    issuer="BCH ĐOÀN XÃ KIẾN MINH", number="21-BC/ĐTN", date=day(2025, 12, 5), motto=("ĐOÀN TNCS HỒ CHÍ MINH", ""),
    signer=Signer("Lê Minh Tuấn", "BÍ THƯ", "TM.", "BAN CHẤP HÀNH", ("TM. BAN CHẤP HÀNH", "BÍ THƯ")), wording=0,
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN", 1),
        P("Phối hợp với Phòng Văn hóa - Xã hội tổ chức 02 phiên tư vấn việc làm cho đoàn viên, thanh niên; đã "
          "giới thiệu việc làm cho 126/110 lượt người, đạt 124,5% kế hoạch của Đoàn.",
          (I("Giới thiệu việc làm cho đoàn viên, thanh niên", 126, 110, "lượt người", period=Y25,
             direction="increase", ratio=124.5, plan_code="(6)"),)),
        P("Tỷ lệ đoàn viên, thanh niên tham gia tập luyện thể dục, thể thao thường xuyên đạt 62%.",
          (pct("Tỷ lệ đoàn viên, thanh niên tham gia tập luyện thể dục, thể thao thường xuyên", 62, "(9)"),)),
        H("II.", "NHIỆM VỤ TRỌNG TÂM", 1),
        task("Tổ chức Tháng Thanh niên trong tháng 3/2026.", day(2026, 3, 31), "month", "Tổ chức Tháng Thanh niên"),
    ),
)

PHU_NU = report(
    "bao-cao-19-bc-hpn-hoi-lien-hiep-phu-nu", unit="Hội Liên hiệp Phụ nữ xã", parent=UBND_XA,
    issuer="HỘI LIÊN HIỆP PHỤ NỮ\nXÃ KIẾN MINH", number="19/BC-HPN", date=day(2025, 12, 9), wording=2,
    signer=Signer("Vũ Thị Nga", "CHỦ TỊCH", "TM.", "BAN CHẤP HÀNH", ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH")),
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", 1),
        result_table(
            ("Giúp hộ cận nghèo do phụ nữ làm chủ thoát cận nghèo", "hộ", "3", "3", "100",
             I("Giúp hộ cận nghèo do phụ nữ làm chủ thoát cận nghèo", 3, 3, "hộ", period=Y25,
               direction="increase", ratio=100, plan_code="(5)")),
            ("Tỷ lệ hộ hội viên phân loại rác tại nguồn", "%", "100", "96,8", "96,8",
             pct("Tỷ lệ hộ hội viên phân loại rác tại nguồn", 96.8, "(12)", 100, 96.8)),
            ("Kết nạp hội viên mới", "hội viên", "27", "38", "140.7%",
             I("Kết nạp hội viên mới", 38, 27, "hội viên", period=Y25, direction="increase", ratio=140.7)),
        ),
        H("II.", "PHƯƠNG HƯỚNG", 1),
        task("Ra mắt 02 mô hình \"Tổ phụ nữ phân loại rác tại nguồn\" trong Quý I/2026.", day(2026, 3, 31),
             "quarter", "Ra mắt mô hình Tổ phụ nữ phân loại rác tại nguồn"),
    ),
)


def _thon(name: str, thon: str, number: str, date, signer: str, body, **kw):
    return report(name, unit=f"Thôn {thon}", parent=UBND_XA, issuer=f"THÔN {thon.upper()}", number=number,
                  date=date, signer=_truong_thon(signer), body=body,
                  recipients=kw.pop("recipients", ("UBND xã (b/c)", "Lưu: Thôn")), **kw)


PHUONG_DOI = _thon(
    "bao-cao-08-bc-thon-phuong-doi", "Phương Đôi", "08/BC-TPĐ", day(2025, 12, 4), "Nguyễn Văn Bình", wording=0,
    kinh_gui=("Ủy ban nhân dân xã Kiến Minh",),
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN", 1),
        P("Toàn thôn có 412/428 hộ đạt danh hiệu Gia đình văn hóa, đạt 96,3%.",
          (I("Hộ đạt danh hiệu Gia đình văn hóa", 412, 428, "hộ", period=Y25, direction="increase", ratio=96.3,
             plan_code="(8)"),)),
        P("Tỷ lệ người dân trong thôn tham gai BHYT đạt 96,1%; 100% hộ dân được sử dụng nước sạch; 100% hộ thực "
          "hiện phân loại rác tại nguồn.",
          (pct("Tỷ lệ người dân trong thôn tham gai BHYT", 96.1, "(7)"),
           pct("Tỷ lệ hộ dân được sử dụng nước sạch", 100, "(11)"),
           pct("Tỷ lệ hộ thực hiện phân loại rác tại nguồn", 100, "(12)"))),
        H("II.", "NHIỆM VỤ NĂM 2026", 1),
        task("Vận động số hộ còn lại tham gia BHYT trong Quý I/2026.", day(2026, 3, 31), "quarter",
             "Vận động số hộ còn lại tham gia BHYT"),
    ),
)

DONG_TAC = _thon(
    "Báo cáo thôn Đông Tác", "Đông Tác", "11/BC-TĐT", day(2025, 12, 7), "Phạm Văn Toàn", wording=1,
    body=(
        H("I.", "KẾT QUẢ CÁC CHỈ TIÊU", 1),
        result_table(
            ("Tỷ lệ gia đình văn hoá", "%", "95", "95,2", "100,2",
             pct("Tỷ lệ gia đình văn hoá", 95.2, "(8)", 95, 100.2)),
            ("Tỷ lệ rác thải được thu gom xử lý", "%", "98", "99", "101",
             pct("Tỷ lệ rác thải được thu gom xử lý", 99, "(12)", 98, 101)),
            ("Tỷ lệ tham gia bảo hiểm y tế", "%", "97", "97,5", "100,5",
             pct("Tỷ lệ tham gia bảo hiểm y tế", 97.5, "(7)", 97, 100.5)),
        ),
        H("II.", "PHƯƠNG HƯỚNG", 1),
        task("Tu sửa nhà văn hóa thôn, hoàn thành trong năm 2026.", day(2026, 12, 31), "year",
             "Tu sửa nhà văn hóa thôn"),
    ),
)

XUAN_UC = _thon(  # cites the wrong plan number (50 for 05)
    "bao-cao-07-bc-thon-xuan-uc", "Xuân Úc", "07/BC-TXU", day(2025, 12, 6), "Đinh Văn Sơn", wording=2,
    plan_no="50/KH-UBND",
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN", 1),
        P("Tỷ lệ người dân tham gia BHYT đạt 97,2%; tỷ lệ gia định văn hóa đạt 94,0%, chưa đạt chỉ tiêu do một "
          "số hộ vi phạm quy định về vệ sinh môi trường; 100% hộ dân phân loại chất thải rắn tại nguồn.",
          (pct("Tỷ lệ người dân tham gia BHYT", 97.2, "(7)"), pct("tỷ lệ gia định văn hóa", 94.0, "(8)"),
           pct("Tỷ lệ hộ dân phân loại chất thải rắn tại nguồn", 100, "(12)"))),
        H("II.", "NHIỆM VỤ THỜI GIAN TỚI", 1),
        task("Hoàn thành bình xét gia đình văn hóa năm 2025 trong tháng 12/2025.", day(2025, 12, 31), "month",
             "Hoàn thành bình xét gia đình văn hóa năm 2025"),
    ),
)

MINH_HOA = _thon(  # late: dated 12/12/2025, the deadline was "trước ngày 10/12/2025"
    "bao-cao-12-bc-thon-minh-hoa", "Minh Hòa", "12/BC-TMH", day(2025, 12, 12), "Trần Đức Thắng", wording=0,
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", 1),
        result_table(
            ("Tỷ lệ người dân tham gia BHYT", "%", "97", "98", "101",
             pct("Tỷ lệ người dân tham gia BHYT", 98, "(7)", 97, 101)),
            ("Tỷ lệ gia đình văn hóa", "%", "95", "95,5", "100,5",
             pct("Tỷ lệ gia đình văn hóa", 95.5, "(8)", 95, 100.5)),
            ("Tỷ lệ hộ dùng nước sạch", "%", "100", "100", "100",
             pct("Tỷ lệ hộ dùng nước sạch", 100, "(11)", 100, 100)),
            ("Tỷ lệ thu gom rác thải sinh hoạt", "%", "98", "98,2", "100,2",
             pct("Tỷ lệ thu gom rác thải sinh hoạt", 98.2, "(12)", 98, 100.2)),
            two_row_head=True,
        ),
        H("II.", "NHIỆM VỤ NĂM 2026", 1),
        task("Xây dựng tuyến đường hoa kiểu mẫu, hoàn thành trong Quý II/2026.", day(2026, 6, 30), "quarter",
             "Xây dựng tuyến đường hoa kiểu mẫu"),
    ),
)

HOA_LIEU = _thon(
    "bao-cao-10-bc-thon-hoa-lieu", "Hòa Liễu", "10/BC-THL", day(2025, 12, 8), "Lê Văn Hùng", wording=1,
    extra={"hard_wrap": 78}, kinh_gui=("Ủy ban nhân dân xã Kiến Minh",),
    body=(
        H("I.", "KẾT QUẢ", 1),
        P("Năm 2025 thôn có 97,1% người dân tham gia bảo hiểm y tế, 96,0% gia đình đạt danh hiệu văn hóa; tỷ lệ "
          "chất thải rắn được thu gom, xử lý đạt 97,0%, chưa đạt 98% theo kế hoạch.",
          (pct("Người dân tham gia bảo hiểm y tế", 97.1, "(7)"), pct("Gia đình đạt danh hiệu văn hóa", 96.0, "(8)"),
           pct("Tỷ lệ chất thải rắn được thu gom, xử lý", 97.0, "(12)", 98))),
        H("II.", "NHIỆM VỤ TIẾP THEO", 1),
        task("Ra quân tổng vệ sinh môi trường chậm nhất ngày 20/01/2026.", day(2026, 1, 20), "day",
             "Ra quân tổng vệ sinh môi trường"),
    ),
)

TIEN_CAM = _thon(
    "bao-cao-06-bc-thon-tien-cam", "Tiên Cầm", "06/BC-TTC", day(2025, 12, 1), "Vũ Văn Quý", wording=2,
    formats=("nfd",),
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN", 1),
        P("Tỷ lệ hộ gia đình văn hóa đạt 95%; người dân tham gia BHYT đạt 97%; tỷ lệ hộ dân thực hiện phân "
          "loại rác tại nguồn đạt 100%.",
          (pct("Tỷ lệ hộ gia đình văn hóa", 95, "(8)"), pct("Người dân tham gia BHYT", 97, "(7)"),
           pct("Tỷ lệ hộ dân thực hiện phân loại rác tại nguồn", 100, "(12)"))),
        H("II.", "PHƯƠNG HƯỚNG", 1),
        task("Tổ chức Hội nghị tổng kết thôn trong tháng 01/2026.", day(2026, 1, 31), "month",
             "Tổ chức Hội nghị tổng kết thôn"),
    ),
)

REPORTS = (MTTQ, DOAN_TN, PHU_NU, PHUONG_DOI, DONG_TAC, XUAN_UC, MINH_HOA, HOA_LIEU, TIEN_CAM)
LEGACY = (NONG_DAN,)  # built last: the .VnTime/TCVN3 encoder is written concurrently by the readers area
