"""The parent plan's content, from its blocks: the text of Mục đích / Yêu cầu, its tasks, and each actor's duties.

The extraction record has the header, indicators and deadlines; the derived plan also needs the parent's own words.
`read_parent(path)` reads the file once (`extractors.readers.file_to_document`) and gives both: the record
(`extractors.extract.document_to_record`) and the parts, classified by their headings
(`extractors.sections.paragraphs_in_sections`):

    purpose / requirement  "I. MỤC ĐÍCH, YÊU CẦU" ("1. Mục đích", "2. Yêu cầu")
    target                 "II. MỤC TIÊU", "CHỈ TIÊU ..."
    task                   "NHIỆM VỤ", "GIẢI PHÁP", "NỘI DUNG", "PHƯƠNG ÁN", "HOẠT ĐỘNG"
    duty                   "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM ...", "PHÂN CÔNG ..." (one duty per actor sub-heading)

A saved record (".json") has no blocks: its parts are empty and the derivation works from the record alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.blocks import Document
from extractors.patterns.phrases import is_implementation_heading, phrase_key
from extractors.patterns.structure import PATH_KINDS
from extractors.records import Record
from extractors.sections import InSection, paragraphs_in_sections

# Heading words -> the part of a plan they open (checked in this order; the first word found in a title wins).
PART_WORDS = (
    ("duty", ("tổ chức thực hiện", "trách nhiệm", "phân công")),
    ("purpose", ("mục đích",)),
    ("requirement", ("yêu cầu",)),
    ("target", ("mục tiêu", "chỉ tiêu")),
    ("task", ("nhiệm vụ", "giải pháp", "nội dung", "phương án", "hoạt động", "biện pháp", "kế hoạch")),
    ("schedule", ("thời gian thực hiện", "tiến độ", "lộ trình", "thời gian")),
    ("other", ("kinh phí", "khen thưởng", "chế độ báo cáo", "phạm vi", "đối tượng", "căn cứ", "cơ sở",
               "thông tin chung")),
)
# "Ngày      tháng 12 năm 2025": the parent's own date line, blanks included (unsigned drafts)
DATE_LINE_RE = re.compile(r"ngày\s*(?P<d>\d{0,2})\s*tháng\s*(?P<m>\d{0,2})\s*năm\s*(?P<y>\d{4})", re.I)
# "Số:      /KH-UBND", "Số: 447/KH-UBND": the number line of the header
NUMBER_LINE_RE = re.compile(r"Số\s*:?\s*(?P<n>\d*)\s*/\s*(?P<sym>[A-ZĐ][A-ZĐa-zđ0-9./]*(?:\s*[-–]\s*[A-ZĐ][A-ZĐa-zđ0-9./]*)*)")
_HEADER_BLOCKS = 20
# "Căn cứ Nghị định ...", "Xét đề nghị ...", "Về việc ...": the bases of an embedded decision, not tasks
BASIS_RE = re.compile(r"^\s*(?:căn cứ|xét (?:đề nghị|đề xuất)|về việc|quyết định:?$)", re.I)
# Type names (tên loại) and their symbols (Decree 30, Phụ lục III): how the derived plan names its parent
TYPE_NAMES = {"KH": "Kế hoạch", "HD": "Hướng dẫn", "QĐ": "Quyết định", "CTr": "Chương trình", "ĐA": "Đề án",
              "PA": "Phương án", "CT": "Chỉ thị", "TB": "Thông báo", "NQ": "Nghị quyết"}
KIND_TYPES = {"ke_hoach": "Kế hoạch", "quyet_dinh": "Quyết định", "thong_bao": "Thông báo", "bao_cao": "Báo cáo",
              "to_trinh": "Tờ trình", "cong_van": "Công văn"}
ANNEX_RE = re.compile(r"^\s*Phụ\s*lục(?:\s+(?:[IVX]+|\d+))?\s*[.:]?\s*$", re.I)
TOP_KINDS = ("part", "chapter", "section", "roman")


def part_of(title: str) -> str | None:
    """"I. MỤC ĐÍCH, YÊU CẦU" -> "purpose"; "V. TỔ CHỨC THỰC HIỆN" -> "duty"; a plain title -> None."""
    key = phrase_key(title)
    if is_implementation_heading(title):
        return "duty"
    found = [(key.find(w), part) for part, words in PART_WORDS for w in words if w in key]
    return min(found)[1] if found else None


@dataclass(frozen=True)
class Piece:
    """A titled group of the parent's paragraphs: a task ("2. Hướng dẫn sử dụng phần mềm" + its items) or an
    actor's duties ("3. Các sở, ban, ngành; UBND các xã, phường, đặc khu" + what they must do)."""

    title: str
    paragraphs: tuple[str, ...]
    label: str = ""

    @property
    def text(self) -> str:
        return " ".join((self.title, *self.paragraphs))


