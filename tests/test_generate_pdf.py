"""The generated plan through LibreOffice: page count and the header's positions on page 1 (pdfplumber)."""

from __future__ import annotations

import pdfplumber
import pytest

from pipeline.generate.derive import derive_plan
from pipeline.generate.export_pdf import docx_to_pdf
from pipeline.generate.render import render
from tests.conftest import needs
from tests.generate_support import CITY_PLAN, ISSUED, gold, profile

pytestmark = [needs("soffice"), pytest.mark.libreoffice]


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    docx = render("ke_hoach.docx", derive_plan(gold(CITY_PLAN), profile(), ISSUED), folder / "ke-hoach.docx")
    return docx_to_pdf(docx)


def _word(page, text):
    return next(w for w in page.extract_words(keep_blank_chars=True) if w["text"].startswith(text))


def test_the_plan_prints_on_a_few_a4_pages_numbered_from_page_two(plan_pdf):
    with pdfplumber.open(plan_pdf) as pdf:
        assert 3 <= len(pdf.pages) <= 8
        assert all(round(p.width) == 595 and round(p.height) == 842 for p in pdf.pages)
        first_top = [w["text"] for w in pdf.pages[0].extract_words() if w["top"] < 50]
        second_top = [w["text"] for w in pdf.pages[1].extract_words() if w["top"] < 50]
    assert first_top == [] and second_top == ["2"]


def test_page_one_has_the_national_title_top_right_the_issuer_top_left_and_the_title_centred_below(plan_pdf):
    with pdfplumber.open(plan_pdf) as pdf:
        page = pdf.pages[0]
        middle = page.width / 2
        qh, issuer, title = _word(page, "CỘNG HÒA"), _word(page, "ỦY BAN NHÂN DÂN"), _word(page, "KẾ HOẠCH")
    assert qh["x0"] > middle - 40 and issuer["x1"] < middle + 40
    assert abs(qh["top"] - issuer["top"]) < 25
    assert title["top"] > max(qh["bottom"], issuer["bottom"]) + 20
    assert abs((title["x0"] + title["x1"]) / 2 - (page.width + 85 - 42) / 2) < 30  # centred in the text area


def test_the_header_rules_have_the_lengths_decree_30_gives(plan_pdf):
    with pdfplumber.open(plan_pdf) as pdf:
        page = pdf.pages[0]
        rules = sorted({(round(r["x0"]), round(r["x1"]), round(r["top"])) for r in page.lines + page.rects
                        if r["top"] < 260}, key=lambda r: r[2])
        tieu_ngu, issuer = _word(page, "Độc lập"), _word(page, "ỦY BAN NHÂN DÂN")
    under_tieu_ngu = next(r for r in rules if r[0] > page.width / 2)
    assert abs((under_tieu_ngu[1] - under_tieu_ngu[0]) - (tieu_ngu["x1"] - tieu_ngu["x0"])) < 0.1 * (
        tieu_ngu["x1"] - tieu_ngu["x0"])  # as long as the Tiêu ngữ
    under_issuer = next(r for r in rules if r[1] < page.width / 2)
    ratio = (under_issuer[1] - under_issuer[0]) / (issuer["x1"] - issuer["x0"])
    assert 1 / 3 <= ratio <= 1 / 2 + 0.05  # 1/3 to 1/2 of the issuing body's name
