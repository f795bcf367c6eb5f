"""The commune plan: Kế hoạch số 05/KH-UBND of UBND xã Kiến Minh (the seed text, laid out per Decree 30)."""

from __future__ import annotations

from tools.corpus.common import CHU_TICH, CITY_PLAN_DATE, CITY_PLAN_NO, COMMUNE_DEADLINE, PLAN_DATE, day, vn_date
from tools.corpus.spec import A, C, D, DocSpec, H, I, L, P, Row, T

Y25 = "năm 2025"
BCT = "Bộ Chính trị"


def _pct(name: str, target: float, code: str, comparator: str | None = ">=", direction: str | None = "increase",
         period: str = Y25) -> I:
    return I(name, target=target, unit="%", code=code, comparator=comparator, direction=direction, period=period)


INTRO = ("Thực hiện Kế hoạch số 232/KH - UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng "
         "phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an "
         "ninh năm 2025 của thành phố Hải Phòng sau hợp nhất, thành tích xuất sắc chào mừng Đại hội Thi đua yêu "
         "nước thành phố lần thứ I (2025-2030) tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI, Đại hội Đại "
         "biểu Đảng bộ thành phố lần thứ I (nhiệm kỳ 2025-2030), tiến tới Đại hội Đại biểu toàn quốc lần thứ XIV "
         "của Đảng; Ủy ban nhân dân xã Kiến Minh xây dựng kế hoạch phát động động cụ thể như sau:")

MUC_DICH_A = ("a) Đẩy mạnh Đợt thi đua theo tinh thần Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị; Chỉ "
              "thị số 46-CT/TU ngày 26/6/2025 của Ban Thường vụ Thành uỷ về tăng cường sự lãnh đạo của Đảng đối "
              "với công tác thi đua, khen thường trong tình hình mới; khơi dạy mạnh mẽ truyền thống yêu nước, ý "
              "chí tự lực, tự cường, tinh thần vượt khó, lao động sáng tạo của các tầng lớp Nhân dân và phát huy "
              "sức mạnh tổng hợp của cả hệ thống chính trị và khối đại đoàn kết toàn dân để thực hiện thắng lợi "
              "các chỉ tiêu, nhiệm vụ được giao.")

IND1 = ("(1). Tổng giá trị sản xuất: 833.509/1.703,274 tỷ đồng; trong đó: Giá trị thương mại, dịch vụ: "
        "720,556/1.483,178 tỷ đồng; giá trị sản xuất nông lâm, thủy sản: 112.953/220,096 tỷ đồng.")
IND2 = ("(2). Thu ngân sách trên địa bàn tập trung rà soát các nguồn thu trên địa bàn không để thất thu ngân sách "
        "nhà nước phấn đấu thu ngân sách 6 tháng cuối năm 2025 là 350 triệu (Thu ngân sách xã 6 tháng đầu năm "
        "đạt 3.964/3.187 triệu đồng đạt 124%, phấn đấu cả năm đạt 135%).")
NQ = ("- Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi "
      "mới sáng tạo và chuyển đổi số quốc gia; - Nghị quyết số 59-NQ/TW, ngày 24/01/2025 của Bộ Chính trị về hội "
      "nhập quốc tế;")

# Who follows which chỉ tiêu (section V.3, added to the seed so that the check knows who must report).
UNITS: tuple[tuple[str, str], ...] = (
    ("Phòng Kinh tế", "(1), (2), (3), (10), (11), (12)"),
    ("Phòng Văn hóa - Xã hội", "(4), (5), (6), (8), (9)"),
    ("Công an xã", "(13), (14)"),
    ("Ban Chỉ huy Quân sự xã", "(14)"),
    ("Trạm Y tế xã", "(4), (7)"),
    ("Ủy ban MTTQ Việt Nam xã", "(5), (8)"),
    ("Hội Nông dân xã", "(1), (12)"),
    ("Đoàn Thanh niên xã", "(6), (9)"),
    ("Hội Liên hiệp Phụ nữ xã", "(5), (12)"),
    ("Hội Cựu chiến binh xã", "(8), (14)"),
    ("Các thôn: Phương Đôi, Đông Tác, Xuân Úc, Minh Hòa, Hòa Liễu, Tiên Cầm", "(7), (8), (11), (12)"),
)


