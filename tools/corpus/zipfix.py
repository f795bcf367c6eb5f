"""Make a saved DOCX byte-for-byte reproducible: fixed entry times, fixed order, fixed compression."""

from __future__ import annotations

import zipfile
from pathlib import Path

FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def make_zip_deterministic(path: Path) -> None:
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
