"""A saved web page (a commune portal's notice or plan) -> Document.

Portal pages wrap the document in menus, breadcrumbs, link lists and footers. What is dropped is decided by
structure, not by site: scripts, styles, forms and the page's `nav`/`header`/`footer`/`aside`; any list, table
or container whose text is mostly links (a menu, "Tin liên quan"). What is left is read in document order:
headings (`h1`-`h6`), paragraphs (`p`, a `div`'s own text, one block per `<br>` line, as a printed line),
list items, and tables with their rows and cells (the document's borderless header table stays a table, as
from DOCX). The page's encoding comes from its `<meta charset>`, else from the bytes (UTF-8, UTF-16, cp1258).
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from extractors.blocks import Block, BlockKind, Cell, Document, Location, Row
from extractors.normalize import clean_text, nfc_name
from extractors.patterns.structure import parse_label
from extractors.readers.kinds import block_kind
from extractors.readers.txt import bytes_to_text

_DROPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
            "select", "button", "svg", "head", "title", "object", "embed"}
_BLOCKS = {"p", "div", "section", "article", "main", "body", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4",
           "h5", "h6", "blockquote", "pre", "center", "dl", "dt", "dd", "figure", "figcaption", "address", "hr",
           "tr", "td", "th", "tbody", "thead", "tfoot"}
_LAYOUT_CELL_CHARS = 1500  # a cell longer than this holds the page's text: the table lays out the page
_LINK_SHARE = 0.6  # a container whose text is this much link text is navigation
_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
_CENTER_RE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def read_html(path: Path) -> Document:
    raw = path.read_bytes()
    found = _CHARSET_RE.search(raw[:4096])
    encoding = found.group(1).decode("ascii").lower() if found else bytes_to_text(raw)[1]
    parser = lxml.html.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(raw, parser=parser)
    body = root.find("body")
    return Document(source=nfc_name(path.name), format="html",
                    blocks=_PageReader().read(body if body is not None else root))


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _joined(pieces: list[str]) -> str:
    """Inline pieces as the browser shows them: HTML's own spaces and line ends are the only separators."""
    return clean_text("".join(pieces).replace("\r", " ").replace("\n", " "))


def _tail(child: etree._Element, before: list[str]) -> str:
    """The text after `child`. Word's shapes are anchored inside words ("C<img>" / "ỘNG HÒA"), and an exporter
    may break its line at the image: that line end is no space when letters stand on both sides."""
    tail = child.tail or ""
    if _tag(child) == "img" and before and before[-1][-1:].isalpha() and tail[:1] in "\r\n" \
            and tail.lstrip()[:1].isalpha():
        return tail.lstrip()
    return tail


def _text(el: etree._Element) -> str:
    return _joined(list(el.itertext()))


def _is_navigation(el: etree._Element) -> bool:
    """A menu, a breadcrumb, a list of related articles: most of its text is link text."""
    text = len(_text(el))
    if text == 0:
        return False
    links = sum(len(_text(a)) for a in el.iter("a"))
    return links >= _LINK_SHARE * text


def _centred(el: etree._Element) -> bool:
    while el is not None and _tag(el) not in ("body", "table"):
        if (el.get("align") or "").lower() == "center" or _CENTER_RE.search(el.get("style") or "") \
                or _tag(el) == "center":
            return True
        el = el.getparent()
    return False


class _PageReader:
    """Walks the page in document order, gathering inline text into lines and emitting blocks.

    `in_cell`: reading a table cell's lines, where nothing is navigation and a nested table is more lines."""

    def __init__(self, in_cell: bool = False) -> None:
        self.blocks: list[Block] = []
        self._line: list[str] = []
        self._block: etree._Element | None = None  # the nearest block element: what the line is
        self._in_cell = in_cell

    def read(self, el: etree._Element) -> tuple[Block, ...]:
        self.walk(el)
        self.flush()
        return tuple(self.blocks)

    def walk(self, el: etree._Element) -> None:
        tag = _tag(el)
        if tag in _DROPPED:
            return
        if not self._in_cell and tag in ("ul", "ol", "table", "div", "section", "dl") and _is_navigation(el):
            return
        if not self._in_cell and tag == "table" and not _is_layout(el):
            self.flush()
            self._table(el)
            return
        if tag == "br":
            self.flush()
            return
        outer = self._block
        if tag in _BLOCKS:
            self.flush()
            self._block = el
        if el.text:
            self._line.append(el.text)
        for child in el:
            self.walk(child)
            if child.tail:
                self._line.append(_tail(child, self._line))
        if tag in _BLOCKS:
            self.flush()
            self._block = outer

    def flush(self) -> None:
        text = _joined(self._line)
        self._line = []
        owner = self._block
        if not text or owner is None:
            return
        tag = _tag(owner)
        label = parse_label(text)
        centred = _centred(owner)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            kind, level = BlockKind.HEADING, int(tag[1])
        elif tag == "li":
            kind, level = BlockKind.LIST_ITEM, None
        else:
            bold = len(owner) > 0 and all(_tag(c) in ("b", "strong") for c in owner) and not (owner.text or "").strip()
            kind, level = block_kind(text, bold=True if bold else None, alignment="center" if centred else None,
                                     typed=label)
        self.blocks.append(Block(kind=kind, text=text, location=Location(index=len(self.blocks)), level=level,
                                 alignment="center" if centred else None, numbering=label.label if label else None))

    def _table(self, table: etree._Element) -> None:
        rows = []
        for tr in table.iter("tr"):
            if tr.getparent() is not None and _nearest_table(tr) is not table:
                continue  # a nested table's rows: their text is in the cell that holds it
            cells = tuple(Cell(text=_cell_text(td), span=_span(td)) for td in tr if _tag(td) in ("td", "th"))
            if any(c.text for c in cells):
                rows.append(Row(cells=cells))
        if not rows:
            return
        text = "\n".join(" | ".join(c.text for c in r.cells) for r in rows)
        self.blocks.append(Block(kind=BlockKind.TABLE, text=text, location=Location(index=len(self.blocks)),
                                 rows=tuple(rows)))


def _is_layout(table: etree._Element) -> bool:
    """An old portal's page grid, not a table of the document: a table inside, or a cell holding a long text."""
    cells = [td for td in table.iter("td", "th") if _nearest_table(td) is table]
    return any(td.find(".//table") is not None or len(_text(td)) > _LAYOUT_CELL_CHARS for td in cells)


def _nearest_table(el: etree._Element) -> etree._Element | None:
    el = el.getparent()
    while el is not None and _tag(el) != "table":
        el = el.getparent()
    return el


def _cell_text(td: etree._Element) -> str:
    """A cell's lines (`<br>`, paragraphs, a nested table's cells) joined by newlines, as a DOCX cell's
    paragraphs are."""
    return "\n".join(block.text for block in _PageReader(in_cell=True).read(td))


def _span(td: etree._Element) -> int:
    try:
        return max(1, int(td.get("colspan", "1")))
    except ValueError:
        return 1
