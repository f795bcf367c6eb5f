"""Blocks -> the heading tree, and each block's section path ("II.2.2.").

Nesting follows the order in which label kinds appear in the document (a kind seen again closes
everything opened below it); structural numbering (Phần, Chương, Điều, I., 1., 2.1.) also closes list
items (a), -, (1)) that were open, so a stray list never swallows the next numbered section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractors.blocks import Block, BlockKind, Document
from extractors.paragraphs import Paragraph, blocks_to_paragraphs
from extractors.patterns.structure import CLOSING_RE, PATH_KINDS, Label, label_of_path, ocr_roman, roman_numeral, roman_value
from extractors.records import Section

_RANK = {k: r for r, k in enumerate(
    ("part", "chapter", "section", "article", "roman", "dotted1", "dotted2", "dotted3", "dotted4"))}
_TITLE_END_RE = re.compile(r"[.:!?](?=\s|$)")
_MAX_TITLE = 120
_MAX_HEADING = 100
# Without bold, "3. Thực hiện chế độ báo cáo định kỳ hằng quý theo quy định." (a công văn's request) is a numbered
# sentence: it ends like a sentence and is longer than a heading ("1. Công tác tuyên truyền.")
_MAX_HEADING_WORDS = 10  # syllables: "1. Các phòng, ban, ngành, đoàn thể xã; cơ sở thôn." is a heading
_DIGIT_RE = re.compile(r"\d")


@dataclass
class _Node:
    label: Label
    title: str
    children: list["_Node"] = field(default_factory=list)


def section_title(label: Label) -> str:
    """The text after the label up to the first sentence end or colon, at most ~120 characters."""
    rest = label.rest.strip()
    if m := _TITLE_END_RE.search(rest):
        rest = rest[: m.start()]
    if len(rest) > _MAX_TITLE:
        rest = rest[:_MAX_TITLE].rsplit(" ", 1)[0]
    return rest.strip(" -–")


def _close(stack: list[_Node], label: Label) -> None:
    """Pop the stack to where `label` belongs."""
    kinds = [n.label.kind for n in stack]
    if label.kind in kinds:
        del stack[kinds.index(label.kind):]
    elif label.kind in _RANK:
        while stack and _RANK.get(stack[-1].label.kind, 99) > _RANK[label.kind]:
            stack.pop()


def _walk(doc: Document, paragraphs: tuple[Paragraph, ...], resets: tuple[int, ...] = ()):
    """Yield (paragraph, open stack after it, roots, whether a zone starts here) in order; the stack empties at
    the first paragraph at or after each block of `resets` (an appendix, a document attached after the signature)."""
    stack: list[_Node] = []
    roots: list[_Node] = []
    bold_known = any(b.bold for b in doc.blocks)
    last_roman = 0
    pending = list(resets)
    for para in paragraphs:
        reset = bool(pending) and para.first >= pending[0]
        while pending and para.first >= pending[0]:
            pending.pop(0)
        if reset:
            stack, last_roman = [], 0
        label = para.label
        if doc.blocks[para.first].ocr:
            label = _ocr_repaired(label, para.text, last_roman)
        if label is not None and label.kind == "roman":
            last_roman = roman_value(label.number)
        if label is not None and label.kind in PATH_KINDS and not _is_heading(label, doc.blocks[para.first], bold_known):
            label = replace(label, kind="item")  # "1. Tỷ lệ tăng dân số ... 0,68%.": a numbered sentence
        if label is not None:
            _close(stack, label)
            node = _Node(label, section_title(label))
            if label.kind in PATH_KINDS:
                parent = next((n for n in reversed(stack) if n.label.kind in PATH_KINDS), None)
                (parent.children if parent else roots).append(node)
            stack.append(node)
        yield para, stack, roots, reset


def _ocr_repaired(label: Label | None, text: str, last_roman: int) -> Label | None:
    """In OCR text, a Roman heading read as "IL ..." or as a repeat of the previous one is the next one."""
    if label is None or label.kind in ("dash", "item"):
        return ocr_roman(text, last_roman) or label
    if label.kind == "roman" and roman_value(label.number) <= last_roman:
        numeral = roman_numeral(last_roman + 1)
        return replace(label, label=f"{numeral}.", number=numeral)
    return label


def _is_heading(label: Label, block: Block, bold_known: bool) -> bool:
    """A numbered heading line, not a numbered sentence of the body: bold when the reader knows bold (a Word
    heading style or a PDF heading counts too), else short and not a sentence (ends with "." or ";" and has
    figures or more than a heading's words)."""
    if block.kind == BlockKind.HEADING or block.bold or not label.kind.startswith("dotted"):
        return True  # "Điều 1. ...", "I. ...", "Phần I" are headings whatever their length
    if bold_known and block.bold is False:
        return False
    rest = label.rest.strip()
    sentence = rest.endswith((".", ";")) and (bool(_DIGIT_RE.search(rest)) and len(rest) > 40
                                               or len(rest.split()) > _MAX_HEADING_WORDS)
    return len(rest) <= _MAX_HEADING and not sentence


def _path(stack: list[_Node]) -> str | None:
    labels = [n.label for n in stack if n.label.kind in PATH_KINDS]
    return label_of_path(labels) or None


def _paths(doc: Document, starts: list[tuple[int, str | None]]) -> tuple[str | None, ...]:
    """For each block index, the label path of its enclosing section ("II.2.2."), None before the first heading.

    Paren codes "(4)." and dash items are list items, not sections: a block in "(4). Tỷ lệ tăng dân số ..."
    under "2.2." under "2." under "II." gets "II.2.2.". Table blocks get the path of the text before them.
    """
    paths: list[str | None] = []
    current: str | None = None
    k = 0
    for i in range(len(doc.blocks)):
        while k < len(starts) and starts[k][0] <= i:
            current = starts[k][1]
            k += 1
        paths.append(current)
    return tuple(paths)


def _freeze(node: _Node, level: int) -> Section:
    return Section(label=node.label.label, title=node.title, level=level,
                   children=tuple(_freeze(c, level + 1) for c in node.children))


@dataclass(frozen=True)
class InSection:
    """A paragraph with the headings it sits under, outermost first: (("V.", "TỔ CHỨC THỰC HIỆN"), ("1.", ...))."""

    paragraph: Paragraph
    headings: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Structure:
    """The heading tree, each block's section path, and each paragraph with its open headings."""

    sections: tuple[Section, ...]
    paths: tuple[str | None, ...]
    in_sections: tuple[InSection, ...]


def paragraphs_to_structure(doc: Document, paragraphs: tuple[Paragraph, ...],
                            resets: tuple[int, ...] = ()) -> Structure:
    """One walk over the paragraphs. The closing ("Trên đây là ...", "Nơi nhận", the signature and anything after
    the body's final "./.") belongs to no section, up to a reset (an appendix or an attached document)."""
    starts: list[tuple[int, str | None]] = []
    items: list[InSection] = []
    roots: list[_Node] = []
    closing = False
    for para, stack, roots, reset in _walk(doc, paragraphs, resets):
        starts.append((para.first, _path(stack)))
        closing = closing and not reset
        ends_body = para.text.rstrip().endswith("./.") and not (para.label and para.label.kind == "dash")
        closing = closing or bool(CLOSING_RE.match(para.text)) or ends_body
        headings = () if closing else tuple((n.label.label, n.title) for n in stack if n.label.kind in PATH_KINDS)
        items.append(InSection(para, headings))
        closing = closing or para.text.rstrip().endswith("./.")
    return Structure(tuple(_freeze(n, 1) for n in roots), _paths(doc, starts), tuple(items))


def blocks_to_sections(doc: Document) -> tuple[Section, ...]:
    """The heading tree of a document read alone (tests, benchmarks); extraction takes it from the view."""
    return paragraphs_to_structure(doc, blocks_to_paragraphs(doc)).sections


def section_paths(doc: Document) -> list[str | None]:
    """Each block's section path, for a document read alone; extraction takes them from the view."""
    return list(paragraphs_to_structure(doc, blocks_to_paragraphs(doc)).paths)


def paragraphs_in_sections(doc: Document) -> tuple[InSection, ...]:
    """Each paragraph with its open headings, for a document read alone; extraction takes them from the view."""
    return paragraphs_to_structure(doc, blocks_to_paragraphs(doc)).in_sections
