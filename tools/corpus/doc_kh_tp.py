"""The city plan the commune implements: Kế hoạch số 232/KH-UBND ngày 09/9/2025 of UBND thành phố Hải Phòng.

Written for vanban from what the commune plan says of it (the real one could not be fetched here). It uses Word
automatic numbering for its outline ("I.", "1.", "a)" come from numbering.xml, not from the text).
"""

from __future__ import annotations

from tools.corpus.common import CITY_DEADLINE, CITY_PLAN_DATE, day, vn_date
from tools.corpus.spec import A, C, D, DocSpec, H, I, L, P, Row, Signer, T

Y25 = "năm 2025"
UBND_XA = "UBND các xã, phường, đặc khu"

COMMUNES = (  # (name, thu ngân sách triệu đồng, việc làm lượt người, BHYT %)
    ("Kiến Minh", "3.187", 3187, "831", 831, "97,0", 97.0),
    ("Kiến Thụy", "4.250", 4250, "920", 920, "96,5", 96.5),
    ("Kiến Hưng", "3.540", 3540, "760", 760, "96,0", 96.0),
    ("Kiến Hải", "2.980", 2980, "690", 690, "95,5", 95.5),
)
COLUMNS = (("Thu ngân sách xã", "triệu đồng"), ("Giải quyết việc làm", "lượt người"), ("Tỷ lệ tham gia BHYT", "%"))


def _commune_rows() -> tuple[Row, ...]:
    rows = [Row(("STT", "Đơn vị", "Thu ngân sách xã (triệu đồng)", "Giải quyết việc làm (lượt người)",
                 "Tỷ lệ tham gia BHYT (%)"))]
    for i, (xa, ns_t, ns, vl_t, vl, bh_t, bh) in enumerate(COMMUNES, 1):
        notes = tuple(I(f"{col} (xã {xa})", target=v, unit=unit, comparator=">=", period=Y25, direction="increase")
                      for (col, unit), v in zip(COLUMNS, (ns, vl, bh)))
        rows.append(Row((str(i), f"Xã {xa}", ns_t, vl_t, bh_t), notes))
    return tuple(rows)


def _target(text: str, name: str, target: float, unit: str, comparator: str = ">=", direction: str = "increase"):
    return L(text, I(name, target=target, unit=unit, comparator=comparator, period=Y25, direction=direction))


INTRO = ("Thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối "
         "với công tác thi đua, khen thưởng trong tình hình mới; Chỉ thị số 46-CT/TU ngày 26/6/2025 của Ban "
         "Thường vụ Thành ủy; Luật Thi đua, khen thưởng ngày 15/6/2022, Ủy ban nhân dân thành phố ban hành Kế hoạch "
         "phát động Đợt thi đua như sau:")

