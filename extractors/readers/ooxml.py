"""WordprocessingML names and small helpers shared by the DOCX reader modules."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
OFF_VALUES = {"0", "false", "off", "none"}


def w(tag: str) -> str:
    """Clark name of a w: element or attribute: w("p") -> "{...main}p"."""
    return f"{W}{tag}"


def val(el: etree._Element | None, attr: str = "val") -> str | None:
    """The w:val (or other w:) attribute of `el`, None when `el` is None."""
    return None if el is None else el.get(w(attr))


def is_on(el: etree._Element | None) -> bool | None:
    """A toggle property (<w:b/>, <w:b w:val="0"/>): True/False when present, None when absent."""
    if el is None:
        return None
    return (val(el) or "true").lower() not in OFF_VALUES


def int_val(el: etree._Element | None, attr: str = "val", default: int | None = None) -> int | None:
    raw = val(el, attr)
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        return default
