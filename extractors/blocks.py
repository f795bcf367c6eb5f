"""The block model: what every reader turns a file into (one model for all formats)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from extractors.errors import DocWarning


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    HEADER = "header"  # page header (running header)
    FOOTER = "footer"
    NOTE = "note"  # a footnote or endnote: kept apart from the body text (citations read it)


class Location(BaseModel):
    """Where a block came from: page (PDF, 1-based) and/or paragraph/block index in reading order."""

    model_config = ConfigDict(frozen=True)

    index: int
    page: int | None = None

    def __str__(self) -> str:
        return f"trang {self.page}, khối {self.index}" if self.page else f"khối {self.index}"


class Cell(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    tables: tuple["Block", ...] = ()  # nested tables, kept as table blocks
    span: int = 1  # horizontal merge (gridSpan)


class Row(BaseModel):
    model_config = ConfigDict(frozen=True)

    cells: tuple[Cell, ...]

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


class Block(BaseModel):
    """One heading, paragraph, list item, table or header/footer line, in reading order.

    `text` is normalised (NFC, legacy fonts decoded); `original` keeps the raw text when it differs.
    `numbering` is the label a reader of the document sees ("I.", "2.1.", "a)"), whether typed or
    produced by Word's automatic numbering; for automatic numbering `text` starts with it too.
    """

    model_config = ConfigDict(frozen=True)

    kind: BlockKind
    text: str
    location: Location
    original: str | None = None
    rows: tuple[Row, ...] = ()
    bold: bool | None = None
    italic: bool | None = None
    alignment: str | None = None  # left / center / right / justify
    font_size: float | None = None  # points
    style: str | None = None
    numbering: str | None = None
    level: int | None = None
    ocr: bool = False
    annotation: bool = False  # PDF: text of an annotation or form field (signature stamp), not of the page


class Document(BaseModel):
    """A file read into blocks."""

    model_config = ConfigDict(frozen=True)

    source: str  # file name as given (NFC)
    format: str  # docx / pdf / pdf-ocr / doc / txt / html
    pages: int | None = None
    blocks: tuple[Block, ...]
    warnings: tuple[DocWarning, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
