"""Text shown by annotations and form fields is read: the number and date a signing system stamps
into the header fill their lines; a signature stamp of its own is a block marked `annotation`."""

from __future__ import annotations

from pathlib import Path

from extractors.readers import file_to_document
from tests.pdf_support import text, write_pdf

REAL = Path(__file__).parent / "data" / "real"


def _widget(rect: tuple[float, float, float, float], name: str) -> str:
    return f"<< /Type /Annot /Subtype /Widget /FT /Sig /T ({name}) /F 4 /P PAGE /Rect [{' '.join(map(str, rect))}] >>"


def _signed_pdf(tmp_path: Path) -> Path:
    page = text(72, 760, "UY BAN NHAN DAN TINH") + text(72, 740, "So:") + text(130, 740, "/TB-UBND") \
        + text(300, 740, "Quang Ngai, ngay") + text(420, 740, "thang 11 nam 2024") + text(72, 700, "Noi dung thong bao.")
    annots = [[
        (_widget((96, 736, 128, 752), "so"), "BT /F1 12 Tf 2 4 Td (542) Tj ET"),
        (_widget((398, 736, 418, 752), "ngay"), "BT /F1 12 Tf 2 4 Td (06) Tj ET"),
        (_widget((400, 790, 560, 830), "ky"), "BT /F1 9 Tf 2 28 Td (Ky boi: Van phong UBND tinh) Tj 0 -12 Td "
                                               "(06.11.2024 09:27:05 +07:00) Tj ET"),
    ]]
    return write_pdf(tmp_path / "signed.pdf", [page], annots=annots, acroform="<< /Fields [] /SigFlags 3 >>")


def test_a_number_and_date_stamped_in_widgets_fill_the_header_lines(tmp_path):
    doc = file_to_document(_signed_pdf(tmp_path))
    assert "So: 542 /TB-UBND" in doc.text
    assert "ngay 06 thang 11 nam 2024" in doc.text
    assert not any(b.annotation and "542" in b.text for b in doc.blocks)


def test_a_signature_stamp_is_its_own_block_marked_as_an_annotation(tmp_path):
    doc = file_to_document(_signed_pdf(tmp_path))
    stamps = [b.text for b in doc.blocks if b.annotation]
    assert any("Ky boi: Van phong UBND tinh" in s for s in stamps)
    assert any("06.11.2024 09:27:05" in s for s in stamps)
    assert not any("Noi dung" in s for s in stamps)


def test_a_real_signed_notice_gives_its_stamped_number_and_date():
    doc = file_to_document(REAL / "tinh_quangngai_TB_542-2024.pdf")
    header = doc.blocks[0].text
    assert "Số: 542 /TB-UBND" in header
    assert "ngày 06 tháng 11 năm 2024" in header
    stamps = " ".join(b.text for b in doc.blocks if b.annotation)
    assert "06.11.2024 09:27:05" in stamps


def test_a_form_field_value_without_an_appearance_is_read(tmp_path):
    page = text(72, 760, "Don vi bao cao:") + text(72, 700, "Noi dung.")
    field = ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (donvi) /V (UBND xa Tan Phu) /DA (/Helv 12 Tf 0 g) "
             "/F 4 /P PAGE /Rect [180 755 400 775] >>")
    acroform = ("<< /Fields [] /NeedAppearances true /DA (/Helv 12 Tf 0 g) "
                "/DR << /Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")
    pdf = write_pdf(tmp_path / "form.pdf", [page], annots=[[(field, None)]], acroform=acroform)
    doc = file_to_document(pdf)
    assert "UBND xa Tan Phu" in doc.text


def test_a_form_whose_field_tree_lists_each_kid_twice_does_not_hang_the_reader(tmp_path):
    from pipeline.isolation import run_limited
    from tests.pdf_support import PdfWriter

    w = PdfWriter()
    catalog, pages, page, form = w.reserve(), w.reserve(), w.reserve(), w.reserve()
    fields = [w.reserve() for _ in range(30)]  # 2^30 paths through the tree
    for depth, field in enumerate(fields):
        kids = f" /Kids [{fields[depth + 1]} 0 R {fields[depth + 1]} 0 R]" if depth + 1 < len(fields) else " /T (x)"
        parent = f" /Parent {fields[depth - 1]} 0 R" if depth else ""
        w.set(field, f"<<{kids}{parent} >>")
    content = w.stream(text(72, 760, "Bieu mau bao cao thang 7").encode("latin-1"))
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    w.set(page, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> "
                f"/Contents {content} 0 R >>")
    w.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    w.set(form, f"<< /Fields [{fields[0]} 0 R] /NeedAppearances true >>")
    w.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R /AcroForm {form} 0 R >>")
    pdf = w.save(tmp_path / "field-bomb.pdf", catalog)
    doc = run_limited(file_to_document, pdf, file=pdf.name, timeout_s=20)
    assert "Bieu mau bao cao thang 7" in doc.text


