"""Text a PDF page shows through its annotations: form-field values, signature widgets, free text and
stamps. Signed Vietnamese PDFs carry the document's number and date there ("Số: 542/TB-UBND",
"ngày 06 tháng 11"), and the signing stamp (who signed, when) in a widget of its own.

pdfium's text page holds only the page's content. We flatten the page's annotations into its
content (in memory; the file is never written), read the characters again and keep those that were
not there before. Annotation characters on the baseline of a page line, next to its text, fill that
line (the number and the date of the header); the others are lines of their own, returned apart so
the reader can mark them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.readers.pdf_lines import Char, Line, chars_to_lines

_FLAT_NORMALDISPLAY = 0
_FLATTEN_SUCCESS = 1
# Subtypes that can show text: free text, stamp, widget (form fields, signatures), redact, watermark.
_TEXT_SUBTYPES = frozenset((pdfium_c.FPDF_ANNOT_FREETEXT, pdfium_c.FPDF_ANNOT_STAMP, pdfium_c.FPDF_ANNOT_WIDGET,
                            pdfium_c.FPDF_ANNOT_REDACT, pdfium_c.FPDF_ANNOT_WATERMARK))
_FORM_DEPTH = 8  # form XObjects nested deeper than this are not looked into
_INLINE_EMS = 4.0  # an annotation line this close to a page line's text, on its baseline, fills it


def has_text_annotations(page: pdfium.PdfPage) -> bool:
    """Whether an annotation of the page may show text: its appearance holds a text object (form
    XObjects followed), or it has no appearance pdfium can parse (then flattening decides). A signature
    widget that shows only an image (the seal on a signed page) costs no flattening and no second read."""
    raw = page.raw
    for k in range(pdfium_c.FPDFPage_GetAnnotCount(raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(raw, k)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) in _TEXT_SUBTYPES and _shows_text(annot):
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return False


def _shows_text(annot) -> bool:
    count = pdfium_c.FPDFAnnot_GetObjectCount(annot)
    if count <= 0:
        return True
    stack = [(pdfium_c.FPDFAnnot_GetObject(annot, j), 0) for j in range(count)]
    while stack:
        obj, depth = stack.pop()
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            return True
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if depth >= _FORM_DEPTH:
                return True  # too deep to look into: let flattening decide
            stack.extend((pdfium_c.FPDFFormObj_GetObject(obj, j), depth + 1)
                         for j in range(pdfium_c.FPDFFormObj_CountObjects(obj)))
    return False


def annotation_chars(pdf: pdfium.PdfDocument, index: int, page: pdfium.PdfPage, chars: list[Char],
                     read: Callable[[pdfium.PdfPage], list[Char]]) -> tuple[list[Char], list[Line]]:
    """(characters that fill page lines, lines of their own) shown by the page's annotations.
    `chars` are the page's own characters, `read` reads a page's characters. Flattening changes the
    page in memory: the caller must not use `page` afterwards (it is closed here)."""
    if not has_text_annotations(page):
        return [], []
    if pdfium_c.FPDFPage_Flatten(page.raw, _FLAT_NORMALDISPLAY) != _FLATTEN_SUCCESS:
        return [], []
    page.close()
    flat = pdf[index]
    try:
        flat_chars = read(flat)
    finally:
        flat.close()
    extra = _new_chars(flat_chars, chars)
    if not extra:
        return [], []
    inline: list[Char] = []
    apart: list[Char] = []
    lines = _by_line([c for c in chars if c.text != " "])
    for line_chars in _by_line(extra):
        (inline if _fills_a_line(line_chars, lines) else apart).extend(line_chars)
    return inline, chars_to_lines(apart, index + 1)


def _new_chars(after: list[Char], before: list[Char]) -> list[Char]:
    """The characters of `after` that are not in `before`. Flattening adds the annotations' text to the
    page and leaves the page's own characters as they were (same values), though pdfium may order the
    new ones among them."""
    if len(after) >= len(before) and after[:len(before)] == before:
        return after[len(before):]
    left = Counter(before)
    out = []
    for ch in after:
        if left[ch]:
            left[ch] -= 1
        else:
            out.append(ch)
    return out


def _by_line(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by baseline (the same grouping as `chars_to_lines`, keeping the Chars)."""
    rows: list[list[Char]] = []
    for ch in sorted(chars, key=lambda c: c.baseline):
        if rows and abs(rows[-1][-1].baseline - ch.baseline) <= max(0.25 * ch.size, 1.5):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    return rows


def _fills_a_line(chars: list[Char], lines: list[list[Char]]) -> bool:
    """The annotation line `chars` stands on the baseline of a page line, within reach of its text."""
    x0, x1 = min(c.x0 for c in chars), max(c.x1 for c in chars)
    baseline = chars[0].baseline
    size = max(c.size for c in chars) or 12.0
    reach = _INLINE_EMS * size
    tolerance = max(0.25 * size, 1.5)
    return any(abs(c.baseline - baseline) <= tolerance and c.x0 - reach <= x1 and x0 <= c.x1 + reach
               for line in lines if abs(line[0].baseline - baseline) <= tolerance + 3 * size for c in line)

