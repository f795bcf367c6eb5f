"""Real Word automatic numbering (numbering.xml), as offices use it for "I.", "1.", "a)" and "Điều 1."."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

# (numFmt, lvlText) per level; the default is the usual plan outline "I." / "1." / "a)".
DEFAULT_LEVELS = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))
ABSTRACT_ID = 90


def _abstract_xml(levels) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')


def add_numbering(doc, levels=()) -> int:
    """Add one multilevel list definition to the document; return its numId."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(_abstract_xml(levels or DEFAULT_LEVELS))
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    return numbering.add_num(ABSTRACT_ID).numId


def set_numbering(paragraph, num_id: int, ilvl: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id
