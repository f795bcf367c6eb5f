"""Blocks -> header: kind, number, date, place, issuer, title, signer, recipients.

The top of the document gives the bodies, "Số:", place and date (boxes 1-4 of Decree 30), the type name
and the trích yếu (box 5); the closing gives the signer and "Nơi nhận" (`extractors.closing`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from extractors.blocks import BlockKind, Document
from extractors.closing import closing_to_recipients, closing_to_signer, top_to_addressees
from extractors.errors import DocWarning, WarningCode
from extractors.headerless import headerless_kind_title
from extractors.lines import Line, blocks_lines, is_data_table, strip_national_title
from extractors.ocr_spelling import LazySpelling, document_spelling
from extractors.patterns.dates import parse_date
from extractors.patterns.docnums import ILLEGIBLE_NUMBER_LINE_RE, NUMBER_LINE_RE, normalize_number, number_symbol
from extractors.patterns.header import (
    ADMIN_UNIT_RE, BARE_HEAD_RE, BODY_HEAD_START_RE, BODY_NOISE_RE, BROKEN_HEADER_RE, SIGNATURE_STAMP_RE, STAMP_DATE_RE, NATIONAL_TITLE_RE, BODY_JOIN_WORDS, FORM_LABEL_RE, INLINE_NUMBER_RE, EMBLEM_TITLE_RE, OTHER_SYMBOLS, LOOSE_PLACE_DATE_RE, PLACE_DATE_RE, SUBJECT_RE, SYMBOL_KINDS, TO_RE,
    TYPE_NAMES, PLACE_AT_END_RE, UNIT_AT_END_RE, UNIT_INSIDE_RE, place_of, split_bodies,
)
from extractors.patterns.phrases import fix_body_name, starts_paragraph
from extractors.patterns.structure import APPENDIX_RE, ATTACHED_TO_RE, parse_label
from extractors.records import Header
from extractors.title import TypeAt, is_authority, lines_to_title, type_name_at, type_rest
from extractors.zones import main_document_end

_TOP_BLOCKS = 30
_MAX_HEADER_LINE = 300


@dataclass
class _Top:
    bodies: list[str] = field(default_factory=list)
    number: str | None = None
    number_text: str | None = None
    blank_number: bool = False
    symbol: str | None = None  # the symbol of a number whose digits OCR could not read ("/KH-UBND")
    illegible: str | None = None  # that number line as read ("Số: #đ?/KH-UBND")
    date_illegible: bool = False
    place: str | None = None
    date_text: str | None = None
    subject: list[str] = field(default_factory=list)
    subject_block: int = -1
    headings: list[str] = field(default_factory=list)  # upper-case title lines under the header (no type name)
    warnings: list[DocWarning] = field(default_factory=list)


def _add_body(top: _Top, text: str, spelling: LazySpelling | None = None) -> None:
    """Join a wrapped body name ("ỦY BAN NHÂN DÂN" / "XÃ KIẾN MINH"; words the text writes together across the
    break: `Spelling.continues`), else start a new one."""
    prev = top.bodies[-1] if top.bodies else None
    if prev and ((ADMIN_UNIT_RE.match(text) and not UNIT_INSIDE_RE.search(prev + " ")) or BARE_HEAD_RE.match(prev)
                 or UNIT_AT_END_RE.search(prev) or len(text.split()) == 1
                 or (spelling is not None and not PLACE_AT_END_RE.search(prev) and not BODY_HEAD_START_RE.match(text)
                     and spelling.continues(prev, text))
                 or prev.endswith(BODY_JOIN_WORDS) or text.startswith(tuple(f"{w} " for w in BODY_JOIN_WORDS))):
        top.bodies[-1] = f"{prev} {text}"
    else:
        top.bodies.append(text)


def _read_number(top: _Top, text: str) -> str:
    """Take "Số: 232/KH-UBND" off a line; return what is left (a PDF may glue the place/date after it)."""
    m = NUMBER_LINE_RE.match(text)
    if m["num"]:
        top.number, top.number_text = normalize_number(m["num"]), m["num"]
    elif m["blank"]:
        top.blank_number, top.number_text = True, text.strip()
        top.symbol = m["blank"].strip(" ._…")  # "/KH-UBND" still gives the kind
    return text[m.end():].strip()


def _read_line(top: _Top, line: Line, heading: bool = False, spelling: LazySpelling | None = None) -> None:
    if len(line.text) > _MAX_HEADER_LINE:
        return  # body text, not a header line
    text = FORM_LABEL_RE.sub("", strip_national_title(line.text))
    if (m := INLINE_NUMBER_RE.search(text)) and text[: m.start()].isupper():
        _read_line(top, replace(line, text=text[: m.start()]), heading, spelling)  # "SỞ TÀI CHÍNH Số: /BC-STC": body, then number
        text = text[m.end():]
    if not text or (top.bodies and line.side != "left" and EMBLEM_TITLE_RE.match(text)):
        return  # "ĐẢNG CỘNG SẢN VIỆT NAM" after "ĐẢNG ỦY XÃ ...": the Party's Quốc hiệu, not a body
    if top.number is None and not top.blank_number and NUMBER_LINE_RE.match(text) and (
            NUMBER_LINE_RE.match(text)["num"] or NUMBER_LINE_RE.match(text)["blank"]):
        text = _read_number(top, text)
    elif top.number is None and top.symbol is None and (m := ILLEGIBLE_NUMBER_LINE_RE.match(text)) and (
            not m["junk"].isalpha() or m["junk"].isupper()):
        top.symbol, top.illegible = normalize_number(m["symbol"]), text[: m.end()].strip()
        text = text[m.end():].strip()
    if m := PLACE_DATE_RE.search(text) or LOOSE_PLACE_DATE_RE.search(text):
        place = place_of(text[: m.start()])
        if top.date_text is None:
            top.place, top.date_text = place, m["date"]
            top.date_illegible = m.re is LOOSE_PLACE_DATE_RE  # "ngày@¿ tháng 1]": no digit is guessed
        text = text[: m.start() - len(place or "")].strip()
    if m := SUBJECT_RE.match(text):
        top.subject.append(m["rest"])
        top.subject_block = line.block
    elif top.subject and line.block == top.subject_block and line.side != "right" and not text.isupper():
        if not TO_RE.match(text):  # "V/v đôn đốc ..." / "Kế hoạch số 05/KH-UBND" (a wrapped subject)
            top.subject.append(text)
    elif top.subject and line.block == top.subject_block + 1 and line.side == "full" and text[:1].islower():
        top.subject.append(text)  # a text dump wraps "V/v rà soát, báo cáo ..." / "chính sách bảo trợ ..."
        top.subject_block = line.block
    elif text.isupper() and line.side == "full" and (top.date_text or (top.bodies and heading)):
        top.headings.append(text)  # under the date line, or a heading style under the body: a title
    elif text.isupper() and top.number is None and top.symbol is None and not top.blank_number and line.side != "right":
        for body in split_bodies(fix_body_name(" ".join(BODY_NOISE_RE.sub("", text).split()))):
            _add_body(top, body, spelling)


def _top_lines(doc: Document, stop: int) -> list[Line]:
    start = _after_stamp(doc)
    return _rejoined(blocks_lines((i, doc.blocks[i]) for i in range(start, min(stop, len(doc.blocks)))))


_STAMP_SCAN = 15
BLANK_DAY_RE = re.compile(r"^[\s._…/]*tháng")
ATTACHED_DATE_RE = re.compile(r"ngày\s*(?P<date>[\d\s._…/]*tháng[\s\d._…]*năm\s*\d{4})")


def _stamped_date(doc: Document, date_text: str) -> dt.date | None:
    """The date of the signature stamp when the printed day is blank ("ngày    tháng 5 năm 2026") and the stamp's
    month and year are the printed ones (corpus/real tinh_gialai_QD_2061-2026: "Thời gian ký: 2026-05-13T14:41:57")."""
    printed = re.search(r"tháng\s*(\d{1,2})\s*năm\s*(\d{4})", date_text)
    for block in doc.blocks:
        if m := STAMP_DATE_RE.search(block.text):
            y, mo, d = (int(m["y"]), int(m["m"]), int(m["d"])) if m["y"] else (int(m["y2"]), int(m["m2"]), int(m["d2"]))
            if printed and (int(printed[1]), int(printed[2])) != (mo, y):
                continue
            try:
                return dt.date(y, mo, d)
            except ValueError:
                continue
    return None


def _number_elsewhere(doc: Document, top: _Top) -> None:
    """A number on a line of its own outside the header's left column: under the type name ("GIẤY PHÉP XÂY DỰNG" /
    "Số: 19.2012/GPXD") or stamped by the digital signature (the PDF reader gives the stamp's "Số: 2061/QĐ-UBND" as
    a block: corpus/real tinh_gialai_QD_2061-2026). It fills a blank header number too."""
    first_page = [b for b in doc.blocks[:_STAMP_SCAN * 2] if b.location.page in (None, 1)] + [
        b for b in doc.blocks[_STAMP_SCAN * 2:] if b.annotation and b.location.page == 1]  # the PDF reader puts them last
    for block in first_page:
        m = NUMBER_LINE_RE.match(" ".join(block.text.split()))
        if block.kind != BlockKind.TABLE and m and m["num"] and m.end() >= len(block.text.strip()) - 1:
            top.number, top.number_text, top.blank_number = normalize_number(m["num"]), m["num"], False
            return


def _after_stamp(doc: Document) -> int:
    """The first block after a digital-signature stamp printed above the header ("Ký bởi: ...", "Thời gian ký:
    ...", an e-mail): the stamp's lines ("TRUNG TÂM CÔNG BÁO" / "VÀ TIN HỌC") are no issuing body."""
    national = next((i for i, b in enumerate(doc.blocks[:_STAMP_SCAN]) if NATIONAL_TITLE_RE.search(b.text)), None)
    if national is None:
        return 0
    stamped = [i for i in range(national) if SIGNATURE_STAMP_RE.search(doc.blocks[i].text)]
    return stamped[-1] + 1 if stamped else 0


def _rejoined(lines: list[Line]) -> list[Line]:
    """Join what a cell or a PDF broke: "Số:" / "/TB-UBND", "Quảng Ngãi, ngày" / "tháng 11 năm 2024" (the number
    and the day left blank for the signature stamp: corpus/real tinh_quangngai_TB_565-2024)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev and prev.side == line.side and BROKEN_HEADER_RE.search(prev.text):
            out[-1] = replace(prev, text=f"{prev.text} {line.text}")
        else:
            out.append(line)
    return out


def _kind(type_name: str | None, number: str | None, subject: bool) -> str:
    """From the type name, else from the number's symbol ("232/KH-UBND"; a number whose digits are illegible
    still gives its symbol: "0/KH-UBND")."""
    if type_name:
        return TYPE_NAMES[type_name]
    symbol = number_symbol(number or "")
    if symbol in SYMBOL_KINDS:
        return SYMBOL_KINDS[symbol]
    if subject or (number and symbol not in OTHER_SYMBOLS):
        return "cong_van"  # "12/UBND-VX": no type abbreviation
    return "khac"


def _kind_warnings(kind: str, number: str | None, shown: str | None = None) -> list[DocWarning]:
    symbol = number_symbol(number or "")
    expected = SYMBOL_KINDS.get(symbol)
    if expected and expected != kind:
        return [DocWarning(code=WarningCode.KIND_MISMATCH, message=(
            f"Tên loại văn bản không khớp với ký hiệu «{symbol}» trong số «{shown or number}»."))]
    return []


def _date_warnings(top: _Top, issued, stamped: bool = False) -> list[DocWarning]:
    if stamped and issued is not None:
        yield DocWarning(code=WarningCode.DATE_FROM_STAMP, message=(
            f"Ngày ban hành để trống («ngày {top.date_text.strip()}»); lấy theo thời gian ký số: "
            f"{issued.strftime('%d/%m/%Y')}."))
    if top.number is None and top.illegible:
        yield DocWarning(code=WarningCode.UNREADABLE_NUMBER, message=(
            f"Không đọc được số văn bản (viết tay hoặc đóng dấu trên bản quét?): «{top.illegible}»."))
    if top.blank_number:
        yield DocWarning(code=WarningCode.DRAFT_NUMBER, message=f"Số văn bản còn để trống (bản dự thảo?): «{top.number_text}».")
    if top.date_text is None:
        yield DocWarning(code=WarningCode.NO_DATE, message="Không tìm thấy địa danh, ngày tháng năm ban hành văn bản.")
    elif issued is None:
        yield DocWarning(code=WarningCode.DRAFT_DATE, message=(
            f"Ngày ban hành còn để trống hoặc không đọc được (bản dự thảo?): «ngày {top.date_text.strip()}»."))


def blocks_to_header(doc: Document) -> Header:
    """The header of a document read alone (tests, benchmarks); extraction builds it with the view."""
    return header_of(doc, main_document_end(doc))


def header_of(doc: Document, main_end: int) -> Header:
    """The header: the top lines, the type name and trích yếu, and the closing of the main document (blocks
    before `main_end`: an appendix or an attached document has a closing, or none, of its own)."""
    type_at = type_name_at(doc, _TOP_BLOCKS)
    stop = type_at.index + type_at.in_table if type_at else _first_body_block(doc)
    top = _Top()
    attached = attached_title(doc)
    if attached:  # an appendix or list sent alone: "(Ban hành kèm theo Quyết định số ...)" under its title
        top.headings, stop = [attached[0]], attached[1]
        below = " ".join(b.text for b in doc.blocks[stop:stop + 2] if b.kind != BlockKind.TABLE)
        top.date_text = m["date"] if (m := ATTACHED_DATE_RE.search(below)) else None
    body_start = type_at.index + 1 if type_at else stop
    spelling = document_spelling(doc)
    for line in _top_lines(doc, 0 if attached else stop):
        _read_line(top, line, doc.blocks[line.block].kind == BlockKind.HEADING, spelling)
    if top.number is None:
        _number_elsewhere(doc, top)
    issued = parse_date(f"ngày {top.date_text}") if top.date_text and not top.date_illegible else None
    stamped = issued is None and top.date_text is not None and BLANK_DAY_RE.match(top.date_text)
    issued = _stamped_date(doc, top.date_text) if stamped else issued
    if _scanned(doc, stop):  # OCR'd bodies spelled as the body text spells them ("TỈNH QUANG BÌNH")
        top.bodies = [fix_body_name(spelling.repair(b)) for b in top.bodies]
    # an appendix or list sent alone is "khac" whatever the number of the decision it came with
    symbolled = top.number or (f"0{top.symbol}" if top.symbol else None)
    kind = "khac" if attached else _kind(type_at.name if type_at else None, symbolled, bool(top.subject))
    issuer = top.bodies[-1] if top.bodies else None
    title = _title(doc, type_at, issuer) if type_at and not attached else (
        " ".join(top.subject) or " ".join(_before_authority(top.headings, issuer)) or None)
    if not (type_at or attached or top.bodies or top.number or top.symbol or top.blank_number or top.date_text) and (
            found := headerless_kind_title(doc)):
        kind, title = found[0], title or found[1]
    return Header(
        kind=kind, number=top.number, issued_on=issued, place=top.place,
        issuer=top.bodies[-1] if top.bodies else None,
        parent_issuer=top.bodies[-2] if len(top.bodies) > 1 else None,
        title=title, signer=closing_to_signer(doc, main_end, body_start),
        recipients=closing_to_recipients(doc, main_end, body_start), addressees=top_to_addressees(doc, stop),
        warnings=(*_date_warnings(top, issued, bool(stamped)), *([] if attached else _kind_warnings(kind, symbolled, top.number or top.illegible))),
    )


def _before_authority(headings: list[str], issuer: str | None) -> list[str]:
    """Title lines in capitals under the header, up to the issuer's name printed under them (a resolution whose type
    name the page dropped: "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008" / "HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14")."""
    for n, text in enumerate(headings):
        if is_authority(text, headings[:n], issuer):
            return headings[:n]
    return headings


def _scanned(doc: Document, stop: int) -> bool:
    return any(b.ocr for b in doc.blocks[:max(stop, 1)])


def _title(doc: Document, type_at: TypeAt, issuer: str | None = None) -> str | None:
    """The trích yếu; words after the type name on its line ("BÁO CÁO SƠ KẾT") start it."""
    rest = "" if type_at.in_table else type_rest(doc.blocks[type_at.index].text, type_at.name)
    below = lines_to_title(doc, type_at.index + 1, issuer)
    return " ".join(t for t in (rest.capitalize() if rest else "", below or "") if t) or None


_ATTACHED_SCAN = 8


def attached_title(doc: Document) -> tuple[str, int] | None:
    """(title, first block after it) of a document that is an attachment sent alone: its first lines are a title
    in capitals (after a "Phụ lục" line) then "(Ban hành kèm theo Quyết định số ...)", with no Quốc hiệu above
    (corpus/real tinh_gialai_QD_2061-2026, tinh_bariavungtau_QD_705-2025_phu-luc)."""
    lines: list[str] = []
    for i, block in enumerate(doc.blocks[:_ATTACHED_SCAN]):
        text = " ".join(block.text.split())
        if block.kind == BlockKind.TABLE or NATIONAL_TITLE_RE.search(text):
            return None
        if ATTACHED_TO_RE.match(text):
            return (" ".join(lines), i) if lines else None
        if APPENDIX_RE.match(text) and not lines:
            continue
        if not text.isupper():
            return None
        lines.append(text)
    return None


def _first_body_block(doc: Document) -> int:
    """Without a type name (a công văn), the header ends where the body starts ("Kính gửi", "Căn cứ", "I.", a
    table of data)."""
    for i, block in enumerate(doc.blocks[:_TOP_BLOCKS]):
        text = block.text.strip()
        if is_data_table(block) or text and (starts_paragraph(text) or (parse_label(text) and parse_label(text).kind != "dash")):
            return i
    return min(len(doc.blocks), _TOP_BLOCKS)
