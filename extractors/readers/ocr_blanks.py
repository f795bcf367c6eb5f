"""Where the header's hand-filled blanks are on a scanned first page: the number between "Số:" and its
symbol ("/TB-UBND"), the day between "ngày" and "tháng", the month between "tháng" and "năm".

Located from the printed words around them in tesseract's word boxes (page pixels), never from what
tesseract read inside them: a pen-written "17" is read as "f7", "470", "#đ?" or nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from extractors.patterns.blanks import (DAY_WORD_RE, MONTH_WORD_RE, NUMBER_LABEL_RE, PLACE_END_RE,
                                        SYMBOL_START_RE, YEAR_WORD_RE)
from extractors.readers.ocr_digits import classify, digit_boxes, digit_samples, ink_image, ink_mask, tesseract_digits

HEADER_SHARE = 0.45  # the blanks stand in the top part of the page
MAX_GAP_HEIGHTS = 14.0  # the symbol (or "tháng") stands at most this many word heights right of the label
LINE_SLACK = 0.3  # a word stands in a blank when its middle is this close (in line heights) to the line: not the body name above it
SURE_CONF = 90.0  # words read this surely give the page's print widths
WIDTH_SLACK = 1.05  # a printed word may be this much wider than the page's median for it
CHAR_SLACK = 1.0  # (its characters at the median width: a coarse guess, bounded again by the gap after it)


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
    guess: tuple[float, float]  # where the print of the word before ends and of the word after starts, by width


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
    # the print's height: the lower of the two words (a written digit taller than print enlarges its word's box)
    low = min(_height(words[left.index]), _height(words[right.index]))
    x0, x1 = _x_at(words[left.index], left.chars), _x_at(words[right.index], right.chars)
    guess = (_print_end(words[left.index], left.chars, _char_widths(words, left.index), low),
             _print_start(words[right.index], right.chars, _char_widths(words, right.index), low))
    if x0 >= x1 and right.index != left.index:  # the word's box reaches over the next word: its print ends sooner
        x0 = min(guess[0], x1 - 1)
    height = max(_height(words[left.index]), _height(words[right.index]) if right.index != left.index else 0)
    top = min(_top(words[left.index]), _top(words[right.index]))
    bottom = max(_top(w) + _height(w) for w in (words[left.index], words[right.index]))
    box = (int(x0), int(top - 0.9 * height), int(max(x1, x0 + 1)), int(bottom + 0.6 * height))
    return _filled(words, Blank(field, box, left, right, (), "", height, guess))


def _filled(words: list[dict], blank: Blank) -> Blank:
    """The blank with the words standing in it (their middle inside it, on its line) and what they read."""
    left, right, height = blank.left, blank.right, blank.height
    x0, x1 = blank.box[0], blank.box[2]
    top = min(_top(words[left.index]), _top(words[right.index]))
    bottom = max(_top(w) + _height(w) for w in (words[left.index], words[right.index]))
    inside = tuple(j for j, w in enumerate(words) if j not in (left.index, right.index)
                   and x0 <= _left(w) + int(w["width"]) / 2 <= x1
                   and top - LINE_SLACK * height <= _top(w) + _height(w) / 2 <= bottom + LINE_SLACK * height)
    read = " ".join([words[left.index]["text"][left.chars:] if left.index != right.index
                     else words[left.index]["text"][left.chars:right.chars]]
                    + [words[j]["text"] for j in inside]
                    + ([words[right.index]["text"][:right.chars]] if left.index != right.index else [])).strip()
    return replace(blank, inside=inside, read=read)


def _char_widths(words: list[dict], but: int) -> dict[str, float]:
    """Width per height of the words the page reads surely (but word `but`, whose box may take in written
    digits): per word text, and per character ("" key) overall."""
    out: dict[str, list[float]] = {}
    for i, w in enumerate(words):
        if float(w["conf"]) >= SURE_CONF and len(w["text"]) >= 2 and i != but and int(w["height"]) > 0:
            ratio = int(w["width"]) / int(w["height"])
            out.setdefault(w["text"], []).append(ratio)
            out.setdefault("", []).append(ratio / len(w["text"]))
    return {k: sorted(v)[len(v) // 2] for k, v in out.items()}


def _printed_width(text: str, widths: dict[str, float], height: int) -> float | None:
    """The narrower of two estimates: the same word elsewhere on the page (few, may be glued to something
    too), and its characters at the page's median width."""
    guesses = [widths[text] * height] if text in widths else []
    if "" in widths:
        guesses.append(widths[""] * len(text) * height * CHAR_SLACK)
    return min(guesses) if guesses else None


def _print_end(word: dict, chars: int, widths: dict[str, float], height: int) -> float:
    """Where the print of a word's first `chars` characters ends: tesseract's box of "ngày" may take in the
    digits written after it (read as "ngày" alone, 169 pixels wide for 108), so the width the page gives such a
    word elsewhere (per pixel of height) bounds it."""
    share = _x_at(word, chars)
    printed = _printed_width(word["text"][:chars], widths, height)
    return min(share, _left(word) + printed * WIDTH_SLACK) if printed else share


