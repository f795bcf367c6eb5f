"""Reports of the commune's offices: Phòng Kinh tế, Phòng Văn hóa - Xã hội, Công an xã, Ban CHQS xã, Trạm Y tế."""

from __future__ import annotations

from tools.corpus.common import day
from tools.corpus.report_kit import Y25, pct, report, result_table, task
from tools.corpus.spec import H, I, P, Signer

UBND_XA = "UBND XÃ KIẾN MINH"
TU_HIEN = Signer("Trần Văn Hiển", "TRƯỞNG PHÒNG", lines=("TRƯỞNG PHÒNG",))
VHXH = Signer("Phạm Thị Thu Hà", "PHÓ TRƯỞNG PHÒNG", "KT.", None, ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"))

KINH_TE = report(
    "bao-cao-15-bc-kt-phong-kinh-te", unit="Phòng Kinh tế", parent=UBND_XA, issuer="PHÒNG KINH TẾ",
    number="15/BC-KT", date=day(2025, 12, 5), signer=TU_HIEN, wording=0,
    numbering=(("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")),
    body=(
        H("I.", "CÔNG TÁC TRIỂN KHAI", 1, auto=True),
        P("Ngay sau khi nhận được Kế hoạch, Phòng Kinh tế đã tham mưu UBND xã giao chỉ tiêu cho các thôn, hướng "
          "dẫn các hợp tác xã, doanh nghiệp trên địa bàn đăng ký thi đua; phân công công chức theo dõi từng "
          "lĩnh vực sản xuất, thu ngân sách, đất đai và môi trường."),
        H("II.", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", 1, auto=True),
        H("1.", "Các chỉ tiêu kinh tế, tài nguyên và môi trường", 2, auto=True),
        result_table(
            ("Tổng giá trị sản xuất (giá hiện hành)", "triệu đồng", "1.703.274", "1.720.500", "101,0",
             I("Tổng giá trị sản xuất (giá hiện hành)", 1720500, 1703274, "triệu đồng", period=Y25,
               direction="increase", ratio=101.0, plan_code="(1)")),
            ("Trong đó: giá trị ngành thương mại - dịch vụ", "triệu đồng", "1.483.178", "1.497.300", "101,0",
             I("Giá trị ngành thương mại - dịch vụ", 1497300, 1483178, "triệu đồng", period=Y25,
               direction="increase", ratio=101.0, plan_code="(1)")),
            ("Giá trị SX nông nghiệp, thủy sản", "triệu đồng", "220.096", "223.200", "101,4",
             I("Giá trị SX nông nghiệp, thủy sản", 223200, 220096, "triệu đồng", period=Y25,
               direction="increase", ratio=101.4, plan_code="(1)")),
            ("Cấp GCN QSD đất ở lần đầu", "giấy", "45", "41", "91,1",
             I("Cấp GCN QSD đất ở lần đầu", 41, 45, "giấy", period=Y25, direction="increase", ratio=91.1,
               plan_code="(10)")),
            ("Tỷ lệ dân nông thôn dùng nước sạch", "%", "100", "100", "100",
             pct("Tỷ lệ dân nông thôn dùng nước sạch", 100, "(11)", 100, 100)),
            ("Tỷ lệ CTR sinh hoạt được thu gom, xử lý", "%", "98", "98,5", "100,5",
             pct("Tỷ lệ CTR sinh hoạt được thu gom, xử lý", 98.5, "(12)", 98, 100.5)),
        ),
        H("2.", "Thu ngân sách và xây dựng nông thôn mới", 2, auto=True),
        P("Thu ngân sách xã cả năm ước đạt 4,386 triệu đồng, bằng 137,6% dự toán; riêng 6 tháng cuối năm thu được "
          "422 triệu đồng, vượt chỉ tiêu 350 triệu đồng đề ra.",
          (I("Thu ngân sách xã cả năm", 4386, None, "triệu đồng", period=Y25, direction="increase", ratio=137.6,
             plan_code="(2)"),
           I("Thu ngân sách 6 tháng cuối năm", 422, 350, "triệu đồng", period="6 tháng cuối năm 2025",
             direction="increase", plan_code="(2)"))),
        P("Dự án hạ tầng nông thôn mới kiểu mẫu xã Đông Phương (cũ) đã hoàn thành, bàn giao đưa vào sử dụng từ "
          "tháng 11/2025.",
          (I("Dự án hạ tầng nông thôn mới kiểu mẫu xã Đông Phương (cũ)", period=Y25, plan_code="(3)"),)),
        H("III.", "PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026", 1, auto=True),
        task("Tham mưu giao dự toán thu ngân sách năm 2026 cho các thôn trong tháng 01/2026.", day(2026, 1, 31),
             "month", "Tham mưu giao dự toán thu ngân sách năm 2026 cho các thôn"),
        task("Hoàn thành cấp Giấy chứng nhận QSD đất còn tồn đọng trong Quý I/2026.", day(2026, 3, 31), "quarter",
             "Hoàn thành cấp Giấy chứng nhận QSD đất còn tồn đọng"),
    ),
)

VAN_HOA = report(
    "bao-cao-22-bc-vhxh-phong-van-hoa-xa-hoi", unit="Phòng Văn hóa - Xã hội", parent=UBND_XA,
    issuer="PHÒNG VĂN HÓA - XÃ HỘI", number="22/BC-VHXH", date=day(2025, 12, 8), signer=VHXH, wording=1,
    body=(
        H("I.", "CÔNG TÁC TUYÊN TRUYỀN, TRIỂN KHAI", 1),
        P("Phòng đã phối hợp với Đài truyền thanh xã tuyên truyền nội dung Đợt thi đua trên hệ thống loa truyền "
          "thanh của 06 thôn; hướng dẫn các thôn, đoàn thể xây dựng kế hoạch và đăng ký danh hiệu thi đua."),
        H("II.", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐƯỢC GIAO", 1),
        P("1. Tỷ lệ tăng dân số tự nhiên năm 2025 ước 0,68%, thấp hơn mức kế hoạch 0,7%.",
          (pct("Tỷ lệ tăng dân số tự nhiên", 0.68, "(4)", 0.7, direction="decrease"),)),
        P("2. Không còn hộ nghèo (tỷ lệ hộ nghèo 0%); tỷ lệ hộ cận nghèo giảm còn 1,05%, đạt chỉ tiêu đề ra.",
          (pct("Tỷ lệ hộ nghèo", 0, "(5)", direction="decrease"),
           pct("Tỷ lệ hộ cận nghèo", 1.05, "(5)", direction="decrease"))),
        P("3. Giới thiệu, giải quyết việc làm cho 845/831 lượt người lao động, đạt 101,7% kế hoạch năm.",
          (I("Giới thiệu, giải quyết việc làm", 845, 831, "lượt người", period=Y25, direction="increase",
             ratio=101.7, plan_code="(6)"),)),
        P("4. Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa 95,6%; tỷ lệ người dân tập luyện thể dục thể thao "
          "thường xuyên đạt 41,0%.",
          (pct("Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa", 95.6, "(8)"),
           pct("Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", 41.0, "(9)"))),
        H("III.", "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", 1),
        task("Tổng hợp, tham mưu UBND xã báo cáo UBND thành phố kết quả Đợt thi đua trước ngày 15/12/2025.",
             day(2025, 12, 14), "day", "Tổng hợp, tham mưu UBND xã báo cáo UBND thành phố kết quả Đợt thi đua"),
        task("Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 trong tháng 01/2026.",
             day(2026, 1, 31), "month", "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025"),
    ),
)

CONG_AN = report(
    "bao-cao-118-bc-cax-cong-an-xa", unit="Công an xã Kiến Minh", assigned="Công an xã", parent="CÔNG AN TP HẢI PHÒNG",
    issuer="CÔNG AN XÃ KIẾN MINH", number="118/BC-CAX", date=day(2025, 12, 4), formats=("pdf",), wording=2,
    signer=Signer("Vũ Văn Long", "TRƯỞNG CÔNG AN XÃ", lines=("TRƯỞNG CÔNG AN XÃ",)),
    recipients=("UBND xã Kiến Minh (b/c)", "Công an TP Hải Phòng (b/c)", "Lưu: HS, VT"),
    body=(
        H("I.", "TÌNH HÌNH CHUNG", 1),
        P("Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn xã cơ bản ổn định, không để xảy ra "
          "đột xuất, bất ngờ; lực lượng Công an xã duy trì nghiêm chế độ trực, tuần tra kiểm soát."),
        H("II.", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA", 1),
        result_table(
            ("Tỷ lệ điều tra, khám phá án", "%", "95", "96,3", "101,4",
             pct("Tỷ lệ điều tra, khám phá án", 96.3, "(13)", 95, 101.4)),
            ("Tuyển chọn công dân thực hiện nghĩa vụ tham gia CAND", "công dân", "4", "4", "100",
             I("Tuyển chọn công dân thực hiện nghĩa vụ tham gia CAND", 4, 4, "công dân", period=Y25,
               direction="increase", ratio=100, plan_code="(14)")),
            two_row_head=True,
        ),
        H("III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ", 1),
        task("Mở đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán Bính Ngọ, hoàn thành trong tháng "
             "02/2026.", day(2026, 2, 28), "month", "Mở đợt cao điểm tấn công, trấn áp tội phạm dịp Tết"),
        task("Bàn giao công dân nhập ngũ nghĩa vụ CAND đúng chỉ tiêu, chậm nhất ngày 20/01/2026.",
             day(2026, 1, 20), "day", "Bàn giao công dân nhập ngũ nghĩa vụ CAND"),
    ),
)

QUAN_SU = report(
    "bao-cao-09-bc-bchqs-ban-chi-huy-quan-su", unit="Ban Chỉ huy Quân sự xã", parent=UBND_XA,
    issuer="BAN CHỈ HUY QUÂN SỰ\nXÃ KIẾN MINH", number="09/BC-BCHQS", date=day(2025, 12, 6), formats=("doc",),
    signer=Signer("Hoàng Đức Mạnh", "CHỈ HUY TRƯỞNG", lines=("CHỈ HUY TRƯỞNG",)), wording=1,
    body=(
        H("I.", "KẾT QUẢ THỰC HIỆN", 1),
        P("Năm 2025, Ban Chỉ huy Quân sự xã hoàn thành 100% chỉ tiêu tuyển quân thành phố giao, với 16/16 công dân "
          "lên đường nhập ngũ, bảo đảm chất lượng, đúng luật.",
          (I("Chỉ tiêu tuyển quân thành phố giao", 16, 16, "công dân", period=Y25, direction="increase",
             ratio=100, plan_code="(14)"),)),
        P("Công tác huấn luyện dân quân, xây dựng Kế hoạch quốc phòng địa phương được triển khai đúng tiến độ; "
          "đã rà soát, phúc tra nguồn công dân trong độ tuổi sẵn sàng nhập ngũ năm 2026."),
        H("II.", "NHIỆM VỤ THỜI GIAN TỚI", 1),
        task("Hoàn thành khám sức khỏe nghĩa vụ quân sự năm 2026 trước ngày 31/12/2025.", day(2025, 12, 30),
             "day", "Hoàn thành khám sức khỏe nghĩa vụ quân sự năm 2026"),
        task("Tổ chức giao, nhận quân trong tháng 02/2026.", day(2026, 2, 28), "month",
             "Tổ chức giao, nhận quân"),
    ),
)

Y_TE = report(
    "bao-cao-31-bc-tyt-tram-y-te", unit="Trạm Y tế xã", parent=UBND_XA, issuer="TRẠM Y TẾ XÃ KIẾN MINH",
    number="31/BC-TYT", date=day(2025, 12, 2), formats=("scan",), wording=0,
    kinh_gui=("Ủy ban nhân dân xã Kiến Minh",),
    signer=Signer("Bùi Thị Lan", "TRẠM TRƯỞNG", lines=("TRẠM TRƯỞNG",)),
    body=(
        H("I.", "CÔNG TÁC CHỈ ĐẠO", 1),
        P("Trạm Y tế đã quán triệt Kế hoạch tới toàn thể viên chức, nhân viên y tế thôn; phối hợp với Bảo hiểm "
          "xã hội vận động người dân tham gia bảo hiễm y tế hộ gia đình."),
        H("II.", "KẾT QUẢ CÁC CHỈ TIÊU", 1),
        result_table(
            ("Tỷ lệ người dân tham gia BHYT", "%", "97,0", "97,4", "100,4",
             pct("Tỷ lệ người dân tham gia BHYT", 97.4, "(7)", 97.0, 100.4)),
            ("Tỷ lệ tăng dân số tự nhiên", "%", "0,7", "0,69", "Đạt",
             pct("Tỷ lệ tăng dân số tự nhiên", 0.69, "(4)", 0.7, direction="decrease")),
        ),
        H("III.", "PHƯƠNG HƯỚNG", 1),
        task("Triển khai chiến dịch tiêm chủng mở rộng và khám sàng lọc bệnh không lây nhiễm trong Quý I/2026.",
             day(2026, 3, 31), "quarter", "Triển khai chiến dịch tiêm chủng mở rộng và khám sàng lọc"),
    ),
)

REPORTS = (KINH_TE, VAN_HOA, CONG_AN, QUAN_SU, Y_TE)