def _unit_rows() -> tuple[Row, ...]:
    rows = [Row(("STT", "Đơn vị", "Chỉ tiêu theo dõi, báo cáo"))]
    for i, (unit, codes) in enumerate(UNITS, 1):
        task = f"Theo dõi, báo cáo chỉ tiêu {codes}"
        rows.append(Row((str(i), unit, codes), (A(unit, task, "chủ trì", COMMUNE_DEADLINE),)))
    return tuple(rows)


BODY = (
    P(INTRO, (C("Kế hoạch", CITY_PLAN_NO, CITY_PLAN_DATE, "Ủy ban nhân dân thành phố Hải Phòng", "implements"),)),
    H("I.", "MỤC ĐÍCH, YÊU CẦU", 1),
    H("1.", "Mục đích", 2),
    P(MUC_DICH_A, (C("Chỉ thị", "41-CT/TW", day(2024, 12, 26), BCT),
                   C("Chỉ thị", "46-CT/TU", day(2025, 6, 26), "Ban Thường vụ Thành uỷ"))),
    P("b) Tích cực phát hiện, bồi dưỡng, tổng kết, nhân rộng các điển hình tiên tiến, mô hình mới, cách làm hay, "
      "hiệu quả, trên các lĩnh vực, tạo sự lan tỏa trong các phòng ban, ngành, đoàn thể, cơ sở thôn, doanh nghiệp "
      "và trong đời sống xã hội."),
    H("2.", "Yêu cầu", 2),
    P("a) Đợt thi đua phải được thực hiện đồng bộ, thường xuyên, liên tục, đa dạng, phù họp, có hiệu quả ở các "
      "phòng, ban, ngành, đoàn thể, cơ sở thôn, thi đua gắn với việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính "
      "trị, chuyên môn và phù hợp với đặc điểm, điều kiện thực tiễn của đơn vị, doanh nghiệp tạo động lực và sức "
      "mạnh tổng hợp trong tổ chức thực hiện."),
    P("b) Đợt thi đua có trọng tâm, trọng điểm; nội dung thiết thực, với các tiêu chí cụ thể, rõ ràng, tránh phô "
      "trương, hình thức; kết hợp chặt chẽ giữa thực hiện phong trào thi đua thường xuyên với các phong trào thi "
      "đua theo đợt, theo chuyên đề."),
    P("c) Phong trào thi đua phải thiết thực, hiệu quả, tránh hình thức; bám sát nhiệm vụ phát triển kinh tế - xã "
      "hội năm 2025 của xã; gắn thi đua với học tập và làm theo thư tưởng, đạo đức, phong cách, Hồ Chí Minh. Tổ "
      "chức sơ kết, tổng kết, khen thưởng kịp thời, công khai, minh bạch."),
    H("II.", "NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP TỔ CHỨC ĐỢT THI ĐUA", 1),
    H("1.", "Nội dung thi đua", 2),
    L("Các phòng, ban, ngành, đoàn thể, cơ sở thôn tổ chức phát động thi đua trên cơ sở bám sát các chỉ tiêu chủ "
      "yếu về nhiệm vụ chính trị, phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh của xã Kiến Minh năm "
      "2025, bám sát phương hướng nhiệm vụ công tác thi đua, khen thưởng của xã năm 2025. Tiếp tục thực hiện các "
      "phong trào thi đua do thành phố phát động góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã "
      "hội năm 2025."),
    H("2.", "Mục tiêu, chỉ tiêu chủ yếu năm 2025", 2),
    H("2.1.", "Các chỉ tiêu kinh tế:", 3),
    P(IND1, (I("Tổng giá trị sản xuất", 833.509, 1703.274, "tỷ đồng", "(1)", period=Y25, direction="increase"),
             I("Giá trị thương mại, dịch vụ", 720.556, 1483.178, "tỷ đồng", "(1)", period=Y25,
               direction="increase"),
             I("Giá trị sản xuất nông lâm, thủy sản", 112.953, 220.096, "tỷ đồng", "(1)", period=Y25,
               direction="increase"))),
    P(IND2, (I("Thu ngân sách 6 tháng cuối năm 2025", None, 350, "triệu đồng", "(2)", ">=",
               "6 tháng cuối năm 2025", "increase"),
             I("Thu ngân sách xã 6 tháng đầu năm", 3964, 3187, "triệu đồng", "(2)", None, "6 tháng đầu năm 2025",
               "increase", ratio=124),
             I("Thu ngân sách xã cả năm", None, 135, "%", "(2)", ">=", Y25, "increase"))),
    P("(3). Hoàn thành dự án xây dựng hạ tầng nông thôn mới kiểu mẫu trên địa bàn xã Đông Phương (cũ).",
      (I("Hoàn thành dự án xây dựng hạ tầng nông thôn mới kiểu mẫu trên địa bàn xã Đông Phương (cũ)", code="(3)",
         period=Y25),)),
    H("2.2.", "Các chỉ tiêu xã hội:", 3),
    P("(4). Tỷ lệ tăng dân số tự nhiên: 0,7%.", (_pct("Tỷ lệ tăng dân số tự nhiên", 0.7, "(4)", None, None),)),
    P("(5). Tỷ lệ hộ nghèo: 0; Tỷ lệ hộ cận nghèo: 1,1%.",
      (_pct("Tỷ lệ hộ nghèo", 0.0, "(5)", "<=", "decrease"), _pct("Tỷ lệ hộ cận nghèo", 1.1, "(5)", "<=",
                                                                "decrease"))),
    P("(6). Giới thiệu và giải quyết việc làm: 120/831 lượt người.",
      (I("Giới thiệu và giải quyết việc làm", 120, 831, "lượt người", "(6)", period=Y25, direction="increase"),)),
    P("(7). Tỷ lệ dân số tham gia bảo hiểm y tế: 97,0%.", (_pct("Tỷ lệ dân số tham gia bảo hiểm y tế", 97.0, "(7)"),)),
    P("(8) Tỷ lệ gia đình được công nhận gia đình văn hoá: 95%.",
      (_pct("Tỷ lệ gia đình được công nhận gia đình văn hoá", 95, "(8)"),)),
    P("(9) Tỷ lệ người tập luyện thể dục, thể thao thường xuyên: 40,2%",
      (_pct("Tỷ lệ người tập luyện thể dục, thể thao thường xuyên", 40.2, "(9)"),)),
    H("2.3.", "Các tiêu chỉ về tài nguyên, môi trường:", 3),
    P("(10) Cấp Giấy chứng nhận QSD đất ở lần đầu: 23/45 giấy.",
      (I("Cấp Giấy chứng nhận QSD đất ở lần đầu", 23, 45, "giấy", "(10)", period=Y25, direction="increase"),)),
    P("(11) Tỷ lệ dân nông thôn được sử dụng nước sạch theo tiêu chuẩn: 100%;",
      (_pct("Tỷ lệ dân nông thôn được sử dụng nước sạch theo tiêu chuẩn", 100, "(11)"),)),
    P("(12) Tỷ lệ chất thải rắn được thu gom, xử lý hợp vệ sinh 98%; Tỷ lệ hộ dân thực hiện phân loại chất thải "
      "rắn tại nguồn trên địa bàn phấn đấu đạt tỷ lệ 100%;",
      (_pct("Tỷ lệ chất thải rắn được thu gom, xử lý hợp vệ sinh", 98, "(12)"),
       _pct("Tỷ lệ hộ dân thực hiện phân loại chất thải rắn tại nguồn", 100, "(12)"))),
    H("2.4.", "Các chỉ tiêu về quốc phòng - an ninh:", 3),
    P("(13). Tỷ lệ điều tra phá án đạt 95%;", (_pct("Tỷ lệ điều tra phá án", 95, "(13)"),)),
    P("(14). Hoàn thành 100% chỉ tiêu tuyển quân thành phố giao; Hoàn thành 100% chỉ tiêu tuyển nghĩa vụ Công an "
      "nhân dân.", (_pct("Hoàn thành chỉ tiêu tuyển quân thành phố giao", 100, "(14)"),
                    _pct("Hoàn thành chỉ tiêu tuyển nghĩa vụ Công an nhân dân", 100, "(14)"))),
    H("3.", "Nhiệm vụ và giải pháp chủ yếu", 2),
    P("a) Tập trung cao nhất cho công tác sau sắp xếp đơn vị hành chính, tổ chức vận hành mô hình chính quyền địa "
      "phương 02 cấp hiệu lực, hiệu quả. Kịp thời đề xuất, thực hiện phân cấp, phân quyền, phân định thẩm quyền "
      "theo chỉ đạo của Trung ương và thành phố."),
    P("b) Tập trung thực hiện các Nghị quyết quan trọng được Bộ Chính trị ban hành theo chức năng, nhiệm vụ được "
      "giao:"),
    P(NQ, (C("Nghị quyết", "57-NQ/TW", day(2024, 12, 22), BCT), C("Nghị quyết", "59-NQ/TW", day(2025, 1, 24), BCT))),
    L("Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp "
      "luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới;",
      C("Nghị quyết", "66-NQ/TW", day(2025, 4, 30), BCT)),
    L("Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân.",
      C("Nghị quyết", "68-NQ/TW", day(2025, 5, 4), BCT)),
    P("c) Tập trung cao độ trong việc thực hiện các nhiệm vụ, giải pháp để đạt mục tiêu tăng trưởng kinh tế năm "
      "2025 theo chỉ đạo của Trung ương, của thành phố đã đề ra."),
    L("Tập trung triển khai đồng bộ Kế hoạch chủ đề thành phố năm 2025 xây dựng Chương trình công tác năm 2025 "
      "của xã Kiến Minh; triển khai các dự án, nhiệm vụ trong Chương trình công tác năm của thành phố, Chương "
      "trình công tác xã Kiến Minh. Đề cao tinh thần trách nhiệm, chủ động, quyết liệt trong thực hiện các nhiệm "
      "vụ được giao. Nâng cao hiệu quả, đổi mới cách thức phối hợp giải quyết công việc giữa các đơn vị, địa "
      "phương. Tập trung rà soát, triển khai ngay các nhiệm vụ theo kế hoạch, không để nhiệm vụ chậm, kéo dài "
      "thực hiện nhiệm vụ 6 tháng cuối năm 2025."),
    L("Tập trung công tác triển khai kế hoạch sản xuất lúa Mùa, kế hoạch cây hè thu. Tiếp tục triển khai thực "
      "hiện các nhiệm vụ về tích tụ ruộng đất, chuyển đổi cơ cấu cây trồng, xây dựng các vùng sản xuất nông "
      "nghiệp hàng hóa tập trung. Tiếp tục triển khai tiêm bổ sung, tiêm vắc xin cho đàn gia súc, gia cầm. Tập "
      "trung chỉ đạo tổ chức thực hiện tốt công tác phòng phòng chống thiên tai và tìm kiếm cứ nạn năm 2025; "
      "tăng cường công tác kiểm tra, phát hiện xử lý kịp thời các sự cố, vi phạm về thủy lợi, đê điều trên địa "
      "bàn xã. Tiếp tục triển khai nhiệm vụ xây dựng nông thôn mới kiểu mẫu tại xã Đông Phương. Hoàn thiện hồ "
      "sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới kiểu mẫu xã Kiến Minh năm 2025."),
    L("Tăng cường công tác quản lý nhà nước về đất đai, tài nguyên và môi trường; phát hiện, xử lý nghiêm các "
      "trường hợp vi phạm quy định về đất đai, tài nguyên và môi trường; ... Chỉ đạo việc thu gom, vận chuyển và "
      "xử lý chất thải sinh hoạt. Tiếp tục triển khai, hoàn thiện, trình phê duyệt nhiệm vụ, đồ án quy hoạch các "
      "công trình, dự án trên địa bàn xã. Tiếp tục phối hợp triển khai Dự án đầu tư xây dựng tuyến đường sắt Lào "
      "Cai - Hà Nội - Hải Phòng đoạn đi qua địa bàn thành phố."),
    L("Về công tác tài chính ngân sách: Thực hiện chuyển giao các nguồn vốn theo quy định. Thực hiện lập dự toán "
      "ngân sách cuối 6 tháng năm 2025 xã Kiến Minh sau khi có hướng dẫn của Thành phố. Kiện toàn Ban chỉ đạo và "
      "xây dựng kế hoạch hoạt động của Ban chỉ đạo chống thất thu ngân sách, phấn đấu đạt và vượt chỉ tiêu thu "
      "thành phố giao."),
    L("Về giáo dục làm tốt công tác tuyển sinh, chuẩn bị các điều kiện các trường khai giảng năm học mới "
      "2025-2026. Về văn hóa: Kiểm tra hoạt động của các di tích; tiếp tục triển khai thực hiện kế hoạch chuyển "
      "đổi số; xây dựng và triển khai kế hoạch cải cách hành chính năm 2025. Nâng cao chất lượng tại các trạm y "
      "tế xã phục vụ chăm sóc sức khỏe ban dầu trong nhân dân. Ban hành kế hoạch và tổ chức Kỷ niệm 78 năm Ngày "
      "Thơpng binh liệt sĩ."),
    L("Kết hợp chặt chẽ phát triển kinh tế, văn hóa, xã hội với bảo đảm quốc phòng, an ninh: Bảo vệ vững chắc "
      "chính trị nội bộ, an ninh kinh tế, an ninh tư tưởng, an ninh mạng. Thực hiện quyết liệt, đồng bộ các giải "
      "pháp phòng, chống tội phạm, bảo đảm trật tự, an toàn giao thông. Kiện toàn tổ chức bộ máy Ban chỉ huy Quân "
      "sự xã; xây dựng Kế hoạch quốc phòng địa phương năm 2025. Rà soát, phúc tra nguồn tuyển quân tháng 10 cho "
      "công tác tuyển quân 2026."),
    H("III.", "THỜI GIAN THỰC HIỆN", 1),
    P("Đợt thi đua được triển khai từ ngày phát động đến hết tháng 12/2025.",
      (D(day(2025, 12, 31), "month", "Đợt thi đua được triển khai"),)),
    H("IV.", "KHEN THƯỞNG", 1),
    P("Căn cứ thành tích thực hiện đợt thi đua. Tổ chức sơ kết, tổng kết, đánh giá phong trào; biểu dương, khen "
      "thưởng kip thời các tập thể, cá nhân có thành tích xuất sắc."),
    P("Kết quả thi đua là một trong các tiêu chí quan trọng để xét đánh giá, phân loại cuối năm đối với cán bộ, "
      "công chức, viên chức, người lao động và các thôn, tổ chức đoàn thể."),
    H("V.", "TỔ CHỨC THỰC HIỆN", 1),
    H("1.", "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn.", 2),
    P("Căn cứ kế hoạch của Ủy ban nhân dân xã, xây dựng chương trình, kế hoạch cụ thể, phát động thi đua trong "
      "từng lĩnh vực thuộc đơn vị phụ trách đảm bảo thiết thực hiệu quả, đúng mục đích yêu cầu và tiến độ thực "
      "hiện.", (A("Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn",
                  "Xây dựng chương trình, kế hoạch cụ thể, phát động thi đua trong từng lĩnh vực thuộc đơn vị phụ "
                  "trách", "chủ trì"),)),
    P("Báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua phòng Văn hóa - Xã hội trước ngày 10/12/2025) để "
      "tổng hợp báo cáo Ủy ban nhân dân thành phố.",
      (D(COMMUNE_DEADLINE, "day", "Báo cáo kết quả thực hiện về Ủy ban nhân dân xã",
         "Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn"),
       A("Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn", "Báo cáo kết quả thực hiện về Ủy ban nhân dân xã",
         "chủ trì", COMMUNE_DEADLINE))),
    H("2.", "Phòng Văn hóa – Xã hội.", 2),
    P("Tham mưu cho Ủy ban nhân dân xã hướng dẫn kiểm tra đôn đốc thực hiện kế hoạch, tổng hợp báo cáo kết quả về "
      "Ủy ban nhân dân xã và thành phố theo quy định.",
      (A("Phòng Văn hóa – Xã hội", "Tham mưu cho Ủy ban nhân dân xã hướng dẫn kiểm tra đôn đốc thực hiện kế "
         "hoạch, tổng hợp báo cáo kết quả về Ủy ban nhân dân xã và thành phố", "chủ trì"),)),
    H("3.", "Phân công theo dõi, báo cáo chỉ tiêu", 2),
    P("Các đơn vị theo dõi, báo cáo kết quả thực hiện các chỉ tiêu tại mục II.2 theo phân công sau:"),
    T(_unit_rows(), (12, 90, 63)),
    P("Trên đây là kế hoạch phát động đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm "
      "bảo quốc phòng - an ninh năm 2025 của Ủy ban nhân dân xã Kiến Minh sau hợp nhất, lập thành tích xuất sắc "
      "chào mừng Đại Hội thi đua yêu nước thành phố lần thứ I ( 2025- 2030) Tiến tới đại hội thi đua yêu nước "
      "toàn quốc lần thứ XI; Đại hội Đại biểu Đảng bộ thành phố lần thứ I ( 2025 - 2030), tiến tới đại hội Đại "
      "biểu toàn quốc lần thứ XIV của Đảng, đề nghị các phòng, ban, ngành, đoàn thể xã, cơ sở thôn nghiêm túc "
      "triển khai thực hiện./."),
)

