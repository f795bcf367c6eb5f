"""Paragraph and run properties inherited from styles.xml (basedOn chains) and docDefaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from extractors.readers.ooxml import int_val, is_on, val, w

_MAX_CHAIN = 20  # basedOn loops in hostile files


@dataclass(frozen=True)
class RunProps:
    font: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None  # points
    hidden: bool | None = None

    def over(self, base: "RunProps") -> "RunProps":
        """These properties, falling back to `base` where unset."""
        return RunProps(*(mine if mine is not None else theirs
                          for mine, theirs in zip(self.astuple(), base.astuple())))

    def astuple(self) -> tuple:
        return (self.font, self.bold, self.italic, self.size, self.hidden)


@dataclass(frozen=True)
class StyleProps:
    name: str | None = None
    run: RunProps = RunProps()
    alignment: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline_level: int | None = None


@dataclass
class Styles:
    by_id: dict[str, StyleProps] = field(default_factory=dict)
    defaults: RunProps = RunProps()

    def paragraph(self, style_id: str | None) -> StyleProps:
        return self.by_id.get(style_id or "", self.by_id.get("__default__", StyleProps()))

    def run_style(self, style_id: str | None) -> RunProps:
        return self.by_id[style_id].run if style_id in self.by_id else RunProps()


def run_props(rpr: etree._Element | None) -> RunProps:
    """Direct run formatting from a <w:rPr>."""
    if rpr is None:
        return RunProps()
    fonts = rpr.find(w("rFonts"))
    font = None if fonts is None else (val(fonts, "ascii") or val(fonts, "hAnsi") or val(fonts, "cs"))
    size = int_val(rpr.find(w("sz")))
    return RunProps(font=font, bold=is_on(rpr.find(w("b"))), italic=is_on(rpr.find(w("i"))),
                    size=size / 2 if size else None, hidden=is_on(rpr.find(w("vanish"))))


def alignment_of(ppr: etree._Element | None) -> str | None:
    jc = val(ppr.find(w("jc"))) if ppr is not None else None
    return {"both": "justify", "distribute": "justify", "center": "center", "right": "right", "end": "right",
            "left": "left", "start": "left"}.get(jc or "")


def styles_from_xml(root: etree._Element | None) -> Styles:
    """Resolve every style's effective properties (own, then basedOn, then docDefaults)."""
    if root is None:
        return Styles()
    defaults = run_props(root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}"))
    raw = {val(s, "styleId") or "": s for s in root.iter(w("style"))}
    styles = Styles(defaults=defaults)
    for style_id in raw:
        styles.by_id[style_id] = _resolve(style_id, raw, defaults)
    default_para = next((s for s in raw.values() if val(s, "type") == "paragraph" and is_on(_default_flag(s))), None)
    if default_para is not None:
        styles.by_id["__default__"] = styles.by_id[val(default_para, "styleId") or ""]
    else:
        styles.by_id["__default__"] = StyleProps(run=defaults)
    return styles


def _ui_name(name: str | None) -> str | None:
    """Built-in styles are stored lower-case ("heading 1") and shown capitalised ("Heading 1")."""
    return name[0].upper() + name[1:] if name and name[0].islower() else name


def _default_flag(style: etree._Element) -> etree._Element | None:
    return style if style.get(w("default")) in ("1", "true", "on") else None


def _resolve(style_id: str, raw: dict[str, etree._Element], defaults: RunProps) -> StyleProps:
    chain, seen, current = [], set(), raw.get(style_id)
    while current is not None and len(chain) < _MAX_CHAIN:
        chain.append(current)
        seen.add(val(current, "styleId"))
        parent = val(current.find(w("basedOn")))
        current = raw.get(parent) if parent not in seen else None
    run, alignment, num_id, ilvl, outline = RunProps(), None, None, None, None
    for style in chain:  # nearest first
        run = run.over(run_props(style.find(w("rPr"))))
        ppr = style.find(w("pPr"))
        alignment = alignment or alignment_of(ppr)
        if ppr is not None:
            num_pr = ppr.find(w("numPr"))
            if num_id is None and num_pr is not None:
                num_id = val(num_pr.find(w("numId")))
                ilvl = int_val(num_pr.find(w("ilvl")), default=0)
            if outline is None:
                outline = int_val(ppr.find(w("outlineLvl")))
    name = _ui_name(val(chain[0].find(w("name"))) if chain else None)
    return StyleProps(name=name, run=run.over(defaults), alignment=alignment, num_id=num_id, ilvl=ilvl,
                      outline_level=outline)