@dataclass(frozen=True)
class ParentParts:
    purposes: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    target_texts: tuple[str, ...] = ()
    tasks: tuple[Piece, ...] = ()
    duties: tuple[Piece, ...] = ()
    schedule: tuple[str, ...] = ()  # "Trước ngày 30/6/2024: Tổ công tác cấp xã hoàn thành ..." (thời gian, tiến độ)
    closing: tuple[str, ...] = ()  # after the last section, before "./." ("Trong quá trình thực hiện ...")


@dataclass(frozen=True)
class ParentPlan:
    record: Record
    parts: ParentParts = field(default_factory=ParentParts)
    number_slot: str | None = None  # "/KH-UBND" as printed after the number (blank or not)
    type_name: str | None = None  # "Hướng dẫn" when the header says "HƯỚNG DẪN"
    date_slots: tuple[str, str, str] | None = None  # ("", "12", "2025") as printed


def _is_heading(item: InSection) -> bool:
    label = item.paragraph.label
    return bool(label and label.kind in PATH_KINDS and item.headings and item.headings[-1][0] == label.label)


def _kind(item: InSection) -> tuple[str | None, int]:
    """(part, depth of the heading that decided it): duty wins over anything inside it, else the innermost."""
    kinds = [part_of(title) for _, title in item.headings]
    for depth, kind in enumerate(kinds):
        if kind == "duty":
            return "duty", depth
    inner = next((k for k in reversed(kinds) if k), None)
    return (inner, kinds.index(inner)) if inner else (None, -1)


