"""Scanned PDF page -> lines and ruled tables, by tesseract (`-l vie`) on a 300 dpi rendering,
straightened first.

Lines come back in points, like text-layer lines, so the same paragraph rules apply; words inside a
ruled table (rules found in the image, `ocr_rules`) go to its cells instead.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess

import numpy as np
from PIL import Image

from extractors import programs
from extractors.errors import BadInput, ErrorCode
from extractors.normalize import clean_text
from extractors.readers.ocr_blanks import fill_blanks
from extractors.readers.ocr_cells import unsure_cell_pieces
from extractors.readers.ocr_marks import join_marks
from extractors.readers.ocr_reread import reread_pieces, split_at_gaps
from extractors.readers.ocr_rules import image_rules
from extractors.readers.pdf_lines import Char, Line
from extractors.readers.pdf_tables import PdfTable, chars_to_tables, rules_to_grids

OCR_TIMEOUT_S = 90
_SKEW_ANGLES = np.arange(-4.0, 4.01, 0.25)
_MIN_CONF = 10
_NOISE_CONF = 60
_LIST_MARKS = {"-", "–", "+", "•", "*"}


def tesseract() -> str | None:
    return shutil.which("tesseract")


def require_tesseract(name: str) -> str:
    exe = tesseract()
    if exe is None:
        raise BadInput(ErrorCode.NEEDS_OCR, name)
    return exe


def skew_angle(image: Image.Image) -> float:
    """The small rotation (degrees) that makes text rows horizontal: the angle whose row profile
    of dark pixels is sharpest (projection search on a reduced image)."""
    small = image.convert("L")
    small.thumbnail((700, 1000))
    best, best_score = 0.0, -1.0
    for angle in _SKEW_ANGLES:
        rotated = small.rotate(float(angle), resample=Image.Resampling.NEAREST, fillcolor=255)
        dark = (np.asarray(rotated) < 128).sum(axis=1).astype(np.float64)
        score = float(np.square(np.diff(dark)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def image_to_lines(image: Image.Image, page_no: int, dpi: int, name: str,
                   colour: Image.Image | None = None) -> tuple[list[Line], list[PdfTable]]:
    """OCR one page image into lines and ruled tables (coordinates converted from pixels to points). On the
    first page the header's hand-filled blanks are read again from their ink (`ocr_blanks`), in `colour` when
    given (the same page rendered in colour)."""
    exe = require_tesseract(name)
    angle = skew_angle(image)
    if abs(angle) >= 0.25:
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255, expand=False)
        if colour is not None:
            colour = colour.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255), expand=False)
    buf = io.BytesIO()
    image.convert("L").save(buf, format="PPM")  # uncompressed PGM: PNG encoding took 0.4 s a page
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        # tessedit_do_invert=0: no second pass looking for white-on-black text (halves the time)
        cmd = [exe, "stdin", "stdout", "-l", "vie", "--dpi", str(dpi), "-c", "tessedit_do_invert=0", "tsv"]
        done = programs.run(cmd, input=buf.getvalue(), timeout=OCR_TIMEOUT_S, env=env)  # dies with this process
    except subprocess.TimeoutExpired:
        raise BadInput(ErrorCode.TIMEOUT, name, f"nhận dạng chữ trang {page_no} quá {OCR_TIMEOUT_S} giây") from None
    if done.returncode != 0:
        raise BadInput(ErrorCode.MISSING_TOOL, name, f"tesseract lỗi: {done.stderr.decode(errors='replace')[:200]}")
    scale = 72.0 / dpi
    words = _tsv_words(done.stdout.decode("utf-8", errors="replace"))
    grids = rules_to_grids(image_rules(image, dpi))
    inside = [any(_inside(_word_char(w, scale), g.bbox) for g in grids) for w in words]
    single, split = _line_pieces([w for w, ins in zip(words, inside) if not ins])
    cells, limits, settled = unsure_cell_pieces([w for w, ins in zip(words, inside) if ins], grids, scale)
    reread = reread_pieces(image, split + cells, exe, dpi, name, [None] * len(split) + limits)
    table_words = [w for piece in _sure([[w] for w in settled] + reread[len(split):]) for w in piece]
    tables, _ = chars_to_tables([_word_char(w, scale) for w in table_words], grids, page_no)
    lines = single + reread[:len(split)]
    if page_no == 1:  # the header's number and date, written in by hand or stamped
        lines = fill_blanks(colour or image, lines, exe, dpi)
    return _pieces_to_lines(_sure(lines), page_no, scale), tables


def _line_pieces(words: list[dict]) -> tuple[list[list[dict]], list[list[dict]]]:
    """Tesseract lines cut into pieces at wide gaps: (pieces of one-piece lines, pieces of lines that
    held several, i.e. two columns on one line, to be read again on their own by `ocr_reread`)."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for row in words:
        groups.setdefault((row["block_num"], row["par_num"], row["line_num"]), []).append(row)
    single, split = [], []
    for group in groups.values():
        line_pieces = split_at_gaps(sorted(group, key=lambda w: int(w["left"])))
        (split if len(line_pieces) > 1 else single).extend(line_pieces)
    return single, split


