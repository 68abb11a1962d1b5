"""The bundled sample corpus (fictional articles written for the project)."""

from __future__ import annotations

from pathlib import Path


def sample_corpus_path() -> Path:
    """Folder of the sample corpus shipped inside the package."""
    return Path(__file__).parent / "data" / "sample"
