"""The count noun after a number, by part of speech (underthesea `pos_tag`), for units no word list knows.

Vietnamese counts put the number before the noun: "35 trạm bơm", "1.204.533 thửa đất", "12 hợp tác xã",
"3 điểm cầu trực tuyến". A number after a capitalised noun, or after a noun and before no noun, is a label that counts nothing:
"Thôn 3 tổ chức", "Phụ lục số 2 kèm theo" (ages and durations are masked before: "trẻ em 5 tuổi").
The unit is the noun phrase's head, read by its shape:
- a classifier and its noun: "thửa đất", "con bò", "bản tin";
- a one-syllable head and the noun (or the one-syllable verb) that completes it: "điểm cầu", "trạm y tế",
  "hộ gia đình", "trạm bơm" (but not "hộ" + "thoát nghèo", whose verb is followed by its complement);
- else the first word: "hợp tác xã", "mô hình", "quân nhân".

`pos_tag` costs about a millisecond a phrase and a second to load: it is called only for figures whose unit the
lists do not know, on a few words around the number, and cached.
"""

from __future__ import annotations

from functools import lru_cache

from extractors.patterns.indicators import COUNT_HEADER_RE

_WORDS_BEFORE = 4
_WORDS_AFTER = 6
# A count noun is a noun, a classifier or a unit noun: "5 cán bộ", "5 người lao động", "5 kg"; never a verb
# ("Lúa đài thơm 8 dao động từ ...") or anything else.
_COUNT_TAGS = {"N", "Nc", "Nu"}
_LABEL_TAGS = {"N", "Np", "Nc", "Ny"}  # "Thôn 3", "Phụ lục 2": a noun right before the number names it


def _one_syllable(word: str) -> bool:
    return " " not in word


def _abbreviation(word: str) -> bool:
    """"TTHC", "PAKN", "HTX": an abbreviation counts like the noun it stands for ("14 TTHC", "47 PAKN")."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _alpha(word: str) -> bool:
    return bool(word) and (all(c.isalpha() or c == " " for c in word) and word[:1].islower() or _abbreviation(word))


@lru_cache(maxsize=4096)
def _tags(phrase: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag  # lazy: most figures have a known unit

    return tuple(pos_tag(phrase))


def _head(tags: tuple[tuple[str, str], ...]) -> str | None:
    """The count noun at the start of `tags` (the words after the number)."""
    if not tags:
        return None
    word, tag = tags[0]
    if _abbreviation(word):
        return word
    if not _alpha(word) or tag not in _COUNT_TAGS:
        return None
    nxt = tags[1] if len(tags) > 1 else ("", "")
    after = tags[2] if len(tags) > 2 else ("", "")
    if tag == "Nc" and nxt[1] == "N" and _alpha(nxt[0]):
        return f"{word} {nxt[0]}"
    if tag == "N" and _one_syllable(word) and _alpha(nxt[0]):
        if nxt[1] == "N":
            return f"{word} {nxt[0]}"
        if nxt[1] == "V" and _one_syllable(nxt[0]) and after[1] not in ("A", "N"):
            return f"{word} {nxt[0]}"
    return word.lower()


def count_noun(before: str, number: str, after: str) -> str | None:
    """The count noun after `number`, or None when the number is a label or no noun follows.

    ("Toàn xã có ", "35", " trạm bơm được nâng cấp") -> "trạm bơm"; ("", "1.204.533", " thửa đất") -> "thửa đất";
    ("Thôn ", "3", " tổ chức họp") -> None (a label); ("", "05", ", đạt") -> None.
    """
    first = after.split()[0] if after.split() else ""
    if not after[:1].isspace() or not (first[:1].islower() or _abbreviation(first.rstrip(".,;:)"))):
        return None
    words_before = before.split()[-_WORDS_BEFORE:]
    if words_before and not before[-1:].isspace():
        return None
    if (len(words_before) >= 2 and words_before[-1].lower() == "số" and words_before[-2][:1].isupper()
            and not COUNT_HEADER_RE.match(" ".join(words_before[-2:]) + " ")):
        return None  # "theo Mẫu số 01 ban hành kèm theo", "Phụ lục số 2": a label ("Tổng số 13 văn bản" counts)
    words_after = after.split()[:_WORDS_AFTER]
    tags = _tags(" ".join([*words_before, "5", *words_after]))  # "5": the tagger reads any number alike
    at = next((k for k, (w, _) in enumerate(tags) if w == "5"), None)
    if at is None:
        return None
    head = _head(tags[at + 1:])
    if head and at > 0 and tags[at - 1][1] in _LABEL_TAGS and tags[at - 1][0][:1].isalpha():
        # "Thôn 3 tổ chức", "Phường 1 thành phố": a number after a capitalised noun, or after a noun and before
        # no noun, is a label; "qua tài khoản 113 đối tượng", "Toàn huyện 35 trạm bơm" are counts
        if tags[at - 1][0][:1].isupper() or tags[at + 1][1] not in _COUNT_TAGS:
            return None
    return head


def header_count_noun(header: str) -> str | None:
    """The unit a counting column header names: "SL tập thể" -> "tập thể", "Số cá nhân" -> "cá nhân";
    "Tổng số" or "Tỷ lệ" -> None."""
    found = COUNT_HEADER_RE.match(header.strip())
    if not found:
        return None
    words = header.strip()[found.end():].split()[:_WORDS_AFTER]
    if words and _abbreviation(words[0]):
        return words[0]
    return _head(_tags(" ".join(["5", *(w if _abbreviation(w) else w.lower() for w in words)]))[1:]) if words else None
