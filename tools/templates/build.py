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
    _plan_tasks(doc)
    _plan_organisation(doc)
    body(doc, "{{ closing }}")
    closing_table(doc)
    return doc


def _plan_aims_and_targets(doc) -> None:
    """I. Mục đích, yêu cầu (the parent's, in commune scope); II. Mục tiêu, chỉ tiêu (groups of lines)."""
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(doc, "1. Mục đích", bold=True)
    loop(doc, "purposes")
    body(doc, "2. Yêu cầu", bold=True)
    loop(doc, "requirements")
    body(doc, "II. MỤC TIÊU, CHỈ TIÊU", bold=True)
    tag(doc, "{%p for g in target_groups %}")
    body(doc, "{{ g.label }} {{ g.title }}", bold=True)
    tag(doc, "{%p for x in g.lines %}")
    body(doc, "{{ x }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")


def _plan_tasks(doc) -> None:
    """III. Nhiệm vụ, giải pháp: each task with its paragraphs and who leads / helps."""
    body(doc, "III. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    tag(doc, "{%p for t in tasks %}")
    body(doc, "{{ t.label }} {{ t.title }}", bold=True)
    tag(doc, "{%p for x in t.paragraphs %}")
    body(doc, "{{ x }}")
    tag(doc, "{%p endfor %}")
    body(doc, "{{ t.who }}", italic=True)
    tag(doc, "{%p endfor %}")


def _plan_organisation(doc) -> None:
    """IV. Tổ chức thực hiện: each unit's duties, the reporting regime, the table of units."""
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    tag(doc, "{%p for d in duties %}")
    body(doc, "{{ d.label }} {{ d.name }}", bold=True)
    tag(doc, "{%p for x in d.lines %}")
    body(doc, "{{ x }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    body(doc, "{{ duties|length + 1 }}. Chế độ báo cáo", bold=True)
    body(doc, "{{ reporting[0] }} {{ drafting_unit }} {{ reporting[1] }}")
    body(doc, "Phân công thực hiện và thời hạn báo cáo của các đơn vị như sau:")
    grid_table(doc, (14, 58, 63, 30), ("STT", "Đơn vị", "Nhiệm vụ, chỉ tiêu", "Thời hạn báo cáo"),
               ("{{ u.stt }}", "{{ u.name }}", "{{ u.codes }}", "{{ u.due }}"),
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
