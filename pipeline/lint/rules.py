"""The Decree 30 rules the checker applies: each returns findings (rule id, ND30 reference, Vietnamese message).

References are to Nghị định 30/2020/NĐ-CP, Phụ lục I (see /work/shared/ND30.md).
"""

from __future__ import annotations

import re

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from pydantic import BaseModel, ConfigDict

from pipeline.lint.formatting import Line

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TYPE_NAMES = ("KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH", "THÔNG BÁO", "TỜ TRÌNH", "CHỈ THỊ", "HƯỚNG DẪN", "CHƯƠNG TRÌNH",
              "PHƯƠNG ÁN", "ĐỀ ÁN", "BIÊN BẢN", "GIẤY MỜI", "NGHỊ QUYẾT", "QUY CHẾ", "QUY ĐỊNH", "CÔNG ĐIỆN")
# "Số: 05/KH-UBND", "Số:     /KH-UBND" (unsigned draft: blank number allowed), "Số: 21-BC/ĐTN" (Đoàn, Đảng)
SO_RE = re.compile(r"^Số\s*:\s*(\d*)\s*[/-]")
# Party, Youth Union and some mass organisations put their own name where the Quốc hiệu goes (their own rules)
OWN_TITLES = ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM", "HỘI CỰU CHIẾN BINH VIỆT NAM")
# "Kiến Minh, ngày 09 tháng 02 năm 2026"
DATE_RE = re.compile(r",\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+\d{4}")
# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
AUTHORITY_RE = re.compile(r"^(TM|KT|TL|TUQ|Q)\.\s+\S")
FONT = "Times New Roman"


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    rule: str  # "ND30-SO"
    ref: str  # "NĐ 30/2020, Phụ lục I, mục II.3"
    message: str  # Vietnamese
    where: str | None = None  # the text concerned


def _f(rule: str, ref: str, message: str, where: str | None = None) -> Finding:
    return Finding(rule=rule, ref=ref, message=message, where=where[:80] if where else None)


def _size_ok(line: Line, low: float, high: float) -> bool:
    return line.size is not None and low <= line.size <= high


def page_rules(doc: Document) -> list[Finding]:
    sec = doc.sections[0]
    ref = "NĐ 30/2020, Phụ lục I, Phần I, mục I.3-4"
    out = []
    w, h = sorted((sec.page_width.mm, sec.page_height.mm))
    if abs(w - 210) > 2 or abs(h - 297) > 2:
        out.append(_f("ND30-KHO-GIAY", ref, f"Khổ giấy phải là A4 (210 × 297 mm); văn bản đang là {w:.0f} × {h:.0f} mm."))
    for name, value, low, high in (("trên", sec.top_margin, 20, 25), ("dưới", sec.bottom_margin, 20, 25),
                                   ("trái", sec.left_margin, 30, 35), ("phải", sec.right_margin, 15, 20)):
        mm = value.mm if value is not None else 0
        if not low - 0.5 <= mm <= high + 0.5:
            out.append(_f("ND30-LE", ref, f"Lề {name} phải từ {low} đến {high} mm; văn bản đang là {mm:.1f} mm."))
    return out


def font_rules(lines: list[Line]) -> list[Finding]:
    wrong = [ln for ln in lines if ln.font and ln.font != FONT]
    if not wrong:
        return []
    fonts = ", ".join(sorted({ln.font for ln in wrong}))
    return [_f("ND30-PHONG-CHU", "NĐ 30/2020, Phụ lục I, Phần I, mục I.2",
               f"Phông chữ phải là Times New Roman; có {len(wrong)} đoạn dùng phông khác ({fonts}).", wrong[0].text)]


def _find(lines: list[Line], test) -> Line | None:
    return next((ln for ln in lines if test(ln)), None)


