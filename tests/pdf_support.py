"""Tiny PDFs written in code for reader tests: pages of content-stream operators in, a .pdf file out.

Text uses the standard Helvetica font (Latin-1 text only); `text(...)` and `box(...)` return
content operators in PDF's bottom-up coordinates on an A4 page (595 x 842 points).
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

A4 = (595, 842)


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text(x: float, y: float, s: str, size: float = 12) -> str:
    """One line of text whose baseline starts at (x, y)."""
    return f"BT /F1 {size} Tf {x} {y} Td ({_escape(s)}) Tj ET\n"


def box(x: float, y: float, w: float, h: float, *, stroke: str = "0 G", op: str = "S") -> str:
    """A rectangle path; `op` S strokes it, f fills it, n leaves it undrawn."""
    return f"q {stroke} 0.5 w {x} {y} {w} {h} re {op} Q\n"


def line(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"q 0 G 0.5 w {x0} {y0} m {x1} {y1} l S Q\n"


class PdfWriter:
    """Objects numbered in order of `add`; `save` writes the xref table with true offsets."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def add(self, body: str | bytes) -> int:
        self.objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"null")

    def set(self, number: int, body: str | bytes) -> None:
        self.objects[number - 1] = body.encode("latin-1") if isinstance(body, str) else body

    def stream(self, content: bytes, *, flate: bool = False, eol: bytes = b"\n", extra: str = "") -> int:
        data = zlib.compress(content) if flate else content
        filt = " /Filter /FlateDecode" if flate else ""
        head = f"<< /Length {len(data)}{filt}{extra} >>\nstream\n".encode("latin-1")
        return self.add(head + data + eol + b"endstream")

    def save(self, path: Path, root: int) -> Path:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += f"trailer\n<< /Size {len(self.objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        path.write_bytes(bytes(out))
        return path

    def save_packed(self, path: Path, root: int, packed: set[int]) -> Path:
        """PDF 1.5: the objects numbered in `packed` (no streams) inside one Flate object stream, the others
        plain, and a cross-reference stream (as most producers write today)."""
        n = len(self.objects)
        stm, xref_no = n + 1, n + 2
        order = sorted(packed)
        bodies, heads, pos = [], [], 0
        for number in order:
            body = self.objects[number - 1] + b"\n"
            heads.append(f"{number} {pos}")
            bodies.append(body)
            pos += len(body)
        head = (" ".join(heads) + "\n").encode()
        packed_data = zlib.compress(head + b"".join(bodies))
        out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        rows = {0: b"\x00" + bytes(4) + (65535).to_bytes(2, "big")}
        for i, body in enumerate(self.objects, start=1):
            if i in packed:
                rows[i] = b"\x02" + stm.to_bytes(4, "big") + order.index(i).to_bytes(2, "big")
                continue
            rows[i] = b"\x01" + len(out).to_bytes(4, "big") + bytes(2)
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        rows[stm] = b"\x01" + len(out).to_bytes(4, "big") + bytes(2)
        out += (f"{stm} 0 obj\n<< /Type /ObjStm /N {len(order)} /First {len(head)} /Length {len(packed_data)} "
                f"/Filter /FlateDecode >>\nstream\n").encode() + packed_data + b"\nendstream\nendobj\n"
        xref = len(out)
        rows[xref_no] = b"\x01" + xref.to_bytes(4, "big") + bytes(2)
        table = b"".join(rows[i] for i in range(xref_no + 1))
        out += (f"{xref_no} 0 obj\n<< /Type /XRef /Size {xref_no + 1} /W [1 4 2] /Root {root} 0 R "
                f"/Length {len(table)} >>\nstream\n").encode() + table + b"\nendstream\nendobj\n"
        out += f"startxref\n{xref}\n%%EOF\n".encode()
        path.write_bytes(bytes(out))
        return path


def write_pdf(path: Path, pages: list[str], *, flate: bool = False, eol: bytes = b"\n",
              annots: list[list[tuple[str, str | None]]] | None = None, acroform: str = "",
              images: dict[int, object] | None = None, rotate: dict[int, int] | None = None) -> Path:
    """A PDF with one page per content string. `annots[i]` are the annotations of page i: a dictionary
    ("PAGE" is replaced by the page's reference) and the content of its appearance stream, or None;
    `acroform` is the catalog's /AcroForm value."""
    w = PdfWriter()
    catalog, pages_obj = w.reserve(), w.reserve()
    font = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for i, content in enumerate(pages):
        xobjects = ""
        if images and i in images:  # a grey image drawn over the whole page (a scanned page), under the content
            image = images[i].convert("L")
            im = w.stream(image.tobytes(), flate=True, extra=f" /Type /XObject /Subtype /Image /Width {image.width} "
                                                            f"/Height {image.height} /ColorSpace /DeviceGray /BitsPerComponent 8")
            xobjects = f" /XObject << /Im1 {im} 0 R >>"
            content = f"q {A4[0]} 0 0 {A4[1]} 0 0 cm /Im1 Do Q\n" + content
        stream = w.stream(content.encode("latin-1"), flate=flate, eol=eol)
        page = w.reserve()
        refs = []
        for a, look in (annots[i] if annots and i < len(annots) else []):
            x0, y0, x1, y1 = map(float, re.search(r"/Rect\s*\[([^\]]*)\]", a).group(1).split())
            ap = f" /AP << /N {w.add(appearance(look, x1 - x0, y1 - y0))} 0 R >>" if look is not None else ""
            refs.append(w.add(a.replace("PAGE", f"{page} 0 R").rstrip()[:-2] + ap + " >>"))
        annot = f" /Annots [{' '.join(f'{r} 0 R' for r in refs)}]" if refs else ""
        annot += f" /Rotate {rotate[i]}" if rotate and i in rotate else ""
        w.set(page, f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] "
                    f"/Resources << /Font << /F1 {font} 0 R >>{xobjects} >> /Contents {stream} 0 R{annot} >>")
        kids.append(page)
    w.set(pages_obj, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    form = f" /AcroForm {acroform}" if acroform else ""
    w.set(catalog, f"<< /Type /Catalog /Pages {pages_obj} 0 R{form} >>")
    return w.save(path, catalog)


def appearance(content: str, width: float, height: float) -> str:
    """An appearance stream (a Form XObject as large as the annotation's /Rect) drawing `content` with Helvetica."""
    return (f"<< /Type /XObject /Subtype /Form /BBox [0 0 {width} {height}] "
            f"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> "
            f"/Length {len(content)} >>\nstream\n{content}\nendstream")