BODY = (
    P(INTRO, (C("Chỉ thị", "41-CT/TW", day(2024, 12, 26), "Bộ Chính trị"),
              C("Chỉ thị", "46-CT/TU", day(2025, 6, 26), "Ban Thường vụ Thành ủy"),
              C("Luật", None, day(2022, 6, 15), None))),
    H("I.", "MỤC ĐÍCH, YÊU CẦU", 1, auto=True),
    H("1.", "Mục đích", 2, auto=True),
    P("Khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường của cán bộ, đảng viên và Nhân dân thành phố sau hợp "
      "nhất; tạo khí thế thi đua sôi nổi, phấn đấu hoàn thành toàn diện các chỉ tiêu kinh tế - xã hội năm 2025."),
    H("2.", "Yêu cầu", 2, auto=True),
    P("Việc tổ chức thi đua phải thiết thực, hiệu quả, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa "
      "phương; chống bệnh thành tích, hình thức; khen thưởng kịp thời, chính xác, công khai."),
    H("II.", "CHỈ TIÊU THI ĐUA CHỦ YẾU NĂM 2025", 1, auto=True),
    H("1.", "Chỉ tiêu chung của thành phố", 2, auto=True),
    _target("Tốc độ tăng trưởng kinh tế (GRDP) đạt trên 11%;", "Tốc độ tăng trưởng kinh tế (GRDP)", 11, "%", ">"),
    _target("Tổng thu ngân sách nhà nước trên địa bàn đạt 142.500 tỷ đồng;",
            "Tổng thu ngân sách nhà nước trên địa bàn", 142500, "tỷ đồng"),
    _target("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 0,5%;", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều",
            0.5, "%", "<", "decrease"),
    _target("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%;", "Tỷ lệ dân số tham gia bảo hiểm y tế", 95.5, "%"),
    _target("Giải quyết việc làm mới cho 65.000 lượt lao động;", "Giải quyết việc làm mới", 65000, "lượt lao động"),
    _target("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt từ 98% trở lên;",
            "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", 98, "%"),
    _target("Hoàn thành 100% chỉ tiêu tuyển quân năm 2025.", "Hoàn thành chỉ tiêu tuyển quân", 100, "%"),
    H("2.", "Chỉ tiêu giao một số xã khu vực Kiến Thụy (cũ)", 2, auto=True),
    T(_commune_rows(), (12, 38, 40, 40, 35)),
    H("III.", "NHIỆM VỤ, GIẢI PHÁP", 1, auto=True),
    P("Tập trung vận hành thông suốt mô hình chính quyền địa phương 02 cấp; đẩy mạnh giải ngân vốn đầu tư công; "
      "chống thất thu ngân sách; bảo đảm an sinh xã hội, quốc phòng, an ninh trên địa bàn thành phố."),
    H("IV.", "THỜI GIAN THỰC HIỆN", 1, auto=True),
    P("Đợt thi đua được triển khai từ ngày ký ban hành Kế hoạch đến hết tháng 12/2025.",
      (D(day(2025, 12, 31), "month", "Đợt thi đua được triển khai"),)),
    H("V.", "TỔ CHỨC THỰC HIỆN", 1, auto=True),
    H("1.", "Sở Nội vụ (Ban Thi đua - Khen thưởng)", 2, auto=True),
    P("Chủ trì hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Ủy ban nhân dân thành "
      "phố sơ kết, khen thưởng trong tháng 01/2026.",
      (A("Sở Nội vụ", "Hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu sơ kết, khen "
         "thưởng", "chủ trì", day(2026, 1, 31)),
       D(day(2026, 1, 31), "month", "Tham mưu Ủy ban nhân dân thành phố sơ kết, khen thưởng", "Sở Nội vụ"))),
    H("2.", "Sở Tài chính", 2, auto=True),
    P("Phối hợp với Sở Nội vụ bảo đảm kinh phí khen thưởng theo quy định.",
      (A("Sở Tài chính", "Bảo đảm kinh phí khen thưởng", "phối hợp"),)),
    H("3.", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", 2, auto=True),
    P("Xây dựng kế hoạch phát động thi đua tại cơ quan, đơn vị, địa phương; báo cáo kết quả về Ủy ban nhân dân "
      "thành phố (qua Sở Nội vụ) trước ngày 15/12/2025.",
      (A("Các sở, ban, ngành; UBND các xã, phường, đặc khu", "Xây dựng kế hoạch phát động thi đua; báo cáo kết "
         "quả về Ủy ban nhân dân thành phố", "chủ trì", CITY_DEADLINE),
       D(CITY_DEADLINE, "day", "Báo cáo kết quả về Ủy ban nhân dân thành phố",
         "Các sở, ban, ngành; UBND các xã, phường, đặc khu"))),
    H("4.", "Báo và Phát thanh, Truyền hình Hải Phòng", 2, auto=True),
    P("Mở chuyên trang, chuyên mục tuyên truyền về Đợt thi đua, các điển hình tiên tiến.",
      (A("Báo và Phát thanh, Truyền hình Hải Phòng", "Tuyên truyền về Đợt thi đua, các điển hình tiên tiến"),)),
    P("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng "
      "hợp, báo cáo Ủy ban nhân dân thành phố./."),
)

SPEC = DocSpec(
    name="ke-hoach-232-kh-ubnd-thanh-pho-hai-phong", folder="ke_hoach", kind="ke_hoach", number="232/KH-UBND",
    number_printed="232/KH-UBND", issued_on=CITY_PLAN_DATE, date_line=vn_date(CITY_PLAN_DATE, "Hải Phòng"),
    place="Hải Phòng", parent_issuer=None, issuer="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", type_name="KẾ HOẠCH",
    title=("Phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội,\nbảo đảm quốc phòng - "
           "an ninh năm 2025 của thành phố Hải Phòng sau hợp nhất"),
    body=BODY,
    signer=Signer("Nguyễn Minh Hùng", "PHÓ CHỦ TỊCH", "KT.", "ỦY BAN NHÂN DÂN",
                  ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    recipients=("Bộ Nội vụ (b/c)", "Ban Thi đua - Khen thưởng Trung ương (b/c)", "TT Thành ủy, TT HĐND TP (b/c)",
                "Chủ tịch, các PCT UBND TP", "Các sở, ban, ngành thành phố", UBND_XA, "Lưu: VT"),
    formats=("docx", "pdf"), extra={"numbering": (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))},
    source="written for vanban, consistent with what the seed commune plan says of it (the real plan is not available)",
)
