"""Write the DOCX of corpus/heldout_meta/ (held-out test of header, section, deadline, citation, assignment rules).

    .venv/bin/python -m tools.heldout_meta.build_docx

Each header is the borderless two-column table real offices use: issuing body, "Số:" and "V/v" on the left,
Quốc hiệu and "<place>, ngày ..." on the right. The gold files next to them are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from extractors.libreoffice import convert
from tools.docx_kit import closing, grid, para, save_fixed

OUT = Path(__file__).resolve().parents[2] / "corpus" / "heldout_meta"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _header(doc, left: list[str], right: list[str]) -> None:
    table = doc.add_table(rows=1, cols=2)  # no style: no borders
    table.cell(0, 0).text = "\n".join(left)
    table.cell(0, 1).text = "\n".join(right)


def _save(doc, name: str) -> None:
    save_fixed(doc, OUT / name, dt.datetime(2025, 12, 1), "vanban heldout_meta")


def ke_hoach_phuong() -> None:
    doc = Document()
    _header(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG LANG BIANG - ĐÀ LẠT", "", "Số: 87/KH-UBND"],
            [QUOC_HIEU, "", "Lang Biang - Đà Lạt, ngày 01 tháng 12 năm 2025"])
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử năm 2026",
         bold=True, center=True)
    para(doc, "Thực hiện Kế hoạch số 305/KH-UBND ngày 20/11/2025 của UBND tỉnh Lâm Đồng về triển khai Đề án 06 năm "
              "2026, Ủy ban nhân dân phường ban hành Kế hoạch thực hiện như sau:")
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ 80% "
              "trở lên.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    grid(doc, [
        ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Rà soát, làm sạch dữ liệu dân cư", "Công an phường", "Các tổ dân phố", "Tháng 12/2025"],
        ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND phường",
         "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý I/2026"],
        ["3", "Tuyên truyền, hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên phường", "Năm 2026"],
        ["4", "Báo cáo sơ kết 6 tháng", "Công an phường", "Văn phòng HĐND và UBND phường", "Trước ngày 15/6/2026"],
        ["5", "Kiểm tra, đôn đốc thực hiện", "Văn phòng HĐND và UBND phường", "Các cơ quan, đơn vị", "Thường xuyên"],
    ])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Công an phường trước ngày 10/12/2026 để tổng hợp.")
    closing(doc, ["- UBND tỉnh (b/c);", "- Công an tỉnh (b/c);", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lương Thị Thu Hà"])
    _save(doc, "ke-hoach-87-kh-ubnd-phuong-lang-biang.docx")


def cong_van_so_gddt() -> None:
    doc = Document()
    _header(doc, ["UBND TỈNH LÂM ĐỒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 2784/SGDĐT-GDTrH",
                  "V/v báo cáo số liệu học sinh bỏ học", "học kỳ I năm học 2025 - 2026"],
            [QUOC_HIEU, "", "Lâm Đồng, ngày 08 tháng 12 năm 2025"])
    para(doc, "Kính gửi:")
    para(doc, "- Ủy ban nhân dân các xã, phường, đặc khu;")
    para(doc, "- Hiệu trưởng các trường trung học phổ thông.")
    para(doc, "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy định về đánh giá "
              "học sinh trung học cơ sở và học sinh trung học phổ thông; thực hiện Công văn số 4567/UBND-VX ngày "
              "28/11/2025 của UBND tỉnh, Sở Giáo dục và Đào tạo đề nghị các đơn vị:")
    para(doc, "1. Hiệu trưởng các trường trung học phổ thông rà soát, thống kê học sinh bỏ học, gửi báo cáo về Sở "
              "(qua Phòng Giáo dục Trung học) trước 16 giờ 30 phút ngày 19/12/2025.")
    para(doc, "2. Ủy ban nhân dân các xã, phường, đặc khu chỉ đạo các trường trung học cơ sở trên địa bàn báo cáo "
              "số liệu, hoàn thành trong tháng 01/2026.")
    para(doc, "Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng Giáo dục Trung học để được hướng dẫn./.")
    closing(doc, ["- Như trên;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, GDTrH."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Kim Oanh"])
    _save(doc, "cong-van-2784-sgddt-so-giao-duc-lam-dong.docx")


def quyet_dinh_xa() -> None:
    doc = Document()
    _header(doc, ["ỦY BAN NHÂN DÂN", "XÃ ĐỨC TRỌNG", "", "Số: 412/QĐ-UBND"],
            [QUOC_HIEU, "", "Đức Trọng, ngày 20 tháng 11 năm 2025"])
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Về việc thành lập Tổ công tác rà soát hộ nghèo, hộ cận nghèo năm 2025", bold=True, center=True)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG", bold=True, center=True)
    para(doc, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;")
    para(doc, "Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo đa "
              "chiều giai đoạn 2021 - 2025;")
    para(doc, "Căn cứ Kế hoạch số 52/KH-UBND ngày 05/11/2025 của Ủy ban nhân dân xã về rà soát hộ nghèo, hộ cận nghèo "
              "năm 2025;")
    para(doc, "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.")
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    para(doc, "Điều 1. Thành lập Tổ công tác rà soát hộ nghèo, hộ cận nghèo năm 2025 của xã (có danh sách kèm theo).")
    para(doc, "Điều 2. Tổ công tác có nhiệm vụ tổ chức rà soát, tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân "
              "xã trước ngày 15/12/2025.")
    para(doc, "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn "
              "hóa - Xã hội và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    closing(doc, ["- Như Điều 3;", "- TT Đảng ủy xã (b/c);", "- Lưu: VT, VHXH."],
            ["CHỦ TỊCH", "", "", "Ka Huyền"])
    _save(doc, "quyet-dinh-412-qd-ubnd-xa-duc-trong.docx")


def cong_van_huyen_round3() -> None:
    """Round 3 (written after round 2's fixes, scored once first); also exported to PDF by LibreOffice."""
    doc = Document()
    _header(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN LÂM HÀ", "", "Số: 642/UBND-VP", "V/v chuẩn bị nội dung phục vụ",
                  "Đoàn công tác của Ủy ban nhân dân tỉnh", "làm việc tại huyện"],
            [QUOC_HIEU, "", "Lâm Hà, ngày 10 tháng 3 năm 2025"])
    para(doc, "Kính gửi: Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện.")
    para(doc, "Thực hiện Thông báo số 118/TB-VPUBND ngày 07/3/2025 của Văn phòng UBND tỉnh về lịch làm việc của "
              "Đoàn công tác, Chủ tịch Ủy ban nhân dân huyện yêu cầu:")
    para(doc, "- Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn xây "
              "dựng báo cáo tình hình kinh tế - xã hội quý I/2025, gửi Văn phòng HĐND và UBND huyện trước 10 giờ "
              "00, ngày 17/3/2025;")
    para(doc, "- Văn phòng HĐND và UBND huyện chuẩn bị hội trường, tài liệu, hoàn thành chậm nhất ngày 19/3/2025.")
    para(doc, "Yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.")
    closing(doc, ["- Như trên;", "- CT, các PCT UBND huyện;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Võ Văn Lực"])
    _save(doc, "round3/cong-van-642-ubnd-vp-huyen-lam-ha.docx")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ke_hoach_phuong()
    cong_van_so_gddt()
    quyet_dinh_xa()
    (OUT / "round3").mkdir(exist_ok=True)
    cong_van_huyen_round3()
    convert(OUT / "round3" / "cong-van-642-ubnd-vp-huyen-lam-ha.docx", "pdf", OUT / "round3")


if __name__ == "__main__":
    main()
