"""Shared fixtures: where the corpus and the test data (tests/data/) live."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.processes import stop_all

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = ROOT / "tests" / "data"  # every file a test reads lives in the repository (copied, with its source)
HOSTILE = DATA / "hostile"  # malformed and hostile files, MANIFEST.tsv says what each must get
SEED = DATA / "seed" / "ke-hoach-thi-dua-xa-kien-minh-2025.txt"  # the real commune plan the campaign is built from


def needs(tool: str) -> pytest.MarkDecorator:
    """Skip with a clear reason when a system tool is not installed."""
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed (make system-deps)")


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def hostile() -> Path:
    return HOSTILE


@pytest.fixture(autouse=True)
def _stop_started_processes():
    """Whatever a test started with tests.processes.spawn is stopped, with its process group, when it ends."""
    yield
    stop_all()
