"""DOCX -> PDF next to it, with LibreOffice (`extractors.libreoffice.convert`)."""

from __future__ import annotations

from pathlib import Path

from extractors.libreoffice import convert


def docx_to_pdf(docx: Path, outdir: Path | None = None) -> Path:
    return convert(docx, "pdf", outdir or docx.parent)
