"""`vanban lint` layout rules on purpose-made bad DOCX (python-docx): the closing block alone on the last page
(laid out by LibreOffice), a table header word wider than its column, a header rule touching its text; and the
same documents laid out right pass."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from pipeline.lint.checker import lint_docx
from tools.docx_kit import set_widths

BODY = ("Ủy ban nhân dân xã Kiến Minh báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2025 trên địa bàn "
        "xã; các phòng, ban, ngành, đoàn thể và các thôn đã triển khai thực hiện nghiêm túc, đạt nhiều kết quả.")


def _run(par, text, size=14, bold=False):
    r = par.add_run(text)
    r.font.name, r.font.size, r.bold = "Times New Roman", Pt(size), bold
    return r


def _page(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)


def _header(doc, rule_on_text: bool):
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _run(left.paragraphs[0], "ỦY BAN NHÂN DÂN XÃ KIẾN MINH", 13, bold=True)
    if rule_on_text:  # the rule drawn as the bottom border of the name itself, no gap
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "000000")):
            bottom.set(qn(k), v)
        borders.append(bottom)
        left.paragraphs[0]._p.get_or_add_pPr().append(borders)
    _run(right.paragraphs[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)


def _closing(doc, keep: bool):
    last = doc.paragraphs[-1]
    last.paragraph_format.keep_with_next = keep
    table = doc.add_table(rows=1, cols=2)
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = table.rows[0].cells
    _run(left.paragraphs[0], "Nơi nhận:", 12, bold=True)
    _run(left.add_paragraph(), "- Lưu: VT, VHXH.", 11)
    _run(right.paragraphs[0], "CHỦ TỊCH", 14, bold=True)
    for _ in range(4):
        right.add_paragraph()
    _run(right.add_paragraph(), "Phạm Tiến Thuật", 14, bold=True)
    for cell in (left, right):
        for par in cell.paragraphs:
            par.paragraph_format.keep_together = True
            par.paragraph_format.keep_with_next = keep


def body_filling_page_one(doc, lines_left: int):
    """Body paragraphs that nearly fill page 1: with `lines_left` = 10 the closing block (about 8 lines) no longer
    fits under them (measured through LibreOffice: 6 fits, 8-12 do not)."""
    par = doc.add_paragraph()
    _run(par, "BÁO CÁO", 14, bold=True).font.size = Pt(14)
    for _ in range(9):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(6)
        _run(p, BODY)
    for _ in range(max(0, 12 - lines_left)):
        _run(doc.add_paragraph(), "Kết quả cụ thể như sau.")


def bad_closing_docx(path, keep: bool):
    doc = Document()
    _page(doc)
    _header(doc, rule_on_text=False)
    body_filling_page_one(doc, lines_left=10)
    _closing(doc, keep)
    doc.save(path)
    return path


def table_docx(path, stt_mm: float):
    doc = Document()
    _page(doc)
    table = doc.add_table(rows=2, cols=3)
    table.style = doc.styles["Table Grid"]
    set_widths(table, (stt_mm, 80, 40))
    for cell, text in zip(table.rows[0].cells, ("STT", "Chỉ tiêu", "Đánh giá")):
        _run(cell.paragraphs[0], text, 12, bold=True)
    for cell, text in zip(table.rows[1].cells, ("1", "Tỷ lệ hộ nghèo", "Đạt")):
        _run(cell.paragraphs[0], text, 12)
    doc.save(path)
    return path


def header_docx(path, rule_on_text: bool):
    doc = Document()
    _page(doc)
    _header(doc, rule_on_text)
    _run(doc.add_paragraph(), BODY)
    doc.save(path)
    return path


def drawn_line_docx(path):
    """The header with a drawn (VML) rule anchored in the issuer's first line: printed through "ỦY BAN"."""
    doc = Document()
    _page(doc)
    _header(doc, rule_on_text=False)
    par = doc.tables[0].rows[0].cells[0].paragraphs[0]
    par._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:line from="0,0" to="90pt,0" strokeweight="0.75pt" '
        'style="position:absolute;mso-position-horizontal-relative:text;mso-position-vertical-relative:text;'
        'margin-left:10pt;margin-top:5pt;z-index:1"/></w:pict></w:r>'))
    _run(doc.add_paragraph(), BODY)
    doc.save(path)
    return path


DML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _drawingml_rule(offset_pt: float, shape: str):
    """A DrawingML shape (Word 2010+) anchored to its paragraph: a line, or a filled rectangle 1 pt high."""
    high = 12700 if shape == "rect" else 0
    fill = '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>' if shape == "rect" else ""
    return parse_xml(
        f'<w:r {DML_NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>127000</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(offset_pt * 12700)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="1143000" cy="{high}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="10" name="Ke ngang"/><wp:cNvGraphicFramePr/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1143000" cy="{high}"/></a:xfrm>'
        f'<a:prstGeom prst="{shape}"><a:avLst/></a:prstGeom>{fill}<a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>'
        '</a:graphic></wp:anchor></w:drawing></w:r>')