def national_title_rules(lines: list[Line]) -> list[Finding]:
    out = []
    if any(ln.text in OWN_TITLES for ln in lines if ln.where == "bảng tiêu đề"):
        return []
    qh = _find(lines, lambda ln: QUOC_HIEU in " ".join(ln.text.split()).upper())
    ref = "NĐ 30/2020, Phụ lục I, mục II.1"
    if qh is None:
        return [_f("ND30-QUOC-HIEU", ref, "Thiếu Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM».")]
    if QUOC_HIEU not in qh.text or not qh.bold or not _size_ok(qh, 12, 13):
        out.append(_f("ND30-QUOC-HIEU", ref, "Quốc hiệu phải in hoa, đứng, đậm, cỡ chữ 12-13.", qh.text))
    tn = _find(lines, lambda ln: "độc lập" in ln.text.lower() and "hạnh phúc" in ln.text.lower())
    if tn is None:
        out.append(_f("ND30-TIEU-NGU", ref, "Thiếu Tiêu ngữ «Độc lập - Tự do - Hạnh phúc»."))
    elif " ".join(tn.text.split()) != TIEU_NGU:
        out.append(_f("ND30-TIEU-NGU", ref, "Tiêu ngữ phải viết đúng «Độc lập - Tự do - Hạnh phúc» (gạch nối có "
                                            "cách chữ, viết hoa chữ cái đầu).", tn.text))
    elif not tn.bold or not _size_ok(tn, 13, 14):
        out.append(_f("ND30-TIEU-NGU", ref, "Tiêu ngữ phải in đậm, cỡ chữ 13-14.", tn.text))
    return out


def issuer_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, mục II.2"
    header = [ln for ln in lines if ln.where == "bảng tiêu đề"] or lines[:8]
    body = [ln for ln in header if ln.text.isupper() and QUOC_HIEU not in ln.text and not ln.text.startswith("Số")]
    if not body:
        return [_f("ND30-CO-QUAN", ref, "Thiếu tên cơ quan ban hành (in hoa, đậm) ở góc trái tiêu đề.")]
    if not any(ln.bold and _size_ok(ln, 12, 13) for ln in body):
        return [_f("ND30-CO-QUAN", ref, "Tên cơ quan ban hành phải in hoa, đứng, đậm, cỡ chữ 12-13.", body[-1].text)]
    return []


def number_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, mục II.3"
    so = _find(lines, lambda ln: SO_RE.match(ln.text))
    if so is None:
        return [_f("ND30-SO", ref, "Thiếu dòng số, ký hiệu văn bản («Số: 05/KH-UBND»).")]
    number = SO_RE.match(so.text).group(1)
    out = []
    if number and int(number) < 10 and len(number) < 2:
        out.append(_f("ND30-SO", ref, f"Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước («0{number}»).", so.text))
    if not _size_ok(so, 13, 13):
        out.append(_f("ND30-SO", ref, "Dòng «Số:» phải cỡ chữ 13, kiểu chữ đứng.", so.text))
    return out


def date_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, mục II.4"
    line = _find(lines, lambda ln: DATE_RE.search(ln.text))
    if line is None:
        return [_f("ND30-NGAY", ref, "Thiếu dòng địa danh, ngày tháng năm («Kiến Minh, ngày 09 tháng 02 năm 2026»).")]
    day, month = DATE_RE.search(line.text).groups()
    out = []
    if int(day) < 10 and len(day) < 2:
        out.append(_f("ND30-NGAY", ref, f"Ngày nhỏ hơn 10 phải ghi thêm số 0 («ngày 0{day}»).", line.text))
    if int(month) in (1, 2) and len(month) < 2:
        out.append(_f("ND30-NGAY", ref, f"Tháng 1, 2 phải ghi thêm số 0 («tháng 0{month}»).", line.text))
    if not line.italic or not _size_ok(line, 13, 14):
        out.append(_f("ND30-NGAY", ref, "Địa danh, ngày tháng năm phải in nghiêng, cỡ chữ 13-14.", line.text))
    return out


def type_name_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, mục II.5"
    if _find(lines, lambda ln: ln.text.startswith("V/v")):
        return []  # a công văn: trích yếu under the number instead of a type name
    title = _find(lines, lambda ln: ln.where != "bảng tiêu đề" and ln.text in TYPE_NAMES)
    if title is None:
        return [_f("ND30-TEN-LOAI", ref, "Thiếu tên loại văn bản (KẾ HOẠCH, BÁO CÁO ...) hoặc trích yếu «V/v ...».")]
    if not title.bold or not _size_ok(title, 13, 14) or title.align != WD_ALIGN_PARAGRAPH.CENTER:
        return [_f("ND30-TEN-LOAI", ref, "Tên loại văn bản phải in hoa, đậm, cỡ chữ 13-14, căn giữa.", title.text)]
    return []


