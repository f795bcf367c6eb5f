"""Digits written by hand (or stamped) in a blank of a scanned header, read two ways.

The ink: every dark pixel of the blank (the printed words around it are outside the blank), and in a colour
scan the pen's coloured pixels too (not red: the seal is red). On the real scans most pens are dark enough to
be told from print only by where they stand: the cores of their strokes are as grey as print.
The ink falls into connected components, one per digit once strokes of one digit are joined (a "4" or a
"5" drawn in two strokes) and touching digits are cut apart at their thinnest column.

1. A small classifier: each component straightened (its slant sheared away) and normalised like
   `sklearn.datasets.load_digits` (1,797 handwritten digits as 8x8 ink counts, shipped inside scikit-learn,
   straightened the same way), then its 3 nearest samples vote. Straightening doubled what it reads right on
   the dev scans' blanks (22 -> 43 of 79).
2. Tesseract, digits only (`--psm 7`, a whitelist) on the ink drawn black on white, alone: without the
   printed words around it tesseract no longer reads a pen "1" as "/" or a pen "17" as "f7".
"""

from __future__ import annotations

import gzip
import importlib.util
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

from extractors.readers.ocr_batch import tesseract_tsv, words_by_image

PEN_CHROMA = 40  # 0-255 (max - min of R, G, B): a pen stroke's colour; black print and paper stay below
RED_HUES = (20, 235)  # hue (0-255) outside this range is red (the seal), inside it blue/violet/green pen
PEN_MIN_SHARE = 0.02  # pen pixels in at least this share of the blank: the blank is written in colour
DARK = 140  # grey scans: ink below this level
PART_SHARE = 0.75  # a component lower than this share of its neighbour may be a stroke of the same digit
DIGIT_WIDTH = 0.6  # a hand-written digit is about this wide for its height: a wider component holds several
NEIGHBOURS = 3
MIN_WIDTH = 20  # of 32: the narrowest a digit is drawn for the classifier


def ink_mask(crop: Image.Image) -> tuple[np.ndarray, bool]:
    """The ink of a blank (True = ink): its dark pixels, and in a colour scan the pen's coloured ones too (a
    light blue pen is lighter than print; a dark one is dark anyway). Whether pen colour was found."""
    rgb = np.asarray(crop.convert("RGB")).astype(np.int16)
    chroma = rgb.max(axis=2) - rgb.min(axis=2)
    hue = np.asarray(crop.convert("RGB").convert("HSV"))[..., 0].astype(np.int16)
    pen = (chroma >= PEN_CHROMA) & (hue > RED_HUES[0]) & (hue < RED_HUES[1])
    pen = ndimage.binary_opening(pen, np.ones((2, 2)))
    dark = np.asarray(crop.convert("L")) < DARK
    return dark | pen, bool(pen.mean() >= PEN_MIN_SHARE)


def digit_boxes(mask: np.ndarray, line_height: int) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the digits in a blank's ink, left to right."""
    labels, count = ndimage.label(mask, np.ones((3, 3)))
    boxes = []
    for sl in ndimage.find_objects(labels):
        top, bottom, left, right = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        h, w = bottom - top, right - left
        if h < 0.3 * line_height or w > 4 * h:  # a speck, a dot, a rule
            continue
        boxes.append([left, top, right, bottom])
    boxes.sort()
    merged: list[list[int]] = []
    for box in boxes:  # strokes of one digit overlap in x, and one of them is short (a 5's flag, a 4's bar)
        if merged and _x_overlap(merged[-1], box) > 0.5 * min(box[2] - box[0], merged[-1][2] - merged[-1][0]) \
                and min(box[3] - box[1], merged[-1][3] - merged[-1][1]) < PART_SHARE * max(box[3] - box[1], merged[-1][3] - merged[-1][1]):
            prev = merged[-1]
            merged[-1] = [min(prev[0], box[0]), min(prev[1], box[1]), max(prev[2], box[2]), max(prev[3], box[3])]
        else:
            merged.append(box)
    if not merged:
        return []
    tall = max(b[3] - b[1] for b in merged)
    merged = [b for b in merged if b[3] - b[1] >= 0.45 * tall]
    out = []
    for box in merged:
        out.extend(_split_wide(mask, box))
    return [tuple(b) for b in out]


