"""Write the held-out DOCX documents of corpus/heldout/ (python-docx, borderless header table, result tables).

    .venv/bin/python -m tools.heldout.build_docx

Deterministic: fixed core properties. The gold files next to them are written by hand, not by this script.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from tools.docx_kit import closing, grid, para, save_fixed

OUT = Path(__file__).resolve().parents[2] / "corpus" / "heldout"
FIXED = dt.datetime(2025, 12, 1, 8, 0, 0)


def _header(doc, left: list[str], number: str, place_date: str) -> None:
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "\n".join(left)
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = f"Số: {number}"
    table.cell(1, 1).text = place_date


def _save(doc, name: str) -> None:
    save_fixed(doc, OUT / name, FIXED, "vanban")


def bao_cao_giao_duc() -> None:
    doc = Document()
    _header(doc, ["UBND HUYỆN HẢI HẬU", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "215/BC-PGDĐT", "Hải Hậu, ngày 22 tháng 12 năm 2025")
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện các chỉ tiêu giáo dục và đào tạo năm 2025", bold=True, center=True)
    para(doc, "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2025 của UBND huyện về thực hiện nhiệm vụ phát triển "
              "giáo dục và đào tạo năm 2025, Phòng Giáo dục và Đào tạo báo cáo kết quả như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", bold=True)
    grid(doc, [
        ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu KH giao", "Ước TH năm", "% so KH", "Cùng kỳ"],
        ["1", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "%", "99,5", "99,8", "100,3", "99,6"],
        ["2", "Tỷ lệ học sinh tốt nghiệp THCS", "%", "98,5", "99,1", "100,6", "98,9"],
        ["3", "Trường đạt chuẩn quốc gia xây dựng mới", "trường", "3", "4", "133,3", "2"],
        ["4", "Tỷ lệ trẻ mầm non suy dinh dưỡng thể nhẹ cân", "%", "3", "2,6", "Đạt", "2,9"],
    ])
    para(doc, "Trong năm, Phòng đã tổ chức 04 hội nghị chuyên đề và 12 buổi sinh hoạt chuyên môn liên trường.")
    para(doc, "II. PHƯƠNG HƯỚNG NĂM 2026", bold=True)
    para(doc, "Tiếp tục duy trì chuẩn phổ cập giáo dục ở 100% xã, thị trấn.")
    closing(doc, ["- UBND huyện (b/c);", "- Lưu: VT."], ["TRƯỞNG PHÒNG", "", "Mai Văn Bình"])
    _save(doc, "bao-cao-215-bc-pgddt-phong-giao-duc.docx")


def bao_cao_giam_ngheo() -> None:
    doc = Document()
    _header(doc, ["ỦY BAN NHÂN DÂN", "XÃ YÊN ĐỒNG"], "102/BC-UBND", "Yên Đồng, ngày 02 tháng 12 năm 2025")
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025", bold=True, center=True)
    para(doc, "Thực hiện Kế hoạch số 27/KH-UBND ngày 20/02/2025 của UBND huyện Yên Mô, UBND xã Yên Đồng báo cáo "
              "kết quả như sau:")
    para(doc, "I. KẾT QUẢ ĐẠT ĐƯỢC", bold=True)
    para(doc, "Đến cuối năm 2025, toàn xã còn 31 hộ nghèo, tỷ lệ hộ nghèo giảm còn 1,12%; tỷ lệ hộ cận nghèo 2,4%, "
              "giảm 0,6% so với năm 2024.")
    grid(doc, [
        ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện", "Tỷ lệ (%)"],
        ["1", "Mô hình sinh kế được hỗ trợ", "mô hình", "3", "4", "133"],
        ["2", "Giải quyết việc làm mới", "lao động", "150", "162", "108"],
        ["3", "Xuất khẩu lao động", "người", "20", "17", "85"],
        ["4", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "62", "63,5", "102,4"],
    ])
    para(doc, "Xã đã phối hợp tổ chức 05 lớp dạy nghề ngắn hạn cho 150 học viên.")
    closing(doc, ["- UBND huyện (b/c);", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Văn Đông"])
    _save(doc, "bao-cao-102-bc-ubnd-xa-yen-dong-giam-ngheo.docx")


def ke_hoach_y_te() -> None:
    doc = Document()
    _header(doc, ["UBND TỈNH NINH BÌNH", "SỞ Y TẾ"], "77/KH-SYT", "Ninh Bình, ngày 14 tháng 02 năm 2025")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện các chỉ tiêu y tế, dân số năm 2025", bold=True, center=True)
    para(doc, "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh, Sở Y tế ban hành Kế hoạch như sau:")
    para(doc, "I. CHỈ TIÊU", bold=True)
    grid(doc, [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2024", "Kế hoạch năm 2025"],
        ["1", "Số giường bệnh/vạn dân", "giường", "32,5", "33"],
        ["2", "Số bác sĩ/vạn dân", "bác sĩ", "11,2", "12"],
        ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,1", "95"],
        ["4", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "97,6", "≥ 98"],
    ])
    para(doc, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 12%.")
    para(doc, "Không để xảy ra ngộ độc thực phẩm tập thể trên 30 người mắc.")
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 10/12/2025.")
    closing(doc, ["- UBND tỉnh (b/c);", "- Lưu: VT, NVY."], ["GIÁM ĐỐC", "", "Hoàng Thị Lan"])
    _save(doc, "ke-hoach-77-kh-syt-so-y-te.docx")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    bao_cao_giao_duc()
    bao_cao_giam_ngheo()
    ke_hoach_y_te()


if __name__ == "__main__":
    main()
