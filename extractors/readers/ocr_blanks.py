"""Where the header's hand-filled blanks are on a scanned first page: the number between "Số:" and its
symbol ("/TB-UBND"), the day between "ngày" and "tháng", the month between "tháng" and "năm".

Located from the printed words around them in tesseract's word boxes (page pixels), never from what
tesseract read inside them: a pen-written "17" is read as "f7", "470", "#đ?" or nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from PIL import Image

from extractors.patterns.blanks import (DAY_WORD_RE, MONTH_WORD_RE, NUMBER_LABEL_RE, PLACE_END_RE,
                                        SYMBOL_START_RE, YEAR_WORD_RE)
from extractors.readers.ocr_digits import classify, digit_boxes, ink_image, ink_mask, tesseract_digits

HEADER_SHARE = 0.45  # the blanks stand in the top part of the page
MAX_GAP_HEIGHTS = 14.0  # the symbol (or "tháng") stands at most this many word heights right of the label
SURE_CONF = 90.0  # words read this surely give the page's print widths
WIDTH_SLACK = 1.1  # a printed word may be this much wider than the page's median for it
CHAR_SLACK = 1.2  # a word the page has nowhere else: its characters may be this much wider than the median


@dataclass(frozen=True)
class Cut:
    """A place inside one word: word `index`, its first `chars` characters on the left of the cut."""
    index: int
    chars: int


@dataclass(frozen=True)
class Blank:
    field: str  # "number", "day", "month"
    box: tuple[int, int, int, int]  # page pixels: left, top, right, bottom
    left: Cut  # the printed word before the blank and where its print ends
    right: Cut  # the printed word after it and where its print starts
    inside: tuple[int, ...]  # words wholly in the blank
    read: str  # what the page's OCR read in it
    height: int  # the printed words' height (pixels)


def header_blanks(words: list[dict], page_height: int) -> list[Blank]:
    """The number, day and month blanks of a page's header (those found), left to right per line."""
    limit = page_height * HEADER_SHARE
    order = sorted((i for i, w in enumerate(words) if _top(w) < limit), key=lambda i: (_top(words[i]), _left(words[i])))
    out = []
    if number := _number_blank(words, order):
        out.append(number)
    out.extend(_date_blanks(words, order))
    return out


def _number_blank(words: list[dict], order: list[int]) -> Blank | None:
    for i in order:
        m = NUMBER_LABEL_RE.match(words[i]["text"])
        if not m:
            continue
        # the symbol may be glued to the label's word ("Số:2753/TTr") or stand in a word further right
        rest = words[i]["text"][m.end():]
        if s := SYMBOL_START_RE.search(rest):
            return _blank("number", words, Cut(i, m.end()), Cut(i, m.end() + s.start()), order)
        for j in _right_of(words, i, order):
            if s := SYMBOL_START_RE.search(words[j]["text"]):
                return _blank("number", words, Cut(i, m.end()), Cut(j, s.start()), order)
    return None


def _date_blanks(words: list[dict], order: list[int]) -> list[Blank]:
    for i in order:
        m = DAY_WORD_RE.search(words[i]["text"])
        if not m or not _after_place(words, i, order):
            continue
        month = next(((j, mm) for j in [i, *_right_of(words, i, order)]
                      if (mm := MONTH_WORD_RE.search(words[j]["text"], m.end() if j == i else 0))), None)
        if month is None:
            continue
        j, mm = month
        out = [_blank("day", words, Cut(i, m.end()), Cut(j, mm.start()), order)]
        year = next(((k, ym) for k in [j, *_right_of(words, j, order)]
                     if (ym := YEAR_WORD_RE.search(words[k]["text"], mm.end() if k == j else 0))), None)
        if year is not None:
            out.append(_blank("month", words, Cut(j, mm.end()), Cut(year[0], year[1].start()), order))
        return out
    return []


def _after_place(words: list[dict], i: int, order: list[int]) -> bool:
    """"<place>, ngày": the word before "ngày" on its line ends with a comma (or "ngày" follows it in one word)."""
    before = [j for j in _same_line(words, i, order) if _left(words[j]) < _left(words[i])]
    if DAY_WORD_RE.search(words[i]["text"]).start() > 0:
        return "," in words[i]["text"]
    return bool(before) and bool(PLACE_END_RE.search(words[max(before, key=lambda j: _left(words[j]))]["text"]))


