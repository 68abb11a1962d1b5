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


@pytest.fixture(scope="session")
def shared_texts_by_sha1(shared_pairs: Path) -> dict[str, str]:
    """Every article text of the shared pairs by its SHA-1 (a pair id may occur with two scrapes of a text)."""
    import hashlib
    import json

    texts: dict[str, str] = {}
    with shared_pairs.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for text in (record["text1"], record["text2"]):
                texts[hashlib.sha1(text.encode("utf-8")).hexdigest()] = text
    return texts