def _sure(pieces: list[list[dict]]) -> list[list[dict]]:
    """Unsure words dropped (only now: they marked where pieces are), rules and split marks cleaned."""
    sure = [[w for w in piece if float(w["conf"]) >= _MIN_CONF] for piece in pieces]
    return [join_marks(_unruled_words(piece)) for piece in sure if piece]


def _word_char(word: dict, scale: float) -> Char:
    """A recognised word as one positioned unit for the table code (size from its height)."""
    left, top, width, height = (int(word[k]) for k in ("left", "top", "width", "height"))
    return Char(word["text"], left * scale, (left + width) * scale, (top + height) * scale, height * scale * 1.35, False)


def _inside(unit: Char, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (unit.x0 + unit.x1) / 2, unit.baseline - unit.size * 0.3
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _tsv_words(tsv: str) -> list[dict]:
    """Every recognised word, unsure ones too (they still mark where a piece of a line is)."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        row["text"] = _unruled(row["text"])
        if row["text"]:
            words.append(row)
    return words


def _unruled_words(words: list[dict]) -> list[dict]:
    for word in words:
        word["text"] = _unruled(word["text"])
    return [w for w in words if w["text"]]


def _unruled(text: str) -> str:
    """Table rules read as characters: "|", "1 |" -> "1", "2_" -> "2"."""
    text = text.replace("|", "").strip()
    return text.rstrip("_") if text.rstrip("_").isdigit() else text


def _pieces_to_lines(pieces: list[list[dict]], page_no: int, scale: float) -> list[Line]:
    lines = []
    for piece in pieces:
        piece = _strip_specks(piece)
        if piece and not _noise(piece):
            lines.append(_line(piece, page_no, scale))
    return sorted(lines, key=lambda l: (l.baseline, l.x0))


def _strip_specks(words: list[dict]) -> list[dict]:
    """Drop marks without letters or digits at the start of a line ("„_ IL NỘI DUNG"), but keep dashes."""
    while words and not any(ch.isalnum() for ch in words[0]["text"]) and words[0]["text"] not in _LIST_MARKS:
        words = words[1:]
    return words


def _noise(words: list[dict]) -> bool:
    """Specks, stamps and fold marks read as "`", "zs", ".?": almost no letters, low confidence."""
    alnum = sum(ch.isalnum() for w in words for ch in w["text"])
    confidence = sum(float(w["conf"]) for w in words) / len(words)
    return alnum < 2 or (alnum < 4 and confidence < _NOISE_CONF)


def _line(words: list[dict], page_no: int, scale: float) -> Line:
    left = min(int(w["left"]) for w in words)
    right = max(int(w["left"]) + int(w["width"]) for w in words)
    bottom = sorted(int(w["top"]) + int(w["height"]) for w in words)[len(words) // 2]
    heights = sorted(int(w["height"]) for w in words)
    size = heights[len(heights) // 2] * scale * 1.35
    text = clean_text(" ".join(w["text"] for w in words))
    return Line(page=page_no, x0=left * scale, x1=right * scale, top=(bottom * scale) - size,
                baseline=bottom * scale, size=round(size, 1), bold=False, text=text, ocr=True)