def _plain_heading(text: str) -> bool:
    """An unlabelled upper-case line ("C. TỔ CHỨC THỰC HIỆN", "QUYẾT ĐỊNH"): a heading, not content."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters) and len(text.split()) <= 15


def _title(item: InSection) -> str:
    """A heading's whole title: the section rules cut it at ~120 characters; a heading wrapped over lines
    ("4. Nhận, cấp phát tài liệu ... cấp xã đạt chuẩn / tiếp cận pháp luật sau khi Bộ Tư pháp ban hành") is one."""
    label = item.paragraph.label
    short = item.headings[-1][1]
    rest = " ".join(label.rest.split()) if label else short
    if rest.startswith(short) and not re.match(r"\s*[.:]", rest[len(short):]) and len(rest) <= 300:
        return rest.rstrip(" .:")
    return short


def _rest(item: InSection) -> str:
    """What a heading paragraph says after its title ("5. Thời gian: Tháng 6/2012" -> "Tháng 6/2012")."""
    label = item.paragraph.label
    title = _title(item)
    rest = " ".join(label.rest.split()) if label else ""
    return rest[len(title):].lstrip(" .:-–") if rest.startswith(title) else ""


def _group(items: list[tuple[InSection, int]]) -> tuple[Piece, ...]:
    """Paragraphs grouped by the heading one level below the part's heading ("1. Cài đặt hệ thống phần mềm"), or by
    a numbered paragraph the heading rules took for a sentence ("1. Nhiệm vụ chung của khối thi đua" not in bold);
    paragraphs before any of them stand alone."""
    pieces: list[list] = []  # [title, label, paragraphs, key]
    for item, depth in items:
        sub = item.headings[depth + 1] if len(item.headings) > depth + 1 else None
        label = item.paragraph.label
        text = item.paragraph.text
        if _is_heading(item) and len(item.headings) == depth + 2:
            pieces.append([_title(item), sub[0], [_rest(item)] if _rest(item) else [], sub])
        elif _is_heading(item) and len(item.headings) <= depth + 1:
            continue  # the part's own heading
        elif (label is not None and label.kind in PATH_KINDS and not _is_heading(item) and depth >= 0
              and (sub is None or sub[0] != label.label)):
            title, rest = _split_numbered(label.rest)
            pieces.append([title, label.label, [rest] if rest else [], ("numbered", label.label)])
        elif pieces and (pieces[-1][3] == sub or (sub is None and pieces[-1][3][0] == "numbered")):
            pieces[-1][2].append(text)
        elif sub is not None:
            pieces.append([sub[1], sub[0], [text], sub])
        elif pieces and pieces[-1][3] == ("alone", item.headings) and label is not None and label.kind == "dash":
            pieces[-1][2].append(text)  # a dash list under the part's own heading: one piece
        else:
            pieces.append(["", "", [text], ("alone", item.headings)])
    out, seen = [], set()
    for title, label, paras, _ in pieces:
        paras = [p for p in paras if p and not BASIS_RE.match(p)]
        key = " ".join([title, *paras]).casefold()
        if (title or paras) and key not in seen:  # a plan repeated in its approving decision: once
            seen.add(key)
            out.append(Piece(title, tuple(paras), label))
    return tuple(out)


def _split_numbered(rest: str) -> tuple[str, str]:
    """"Nhiệm vụ chung của khối thi đua" -> (title, ""); a long sentence -> ("", the sentence)."""
    rest = rest.strip()
    if len(rest.split()) <= 15 and not rest.rstrip().endswith((".", ";")):
        return rest.rstrip(" :"), ""
    head, colon, tail = rest.partition(":")
    if colon and len(head.split()) <= 12 and tail.strip():  # "3. Sở Tài chính: Phối hợp với ..."
        return head.strip(), tail.strip()
    return "", rest


def _items(cell: str) -> list[str]:
    """A cell's list items: lines starting with "-" or "+", continuation lines joined to the item before."""
    items: list[str] = []
    for line in (ln.strip() for ln in cell.splitlines() if ln.strip()):
        if items and not line.startswith(("-", "+", "•")):
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line.lstrip("-+• ").strip())
    return items


def _table_lines(block) -> list[str]:
    """A table in the targets part as lines: "Tỷ lệ tăng dân số tự nhiên: < 10,6 ‰". A two-column frame whose cells
    hold one item per line (names | values) is paired item by item (a name left without its value ends with ":",
    the value follows in the text); other rows are their cells joined."""
    out: list[str] = []
    for row in block.rows:
        cells = [c.text for c in row.cells]
        names = _items(cells[0]) if cells else []
        values = [ln.strip() for ln in cells[1].splitlines() if ln.strip()] if len(cells) == 2 else []
        if len(cells) == 2 and len(names) > 1 and len(values) > 1 and abs(len(names) - len(values)) <= 1:
            out += [f"{a.rstrip(' :')}: {b}" for a, b in zip(names, values)]
            out += [f"{a.rstrip(' :')}:" for a in names[len(values):]]
        elif any(any(ch.isdigit() for ch in c) for c in cells):
            out.append(" ".join(" ".join(c.split()) for c in cells if c.strip()))
    return out


