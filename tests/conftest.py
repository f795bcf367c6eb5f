"""Shared fixtures: where the corpus and the read-only shared files live."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))
HOSTILE = SHARED / "hostile"


def needs(tool: str) -> pytest.MarkDecorator:
    """Skip with a clear reason when a system tool is not installed."""
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed (make system-deps)")


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def hostile() -> Path:
    if not HOSTILE.is_dir():
        pytest.skip(f"shared hostile corpus not found at {HOSTILE}")
    return HOSTILE
