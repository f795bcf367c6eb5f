"""One <w:p> -> text with its Word numbering label, formatting, and legacy fonts decoded."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from extractors.blocks import BlockKind
from extractors.legacy_fonts import LegacyEncoding, legacy_encoding_of_font, legacy_run_to_unicode
from extractors.normalize import clean_text
from extractors.patterns.structure import parse_label
from extractors.readers.docx_numbering import Numbering
from extractors.readers.kinds import block_kind
from extractors.readers.docx_styles import RunProps, Styles, alignment_of, run_props
from extractors.readers.ooxml import int_val, val, w

_SKIP_ANCESTORS = {w("del"), w("txbxContent"), w("moveFrom")}


@dataclass
class DocxContext:
    """What every paragraph of one document needs: styles, list counters, what was decoded."""

    styles: Styles
    numbering: Numbering
    legacy_used: dict[LegacyEncoding, set[str]] = field(default_factory=dict)  # encoding -> fonts


@dataclass(frozen=True)
class ParagraphOut:
    kind: BlockKind
    text: str
    raw: str  # as stored, before decoding and normalising
    bold: bool | None
    italic: bool | None
    alignment: str | None
    font_size: float | None
    style: str | None
    numbering: str | None
    level: int | None


@dataclass(frozen=True)
class _Run:
    text: str
    props: RunProps


def paragraph_to_out(p: etree._Element, ctx: DocxContext) -> ParagraphOut | None:
    """Read one paragraph; None when it shows nothing (and has no number)."""
    ppr = p.find(w("pPr"))
    style = ctx.styles.paragraph(val(ppr.find(w("pStyle"))) if ppr is not None else None)
    runs = _runs(p, ctx, style.run)
    raw = "".join(r.text for r in runs)
    text = clean_text(_decoded_text(runs, ctx))
    label, list_level = _auto_label(ppr, style, ctx)
    if not text and not label:
        return None
    visible = [r for r in runs if r.text.strip()]
    bold = _all(visible, "bold")
    italic = _all(visible, "italic")
    sizes = [r.props.size for r in visible if r.props.size]
    alignment = alignment_of(ppr) or style.alignment
    if label:
        text = f"{label} {text}".strip()
    typed = parse_label(text)
    kind, level = block_kind(text, bold=bold, alignment=alignment, auto_label=label, typed=typed,
                             style_name=style.name, outline_level=style.outline_level)
    return ParagraphOut(kind=kind, text=text, raw=raw, bold=bold, italic=italic, alignment=alignment,
                        font_size=sizes[0] if sizes else style.run.size, style=style.name,
                        numbering=label or (typed.label if typed else None),
                        level=level if level is not None else list_level)


def _runs(p: etree._Element, ctx: DocxContext, base: RunProps) -> list[_Run]:
    out = []
    for r in p.iter(w("r")):
        if _inside_p(r, p):
            continue
        rpr = r.find(w("rPr"))
        rstyle = ctx.styles.run_style(val(rpr.find(w("rStyle"))) if rpr is not None else None)
        props = run_props(rpr).over(rstyle).over(base)
        if props.hidden:
            continue
        out.append(_Run(_run_text(r), props))
    return out


def _inside_p(r: etree._Element, p: etree._Element) -> bool:
    """True when the skipping ancestor sits between the run and this paragraph."""
    for a in r.iterancestors():
        if a is p:
            return False
        if a.tag in _SKIP_ANCESTORS:
            return True
    return False


def _run_text(r: etree._Element) -> str:
    parts = []
    for child in r:
        tag = child.tag
        if tag == w("t"):
            parts.append(child.text or "")
        elif tag in (w("tab"), w("ptab")):
            parts.append("\t")
        elif tag in (w("br"), w("cr")):
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        elif tag == w("sym"):
            parts.append(_sym(child))
    return "".join(parts)


def _sym(el: etree._Element) -> str:
    try:
        return chr(int(val(el, "char") or "", 16))
    except ValueError:
        return ""


def _decoded_text(runs: list[_Run], ctx: DocxContext) -> str:
    """Join runs, decoding neighbouring runs of one legacy encoding together (case repair needs words)."""
    groups: list[tuple[LegacyEncoding | None, list[str]]] = []
    for run in runs:
        enc = legacy_encoding_of_font(run.props.font)
        if enc is not None and run.text.strip():
            ctx.legacy_used.setdefault(enc, set()).add(run.props.font or "")
        if groups and groups[-1][0] is enc:
            groups[-1][1].append(run.text)
        else:
            groups.append((enc, [run.text]))
    return "".join(legacy_run_to_unicode("".join(parts), enc) if enc else "".join(parts) for enc, parts in groups)


def _all(runs: list[_Run], attr: str) -> bool | None:
    values = [getattr(r.props, attr) for r in runs]
    if not values:
        return None
    return all(bool(v) for v in values)


def _auto_label(ppr: etree._Element | None, style, ctx: DocxContext) -> tuple[str | None, int | None]:
    """(Word's label for this paragraph, its list level 1..9), or (None, None) when it is not numbered."""
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    num_id = val(num_pr.find(w("numId"))) if num_pr is not None else None
    ilvl = int_val(num_pr.find(w("ilvl"))) if num_pr is not None else None
    num_id = num_id if num_id is not None else style.num_id
    if ilvl is None:
        ilvl = style.ilvl or 0
    if not num_id or num_id == "0":
        return None, None
    label = ctx.numbering.label(num_id, ilvl)
    return label, (ilvl + 1 if label else None)
