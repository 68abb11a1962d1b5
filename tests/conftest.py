"""Shared fixtures: paths, the evaluation data in ../shared (skipped where absent)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_PAIRS = REPO.parent / "shared" / "data" / "semeval2022t8" / "pairs.jsonl"
SAMPLE_DIR = REPO / "src" / "newsprism" / "data" / "sample"
GOLD_DIR = REPO / "bench" / "gold"


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


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The hand-annotated gold folders (``bench/gold``)."""
    return GOLD_DIR


@pytest.fixture(scope="session")
def read_gold() -> Callable[[str], list[dict[str, Any]]]:
    """Reads every record of a hand-annotated gold folder (``bench/gold/<task>/*.jsonl``)."""

    def read(task: str) -> list[dict[str, Any]]:
        return [
            json.loads(line)
            for path in sorted((GOLD_DIR / task).glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]

    return read


@pytest.fixture(scope="session")
def gold_set_names() -> Callable[[str], tuple[set[str], set[str], set[str]]]:
    """A gold folder's blind and development sets (``sets.json``) and the stems of its files."""

    def read(task: str) -> tuple[set[str], set[str], set[str]]:
        folder = GOLD_DIR / task
        sets = json.loads((folder / "sets.json").read_text(encoding="utf-8"))
        return set(sets["blind"]), set(sets["dev"]), {path.stem for path in folder.glob("*.jsonl")}

    return read