def drawingml_docx(path, shape: str = "line", own_line: bool = False):
    """The header with a DrawingML rule: anchored in the issuer's first line 5 pt down (printed through "ỦY BAN"),
    or (`own_line`) in an empty 6 pt paragraph of its own under the name, 2 pt down: the right way."""
    doc = Document()
    _page(doc)
    _header(doc, rule_on_text=False)
    cell = doc.tables[0].rows[0].cells[0]
    if own_line:
        holder = cell.add_paragraph()
        _run(holder, "", 6)
        holder._p.append(_drawingml_rule(2, shape))
    else:
        cell.paragraphs[0]._p.append(_drawingml_rule(5, shape))
    _run(doc.add_paragraph(), BODY)
    doc.save(path)
    return path


def border_docx(path, side: str, space_pt: int):
    """The issuer's name with a paragraph border (`side`, `space_pt` between it and the words)."""
    doc = Document()
    _page(doc)
    _header(doc, rule_on_text=False)
    borders = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", str(space_pt)), ("w:color", "000000")):
        edge.set(qn(k), v)
    borders.append(edge)
    doc.tables[0].rows[0].cells[0].paragraphs[0]._p.get_or_add_pPr().append(borders)
    _run(doc.add_paragraph(), BODY)
    doc.save(path)
    return path


def _touching(path, layout: bool = True) -> list[str]:
    return [f.where for f in lint_docx(path, layout=layout) if f.rule == "ND30-KE-CHAM-CHU"]


def _rules(path) -> set[str]:
    return {f.rule for f in lint_docx(path)}


def test_nơi_nhận_and_the_signature_alone_on_the_last_page_are_caught(tmp_path):
    findings = [f for f in lint_docx(bad_closing_docx(tmp_path / "mo-coi.docx", keep=False))
                if f.rule == "ND30-NOI-NHAN-TRANG"]
    assert findings and "trang cuối" in findings[0].message


def test_keeping_the_last_body_paragraph_with_the_closing_block_passes(tmp_path):
    assert "ND30-NOI-NHAN-TRANG" not in _rules(bad_closing_docx(tmp_path / "giu-dong.docx", keep=True))


def test_a_table_header_word_wider_than_its_column_is_caught(tmp_path):
    findings = [f for f in lint_docx(table_docx(tmp_path / "stt-hep.docx", stt_mm=9), layout=False)
                if f.rule == "ND30-TIEU-DE-BANG"]
    assert [f.where for f in findings] == ["STT"]


def test_a_wide_enough_stt_column_passes(tmp_path):
    assert "ND30-TIEU-DE-BANG" not in {f.rule for f in lint_docx(table_docx(tmp_path / "stt.docx", 14), layout=False)}


def test_a_header_rule_drawn_on_the_text_itself_is_caught(tmp_path):
    assert "ND30-KE-CHAM-CHU" in {f.rule for f in lint_docx(header_docx(tmp_path / "ke.docx", True), layout=False)}
    assert "ND30-KE-CHAM-CHU" not in {f.rule for f in lint_docx(header_docx(tmp_path / "ok.docx", False),
                                                                layout=False)}


def test_a_drawn_header_rule_printed_through_the_letters_is_caught_on_the_laid_out_page(tmp_path):
    findings = [f for f in lint_docx(drawn_line_docx(tmp_path / "ke-de-chu.docx")) if f.rule == "ND30-KE-CHAM-CHU"]
    assert findings and findings[0].where  # the letters it touches
    assert "ND30-KE-CHAM-CHU" not in _rules(header_docx(tmp_path / "ok.docx", False))


def test_a_drawingml_line_anchored_in_the_issuers_line_is_caught_on_the_laid_out_page(tmp_path):
    touched = _touching(drawingml_docx(tmp_path / "ke-dml.docx"))
    assert len(touched) == 1 and touched[0].startswith("ỦYBAN")  # the letters it runs through


def test_a_thin_drawingml_rectangle_used_as_a_rule_is_caught_once(tmp_path):
    assert len(_touching(drawingml_docx(tmp_path / "ke-hcn.docx", shape="rect"))) == 1  # fill and outline: one


def test_a_drawingml_rule_on_its_own_line_under_the_issuer_passes(tmp_path):
    assert _touching(drawingml_docx(tmp_path / "ke-rieng.docx", own_line=True)) == []
    assert _touching(drawingml_docx(tmp_path / "ke-rieng-hcn.docx", shape="rect", own_line=True)) == []


def test_without_the_laid_out_page_a_rule_drawn_inside_the_first_line_is_caught_from_its_anchor(tmp_path):
    for path in (drawingml_docx(tmp_path / "dml.docx"), drawingml_docx(tmp_path / "hcn.docx", shape="rect"),
                 drawn_line_docx(tmp_path / "vml.docx")):
        assert _touching(path, layout=False) == ["ỦY BAN NHÂN DÂN XÃ KIẾN MINH"], path.name
    assert _touching(drawingml_docx(tmp_path / "rieng.docx", own_line=True), layout=False) == []


def test_a_paragraph_border_on_the_issuers_name_touches_it_unless_spaced(tmp_path):
    for side in ("top", "bottom"):
        assert _touching(border_docx(tmp_path / f"{side}-0.docx", side, 0), layout=False) == [
            "ỦY BAN NHÂN DÂN XÃ KIẾN MINH"]
        assert _touching(border_docx(tmp_path / f"{side}-4.docx", side, 4)) == []
