"""Write the round-2 held-out DOCX of corpus/heldout/round2/ (written after the first round's fixes, never tuned on).

    .venv/bin/python -m tools.heldout.build_docx_round2
"""

from __future__ import annotations

from docx import Document

from tools.docx_kit import closing, grid, para
from tools.heldout.build_docx import OUT, _header, _save

ROUND2 = OUT / "round2"


def bao_cao_lao_dong() -> None:
    doc = Document()
    _header(doc, ["UBND TỈNH QUẢNG NINH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], "301/BC-SLĐTBXH",
            "Quảng Ninh, ngày 05 tháng 10 năm 2025")
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện các chỉ tiêu lao động, người có công và xã hội 9 tháng đầu năm 2025", bold=True,
         center=True)
    para(doc, "I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU", bold=True)
    grid(doc, [
        ["TT", "Nội dung", "ĐVT", "KH năm 2025", "TH 9 tháng", "So sánh (%)", "TH cùng kỳ năm 2024"],
        ["1", "Giải quyết việc làm", "lao động", "17.500", "14.320", "81,8", "13.950"],
        ["2", "Đưa lao động đi làm việc ở nước ngoài", "người", "1.200", "1.085", "90,4", "990"],
        ["3", "Tỷ lệ lao động qua đào tạo", "%", "80", "79,2", "99", "77,5"],
        ["4", "Tỷ lệ hộ nghèo (chuẩn đa chiều)", "%", "< 0,5", "0,42", "Đạt", "0,61"],
    ])
    para(doc, "Ngoài ra, Sở đã tổ chức 15 đoàn kiểm tra việc thực hiện chính sách tại các địa phương.")
    closing(doc, ["- UBND tỉnh (b/c);", "- Lưu: VT."], ["GIÁM ĐỐC", "", "Vũ Thị Nga"])
    ROUND2.mkdir(parents=True, exist_ok=True)
    _save(doc, "round2/bao-cao-301-bc-sldtbxh-so-lao-dong.docx")


if __name__ == "__main__":
    bao_cao_lao_dong()