def _right_of(words: list[dict], i: int, order: list[int]) -> list[int]:
    """Words on the same line as word i, starting right of its start (its box may take in what follows it) and
    not too far, left to right."""
    reach = _right(words[i]) + MAX_GAP_HEIGHTS * _height(words[i])
    return sorted((j for j in _same_line(words, i, order) if _left(words[j]) > _left(words[i])
                   and _left(words[j]) <= reach), key=lambda j: _left(words[j]))


def _same_line(words: list[dict], i: int, order: list[int]) -> list[int]:
    """Words whose middle lies within word i's height band (a hand-written digit may be taller: its
    middle still lies near the line's)."""
    top, bottom = _top(words[i]), _top(words[i]) + _height(words[i])
    return [j for j in order if j != i and top <= _top(words[j]) + _height(words[j]) / 2 <= bottom]


def _blank(field: str, words: list[dict], left: Cut, right: Cut, order: list[int]) -> Blank:
    x0 = _print_end(words[left.index], left.chars, _char_widths(words, left.index))
    x1 = _print_start(words[right.index], right.chars, _char_widths(words, right.index)) if (
        right.index != left.index) else _x_at(words[right.index], right.chars)
    height = max(_height(words[left.index]), _height(words[right.index]) if right.index != left.index else 0)
    top = min(_top(words[left.index]), _top(words[right.index]))
    bottom = max(_top(w) + _height(w) for w in (words[left.index], words[right.index]))
    inside = tuple(j for j in order if j not in (left.index, right.index) and _left(words[j]) >= x0 - 2
                   and _right(words[j]) <= x1 + 2 and top - height <= _top(words[j]) + _height(words[j]) / 2 <= bottom + height)
    read = " ".join([words[left.index]["text"][left.chars:] if left.index != right.index
                     else words[left.index]["text"][left.chars:right.chars]]
                    + [words[j]["text"] for j in inside]
                    + ([words[right.index]["text"][:right.chars]] if left.index != right.index else [])).strip()
    box = (int(x0), int(top - 0.9 * height), int(max(x1, x0 + 1)), int(bottom + 0.6 * height))
    return Blank(field, box, left, right, inside, read, height)


