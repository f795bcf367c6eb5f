"""The closing of a document: signer (boxes 7a-7c of Decree 30), "Nơi nhận" (9b) and "Kính gửi" (9a).

The signature block is usually a borderless table beside "Nơi nhận"; in PDF and OCR input both columns may
arrive glued on one line ("- UBND thành phố (b/c); CHỦ TỊCH"), so such lines are split first.
"""

from __future__ import annotations

from extractors.blocks import Document
from extractors.lines import Line, blocks_lines, is_data_table
from extractors.patterns.header import (
    AUTHORITY_RE, ITEM_INSIDE_RE, RECIPIENTS_INSIDE_RE, RECIPIENTS_RE, SIGNATURE_NOTE_RE, STAMP_END_RE, STAMP_START_RE, TO_RE, authority_of, is_name, is_upper_name,
)
from extractors.patterns.structure import parse_label
from extractors.records import Signer

_CLOSING_BLOCKS = 25
_ITEM_MARKS = "-–—+•*"


def _closing_lines(doc: Document, end: int, after: int = 0) -> list[Line]:
    """Lines after the body's last sentence ("... thực hiện./."), at most the last 25 blocks before `end` (the
    end of the main document) and never the header's (`after`: the first block past it; a short notice's last
    25 blocks reach its top)."""
    n = end
    start = max(after, n - _CLOSING_BLOCKS)
    for i in range(n - 1, start - 1, -1):
        if "./." in doc.blocks[i].text and not RECIPIENTS_RE.match(doc.blocks[i].text):
            start = i + 1
            break
    stamp = _stamp_blocks(doc, start, n)
    return blocks_lines((i, doc.blocks[i]) for i in range(start, n)
                        if not is_data_table(doc.blocks[i]) and i not in stamp)


_STAMP_BLOCKS = 6


def _stamp_blocks(doc: Document, start: int, end: int) -> set[int]:
    """Blocks of a digital-signature stamp the PDF reader printed in the closing: from "Ký bởi: ..." to "Thời gian
    ký: ..." ("Cơ quan: ...", "TRUNG TÂM CÔNG BÁO" / "VÀ TIN HỌC" between them are no signer's title)."""
    out: set[int] = set()
    for i in range(start, end):
        if STAMP_START_RE.search(doc.blocks[i].text):
            stop = next((j for j in range(i, min(end, i + _STAMP_BLOCKS)) if STAMP_END_RE.search(doc.blocks[j].text)), i)
            out.update(range(i, stop + 1))
    return out


def _is_right(text: str) -> bool:
    """A line of the signature block: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", a name; not a heading of the body
    ("I. LĨNH VỰC CÔNG CHỨC, VIÊN CHỨC:") nor a code ("CH.KH.05")."""
    if parse_label(text) or text.endswith(":") or "," in text or any(ch.isdigit() for ch in text):
        return bool(AUTHORITY_RE.match(text))
    return bool(AUTHORITY_RE.match(text)) or is_name(text) or (text.isupper() and len(text.split()) <= 8)


def _split(line: Line) -> tuple[str, str]:
    """(left, right) of a line: "Nơi nhận: TM. ỦY BAN NHÂN DÂN" -> ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")."""
    text = line.text
    if line.side == "left":
        return text, ""
    if line.side == "right":
        return ("", text) if _is_right(text) or not text.isupper() else (text, "")
    if (m := RECIPIENTS_INSIDE_RE.search(text)) and text[: m.start()].isupper():
        right = text[: m.start()].strip()
        return text[m.end():].strip(), right if _is_right(right) else ""
    if text[:1] not in _ITEM_MARKS and (m := ITEM_INSIDE_RE.match(text)) and (
            _is_right(m["right"]) or _name_lost_initial(m["right"])):
        return f"- {m['left']}", m["right"].strip()
    if (m := AUTHORITY_RE.search(text)) and m.start() > 0:
        return text[: m.start()].strip(), text[m.start():].strip()
    cut = max(text.rfind(";"), text.rfind("."), text.rfind(":"))
    tail = text[cut + 1:].strip() if cut >= 0 else ""
    if tail and text[:1] in _ITEM_MARKS + "N" and _is_right(tail):
        return text[: cut + 1].strip(), tail
    if text[:1] not in _ITEM_MARKS and not RECIPIENTS_RE.match(text) and _is_right(text):
        return "", text
    return text, ""


