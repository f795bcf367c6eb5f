"""Second OCR pass on the pieces of a page that tesseract's page layout reads badly.

On a whole page tesseract puts both columns of a header, or the recipients ("Nơi nhận") and the
signer, on one text line, with one baseline and x-height for words of different sizes; that line
model then misreads names ("Phạm Tiên Thuật" for "Phạm Tiến Thuật") and drops a word that stands
alone with an underline below it ("MINH" under "TRẠM Y TẾ XÃ KIẾN" read as "Tà", confidence 3).
Each piece of such a line (words far apart, `split_at_gaps`) is cut out of the page and read again
as one single text line (`--psm 7`); all pieces of a page go to ONE tesseract process (a list file,
one image per piece), so the second pass costs one model load per page.
"""

from __future__ import annotations

import subprocess

from PIL import Image

from extractors.errors import BadInput, ErrorCode
from extractors.readers.ocr_batch import tesseract_tsv, words_by_image

REREAD_TIMEOUT_S = 60
MAX_PIECES = 40  # a page with more is a form or a drawing: only the first ones are read again
SPECK_CONF = 60.0
PAD_X_MM, PAD_Y_MM = 2.0, 1.0  # white margin around a piece; more takes in rules and the lines above/below


def split_at_gaps(words: list[dict]) -> list[list[dict]]:
    """Words of one tesseract line (sorted left to right) -> pieces, split where words are far apart
    (more than 2.5 word heights: a gap between two columns, never between two words)."""
    heights = sorted(int(w["height"]) for w in words)
    gap_limit = 2.5 * heights[len(heights) // 2]
    pieces = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if int(word["left"]) - (int(prev["left"]) + int(prev["width"])) > gap_limit:
            pieces.append([])
        pieces[-1].append(word)
    return pieces


def reread_pieces(image: Image.Image, pieces: list[list[dict]], exe: str, dpi: int, name: str,
                  limits: list[tuple[int, int, int, int] | None]) -> list[list[dict]]:
    """The pieces read again one by one (words in page pixels); a piece keeps its first reading when
    the second finds nothing or is less sure. `limits`: the box a piece's crop stays in (a table
    cell inside its rules), or None."""
    if not pieces:
        return pieces
    if len(pieces) > MAX_PIECES:  # a form or a drawing: the first ones only, to bound the time
        return reread_pieces(image, pieces[:MAX_PIECES], exe, dpi, name, limits[:MAX_PIECES]) + pieces[MAX_PIECES:]
    pad = (round(PAD_X_MM / 25.4 * dpi), round(PAD_Y_MM / 25.4 * dpi))
    boxes = [_box(piece, pad, image.size, limit) for piece, limit in zip(pieces, limits)]
    reread = _ocr_crops(image, boxes, exe, dpi, name)
    return [_better(piece, reread.get(i, []), boxes[i]) for i, piece in enumerate(pieces)]


def _box(piece: list[dict], pad: tuple[int, int], size: tuple[int, int],
         limit: tuple[int, int, int, int] | None) -> tuple[int, int, int, int]:
    left = min(int(w["left"]) for w in piece) - pad[0]
    top = min(int(w["top"]) for w in piece) - pad[1]
    right = max(int(w["left"]) + int(w["width"]) for w in piece) + pad[0]
    bottom = max(int(w["top"]) + int(w["height"]) for w in piece) + pad[1]
    x0, y0, x1, y1 = limit or (0, 0, *size)
    box = max(left, x0, 0), max(top, y0, 0), min(right, x1, size[0]), min(bottom, y1, size[1])
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:  # a cell narrower than the padding: the piece's own box
        box = max(left, 0), max(top, 0), min(right, size[0]), min(bottom, size[1])
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:  # off the image: one pixel, read as nothing
        box = 0, 0, 1, 1
    return box


def _better(first: list[dict], second: list[dict], box: tuple[int, int, int, int]) -> list[dict]:
    if not second or _confidence(second) < _confidence(first) or (_speck(first) and _letters(second) < 3):
        return first
    for word in second:  # back to page pixels; one line of its own
        word["left"] = str(int(word["left"]) + box[0])
        word["top"] = str(int(word["top"]) + box[1])
        for key in ("block_num", "par_num", "line_num"):
            word[key] = first[0][key]
    return second


def _speck(words: list[dict]) -> bool:
    """A first reading like ".„x" or "Tà" (confidence 3): a speck, unless the second one finds a word."""
    return _confidence(words) < SPECK_CONF and sum(ch.isalnum() for w in words for ch in w["text"]) < 4


def _letters(words: list[dict]) -> int:
    return sum(ch.isalpha() for w in words for ch in w["text"])


def _confidence(words: list[dict]) -> float:
    return sum(float(w["conf"]) for w in words) / len(words) if words else -1.0


def _ocr_crops(image: Image.Image, boxes: list[tuple[int, int, int, int]], exe: str, dpi: int,
               name: str) -> dict[int, list[dict]]:
    """Words of each crop by its index, from one tesseract run over a list of crop images."""
    gray = image.convert("L")
    options = ["-l", "vie", "--dpi", str(dpi), "--psm", "7", "-c", "tessedit_do_invert=0"]
    try:
        tsv = tesseract_tsv([gray.crop(box) for box in boxes], exe, options, REREAD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise BadInput(ErrorCode.TIMEOUT, name, f"nhận dạng lại chữ quá {REREAD_TIMEOUT_S} giây") from None
    return words_by_image(tsv) if tsv is not None else {}


