"""Shared fixtures: paths, the evaluation data in ../shared (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_PAIRS = REPO.parent / "shared" / "data" / "semeval2022t8" / "pairs.jsonl"
SAMPLE_DIR = REPO / "src" / "newsprism" / "data" / "sample"


@pytest.fixture(scope="session")
def shared_pairs() -> Path:
    """Path to the SemEval-2022 Task 8 pairs; skips where ../shared is not beside the clone."""
    if not SHARED_PAIRS.exists():
        pytest.skip(f"evaluation data not found at {SHARED_PAIRS} (only present beside the project's own checkout)")
    return SHARED_PAIRS


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled sample corpus."""
    return SAMPLE_DIR