def _print_start(word: dict, chars: int, widths: dict[str, float], height: int) -> float:
    """Where the print of a word starts after its first `chars` characters (written digits glued before it:
    "3†tháng"), bounded the same way from the word's right end."""
    share = _x_at(word, chars)
    if not chars:  # nothing read before the print: the box starts with it
        return share
    printed = _printed_width(word["text"][chars:], widths, height)
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


GAP_DARK = 160  # ink for the gap search
GAP_SHARE = 0.08  # a gap between a printed word and written digits: at least this share of the line height
GAP_FROM = 0.8  # the gap is searched from this share of the word's expected printed width on
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
    found = header_blanks(words, image.size[1])
    if not found:
        return pieces
    bottom = min(image.size[1], max(b.box[3] for b in found) + max(b.height for b in found))
    gray = np.asarray(image.crop((0, 0, image.size[0], bottom)).convert("L")) < GAP_DARK  # the header part only
    blanks = [refined(b, words, gray) for b in found]
    blanks = [b for b in blanks if b.box[2] - b.box[0] >= 4]
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


def refined(blank: Blank, words: list[dict], dark: np.ndarray) -> Blank:
    """The blank's sides moved to the white gaps that end the printed word before it and start the one after it,
    where tesseract's box of that word took in written digits ("ngày" read alone, its box over "31"): the gap is
    looked for from a little before where the word's print should end (by its width elsewhere on the page)."""
    x0, top, x1, bottom = blank.box
    if blank.left.index == blank.right.index:
        return blank
    left, right = words[blank.left.index], words[blank.right.index]
    min_gap = max(3, round(GAP_SHARE * blank.height))
    end, start = blank.guess
    if _right(left) > end + min_gap:  # the box goes on past the print
        band = dark[max(_top(left), 0):_top(left) + _height(left)]
        if (gap := _first_gap(band, _left(left) + round(GAP_FROM * (end - _left(left))), x0, min_gap)) is not None:
            x0 = gap
    # a date word's box may start before its print; a symbol's "/" may touch the digits: no gap to find there
    if blank.field != "number" and _left(right) < start - min_gap:
        band = dark[max(_top(right), 0):_top(right) + _height(right)]
        if (gap := _last_gap(band, x1, _right(right) - round(GAP_FROM * (_right(right) - start)), min_gap)) is not None:
            x1 = gap
    return _filled(words, replace(blank, box=(int(x0), top, int(max(x1, x0 + 1)), bottom)))


def _first_gap(band: np.ndarray, start: int, stop: int, width: int) -> int | None:
    """The first column of the first run of `width` ink-free columns in band[:, start:stop]."""
    empty = ~band[:, max(start, 0):max(stop, 0)].any(axis=0)
    run = 0
    for i, free in enumerate(empty):
        run = run + 1 if free else 0
        if run >= width:
            return max(start, 0) + i - width + 1
    return None


def _last_gap(band: np.ndarray, start: int, stop: int, width: int) -> int | None:
    """The last column of the last run of `width` ink-free columns in band[:, start:stop]."""
    empty = ~band[:, max(start, 0):max(stop, 0)].any(axis=0)
    run = 0
    for i in range(len(empty) - 1, -1, -1):
        run = run + 1 if empty[i] else 0
        if run >= width:
            return max(start, 0) + i + width
    return None


def read_blanks(image: Image.Image, words: list[dict], blanks: list[Blank], exe: str,
                dpi: int) -> list[str | None]:
    """Per blank: the digits to put there, "?" for ink that cannot be read, "" for a blank without ink, or
    None to keep what the page's OCR read (digits it read surely: print)."""
    crops = [image.crop(b.box) for b in blanks]
    inks = [ink_mask(c) for c in crops]
    boxes = [digit_boxes(mask, b.height) for (mask, _), b in zip(inks, blanks)]
    tess = tesseract_digits([c.convert("L") for c in crops] + [ink_image(m, bx) for (m, _), bx in zip(inks, boxes)],
                            exe, dpi)
    samples = digit_samples()
    out: list[str | None] = []
    for i, blank in enumerate(blanks):
        if _printed(words, blank):
            out.append(None)
            continue
        if not boxes[i]:
            out.append("")
            continue
        main = re.sub(r"\s", "", blank.read)
        votes = [classify(inks[i][0], boxes[i], samples), tess[i], tess[len(blanks) + i], main]
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
    """The reading at least two readers give, with one digit per ink component and a plausible value; else "?",
    followed for a day by the classifier's plausible reading ("?17"): the header takes that day only when the
    signature stamp's date says the same (a second, independent reading)."""
    counted = Counter(v for v in votes if v.isdigit() and len(v) == digits and _plausible(field, v))
    if counted:
        value, count = counted.most_common(1)[0]
        if count >= 2:
            return value
    guess = votes[0]
    if field == "day" and guess.isdigit() and len(guess) == digits and _plausible(field, guess):
        return UNREADABLE + guess
    return UNREADABLE


def _plausible(field: str, value: str) -> bool:
    low, high = _LIMITS[field]
    return len(value) <= _MAX_DIGITS[field] and low <= int(value) <= high