def _char_widths(words: list[dict], but: int) -> dict[str, float]:
    """Width of the words the page reads surely (but word `but`, whose box may take in written digits): per
    word text, and per character ("" key) overall."""
    sure = [w for i, w in enumerate(words) if float(w["conf"]) >= SURE_CONF and len(w["text"]) >= 2 and i != but]
    out: dict[str, list[float]] = {}
    for w in sure:
        out.setdefault(w["text"], []).append(int(w["width"]))
        out.setdefault("", []).append(int(w["width"]) / len(w["text"]))
    return {k: sorted(v)[len(v) // 2] for k, v in out.items()}


def _printed_width(text: str, widths: dict[str, float]) -> float | None:
    if text in widths:
        return widths[text]
    return widths[""] * len(text) * CHAR_SLACK if "" in widths else None


def _print_end(word: dict, chars: int, widths: dict[str, float]) -> float:
    """Where the print of a word's first `chars` characters ends: tesseract's box of "ngày" may take in the
    digits written after it (read as "ngày" alone, 188 pixels wide for 115), so the width the page gives such a
    word elsewhere bounds it."""
    share = _x_at(word, chars)
    printed = _printed_width(word["text"][:chars], widths)
    return min(share, _left(word) + printed * WIDTH_SLACK) if printed else share


def _print_start(word: dict, chars: int, widths: dict[str, float]) -> float:
    """Where the print of a word starts after its first `chars` characters (written digits glued before it:
    "3†tháng"), bounded the same way from the word's right end."""
    share = _x_at(word, chars)
    printed = _printed_width(word["text"][chars:], widths)
    return max(share, _right(word) - printed * WIDTH_SLACK) if printed else share


def _x_at(word: dict, chars: int) -> float:
    """The x of a place inside a word, by its share of the word's characters."""
    text = word["text"]
    return _left(word) + int(word["width"]) * (chars / max(len(text), 1))


def _left(word: dict) -> int:
    return int(word["left"])


def _right(word: dict) -> int:
    return int(word["left"]) + int(word["width"])


def _top(word: dict) -> int:
    return int(word["top"])


def _height(word: dict) -> int:
    return int(word["height"])


UNREADABLE = "?"  # stands in a blank whose ink could not be read: the header then gives no number or date
PRINT_CONF = 80.0  # digits read this surely in a blank by the page's OCR are print (or a clear stamp): kept
PRINTED_NUMBER_RE = re.compile(r"\d+(?:[.\-]\d+)*")  # "01", "19.2012" (a permit's number)
_LIMITS = {"number": (1, 99999), "day": (1, 31), "month": (1, 12)}
_MAX_DIGITS = {"number": 5, "day": 2, "month": 2}


def fill_blanks(image: Image.Image, pieces: list[list[dict]], exe: str, dpi: int) -> list[list[dict]]:
    """The header's blanks of a first page re-read from their ink (`ocr_digits`): the page's reading of a
    blank is replaced by the digits read there, or by "?" where ink stands that no two readings agree on, so
    the header leaves that field empty and says so; a blank without ink stays blank."""
    words = [w for piece in pieces for w in piece]
    blanks = [b for b in header_blanks(words, image.size[1]) if b.box[2] - b.box[0] >= 4]
    if not blanks:
        return pieces
    readings = read_blanks(image, words, blanks, exe, dpi)
    drop: set[int] = set()
    added: dict[int, dict] = {}  # id of the word before the blank -> the word standing in it
    for blank, value in zip(blanks, readings):
        if value is None:
            continue
        left, right = words[blank.left.index], words[blank.right.index]
        if blank.left.index == blank.right.index:
            left["text"] = left["text"][:blank.left.chars] + " " + left["text"][blank.right.chars:]
        else:
            left["text"] = left["text"][:blank.left.chars]
            right["text"] = right["text"][blank.right.chars:]
        drop.update(id(words[j]) for j in blank.inside)
        if value:
            x0, y0, x1, y1 = blank.box
            added[id(left)] = {**left, "text": value, "conf": "95", "left": str(x0), "width": str(max(x1 - x0, 1)),
                               "top": left["top"], "height": left["height"]}
    out = []
    for piece in pieces:
        kept = []
        for w in piece:
            if id(w) in drop:
                continue
            if w["text"].strip():
                kept.append(w)
            if id(w) in added:
                kept.append(added[id(w)])
        out.append(sorted(kept, key=lambda w: int(w["left"])))
    return [p for p in out if p]


def read_blanks(image: Image.Image, words: list[dict], blanks: list[Blank], exe: str,
                dpi: int) -> list[str | None]:
    """Per blank: the digits to put there, "?" for ink that cannot be read, "" for a blank without ink, or
    None to keep what the page's OCR read (digits it read surely: print)."""
    crops = [image.crop(b.box) for b in blanks]
    inks = [ink_mask(c) for c in crops]
    boxes = [digit_boxes(mask, b.height) for (mask, _), b in zip(inks, blanks)]
    tess = tesseract_digits([c.convert("L") for c in crops] + [ink_image(m, bx) for (m, _), bx in zip(inks, boxes)],
                            exe, dpi)
    out: list[str | None] = []
    for i, blank in enumerate(blanks):
        if _printed(words, blank):
            out.append(None)
            continue
        if not boxes[i]:
            out.append("")
            continue
        main = re.sub(r"\s", "", blank.read)
        votes = [classify(inks[i][0], boxes[i]), tess[i], tess[len(blanks) + i], main]
        out.append(_agreed(blank.field, votes, len(boxes[i])))
    return out


def _printed(words: list[dict], blank: Blank) -> bool:
    """The page's OCR read digits alone in the blank, surely (every word they stand in read surely): print or a
    clear stamp ("Số: 01/2025/QĐ-TTg")."""
    if not PRINTED_NUMBER_RE.fullmatch(re.sub(r"\s", "", blank.read)):
        return False
    holders = [words[j] for j in blank.inside]
    left, right = words[blank.left.index], words[blank.right.index]
    if left["text"][blank.left.chars:].strip() and (blank.left.index != blank.right.index or blank.inside == ()):
        holders.append(left)
    if blank.right.index != blank.left.index and right["text"][:blank.right.chars].strip():
        holders.append(right)
    return all(float(w["conf"]) >= PRINT_CONF for w in holders)


def _agreed(field: str, votes: list[str], digits: int) -> str:
    """The reading at least two readers give, with one digit per ink component and a plausible value; else "?"."""
    counted = Counter(v for v in votes if v.isdigit() and len(v) == digits and _plausible(field, v))
    if counted:
        value, count = counted.most_common(1)[0]
        if count >= 2:
            return value
    return UNREADABLE


def _plausible(field: str, value: str) -> bool:
    low, high = _LIMITS[field]
    return len(value) <= _MAX_DIGITS[field] and low <= int(value) <= high