def _joined(texts: list[str]) -> list[str]:
    """"- Tổng số người sử dụng BPTT hiện đại:" + "15.850 người": a line ending with ":" and its value are one."""
    out: list[str] = []
    for t in texts:
        if out and out[-1].rstrip().endswith(":") and not out[-1].lstrip().startswith(("a)", "b)")):
            out[-1] = f"{out[-1].rstrip()} {t.strip()}"
        else:
            out.append(t)
    return out


def document_parts(doc: Document) -> ParentParts:
    buckets: dict[str, list] = {k: [] for k in ("purpose", "requirement", "target", "task", "duty", "schedule")}
    closing: list[str] = []
    started = False
    override: str | None = None  # "C. TỔ CHỨC THỰC HIỆN": an upper-case heading the label rules do not know
    part_at: dict[int, str | None] = {}  # block index of each paragraph -> its part (tables take the one before)
    previous: str | None = None
    for item in paragraphs_in_sections(doc):
        text = item.paragraph.text
        if _is_heading(item) and item.paragraph.label.kind in TOP_KINDS:
            override = None
        if item.paragraph.label is None and _plain_heading(text):
            override = part_of(text) or override
            continue
        if ANNEX_RE.match(text):
            break  # "Phụ lục I": the annexes (forms, outlines) are not the plan's own parts
        if not item.headings:
            if started and not item.paragraph.text.lstrip().startswith(("Nơi nhận", "Trên đây")):
                closing.append(item.paragraph.text)
            continue
        started = True
        kind, depth = _kind(item)
        if override and kind in (None, "other"):
            kind, depth = override, len(item.headings) - 1
        if kind is None and previous == "task":  # a section no heading word classifies, right after the tasks (OCR
            kind, depth = "task", -1  # misnumbered "1. Kiểm tra ..." as "IV."): more tasks, one per top section
        previous = kind or previous
        part_at[item.paragraph.first] = kind
        if kind in ("purpose", "requirement"):
            if len(text.split()) <= 6 and part_of(text) in ("purpose", "requirement"):
                continue  # "I. Mục đích" misread by OCR as a sentence: a heading, not a purpose
            if not _is_heading(item) or _rest(item):
                buckets[kind].append(_rest(item) if _is_heading(item) else item.paragraph.text)
        elif kind in buckets:
            buckets[kind].append((item, depth))
    in_order = [(i.paragraph.first, i.paragraph.text) for i, _ in buckets["target"] if not _is_heading(i)]
    last = None
    for k, block in enumerate(doc.blocks):
        last = part_at.get(k, last)
        if block.rows and last == "target":
            in_order += [(k, line) for line in _table_lines(block)]
    targets = tuple(_joined([t for _, t in sorted(in_order, key=lambda x: x[0])]))
    return ParentParts(purposes=tuple(buckets["purpose"]), requirements=tuple(buckets["requirement"]),
                       target_texts=targets, tasks=_group(buckets["task"]), duties=_group(buckets["duty"]),
                       schedule=tuple(i.paragraph.text for i, _ in buckets["schedule"]
                                      if (not _is_heading(i) or _rest(i)) and not _plain_heading(i.paragraph.text)),
                       closing=tuple(c for c in closing if len(c) > 30)[:3])


_DASH_RE = re.compile(r"\s*[-–]\s*")


def header_slots(doc: Document) -> tuple[str | None, tuple[str, str, str] | None]:
    """The number symbol and the date as printed in the header, blanks kept: ("/KH-UBND", ("", "12", "2025"))."""
    texts = []
    for block in doc.blocks[:_HEADER_BLOCKS]:
        texts.append(block.text)
        texts += [c.text for row in block.rows for c in row.cells]
    lines = [ln.strip() for t in texts for ln in t.splitlines()
             if ln.strip() and not re.match(r"(?i)(căn cứ|thực hiện|theo đề nghị|xét)", ln.strip())]
    number = NUMBER_LINE_RE.search("\n".join(lines))
    # the place-and-date line: "Hà Nội, ngày 16 tháng 4 năm 2021" or "ngày   tháng 12 năm 2025" alone, not a cited date
    date = next((m for ln in lines if (m := DATE_LINE_RE.search(ln)) and (not ln[:m.start()].strip()
                                                                         or ln[:m.start()].rstrip().endswith(","))),
                None)
    return ("/" + _DASH_RE.sub("-", number["sym"]) if number else None,
            (date["d"], date["m"], date["y"]) if date else None)


