"""The XML parts of a DOCX package, parsed with a plain, safe lxml parser (no entities, no network).

Plain lxml elements are several times faster to walk than python-docx's proxy classes, which
matters for 5,000-row tables; the package has already passed `guards.check_docx_package`.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

MAIN_PART = "word/document.xml"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HEADER_REL = "/header"
_FOOTER_REL = "/footer"
_NOTE_RELS = ("/footnotes", "/endnotes")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                          load_dtd=False)


@dataclass(frozen=True)
class DocxParts:
    document: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    headers: tuple[etree._Element, ...]
    footers: tuple[etree._Element, ...]
    notes: tuple[etree._Element, ...] = ()  # word/footnotes.xml, word/endnotes.xml


def read_parts(path: Path) -> DocxParts:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())

        def part(name: str) -> etree._Element | None:
            return etree.fromstring(zf.read(name), _PARSER) if name in names else None

        rels = part("word/_rels/document.xml.rels")
        targets = _targets(rels)
        headers = tuple(p for t in targets.get(_HEADER_REL, []) if (p := part(t)) is not None)
        footers = tuple(p for t in targets.get(_FOOTER_REL, []) if (p := part(t)) is not None)
        notes = tuple(p for rel in _NOTE_RELS for t in targets.get(rel, []) if (p := part(t)) is not None)
        return DocxParts(document=part(MAIN_PART), styles=part("word/styles.xml"),
                         numbering=part("word/numbering.xml"), headers=headers, footers=footers, notes=notes)


def _targets(rels: etree._Element | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if rels is None:
        return out
    for rel in rels.iter(f"{_REL_NS}Relationship"):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        if rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join("word", rel.get("Target") or ""))
        out.setdefault(f"/{kind}", []).append(target.lstrip("/"))
    return out
