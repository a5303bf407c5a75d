"""Shared fixtures. The dev corpus is read in place from ../shared/corpus; tests that need it skip, saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "opvolging" / "data" / "samples" / "kst-32735-354.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"dev corpus not found at {CORPUS}: gold tests skipped")
    return CORPUS


@pytest.fixture(scope="session")
def founding():
    """The founding letter (Kamerstuk 32 735, nr. 354), extracted once."""
    from opvolging.extract import extract_path

    return extract_path(SAMPLE)