TITLE = ("Phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ\nphát triển kinh tế - xã hội, bảo đảm quốc phòng - an "
         "ninh năm 2025\ncủa thành phố Hải Phòng sau hợp nhất, lập thành tích xuất sắc chào mừng\nĐại hội Thi đua "
         "yêu nước thành phố lần thứ I (2025 - 2030)\ntiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI;\nĐại "
         "hội Đại biểu Đảng bộ thành phố lần thứ I (nhiệm kỳ 2025 - 2030),\ntiến tới Đại hội Đại biểu toàn quốc "
         "lần thứ XIV của Đảng")

SPEC = DocSpec(
    name="ke-hoach-05-kh-ubnd-xa-kien-minh", folder="ke_hoach", kind="ke_hoach", number="05/KH-UBND",
    number_printed="05/KH-UBND", issued_on=PLAN_DATE, date_line=vn_date(PLAN_DATE, "Kiến Minh"), place="Kiến Minh",
    parent_issuer="UBND THÀNH PHỐ HẢI PHÒNG", issuer="ỦY BAN NHÂN DÂN\nXÃ KIẾN MINH", type_name="KẾ HOẠCH",
    title=TITLE, body=BODY, signer=CHU_TICH,
    recipients=("UBND thành phố (b/c)", "TT Đảng ủy xã (b/c)", "TT HĐND xã (b/c)", "Ủy ban MTTQ Việt Nam xã",
                "Các phòng ban, đơn vị trực thuộc xã", "Các thôn trên địa bàn", "Lưu: VT"),
    formats=("docx", "pdf", "scan"),
    source=("Seed text /work/shared/seed/ke-hoach-thi-dua-xa-kien-minh-2025.txt (a real commune plan), laid out per "
            "Decree 30; number and date filled in; a few long passages shortened; section V.3 (unit table) added"),
)
