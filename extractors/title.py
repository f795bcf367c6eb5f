"""The type name ("KẾ HOẠCH") and the trích yếu printed under it (box 5a of Decree 30)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.blocks import BlockKind, Document
from extractors.lines import block_lines
from extractors.patterns.docnums import NUMBER_LINE_RE
from extractors.patterns.header import DATED_OPENING_RE, DECIDER_RE, PLACE_DATE_RE, RULE_RE, TITLE_JOIN_WORDS, TYPE_NAMES
from extractors.patterns.phrases import base_letters, phrase_key, starts_paragraph
from extractors.patterns.structure import ATTACHED_TO_RE, parse_label

_MAX_TITLE_LINES = 8
_BODY_LENGTH = 200
# A body paragraph ends like a sentence ("... như sau:"); a trích yếu has no final punctuation
_SENTENCE_END_RE = re.compile(r"[.:;]\s*$")


_BARE_TYPE_NAMES = {base_letters(name): name for name in TYPE_NAMES}


def _type_key(text: str) -> str | None:
    """"KẾ HOẠCH" (or an OCR slip of it) -> "kế hoạch"; "BÁO CÁO SƠ KẾT" -> "báo cáo"; other lines -> None."""
    if not any(c.isalpha() for c in text) or not text.isupper() or len(text) > 60:
        return None
    key = phrase_key(text).strip(" .:")
    best = max(TYPE_NAMES, key=lambda name: fuzz.ratio(key, name))
    if fuzz.ratio(key, best) >= 88:
        return best
    if bare := _BARE_TYPE_NAMES.get(base_letters(key)):
        return bare  # OCR lost or changed a mark: "KÉ HOẠCH", "QUYÉT ĐINH" (corpus/real scans)
    return next((name for name in TYPE_NAMES if key.startswith(name + " ") and len(key.split()) <= 8), None)


def type_rest(text: str, type_name: str) -> str:
    """What the type-name line says after the type name: "BÁO CÁO SƠ KẾT" -> "SƠ KẾT"."""
    words = " ".join(text.split()).split()
    n = len(type_name.split())
    return " ".join(words[n:]) if phrase_key(" ".join(words[:n])) == type_name else ""


@dataclass(frozen=True)
class TypeAt:
    """Where the type name stands: its block, the name, and whether it is the last line of the header table (a
    PDF may take it into the table's right column: "Vũng Tàu, ngày 18 tháng 3 năm 2025" / "KẾ HOẠCH",
    corpus/real huyen_vungtau_KH_2144-2025)."""

    index: int
    name: str
    in_table: bool = False


_HEADER_TABLES = 2  # the header table is among the first blocks


def type_name_at(doc: Document, limit: int) -> TypeAt | None:
    """The "KẾ HOẠCH" / "BÁO CÁO" ... line near the top, or None (a công văn)."""
    tables = 0
    for i, block in enumerate(doc.blocks[:limit]):
        if block.kind != BlockKind.TABLE:
            if key := _type_key(" ".join(block.text.split())):
                return TypeAt(i, key)
            continue
        tables += 1
        lines = [line.text for line in block_lines(i, block) if line.side != "left"]
        if tables <= _HEADER_TABLES and lines and (key := _type_key(lines[-1])):
            return TypeAt(i, key, in_table=True)
        # OCR may put the type name into the left column, under the number ("Số: 666/TB-STTTT" / "THÔNG BÁO":
        # corpus/real so_bentre_TB_666-2011)
        lefts = [line.text for line in block_lines(i, block) if line.side == "left"]
        if tables <= _HEADER_TABLES and len(lefts) > 1 and NUMBER_LINE_RE.match(lefts[-2]) and (
                key := _type_key(lefts[-1])):
            return TypeAt(i, key, in_table=True)
    return None


def is_authority(text: str, lines: list[str], issuer: str | None) -> bool:
    """The issuer's name under the title of a decision or resolution ("ỦY BAN NHÂN DÂN TỈNH KON TUM", "CHỦ TỊCH UỶ BAN
    NHÂN DÂN TỈNH QUẢNG BÌNH"): the line starts with the issuer, after the decider's title."""
    if not (issuer and lines and text.isupper()) or lines[-1].endswith(TITLE_JOIN_WORDS):
        return False
    key, name = base_letters(phrase_key(DECIDER_RE.sub("", text))), base_letters(phrase_key(issuer))
    return len(name) >= 10 and (key == name or key.startswith(name + " "))


def _ends_title(text: str, lines: list[str], alignment: str | None, bold_break: bool) -> bool:
    if starts_paragraph(text) and (lines or _SENTENCE_END_RE.search(text)):
        return True  # the first line under "KẾ HOẠCH" may open like a body: "Thực hiện nhiệm vụ ... năm 2025"
    if DATED_OPENING_RE.match(text) or PLACE_DATE_RE.search(text) or (lines and ATTACHED_TO_RE.match(text)):
        return True
    if (label := parse_label(text)) and label.kind != "dash":
        return True
    if not lines:
        return False
    if len(text) > _BODY_LENGTH and _SENTENCE_END_RE.search(text):
        return True  # a long sentence under the trích yếu is the body's first paragraph (corpus/real tinh_quangngai_CT_11-2024)
    if bold_break or (alignment and alignment not in ("center", "centre")):
        return True
    return text.isupper() and not lines[0].isupper()  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ..." after a QĐ title


def lines_to_title(doc: Document, start: int, issuer: str | None = None) -> str | None:
    """The trích yếu: the lines after the type name up to the body (or up to the issuer's name printed under it),
    joined with single spaces."""
    lines: list[str] = []
    title_bold: bool | None = None
    word = doc.format in ("docx", "doc")  # PDF readers guess alignment from positions: only bold is reliable
    for block in doc.blocks[start:]:
        text = " ".join(block.text.split())
        if block.kind == BlockKind.TABLE or len(lines) == _MAX_TITLE_LINES:
            break
        if NUMBER_LINE_RE.match(text) and NUMBER_LINE_RE.match(text)["num"]:
            continue  # "Số: 19.2012/GPXD" printed under the type name: the number, read by the header
        if not text or RULE_RE.match(text):
            if lines and doc.format in ("docx", "doc"):
                break  # Word paragraphs: an empty one after the title ends it
            continue
        # the trích yếu is bold, the body is not; but a centred line going on in lower case is the title wrapped
        # ("... tháng 6" / "năm 2026 và phương hướng ...": corpus/real xa_phumybac_BC_thang6-2026)
        bold_break = title_bold is True and block.bold is False and not (
            text[:1].islower() and block.alignment in ("center", "centre"))
        if _ends_title(text, lines, block.alignment if word else None, bold_break) or is_authority(text, lines, issuer):
            break
        title_bold = block.bold if not lines else title_bold
        lines.append(text)
    return " ".join(lines) or None