def read_parent(path: Path) -> ParentPlan:
    """The parent plan of one file: its record and its parts. A ".json" record is used as it is."""
    if path.suffix.lower() == ".json":
        from pipeline.check.plan_lookup import path_to_record

        return ParentPlan(path_to_record(path))
    from extractors.extract import document_to_record
    from extractors.readers import file_to_document

    doc = file_to_document(path)
    record = document_to_record(doc)
    return parent_of_record(record, doc)


BASE_TIMEOUT_S = 120.0
OCR_PAGE_S = 30.0  # per scanned page (OCR ~3-5 s/page on a quiet machine, much more on a loaded one)


def read_parent_limited(path: Path, timeout_s: float | None = None, memory_mb: int = 1536) -> ParentPlan:
    """`read_parent` in a child process with time and memory limits (`pipeline.isolation.run_limited`): a hostile or
    pathological file gives `BadInput` (TIMEOUT, MEMORY, CORRUPT) with its name, never a hang."""
    if path.suffix.lower() == ".json":
        return read_parent(path)
    from extractors.readers import ocr_page_count
    from pipeline.isolation import run_limited

    limit = timeout_s or BASE_TIMEOUT_S + OCR_PAGE_S * ocr_page_count(path)
    return run_limited(read_parent, path, file=path.name, timeout_s=limit, memory_mb=memory_mb)


def type_name_of(doc: Document) -> str | None:
    """The type name printed under the header ("KẾ HOẠCH", "HƯỚNG DẪN") as running text: "Hướng dẫn"."""
    names = {v.upper(): v for v in TYPE_NAMES.values()}
    for block in doc.blocks[:_HEADER_BLOCKS + 10]:
        key = " ".join(block.text.split()).upper().rstrip(" .,:")
        if key in names:
            return names[key]
    return None


# What follows the trích yếu: the bases, the opening citation ("Thực hiện Kế hoạch số ..."), the first section
_TITLE_END_RE = re.compile(r"(?i)(căn cứ|thực hiện(?:\s+\S+){1,3}\s+số\s*[\d/.…]|theo đề nghị|kính gửi|[IVX]+\.|\d+\.)")


def title_of(doc: Document) -> str | None:
    """The trích yếu under the type name, when extraction found none: the lines after "KẾ HOẠCH" up to the first
    "Căn cứ"/"Thực hiện" or section."""
    names = {v.upper() for v in TYPE_NAMES.values()}
    lines: list[str] = []
    seen_type = False
    for block in doc.blocks[:_HEADER_BLOCKS + 10]:
        text = " ".join(block.text.split())
        if not seen_type:
            cell_lines = [ln for row in block.rows for c in row.cells for ln in c.text.splitlines()[-1:]]
            seen_type = any(" ".join(t.split()).upper().rstrip(" .,:") in names for t in [text, *cell_lines])
            continue
        if not text or block.rows or _TITLE_END_RE.match(text):
            break
        lines.append(text)
    title = " ".join(lines).strip(" -_")
    return title if 5 <= len(title) <= 400 else None


def parent_of_record(record: Record, doc: Document | None = None) -> ParentPlan:
    """A parent plan from a record already extracted (and its document, when the caller still has it)."""
    if doc is None:
        return ParentPlan(record)
    if not record.title and (title := title_of(doc)):
        record = record.model_copy(update={"title": title})
    number_slot, date_slots = header_slots(doc)
    return ParentPlan(record, document_parts(doc), number_slot=number_slot, date_slots=date_slots,
                      type_name=type_name_of(doc))
