"""Text copied from a web page (a commune portal, a legal-document site) -> paragraphs and tables.

Sites print an administrative document as text in ways no Word file does (corpus/real/dev/pages):
- the header table flattened into cells closed by "|": each cell on lines of its own then a "|" line
  ("ỦY BAN NHÂN DÂN" / "TỈNH KON TUM" / "-------" / "|" / "CỘNG HÒA XÃ HỘI" / ... / "|" / "Số:" / "06/2024/QĐ-UBND" /
  "|"), or a row per line ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"); the "Nơi nhận" and signature
  table the same way ("- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |");
- paragraphs hard-wrapped at about 80 characters ("Căn cứ Nghị định số" / "34/2016/NĐ-CP ngày 14 tháng 5 ...");
- the page's own lines before the document (site name, login notice, a summary naming other documents, "Đăng lúc:
  17:00:00 02/01/2024", "Lượt xem: 87");
- the HTML source's line breaks printed as the characters "\\r\\n" (dulieuphapluat.vn: "Lạng Sơn, ngày 27 tháng 3 năm
  2020 \\r\\n | \\r\\n");
- words glued where the HTML had a tag between them ("Quyết địnhsố 2216/QĐ-BTP", "263/KH-UBNDngày 12/3/2025").

`lines_to_items` returns, in reading order, paragraphs (str) and tables (rows of cell texts; a cell's lines joined
by newlines). Plain text files with none of these (one paragraph per line) come out unchanged.
"""

from __future__ import annotations

import re

from extractors.patterns.header import NATIONAL_TITLE_RE, PLACE_DATE_RE, RULE_RE
from extractors.patterns.docnums import NUMBER_LINE_RE
from extractors.patterns.phrases import starts_paragraph
from extractors.patterns.structure import parse_label
from extractors.patterns.web import PAGE_CHROME_RE

Table = list[list[str]]
Item = str | Table

_BAR = "|"
_GAP = 4  # lines a stacked cell holds above its "|" (a body's name, the Quốc hiệu and motto, wrapped)
_FIRST_CELL = 12  # lines a table's first cell may hold above its first "|"
_SENTENCE_END_RE = re.compile(r"[.!?…]\s*$")
_WRAP_END_RE = re.compile(r"[.;:!?…]\s*$")
# "Quyết địnhsố 2216/QĐ-BTP", "Báo cáo thẩm trasố 46/BC-HĐND" (a lower-case letter glued to "số" before a number);
# "263/KH-UBNDngày 12/3/2025" (a number's symbol glued to "ngày")
_GLUED_NUMBER_RE = re.compile(r"(?<=[a-zà-ỹđ])(?=số\s*:?\s*\d)")
_GLUED_DATE_RE = re.compile(r"(?<=[A-ZĐ\d])(?=ngày\s*\d)")
# A site that wraps its text at a fixed width: no line much longer than that, and many lines near it
_WRAP_WIDTH = 100
_WRAPPED_LINE = 55
_WRAPPED_LINES = 5
_CHROME_SCAN = 12  # lines at the top of a page where its date, view counter and zoom buttons stand
_HEADER_SCAN = 40  # lines: the document's header is near the top of the page
_BODY_LINES_ABOVE = 4  # body name lines above the Quốc hiệu ("ỦY BAN NHÂN DÂN" / "PHƯỜNG" / "LONG ANH")


def unglue(line: str) -> str:
    """"Quyết địnhsố 2216/QĐ-BTP" -> "Quyết định số 2216/QĐ-BTP"; "263/KH-UBNDngày" -> "263/KH-UBND ngày"."""
    return _GLUED_DATE_RE.sub(" ", _GLUED_NUMBER_RE.sub(" ", line))


def lines_to_items(lines: list[str]) -> list[Item]:
    """Paragraphs and tables of a page's text (`lines` cleaned, empty ones kept as "")."""
    lines = [unglue(line) for line in _without_chrome(_literal_breaks(lines))]
    wrapped = hard_wrapped(lines)
    items: list[Item] = []
    pending: list[str] = []  # lines not in a table, unwrapped when flushed
    i = 0
    runs = _table_runs(lines)
    for start, end in runs:
        pending.extend(lines[i:start])
        items.extend(_unwrap(pending, wrapped))
        pending = []
        items.append(_table(lines[start:end + 1]))
        i = end + 1
    items.extend(_unwrap(pending + lines[i:], wrapped))
    return _from_header(items)


_LITERAL_BREAK = "\\r\\n"
_LITERAL_BREAKS = 3


def _literal_breaks(lines: list[str]) -> list[str]:
    """A page that prints its source's line breaks as "\\r\\n": they are line breaks."""
    if sum(line.count(_LITERAL_BREAK) for line in lines) < _LITERAL_BREAKS:
        return lines
    return [" ".join(part.split()) for line in lines for part in line.split(_LITERAL_BREAK)]