def _name_lost_initial(text: str) -> bool:
    """A name whose first letter OCR lost under the seal: "guyễn Quốc Việt" (corpus/real tinh_quangngai_TB_660-2024)."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[0].isalpha() and words[0].islower() and is_name(" ".join(words[1:]) + " X")


def _clean_item(text: str) -> str:
    return text.lstrip(_ITEM_MARKS + " ").rstrip(" ;.,")


def _items_after(lefts: list[str], start: int, rest: str, cell: list[bool] | None = None) -> list[str]:
    """Items after a "Nơi nhận:"/"Kính gửi:" line: "- ...;" lines, or every line of the same table cell."""
    items = [_clean_item(rest)] if rest.strip() else []
    last, fresh = rest, False
    for n, text in enumerate(lefts[start + 1:], start + 1):
        if not text:
            continue
        if text[0] not in _ITEM_MARKS and items and _wrapped(last, text, fresh):
            items[-1] = _clean_item(f"{last.rstrip()} {text}")  # "- Các Sở: CT, LĐTBXH, TNMT, XD," / "TTTT, GTVT;"
            last, fresh = f"{last.rstrip()} {text}", False
            continue
        if text[0] not in _ITEM_MARKS and items and not (cell and cell[n]):
            if not _next_is_item(lefts, n):
                break
            if len(text.split()) <= _STRAY_WORDS:
                continue  # a stray word of the signature OCR put between the items ("Măng")
            # an item whose dash OCR lost, between items ("Cục Kiểm tra văn bản ...": corpus/real tinh_phutho_QD_2025)
        items.append(_clean_item(text))
        last, fresh = text, True
    return [i for i in items if i]


_STRAY_WORDS = 2


def _next_is_item(lefts: list[str], n: int) -> bool:
    """The next printed line is an item ("- ..."), or goes on in lower case and the line after it is one."""
    following = [t for t in lefts[n + 1:] if t][:2]
    if following and following[0][0].islower():
        following = following[1:]
    return bool(following) and following[0][0] in _ITEM_MARKS


def _wrapped(previous: str, text: str, fresh: bool = False) -> bool:
    """A printed line that goes on with the item above it: it starts in lower case, or the item above ends with a
    comma, a dash or "và" (corpus/real so_haugiang_BC_2024, tinh_quangngai_TB_660-2024); or the item above (`fresh`:
    one printed line, not yet joined) ends without its ";"."""
    end = previous.rstrip()
    return (text[:1].islower() or end.endswith((",", "-", "–")) or end.endswith(" và")
            or (fresh and end[0] in _ITEM_MARKS and not end.endswith((";", ".", ":", ")"))
                and not text.endswith(":")))  # "- Ban Quản lý Khu kinh tế Dung Quất" / "Và các Khu công nghiệp ...;"


def closing_to_recipients(doc: Document, end: int, after: int = 0) -> tuple[str, ...]:
    """The "Nơi nhận" list: "- UBND thành phố (b/c);" -> "UBND thành phố (b/c)", "- Lưu: VT." -> "Lưu: VT"."""
    lines = _closing_lines(doc, end, after)
    lefts = [_split(line)[0] for line in lines]
    for i, text in enumerate(lefts):
        if m := RECIPIENTS_RE.match(text):
            cell = [line.side == "left" and line.block == lines[i].block for line in lines]
            return tuple(_items_after(lefts, i, m["rest"], cell))
    return ()


def top_to_addressees(doc: Document, start: int) -> tuple[str, ...]:
    """The "Kính gửi" addressees near the top: one on the same line, or "- ...;" lines under it."""
    lines = blocks_lines((i, doc.blocks[i]) for i in range(min(len(doc.blocks), start + 15)))
    for i, line in enumerate(lines):
        if m := TO_RE.match(line.text):
            if m["rest"].strip():
                return (_clean_item(m["rest"]),)
            below = [x.text for x in lines[i + 1:] if x.side != "right"]
            if below and below[0][0] not in _ITEM_MARKS:
                return (_clean_item(below[0]),)
            return tuple(_items_after(below, -1, ""))
    return ()


def _position(rights: list[str], name_at: int) -> str | None:
    for text in reversed(rights[:name_at]):
        if m := AUTHORITY_RE.match(text):
            # "Q. CHỦ TỊCH" right above the name: an acting chair signs as "CHỦ TỊCH"
            return m["rest"].strip() if m["auth"] == "Q" and text == rights[name_at - 1] else None
        if text.isupper():
            return text
    return None


def _name_at(rights: list[str]) -> int | None:
    """The signer's name: the last name-like line; else a last line in capitals under a title ("PHẠM QUỐC BẢO")."""
    at = next((i for i in range(len(rights) - 1, -1, -1) if is_name(rights[i])), None)
    if at is None and len(rights) > 1 and is_upper_name(rights[-1]) and not AUTHORITY_RE.match(rights[-1]):
        at = len(rights) - 1
    return at


def closing_to_signer(doc: Document, end: int, after: int = 0) -> Signer:
    rights = [r for line in _closing_lines(doc, end, after) if (r := _split(line)[1]) and not SIGNATURE_NOTE_RE.match(r)]
    authorities = [AUTHORITY_RE.match(r) for r in rights if AUTHORITY_RE.match(r)]
    on_behalf = next((m["rest"].strip() for m in authorities if authority_of(m) == "TM."), None)
    name_at = _name_at(rights)
    if name_at is None:
        position = next((r for r in reversed(rights) if r.isupper() and not AUTHORITY_RE.match(r)), None)
    else:
        position = _position(rights, name_at)
    return Signer(name=rights[name_at] if name_at is not None else None, position=position,
                  authority=authority_of(authorities[-1]) if authorities else None, on_behalf_of=on_behalf)
