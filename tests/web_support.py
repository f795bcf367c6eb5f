"""Helpers for the web tests: a real workspace with the Kiến Minh plan and reports read by `vanban ingest`."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from tests.inbox_support import make_workspace, run_vanban

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAN = CORPUS / "ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
REPORTS = [CORPUS / "bao_cao" / n for n in ("bao-cao-06-bc-thon-tien-cam.docx", "bao-cao-07-bc-thon-xuan-uc.docx",
                                            "bao-cao-15-bc-kt-phong-kinh-te.docx")]
LATE_REPORT = CORPUS / "bao_cao/bao-cao-10-bc-thon-hoa-lieu.docx"
HOSTILE = ROOT / "tests/data/hostile/generated/docx_not_a_zip.docx"
AS_OF = "2025-12-08"  # before the plan's deadline (09/12/2025): who is late is the report's own date


def campaign_workspace(root: Path, files=(PLAN, *REPORTS)):
    ws = make_workspace(root, stability_delay_s=0)
    shutil.copyfile(CORPUS / "profile.toml", ws.profile_path)
    for f in files:
        shutil.copyfile(f, ws.inbox / f.name)
    run_vanban("ingest", ws.root)
    return ws


def wait_upload(client, job_page: str, timeout: float = 120) -> str:
    """The upload's result fragment once the ingest behind it is done."""
    deadline = time.monotonic() + timeout
    while True:
        html = client.get(job_page).text
        if 'data-xong="co"' in html or time.monotonic() > deadline:
            return html
        time.sleep(0.3)
CITY_PLAN = CORPUS / "ke_hoach/ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx"
