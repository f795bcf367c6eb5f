"""PDF outputs: LibreOffice export made reproducible, and a simulated scan (image-only, slightly rotated, speckled)."""

from __future__ import annotations

import io
import random
import re
import subprocess
import tempfile
from pathlib import Path

import pypdfium2
from PIL import Image, ImageFilter

from extractors.libreoffice import convert

FIXED_PDF_DATE = b"D:20250101000000"
SCAN_DPI = 150


def _same_length(match: re.Match, fill: bytes) -> bytes:
    return match.group(1) + fill[: len(match.group(2))].ljust(len(match.group(2)), b"0") + match.group(3)


def normalise_pdf(path: Path) -> None:
    """Replace LibreOffice's time stamps and document ID by fixed bytes of the same length (offsets stay valid)."""
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[0-9]+)([^)]*\))",
                  lambda m: _same_length(m, FIXED_PDF_DATE), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)(</)",
                  lambda m: _same_length(m, b"2025-01-01T00:00:00+07:00"), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)", lambda m: _same_length(m, b"0" * 64), data)
    data = re.sub(rb"(>\s*<)([0-9A-Fa-f]{32})(>\s*\])", lambda m: _same_length(m, b"0" * 64), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", lambda m: _same_length(m, b"0" * 64), data)
    path.write_bytes(data)


def docx_to_pdf(docx: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="vanban-corpus-") as tmp:
        pdf = convert(docx, "pdf", Path(tmp))
        out.write_bytes(pdf.read_bytes())
    normalise_pdf(out)
    return out


def docx_to_doc(docx: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="vanban-corpus-") as tmp:
        doc = convert(docx, "doc", Path(tmp))
        out.write_bytes(doc.read_bytes())
    return out


def page_count(pdf: Path) -> int:
    with pypdfium2.PdfDocument(str(pdf)) as doc:
        return len(doc)


def _render(pdf: Path, tmp: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", str(pdf), str(tmp / "p")], check=True,
                   capture_output=True, timeout=300)
    return sorted(tmp.glob("p-*.png"))


def _age(page: Image.Image, rng: random.Random) -> Image.Image:
    """What a flat-bed scanner does: a small tilt, a grey cast, dust specks, a little blur."""
    angle = rng.uniform(0.5, 1.5) * rng.choice((-1, 1))
    img = page.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    img = img.point(lambda v: 28 + int(v * 0.86))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 4000):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randrange(40, 140)
    return img.filter(ImageFilter.GaussianBlur(0.4))


def pdf_to_scan(pdf: Path, out: Path, seed: int) -> Path:
    """Render each page at 150 dpi grey, age it, and save an image-only, JPEG-compressed PDF."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="vanban-scan-") as tmp:
        pages = []
        for png in _render(pdf, Path(tmp)):
            buf = io.BytesIO()
            _age(Image.open(png), rng).save(buf, "JPEG", quality=45)
            buf.seek(0)
            pages.append(Image.open(buf))
        pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI,
                      creationDate=None, modDate=None, producer="Scanner", title="")
    return out
