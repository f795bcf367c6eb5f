"""LibreOffice headless conversions (DOC -> DOCX on reading, DOCX -> PDF on export).

Each call gets its own throwaway user profile, so conversions can run in parallel processes.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from extractors import programs
from extractors.errors import BadInput, ErrorCode

CONVERT_TIMEOUT_S = 120


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(src: Path, fmt: str, outdir: Path, timeout_s: float = CONVERT_TIMEOUT_S) -> Path:
    """Convert `src` to `fmt` ("docx", "pdf", "doc") into `outdir`; return the new file's path."""
    exe = soffice()
    if exe is None:
        raise BadInput(ErrorCode.MISSING_TOOL, src.name,
                       message="Máy chưa cài LibreOffice (gói libreoffice-writer-nogui) nên không chuyển đổi được tệp này.")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vanban-lo-") as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", fmt, "--outdir", str(outdir), str(src)]
        try:
            programs.run(cmd, timeout=timeout_s)  # LibreOffice and its soffice.bin die with this process
        except subprocess.TimeoutExpired:
            raise BadInput(ErrorCode.TIMEOUT, src.name, "LibreOffice chuyển đổi quá thời gian") from None
    out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
    if not out.is_file():
        raise BadInput(ErrorCode.CORRUPT, src.name, "LibreOffice không chuyển đổi được tệp")
    return out
