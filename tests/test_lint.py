"""`vanban lint`: a deliberately wrong DOCX, a corpus document, and exit codes."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.lint.checker import lint_docx
from tests.generate_support import COMMUNE_PLAN, CORPUS

LONG = ("Thực hiện Kế hoạch số 232/KH-UBND ngày 09/9/2025 của Ủy ban nhân dân thành phố Hải Phòng, Ủy ban nhân dân "
        "xã Kiến Minh báo cáo kết quả thực hiện các chỉ tiêu chủ yếu như sau.")


def _p(doc, text, size=14, bold=False, italic=False, font="Times New Roman", align=None):
    par = doc.add_paragraph()
    run = par.add_run(text)
    run.font.size, run.bold, run.italic, run.font.name = Pt(size), bold, italic, font
    par.alignment = align
    return par


def wrong_docx(path):
    """Letter paper, narrow margins, Arial, "Số: 5/", "ngày 9 tháng 2" upright, Nơi nhận plain, no signer."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(216), Mm(279)
    sec.left_margin = sec.right_margin = Mm(10)
    _p(doc, "ỦY BAN NHÂN DÂN XÃ KIẾN MINH", 12, bold=True)
    _p(doc, "Số: 5/KH-UBND", 13)
    _p(doc, "Cộng hòa xã hội chủ nghĩa Việt Nam", 12, bold=True)
    _p(doc, "Độc lập-Tự do-Hạnh phúc", 13, bold=True)
    _p(doc, "Kiến Minh, ngày 9 tháng 2 năm 2026", 13)
    _p(doc, "KẾ HOẠCH", 14, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for _ in range(30):
        _p(doc, LONG, 12, font="Arial", align=WD_ALIGN_PARAGRAPH.LEFT)
    _p(doc, "Nơi nhận:", 12)
    _p(doc, "- Như trên;", 13)
    doc.save(path)
    return path


def test_a_badly_formatted_draft_gets_a_finding_for_each_fault(tmp_path):
    findings = lint_docx(wrong_docx(tmp_path / "du-thao.docx"))
    messages = "\n".join(f.message for f in findings)
    rules = {f.rule for f in findings}
    assert {"ND30-KHO-GIAY", "ND30-LE", "ND30-PHONG-CHU", "ND30-QUOC-HIEU", "ND30-TIEU-NGU", "ND30-SO", "ND30-NGAY",
            "ND30-TEN-LOAI", "ND30-THAN-VAN", "ND30-NOI-NHAN", "ND30-CHU-KY", "ND30-SO-TRANG"} <= rules
    assert "«05»" in messages and "«ngày 09»" in messages and "«tháng 02»" in messages
    assert "Arial" in messages and "in nghiêng" in messages
    assert all(f.ref.startswith("NĐ 30/2020") for f in findings)


def test_the_checker_recognises_every_element_of_the_corpus_commune_plan():
    # header, number, date, type name, body, Nơi nhận and signer all found and well formed; only the page
    # numbering depends on how the corpus file was saved
    assert {f.rule for f in lint_docx(COMMUNE_PLAN)} <= {"ND30-SO-TRANG"}


def test_a_legacy_tcvn3_report_is_flagged_for_its_fonts_and_read_through_them_for_the_rest():
    findings = lint_docx(CORPUS / "bao_cao" / "bao-cao-14-bc-hnd-hoi-nong-dan.docx")
    assert [f.rule for f in findings] == ["ND30-PHONG-CHU"]
    assert ".VnTime" in findings[0].message and findings[0].where == "HỘI NÔNG DÂN TP HẢI PHÒNG"


def test_vanban_lint_exits_1_on_findings_and_0_on_a_clean_document(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["lint", str(wrong_docx(tmp_path / "sai.docx"))])
    assert bad.exit_code == 1 and "[ND30-SO]" in bad.output
    good = runner.invoke(app, ["lint", str(CORPUS / "bao_cao" / "bao-cao-06-bc-thon-tien-cam.docx")])
    assert good.exit_code == 0 and "đúng thể thức" in good.output


def test_vanban_lint_reports_a_file_that_is_not_a_docx_in_vietnamese(tmp_path):
    fake = tmp_path / "gia.docx"
    fake.write_bytes(b"khong phai docx")
    result = CliRunner().invoke(app, ["lint", str(fake)])
    assert result.exit_code == 1 and "gia.docx" in result.output


def test_a_youth_union_report_with_its_own_title_and_dash_number_is_not_asked_for_the_national_title():
    rules = {f.rule for f in lint_docx(CORPUS / "bao_cao" / "bao-cao-21-bc-dtn-doan-thanh-nien.docx")}
    assert "ND30-QUOC-HIEU" not in rules and "ND30-SO" not in rules


HOSTILE_DOCX = ("generated/docx_zip_bomb.docx", "generated/docx_xxe.docx", "generated/docx_billion_laughs.docx",
                "generated/docx_macro.docm", "generated/docx_truncated.docx", "generated/empty.docx",
                "from-poi/bug53475-password-is-pass.docx")


def test_vanban_lint_refuses_hostile_files_with_a_reason_and_goes_on_to_the_next(hostile, tmp_path):
    files = [hostile / name for name in HOSTILE_DOCX]
    good = CORPUS / "bao_cao" / "bao-cao-06-bc-thon-tien-cam.docx"  # the city plan 232: closing alone on p. 3
    result = CliRunner().invoke(app, ["lint", *map(str, files), str(good)])
    assert result.exit_code == 1
    for f in files:
        assert f"Lỗi: Tệp «{f.name}»" in result.output, f.name
    assert "root:x:0:0" not in result.output
    assert f"{good.name}: đúng thể thức" in result.output


def test_the_city_plan_whose_signature_block_falls_alone_on_its_last_page_is_flagged():
    # laid out by LibreOffice, page 3 of the Hải Phòng plan holds only "Nơi nhận" and the signature
    assert [f.rule for f in lint_docx(CORPUS / "ke_hoach" / "ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx")] == \
        ["ND30-NOI-NHAN-TRANG"]
