"""Build `templates_docx/*.docx` with python-docx: `python -m tools.templates.build [OUTDIR]`.

Each template is laid out per Decree 30 (see `tools/templates/kit.py`); the text between the Jinja tags is the
fixed wording of the document, the tags name fields of the context models in `pipeline/generate/contexts.py`.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from tools.templates.kit import (CENTER, body, closing_table, grid_table, header_table, new_document, para,
                                 tag, title_block)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "templates_docx"


def loop(doc, items: str, text: str = "{{ x }}", bold: bool = False) -> None:
    """One body paragraph repeated for each item of `items`."""
    tag(doc, f"{{%p for x in {items} %}}")
    body(doc, text, bold=bold)
    tag(doc, "{%p endfor %}")


def ke_hoach() -> object:
    doc = new_document()
    header_table(doc, "Số: {{ so_ky_hieu }}")
    title_block(doc, "KẾ HOẠCH")
    body(doc, "{{ intro }}")
    _plan_aims_and_targets(doc)
    _plan_time_rewards_organisation(doc)
    body(doc, "{{ closing }}")
    closing_table(doc)
    return doc


def _plan_aims_and_targets(doc) -> None:
    """I. Mục đích, yêu cầu; II. nội dung, chỉ tiêu (grouped 2.1 ... 2.4), nhiệm vụ và giải pháp."""
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(doc, "1. Mục đích", bold=True)
    loop(doc, "purposes")
    body(doc, "2. Yêu cầu", bold=True)
    loop(doc, "requirements")
    body(doc, "II. NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP TỔ CHỨC ĐỢT THI ĐUA", bold=True)
    body(doc, "1. Nội dung thi đua", bold=True)
    loop(doc, "contents")
    body(doc, "2. Mục tiêu, chỉ tiêu chủ yếu năm {{ year }}", bold=True)
    tag(doc, "{%p for g in target_groups %}")
    body(doc, "{{ g.label }} {{ g.title }}:", bold=True)
    tag(doc, "{%p for x in g.lines %}")
    body(doc, "{{ x }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    body(doc, "3. Nhiệm vụ và giải pháp chủ yếu", bold=True)
    loop(doc, "tasks")


def _plan_time_rewards_organisation(doc) -> None:
    """III. Thời gian thực hiện; IV. Khen thưởng; V. Tổ chức thực hiện with the table of units."""
    body(doc, "III. THỜI GIAN THỰC HIỆN", bold=True)
    body(doc, "{{ period_text }}")
    body(doc, "IV. KHEN THƯỞNG", bold=True)
    body(doc, "Căn cứ thành tích thực hiện đợt thi đua, tổ chức sơ kết, tổng kết, đánh giá phong trào; biểu dương, "
              "khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.")
    body(doc, "Kết quả thi đua là một trong các tiêu chí quan trọng để xét đánh giá, phân loại cuối năm đối với cán "
              "bộ, công chức, viên chức, người lao động và các thôn, tổ chức đoàn thể.")
    body(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "1. Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn", bold=True)
    body(doc, "Căn cứ kế hoạch của {{ issuer_name }}, xây dựng chương trình, kế hoạch cụ thể, phát động thi đua trong "
              "từng lĩnh vực thuộc đơn vị phụ trách đảm bảo thiết thực, hiệu quả, đúng mục đích, yêu cầu và tiến độ "
              "thực hiện.")
    body(doc, "Báo cáo kết quả thực hiện về {{ issuer_name }} (qua {{ drafting_unit }}) trước ngày "
              "{{ unit_deadline_text }} để tổng hợp, báo cáo {{ parent_name }}.")
    body(doc, "2. {{ drafting_unit }}", bold=True)
    body(doc, "Tham mưu cho {{ issuer_name }} hướng dẫn, kiểm tra, đôn đốc thực hiện kế hoạch; tổng hợp báo cáo kết "
              "quả về {{ parent_name }} trước ngày {{ city_deadline_text }}.")
    body(doc, "3. Phân công theo dõi, báo cáo chỉ tiêu", bold=True)
    body(doc, "Các đơn vị theo dõi, báo cáo kết quả thực hiện các chỉ tiêu tại mục II.2 theo phân công sau:")
    grid_table(doc, (14, 68, 53, 30), ("STT", "Đơn vị", "Chỉ tiêu theo dõi, báo cáo", "Thời hạn báo cáo"),
               ("{{ u.stt }}", "{{ u.name }}", "Theo dõi, báo cáo chỉ tiêu {{ u.codes }}", "{{ u.due }}"),
               "for u in units")


def bao_cao_tong_hop() -> object:
    doc = new_document()
    header_table(doc, "Số: {{ so_ky_hieu }}")
    title_block(doc, "BÁO CÁO")
    para(doc, "Kính gửi: {{ kinh_gui }}.", CENTER, 14, after=6)
    body(doc, "{{ intro }}")
    body(doc, "I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN", bold=True)
    loop(doc, "deployment")
    body(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", bold=True)
    body(doc, "1. Kết quả thực hiện các chỉ tiêu chủ yếu", bold=True)
    body(doc, "{{ results_summary }}")
    grid_table(doc, (13, 40, 17, 21, 19, 17, 16, 22),
               ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Đánh giá", "Đơn vị báo cáo"),
               ("{{ r.stt }}", "{{ r.name }}", "{{ r.unit }}", "{{ r.target|so }}", "{{ r.value|so }}",
                "{{ r.completion|phan_tram }}", "{{ r.verdict }}", "{{ r.units }}"),
               "for r in rows", size=11)
    body(doc, "2. Một số kết quả nổi bật của các đơn vị", bold=True)
    tag(doc, "{%p for h in highlights %}")
    body(doc, "- {{ h.unit }}: “{{ h.quote }}” (trích {{ h.source }}).")
    tag(doc, "{%p endfor %}")
    body(doc, "III. ĐÁNH GIÁ CHUNG", bold=True)
    loop(doc, "assessment")
    body(doc, "IV. TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ", bold=True)
    loop(doc, "issues")
    body(doc, "{{ closing }}")
    closing_table(doc)
    return doc


def cong_van() -> object:
    doc = new_document()
    header_table(doc, "Số: {{ so_ky_hieu }}")
    number_cell = doc.tables[0].rows[1].cells[0]
    para(number_cell, "V/v {{ trich_yeu }}", CENTER, 12, before=6)
    para(doc, "Kính gửi:", CENTER, 14, before=12)
    tag(doc, "{%p for k in kinh_gui %}")
    para(doc, "{{ k }}", CENTER, 14)
    tag(doc, "{%p endfor %}")
    para(doc, "", CENTER, 14, after=6)
    loop(doc, "paragraphs")
    closing_table(doc)
    return doc


TEMPLATES = {"ke_hoach.docx": ke_hoach, "bao_cao_tong_hop.docx": bao_cao_tong_hop, "cong_van.docx": cong_van}


FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def save_deterministic(doc, path: Path) -> None:
    """Save with fixed zip timestamps and order, so a rebuild gives the same bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            dst.writestr(zipfile.ZipInfo(name, FIXED_TIME), src.read(name), zipfile.ZIP_DEFLATED)


def build(outdir: Path = OUT) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in TEMPLATES.items():
        doc = make()
        props = doc.core_properties
        props.title = name.removesuffix(".docx")
        props.created = props.modified = props.last_printed = dt.datetime(*FIXED_TIME)
        props.revision = 1
        path = outdir / name
        save_deterministic(doc, path)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p)