def recipients_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, mục II.9b"
    at = next((k for k, ln in enumerate(lines) if ln.text.rstrip(":").strip() == "Nơi nhận"), None)
    if at is None:
        return [_f("ND30-NOI-NHAN", ref, "Thiếu «Nơi nhận:».")]
    head, out = lines[at], []
    if not (head.bold and head.italic and _size_ok(head, 12, 12)):
        out.append(_f("ND30-NOI-NHAN", ref, "«Nơi nhận:» phải in nghiêng, đậm, cỡ chữ 12.", head.text))
    items = [ln for ln in lines[at + 1:] if ln.where == head.where and ln.text.startswith("-")]
    wrong = [ln for ln in items if not _size_ok(ln, 11, 11) or ln.bold]
    if wrong:
        out.append(_f("ND30-NOI-NHAN", ref, "Danh sách nơi nhận phải cỡ chữ 11, kiểu chữ đứng.", wrong[0].text))
    if items and not items[-1].text.startswith("- Lưu"):
        out.append(_f("ND30-NOI-NHAN", ref, "Dòng cuối của nơi nhận phải là «- Lưu: VT, ...».", items[-1].text))
    return out


def signature_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, mục II.7"
    closing = [ln for ln in lines if ln.where == "bảng nơi nhận, chữ ký" and ln.text.isupper()
               and not ln.text.startswith("-")]
    auth = _find(lines, lambda ln: AUTHORITY_RE.match(ln.text)) or (closing[0] if closing else None)
    if auth is None:
        return [_f("ND30-CHU-KY", ref, "Thiếu quyền hạn, chức vụ của người ký (TM./KT./TL./TUQ. ...).")]
    if not auth.bold or not auth.text.isupper() or not _size_ok(auth, 13, 14):
        return [_f("ND30-CHU-KY", ref, "Quyền hạn, chức vụ người ký phải in hoa, đậm, cỡ chữ 13-14.", auth.text)]
    if auth.text.startswith("KT.") and not _find(lines, lambda ln: ln.text.startswith("PHÓ")):
        return [_f("ND30-CHU-KY", ref, "Ký thay (KT.) phải ghi chức vụ của người ký bên dưới (PHÓ ...).", auth.text)]
    return []


def body_rules(lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, Phần I, mục I.5 và mục II.6"
    prose = [ln for ln in lines if ln.where == "thân văn bản" and len(ln.text) > 120
             and not (ln.bold and ln.align == WD_ALIGN_PARAGRAPH.CENTER)]  # a long centred trích yếu is no body
    bad_size = [ln for ln in prose if not _size_ok(ln, 13, 14)]
    bad_align = [ln for ln in prose if ln.align not in (WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.DISTRIBUTE)]
    out = []
    if bad_size:
        out.append(_f("ND30-THAN-VAN", ref, f"Nội dung văn bản phải cỡ chữ 13-14; {len(bad_size)} đoạn sai cỡ chữ.",
                      bad_size[0].text))
    if bad_align:
        out.append(_f("ND30-THAN-VAN", ref, f"Nội dung văn bản phải căn đều hai lề; {len(bad_align)} đoạn chưa căn đều.",
                      bad_align[0].text))
    return out


def page_number_rules(doc: Document, lines: list[Line]) -> list[Finding]:
    ref = "NĐ 30/2020, Phụ lục I, Phần I, mục I.4"
    sec = doc.sections[0]
    instr = " ".join(t.text or "" for t in sec.header._element.iter(qn("w:instrText")))
    simple = [f.get(qn("w:instr")) or "" for f in sec.header._element.iter(qn("w:fldSimple"))]
    has_page = "PAGE" in instr or any("PAGE" in s for s in simple)
    if not has_page:
        if sum(len(ln.text) for ln in lines) > 3500:  # longer than one page
            return [_f("ND30-SO-TRANG", ref, "Văn bản nhiều trang phải đánh số trang (trường PAGE ở đầu trang).")]
        return []
    if not sec.different_first_page_header_footer:
        return [_f("ND30-SO-TRANG", ref, "Không hiển thị số trang ở trang đầu (bật «trang đầu khác»).")]
    return []
