"""Many small images read by ONE tesseract process (a list file, one image per line): one model load for all
the pieces of a page (`ocr_reread`) or all the blanks of a header (`ocr_digits`)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from PIL import Image

from extractors import programs


def tesseract_tsv(images: list[Image.Image], exe: str, options: list[str], timeout_s: float) -> str | None:
    """tesseract's TSV over `images` (the page number of each word is its image's index + 1), or None when
    tesseract failed. Raises subprocess.TimeoutExpired past `timeout_s` (the process group is stopped)."""
    with tempfile.TemporaryDirectory(prefix="vanban-ocr-") as tmp:
        paths = []
        for i, img in enumerate(images):
            path = Path(tmp) / f"piece-{i:03d}.pgm"
            img.convert("L").save(path)
            paths.append(str(path))
        listing = Path(tmp) / "pieces.txt"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        done = programs.run([exe, str(listing), "stdout", *options, "tsv"], timeout=timeout_s,
                            env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def words_by_image(tsv: str) -> dict[int, list[dict]]:
    """The recognised words of a `tesseract_tsv` reading (TSV rows of level 5 with text), by image index."""
    out: dict[int, list[dict]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") == "5" and (row.get("text") or "").strip():
            out.setdefault(int(row["page_num"]) - 1, []).append(row)
    return out
