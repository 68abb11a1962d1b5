"""The process-wide scorer with the bundled model (loaded once, shared by every caller)."""

from __future__ import annotations

from functools import lru_cache

from newsprism.similarity.scorer import Scorer


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The bundled similarity model, loaded and checked on first call."""
    return Scorer().load()
