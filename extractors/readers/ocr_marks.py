"""Vietnamese letters that tesseract splits off as words of their own: "Ti ế n" for "Tiến", a lone
tone mark ("´", "`", "~") beside its vowel. A one-letter or mark-only "word" whose box touches its
neighbour's (gap under `TOUCH_SHARE` of the line's word height; a real space is about a third of
it) is part of that word; a spacing tone mark becomes the combining one and the text is NFC.
"""

from __future__ import annotations

import unicodedata

TOUCH_SHARE = 0.15
_TONES = {"´": "\u0301", "ˊ": "\u0301", "`": "\u0300", "ˋ": "\u0300", "~": "\u0303", "˜": "\u0303"}


def join_marks(words: list[dict]) -> list[dict]:
    """Words of one line, left to right -> the same with split-off letters and marks joined back.
    Only a mark, or a one-letter word with a mark ("ế"), starts a join; a plain letter right after
    it follows ("n"). Plain one-letter words ("y", "I") are words: their boxes may overlap a hooked
    neighbour ("thứ I")."""
    if len(words) < 2:
        return words
    heights = sorted(int(w["height"]) for w in words)
    touch = TOUCH_SHARE * heights[len(heights) // 2]
    out, joining = [dict(words[0])], _marked(words[0]["text"])
    for word in words[1:]:
        prev = out[-1]
        gap = int(word["left"]) - (int(prev["left"]) + int(prev["width"]))
        follows = joining and _letter(word["text"])
        if gap <= touch and (_marked(prev["text"]) or _marked(word["text"]) or follows):
            out[-1], joining = _joined(prev, word), True
        else:
            out.append(dict(word))
            joining = _marked(word["text"])
    return out


def _marked(text: str) -> bool:
    """Tone marks only ("\u0301", "´"), or one letter carrying a mark ("ế")."""
    text = unicodedata.normalize("NFC", text)
    if all(unicodedata.combining(ch) or ch in _TONES for ch in text):
        return True
    return _letter(text) and len(unicodedata.normalize("NFD", text)) > 1


def _letter(text: str) -> bool:
    text = unicodedata.normalize("NFC", text)
    return len(text) == 1 and text.isalpha()


def _joined(left: dict, right: dict) -> dict:
    x0, y0 = min(int(left["left"]), int(right["left"])), min(int(left["top"]), int(right["top"]))
    x1 = max(int(left["left"]) + int(left["width"]), int(right["left"]) + int(right["width"]))
    y1 = max(int(left["top"]) + int(left["height"]), int(right["top"]) + int(right["height"]))
    text = "".join(_TONES.get(ch, ch) for ch in left["text"] + right["text"])
    return {**left, "text": unicodedata.normalize("NFC", text), "left": str(x0), "top": str(y0),
            "width": str(x1 - x0), "height": str(y1 - y0), "conf": str(min(float(left["conf"]), float(right["conf"])))}