def _without_chrome(lines: list[str]) -> list[str]:
    """The page's post date, view counter, zoom level and picture names at its top are no part of the document."""
    top = [n for n, line in enumerate(lines) if line][:_CHROME_SCAN]
    drop = {n for n in top if PAGE_CHROME_RE.search(lines[n])}
    return [line for n, line in enumerate(lines) if n not in drop]


def hard_wrapped(lines: list[str]) -> bool:
    """The site broke its paragraphs at a fixed width (about 80 characters: thuvienphapluat.vn, thuviennhadat.vn)."""
    lengths = [len(line) for line in lines if line]
    near = sum(_WRAPPED_LINE <= n <= _WRAP_WIDTH for n in lengths)
    return near >= _WRAPPED_LINES and sum(n > _WRAP_WIDTH for n in lengths) * 10 <= len(lengths)


def _stacked(line: str) -> bool:
    """A bar line that closes one cell ("|", "ĐỒNG NHÂN DÂN QUẬN 2 |"), not a row of its own ("A | B")."""
    parts = line.split(_BAR)
    return not parts[-1].strip() and sum(1 for p in parts if p.strip()) <= 1


def _has_bar(line: str) -> bool:
    return _BAR in line


def _table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, last line) of each table, with the lines of its first cell above its first "|" (back to a blank
    line or a line ending a sentence). Rows on lines of their own ("A | B") follow each other (blank lines between
    them aside); a stacked cell ("... |" or a lone "|") may hold up to `_GAP` lines above its bar."""
    bars = [n for n, line in enumerate(lines) if _has_bar(line)]
    runs: list[tuple[int, int]] = []
    for n in bars:
        between = [lines[k] for k in range(runs[-1][1] + 1, n)] if runs else []
        text_lines = sum(bool(b) for b in between)
        if runs and len(between) <= 2 * _GAP and (text_lines == 0 or (text_lines <= _GAP and _stacked(lines[n]))):
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((_first_cell_start(lines, n, runs[-1][1] if runs else -1), n))
    return runs


def _first_cell_start(lines: list[str], bar: int, floor: int) -> int:
    """Where the first cell of a table starts. A row on one line ("ỦY BAN NHÂN DÂN | CỘNG HÒA ... |") starts on its
    line; a cell closed at the end of its line takes its wrapped capitals above ("HỘI" / "ĐỒNG NHÂN DÂN QUẬN 2 |"); a
    cell closed by a lone "|" holds the lines above it, back to a blank line or one ending a sentence (its own last
    line may end one: "Nơi nhận:" / "- Như Điều 2;" / ... / "- Lưu: VT, CVNN." / "|")."""
    parts = lines[bar].split(_BAR)
    if sum(1 for p in parts[:-1] if p.strip()) >= 2:
        return bar
    start = bar
    if parts[0].strip():
        while (start - 1 > floor and bar - start < 3 and lines[start - 1].isupper()
               and not _SENTENCE_END_RE.search(lines[start - 1])):
            start -= 1
        return start
    while start - 1 > floor and bar - start < _FIRST_CELL:
        above = lines[start - 1]
        if not above or (_SENTENCE_END_RE.search(above) and (start < bar or _after_sentence(lines, start - 1, floor))):
            break
        start -= 1
    return start


def _after_sentence(lines: list[str], n: int, floor: int) -> bool:
    """Line `n`, right above a lone "|", ends a sentence: it is a paragraph of its own (the cell is empty) when the
    line above it ends one too or there is none; else it is the last line of a list in the cell."""
    return n - 1 <= floor or not lines[n - 1] or bool(_SENTENCE_END_RE.search(lines[n - 1]))


def _table(lines: list[str]) -> Table:
    """Rows of cell texts. Two layouts: a row per line ("ỦY BAN NHÂN DÂN | CỘNG HÒA ... |", "Số: 08/BC-TĐ | Tân Hưng,
    ngày ...": each line with a "|" is a row, its cells split at the bars), or cells stacked one after another, each
    closed by a "|" at its end or on a line of its own (then paired into rows of two, left and right, empty cells
    dropped). A table is stacked when a "|" stands alone or no line holds two cells."""
    stacked_layout = any(line.strip() == _BAR for line in lines) or not any(
        sum(1 for p in line.split(_BAR) if p.strip()) >= 2 for line in lines)
    rows = _stacked_rows(lines) if stacked_layout else [_row_cells(line) for line in lines if line]
    header = any(NATIONAL_TITLE_RE.search(" ".join(r)) or any(NUMBER_LINE_RE.match(c) and NUMBER_LINE_RE.match(c)["num"]
                                                             for c in r) for r in rows)
    return [[_header_cell(c) if header else c for c in row] for row in rows]


def _row_cells(line: str) -> list[str]:
    parts = line.split(_BAR)
    if len(parts) > 1 and not parts[-1].strip():
        parts = parts[:-1]  # the closing bar of "A | B |"
    return [_cell([p]) for p in parts]


def _stacked_rows(lines: list[str]) -> Table:
    cells: list[str] = []
    current: list[str] = []
    for line in lines:
        parts = line.split(_BAR)
        for part in parts[:-1]:
            cells.append(_cell(current + [part]))
            current = []
        if parts[-1].strip():
            current.append(parts[-1])
    if current:
        cells.append(_cell(current))
    cells = [c for c in cells if c]
    return [cells[k:k + 2] for k in range(0, len(cells), 2)]


def _cell(parts: list[str]) -> str:
    """A cell's lines: stripped, rules ("-------", "*****") dropped, hard wraps undone."""
    lines = [" ".join(p.split()) for p in parts]
    return "\n".join(_unwrap([p for p in lines if p and not RULE_RE.match(p)]))


def _header_cell(text: str) -> str:
    """A cell of the header table is one printed line: the body's name, the Quốc hiệu and motto, "Số: ...", the
    place and date, wrapped by the site ("Kon Tum, ngày 25" / "tháng 01 năm 2024"): its lines joined."""
    lines = text.splitlines()
    if len(lines) > 1 and (lines[0].isupper() or NATIONAL_TITLE_RE.search(" ".join(lines)) or NUMBER_LINE_RE.match(lines[0])
                           or PLACE_DATE_RE.search(" ".join(lines))):
        return " ".join(lines)
    return text


def _continues(prev: str, line: str, wrapped: bool = False) -> bool:
    """`line` goes on from `prev` (a hard wrap): `prev` ends mid-sentence and `line` is no list label ("1. ...",
    "a) ...", "- ...") and starts in lower case, with a digit, a quote or a bracket; in text wrapped at a fixed width
    also with a capital ("... của" / "Luật Tổ chức Chính phủ ...") unless it is a heading in capitals or opens a
    paragraph ("Căn cứ ...", "Thực hiện ...")."""
    if not prev or not line:
        return False
    if prev.count("(") > prev.count(")") and not parse_label(line):
        return True  # inside brackets: "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND" / "Ngày 22 tháng" / "7 năm 2021 ...)"
    if parse_label(line) or (_WRAP_END_RE.search(prev) and not (prev.endswith(":") and line[0].islower())):
        return False  # (after "- Đến năm 2030:" a line in lower case goes on: "tỷ lệ suy dinh dưỡng ...")
    if prev.isupper():  # a line in capitals (a type name, a heading) is a line of its own: "THÔNG BÁO" / "kết luận
        return line.isupper() and prev.endswith(",")  # ..."; but "I. MỤC ĐÍCH," / "YÊU CẦU" goes on
    first = line[0]
    if first.islower() or first.isdigit() or first in "“\"‘(":
        return True
    return wrapped and len(prev) >= _WRAPPED_LINE and not prev.isupper() and not line.isupper() and (
        not starts_paragraph(line))


def _unwrap(lines: list[str], wrapped: bool = False) -> list[str]:
    """Join hard-wrapped lines into paragraphs; an empty line ends a paragraph unless the next line clearly goes
    on from it ("... của UBND" / "" / "huyện Như Xuân ...")."""
    out: list[str] = []
    blank = False
    for line in lines:
        if not line:
            blank = True
            continue
        if out and _continues(out[-1], line, wrapped and not blank) and (not blank or line[0].islower()):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        blank = False
    return out


def _from_header(items: list[Item]) -> list[Item]:
    """Drop the page's lines above the document: when a Quốc hiệu stands near the top, the document starts at the
    body's name above it (or at the header table holding it). Lines that hold a number ("Số: ...") or a place and
    date are the document's own: then nothing is dropped (a công văn printed without Quốc hiệu above an attachment)."""
    scanned = 0
    for n, item in enumerate(items):
        text = " ".join(" ".join(row) for row in item) if isinstance(item, list) else item
        if NATIONAL_TITLE_RE.search(text):
            start = n
            if isinstance(item, str) and not _beside(item):
                while start > 0 and n - start < _BODY_LINES_ABOVE and isinstance(items[start - 1], str) and (
                        items[start - 1].isupper() or RULE_RE.match(items[start - 1])):
                    start -= 1
            return items if any(_header_line(i) for i in items[:start]) else items[start:]
        scanned += len(item) if isinstance(item, list) else 1
        if scanned > _HEADER_SCAN:
            break
    return items


def _header_line(item: Item) -> bool:
    if not isinstance(item, str):
        return True
    m = NUMBER_LINE_RE.match(item)
    return bool((m and (m["num"] or m["blank"])) or PLACE_DATE_RE.search(item))


def _beside(line: str) -> bool:
    """The body's name printed on the Quốc hiệu's line ("UBND XÃ X CỘNG HÒA XÃ HỘI ...")."""
    m = NATIONAL_TITLE_RE.search(line)
    return bool(m and line[: m.start()].strip())