def test_a_real_signing_stamp_comes_after_the_pages_and_is_no_body_text():
    """The stamp of page 1 (who signed, when) stands after page 2's text: it splits no paragraph, joins no
    "Nơi nhận" list, and the record still takes the stamped number and date into its header."""
    from extractors.extract import document_to_record

    doc = file_to_document(REAL / "tinh_quangngai_TB_542-2024.pdf")
    stamps = [i for i, b in enumerate(doc.blocks) if b.annotation]
    page_two = [i for i, b in enumerate(doc.blocks) if b.location.page == 2 and not b.annotation]
    assert stamps and page_two and min(stamps) > max(page_two)
    assert all(doc.blocks[i].location.page == 1 for i in stamps)
    record = document_to_record(doc)
    assert record.number == "542/TB-UBND"
    assert str(record.issued_on) == "2024-11-06"
    closing = " ".join(record.recipients)
    assert "Cổng TTĐT tỉnh" in closing
    assert "quangngai.gov.vn" not in closing and "07:00" not in closing


def _form_in_an_object_stream(tmp_path: Path, name: str, fields: str, annot: str, extra: list[str]) -> Path:
    """One page whose field widget, AcroForm (with /NeedAppearances true) and catalog sit in a compressed
    object stream: the raw bytes never show /NeedAppearances."""
    from tests.pdf_support import PdfWriter

    w = PdfWriter()
    catalog, pages, page, form, widget = (w.reserve() for _ in range(5))
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    content = w.stream((text(72, 760, "Don vi bao cao:") + text(72, 700, "Noi dung.")).encode("latin-1"))
    more = [w.add(body) for body in extra]
    w.set(widget, annot.replace("PAGE", f"{page} 0 R"))
    w.set(page, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R "
                f">> >> /Contents {content} 0 R /Annots [{widget} 0 R] >>")
    w.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    w.set(form, f"<< /Fields [{fields.replace('WIDGET', str(widget))}] /NeedAppearances true /DA (/Helv 12 Tf 0 g) "
                "/DR << /Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")
    w.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R /AcroForm {form} 0 R >>")
    pdf = w.save_packed(tmp_path / name, catalog, {catalog, pages, page, form, widget, *more})
    assert b"NeedAppearances" not in pdf.read_bytes()
    return pdf


def test_a_form_asking_for_appearances_from_inside_an_object_stream_has_its_field_value_read(tmp_path):
    field = ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (donvi) /V (UBND xa Tan Phu) /DA (/Helv 12 Tf 0 g) "
             "/F 4 /P PAGE /Rect [180 755 400 775] >>")
    pdf = _form_in_an_object_stream(tmp_path, "packed-form.pdf", "WIDGET 0 R", field, [])
    doc = file_to_document(pdf)
    assert "UBND xa Tan Phu" in doc.text
    assert "Noi dung." in doc.text


def test_a_field_tree_listing_each_kid_twice_inside_an_object_stream_does_not_hang_the_reader(tmp_path):
    from pipeline.isolation import run_limited

    first = 8  # the first object after the five reserved ones, the font and the content stream
    depth = 30  # 2^30 paths through the tree
    tree = []
    for level in range(depth):
        kids = f" /Kids [{first + level + 1} 0 R {first + level + 1} 0 R]" if level + 1 < depth else " /T (x)"
        parent = f" /Parent {first + level - 1} 0 R" if level else ""
        tree.append(f"<<{kids}{parent} >>")
    field = ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (donvi) /V (UBND xa Tan Phu) /F 4 /P PAGE "
             "/Rect [180 755 400 775] >>")
    pdf = _form_in_an_object_stream(tmp_path, "packed-bomb.pdf", f"{first} 0 R WIDGET 0 R", field, tree)
    doc = run_limited(file_to_document, pdf, file=pdf.name, timeout_s=20)
    assert "Noi dung." in doc.text