def _x_overlap(a: list[int], b: list[int]) -> int:
    return min(a[2], b[2]) - max(a[0], b[0])


def _split_wide(mask: np.ndarray, box: list[int]) -> list[list[int]]:
    """Touching digits: a box wider than a digit is cut at the columns with least ink."""
    left, top, right, bottom = box
    h, w = bottom - top, right - left
    parts = int(round(w / (DIGIT_WIDTH * h)))
    if parts < 2:
        return [box]
    cols = mask[top:bottom, left:right].sum(axis=0)
    cuts = []
    for k in range(1, parts):
        centre = int(w * k / parts)
        lo, hi = max(1, centre - w // (3 * parts)), min(w - 1, centre + w // (3 * parts))
        cuts.append(lo + int(np.argmin(cols[lo:hi])) if hi > lo else centre)
    edges = [0, *cuts, w]
    return [[left + a, top, left + b, bottom] for a, b in zip(edges, edges[1:]) if b > a]


def as_digits_8x8(mask: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """One digit's ink like a `load_digits` sample: straightened (its slant sheared away), scaled to 32 pixels
    high and at least `MIN_WIDTH` wide (a "1" is a bar there, as in the data set), centred in 32x32, then ink
    counted in 4x4 cells (0-16)."""
    left, top, right, bottom = box
    piece = mask[top:bottom, left:right].astype(np.float64)
    if not piece.any():
        return np.zeros(64)
    h, w = piece.shape
    square = np.zeros((h + 8, w + h + 8))  # room to shear either way
    square[4:4 + h, (h + 8) // 2:(h + 8) // 2 + w] = piece
    square = deskew(square)
    rows, cols = np.nonzero(square > 0.5)
    if not len(rows):
        return np.zeros(64)
    square = square[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    h, w = square.shape
    nh, nw = 32, max(MIN_WIDTH, min(32, round(w * 32 / h)))
    img = Image.fromarray((square * 255).astype(np.uint8)).resize((nw, nh), Image.Resampling.BILINEAR)
    canvas = np.zeros((32, 32))
    x0 = (32 - nw) // 2
    canvas[:, x0:x0 + nw] = np.asarray(img) / 255.0
    return (canvas > 0.5).reshape(8, 4, 8, 4).sum(axis=(1, 3)).astype(np.float64).reshape(64)


def deskew(image: np.ndarray) -> np.ndarray:
    """The image sheared so that its ink's slant (second moments) is gone: a slanted "1" stands upright."""
    return deskew_all(image[None].astype(np.float64))[0]


Samples = tuple[np.ndarray, np.ndarray]  # (features, labels) of the classifier


def digit_samples() -> Samples | None:
    """`load_digits` straightened like the digits it is compared with, or None without scikit-learn's data
    (then tesseract's readings alone vote). Read from the file scikit-learn ships
    (`sklearn/datasets/data/digits.csv.gz`, what `load_digits` reads) without importing scikit-learn, whose
    import alone took 2.5 s on a busy machine; nothing is downloaded. Built once per page whose blanks are read
    (about 50 ms) and passed to `classify`."""
    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "datasets" / "data" / "digits.csv.gz"
    try:
        if path.is_file():
            with gzip.open(path, "rt") as fh:
                data = np.loadtxt(fh, delimiter=",")
            images, labels = data[:, :64].reshape(-1, 8, 8) / 16.0, data[:, 64].astype(int)
        else:  # the file moved in another scikit-learn release: its own (slower to import) reader
            from sklearn.datasets import load_digits

            digits = load_digits()
            images, labels = digits.images / 16.0, digits.target.astype(int)
    except (OSError, ValueError):  # a damaged installation: tesseract's readings alone
        return None
    return deskew_all(images).reshape(len(images), 64) * 16, labels


def deskew_all(images: np.ndarray) -> np.ndarray:
    """`deskew` of many small images at once (rows shifted by linear interpolation)."""
    n, h, w = images.shape
    ys, xs = np.mgrid[0:h, 0:w]
    mass = images.sum(axis=(1, 2)) + 1e-9
    my = (images * ys).sum(axis=(1, 2)) / mass
    mx = (images * xs).sum(axis=(1, 2)) / mass
    dy, dx = ys[None] - my[:, None, None], xs[None] - mx[:, None, None]
    var = (images * dy ** 2).sum(axis=(1, 2)) / mass
    alpha = np.where(var > 0, (images * dy * dx).sum(axis=(1, 2)) / mass / np.maximum(var, 1e-9), 0.0)
    src = xs[None] + alpha[:, None, None] * dy  # output (y, x) reads input (y, x + alpha * (y - my))
    left = np.floor(src).astype(int)
    frac = src - left
    rows = np.broadcast_to(ys[None], src.shape)
    index = np.arange(n)[:, None, None]

    def at(cols: np.ndarray) -> np.ndarray:
        inside = (cols >= 0) & (cols < w)
        return np.where(inside, images[index, rows, np.clip(cols, 0, w - 1)], 0.0)

    return at(left) * (1 - frac) + at(left + 1) * frac


def classify(mask: np.ndarray, boxes: list[tuple[int, int, int, int]], samples: Samples | None) -> str:
    """The digits the classifier sees, one per box: the majority of the `NEIGHBOURS` nearest `load_digits`
    samples (the nearest one breaks a tie); "" without samples."""
    if not boxes or samples is None:
        return ""
    features, labels = samples
    out = []
    for box in boxes:
        distances = ((features - as_digits_8x8(mask, box)) ** 2).sum(axis=1)
        nearest = labels[np.argsort(distances)[:NEIGHBOURS]]
        counts = np.bincount(nearest, minlength=10)
        best = np.flatnonzero(counts == counts.max())
        out.append(str(nearest[0] if nearest[0] in best else best[0]))
    return "".join(out)


def ink_image(mask: np.ndarray, boxes: list[tuple[int, int, int, int]], height: int = 48,
              thicken: int = 0) -> Image.Image:
    """The digits' ink alone, black on white, scaled to `height` pixels and padded: tesseract's input."""
    if not boxes:
        return Image.new("L", (8, 8), 255)
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    keep = np.zeros_like(mask)
    for b in boxes:
        keep[b[1]:b[3], b[0]:b[2]] = mask[b[1]:b[3], b[0]:b[2]]
    piece = keep[top:bottom, left:right]
    if thicken:
        piece = ndimage.binary_dilation(piece, np.ones((thicken, thicken)))
    img = Image.fromarray(np.where(piece, 0, 255).astype(np.uint8))
    scale = height / max(piece.shape[0], 1)
    img = img.resize((max(1, round(piece.shape[1] * scale)), height), Image.Resampling.LANCZOS)
    pad = height // 2
    out = Image.new("L", (img.size[0] + 2 * pad, height + 2 * pad), 255)
    out.paste(img, (pad, pad))
    return out


TESSERACT_TIMEOUT_S = 30


def tesseract_digits(images: list[Image.Image], exe: str, dpi: int) -> list[str]:
    """Each image read by tesseract as one line of digits (English model, a digit whitelist); one process for
    all of them (a list file)."""
    if not images:
        return []
    options = ["-l", "eng", "--dpi", str(dpi), "--psm", "7", "-c", "tessedit_char_whitelist=0123456789"]
    try:
        tsv = tesseract_tsv(images, exe, options, TESSERACT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return [""] * len(images)
    if tsv is None:
        return [""] * len(images)
    words = words_by_image(tsv)
    return ["".join(ch for w in words.get(i, []) for ch in w["text"] if ch.isdigit()) for i in range(len(images))]
