"""The commune's other documents around the campaign: a công văn, a quyết định khen thưởng, a thông báo."""

from __future__ import annotations

from tools.corpus.common import (
    CITY_DEADLINE,
    CITY_PLAN_DATE,
    CITY_PLAN_NO,
    COMMUNE_DEADLINE,
    PLAN_DATE,
    PLAN_NO,
    day,
    vn_date,
)
from tools.corpus.spec import A, C, D, DocSpec, H, I, L, P, Row, Signer, T

UBND_TP = "UBND THÀNH PHỐ HẢI PHÒNG"
UBND_XA = "ỦY BAN NHÂN DÂN\nXÃ KIẾN MINH"
KT_CT = Signer("Nguyễn Thị Hằng", "PHÓ CHỦ TỊCH", "KT.", None, ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
VHXH = "Phòng Văn hóa - Xã hội"


def _commune(name: str, folder: str, kind: str, number: str, date, **kw) -> DocSpec:
    return DocSpec(name=name, folder=folder, kind=kind, number=number, number_printed=number, issued_on=date,
                   date_line=vn_date(date, "Kiến Minh"), place="Kiến Minh", parent_issuer=UBND_TP, issuer=UBND_XA,
                   **kw)


CV_1 = ("Ngày 15/9/2025, Ủy ban nhân dân xã ban hành Kế hoạch số 05/KH-UBND phát động Đợt thi đua thực hiện thắng "
        "lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2025, trong đó yêu cầu các đơn "
        "vị báo cáo kết quả thực hiện trước ngày 10/12/2025.")
CV_2 = ("Đến nay, Ủy ban nhân dân xã mới nhận được báo cáo của một số đơn vị. Để có cơ sở tổng hợp, báo cáo Ủy ban "
        "nhân dân thành phố theo Kế hoạch số 232/KH-UBND ngày 09/9/2025, Chủ tịch Ủy ban nhân dân xã đề nghị:")

CONG_VAN = _commune(
    "cong-van-412-ubnd-vhxh-don-doc-bao-cao", "cong_van", "cong_van", "412/UBND-VHXH", day(2025, 12, 3),
    type_name=None, title="V/v đôn đốc báo cáo kết quả thực hiện\nKế hoạch số 05/KH-UBND",
    kinh_gui=("Các phòng, ban, ngành, đoàn thể xã", "Trưởng các thôn trên địa bàn xã"),
    body=(
        P(CV_1, (C("Kế hoạch", PLAN_NO, PLAN_DATE, "Ủy ban nhân dân xã", None, CV_1),
                 D(COMMUNE_DEADLINE, "day", "Báo cáo kết quả thực hiện", "các đơn vị"))),
        P(CV_2, (C("Kế hoạch", CITY_PLAN_NO, CITY_PLAN_DATE, None, None, CV_2),)),
        L("Các đơn vị chưa gửi báo cáo khẩn trương hoàn thành, gửi về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã "
          "hội) chậm nhất ngày 09/12/2025;",
          D(COMMUNE_DEADLINE, "day", "Gửi báo cáo về Ủy ban nhân dân xã", "Các đơn vị chưa gửi báo cáo"),
          A("Các đơn vị chưa gửi báo cáo", "Khẩn trương hoàn thành, gửi báo cáo về Ủy ban nhân dân xã",
            due=COMMUNE_DEADLINE)),
        L("Báo cáo nêu rõ số liệu thực hiện từng chỉ tiêu được giao tại mục V.3 của Kế hoạch, so sánh với chỉ tiêu "
          "kế hoạch;"),
        L("Phòng Văn hóa - Xã hội tổng hợp, tham mưu báo cáo Ủy ban nhân dân thành phố trước ngày 15/12/2025.",
          D(CITY_DEADLINE, "day", "Tổng hợp, tham mưu báo cáo Ủy ban nhân dân thành phố", VHXH),
          A(VHXH, "Tổng hợp, tham mưu báo cáo Ủy ban nhân dân thành phố", "chủ trì", CITY_DEADLINE)),
        P("Đề nghị các đơn vị nghiêm túc thực hiện./."),
    ),
    signer=KT_CT, recipients=("Như trên", "Chủ tịch, các PCT UBND xã", "Lưu: VT, VHXH"), formats=("docx", "pdf"),
)

CAN_CU = (
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", C("Luật", None, day(2025, 6, 16), None)),
    ("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", C("Luật", None, day(2022, 6, 15), None)),
    ("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số "
     "điều của Luật Thi đua, khen thưởng;", C("Nghị định", "98/2023/NĐ-CP", day(2023, 12, 31), "Chính phủ")),
    ("Căn cứ Kế hoạch số 05/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân xã phát động Đợt thi đua thực hiện thắng "
     "lợi nhiệm vụ năm 2025;", C("Kế hoạch", PLAN_NO, PLAN_DATE, "Ủy ban nhân dân xã")),
    ("Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 25/TTr-VHXH ngày 22/12/2025.",
     C("Tờ trình", "25/TTr-VHXH", day(2025, 12, 22), "Trưởng phòng Văn hóa - Xã hội")),
)
TAP_THE = ("Phòng Kinh tế", "Trạm Y tế xã", "Công an xã", "Hội Liên hiệp Phụ nữ xã", "Thôn Đông Tác")
DIEU_3 = ("Chánh Văn phòng HĐND và UBND xã", "Trưởng phòng Văn hóa - Xã hội", "Trưởng phòng Kinh tế")

QUYET_DINH = _commune(
    "quyet-dinh-186-qd-ubnd-khen-thuong", "quyet_dinh", "quyet_dinh", "186/QĐ-UBND", day(2025, 12, 26),
    type_name="QUYẾT ĐỊNH",
    title="Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc\ntrong Đợt thi đua thực hiện thắng lợi "
          "nhiệm vụ năm 2025",
    preamble=(P("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KIẾN MINH", bold=True, center=True),
              *(P(text, (note,), italic=True) for text, note in CAN_CU),
              P("QUYẾT ĐỊNH:", bold=True, center=True)),
    body=(
        H("Điều 1.", "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 05 tập thể có thành tích xuất sắc trong "
          "Đợt thi đua, gồm:", 1, auto=True),
        T((Row(("STT", "Tập thể")), *(Row((str(i), u)) for i, u in enumerate(TAP_THE, 1))), (20, 145)),
        H("Điều 2.", "Mỗi tập thể được thưởng 1.000.000 đồng từ quỹ thi đua, khen thưởng của xã năm 2025.", 1,
          auto=True),
        H("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn "
          "hóa - Xã hội, Trưởng phòng Kinh tế và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
          "định này./.", 1, auto=True,
          notes=tuple(A(u, "Thi hành Quyết định này") for u in DIEU_3)),
    ),
    signer=KT_CT, recipients=("Như Điều 3", "TT Đảng ủy, TT HĐND xã (b/c)", "Lưu: VT, VHXH"),
    formats=("docx", "scan"), extra={"numbering": (("decimal", "Điều %1."),)},
)

TB_1 = ("Ngày 27/11/2025, Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp giao ban về tiến độ thực hiện Kế hoạch số "
        "05/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân xã. Sau khi nghe các đơn vị báo cáo, Chủ tịch Ủy ban nhân "
        "dân xã kết luận như sau:")
TB_2 = ("Các đơn vị đã triển khai Kế hoạch nghiêm túc; tuy nhiên một số chỉ tiêu có nguy cơ không đạt: tỷ lệ hộ "
        "phân loại chất thải rắn tại nguồn mới đạt khoảng 93%, tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,5%.")

THONG_BAO = _commune(
    "thong-bao-95-tb-ubnd-ket-luan-giao-ban", "thong_bao", "thong_bao", "95/TB-UBND", day(2025, 11, 28),
    type_name="THÔNG BÁO",
    title="Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp giao ban\nvề tiến độ thực hiện Đợt thi đua năm 2025",
    body=(
        P(TB_1, (C("Kế hoạch", PLAN_NO, PLAN_DATE, "Ủy ban nhân dân xã"),)),
        H("1.", "Đánh giá chung", 1),
        P(TB_2, (I("Tỷ lệ hộ phân loại chất thải rắn tại nguồn", 93, unit="%", direction="increase",
                   plan_code="(12)"),
                 I("Tỷ lệ người dân tham gia bảo hiểm y tế", 96.5, unit="%", direction="increase", plan_code="(7)"))),
        H("2.", "Nhiệm vụ thời gian tới", 1),
        L("Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ xã đẩy mạnh phân loại rác tại "
          "nguồn, hoàn thành trong tháng 12/2025;",
          A("Phòng Kinh tế", "Đẩy mạnh phân loại rác tại nguồn", "chủ trì", day(2025, 12, 31)),
          A("Hội Nông dân", "Đẩy mạnh phân loại rác tại nguồn", "phối hợp", day(2025, 12, 31)),
          A("Hội Liên hiệp Phụ nữ xã", "Đẩy mạnh phân loại rác tại nguồn", "phối hợp", day(2025, 12, 31)),
          D(day(2025, 12, 31), "month", "Đẩy mạnh phân loại rác tại nguồn", "Phòng Kinh tế")),
        L("Trạm Y tế xã phối hợp với Bảo hiểm xã hội rà soát người chưa có thẻ bảo hiểm y tế, báo cáo kết quả "
          "trong ngày 05/12/2025;",
          A("Trạm Y tế xã", "Rà soát người chưa có thẻ bảo hiểm y tế, báo cáo kết quả", "chủ trì", day(2025, 12, 5)),
          A("Bảo hiểm xã hội", "Rà soát người chưa có thẻ bảo hiểm y tế", "phối hợp", day(2025, 12, 5)),
          D(day(2025, 12, 5), "day", "Rà soát người chưa có thẻ bảo hiểm y tế, báo cáo kết quả", "Trạm Y tế xã")),
        L("Các phòng, ban, ngành, đoàn thể và các thôn gửi báo cáo kết quả Đợt thi đua chậm nhất ngày 09/12/2025.",
          D(COMMUNE_DEADLINE, "day", "Gửi báo cáo kết quả Đợt thi đua",
            "Các phòng, ban, ngành, đoàn thể và các thôn"),
          A("Các phòng, ban, ngành, đoàn thể và các thôn", "Gửi báo cáo kết quả Đợt thi đua", due=COMMUNE_DEADLINE)),
        P("Văn phòng HĐND và UBND xã thông báo để các đơn vị biết, thực hiện./."),
    ),
    signer=Signer("Đào Văn Thịnh", "CHÁNH VĂN PHÒNG", "TL.", None, ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")),
    recipients=("Các đơn vị dự họp", "Chủ tịch, các PCT UBND xã", "Lưu: VT"), formats=("docx", "pdf"),
)

OTHERS = (CONG_VAN, QUYET_DINH, THONG_BAO)
