"""Same-story judges: predict SemEval Overall (1-4) for a pair of analysed articles."""

from __future__ import annotations

import logging
from typing import Any, Protocol

import numpy as np

from newsprism.config import Settings
from newsprism.records import AnalyzedArticle

logger = logging.getLogger(__name__)


class PairJudge(Protocol):
    """Predicts the SemEval-2022 Task 8 Overall score: 1 = same event ... 4 = unrelated."""

    def overall(self, a: AnalyzedArticle, b: AnalyzedArticle) -> float:
        """Predicted Overall for the pair."""
        ...

    def overall_many(self, a: AnalyzedArticle, others: list[AnalyzedArticle]) -> list[float]:
        """Predicted Overall of ``a`` against each of ``others`` (one model call where the judge batches)."""
        ...


class CosineJudge:
    """Maps document cosine linearly onto the 1-4 scale.

    A fallback for when no trained model is available: ``cosine >= high`` maps
    to 1, ``cosine <= low`` to 4.
    """

    def __init__(self, low: float = 0.35, high: float = 0.85) -> None:
        self.low = low
        self.high = high

    def overall(self, a: AnalyzedArticle, b: AnalyzedArticle) -> float:
        cosine = float(np.dot(a.analysis.doc_vector, b.analysis.doc_vector))
        fraction = (cosine - self.low) / (self.high - self.low)
        return float(4.0 - 3.0 * min(1.0, max(0.0, fraction)))

    def overall_many(self, a: AnalyzedArticle, others: list[AnalyzedArticle]) -> list[float]:
        return [self.overall(a, other) for other in others]


class ScorerJudge:
    """Uses the trained seven-dimension similarity model's Overall prediction."""

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer

    def overall(self, a: AnalyzedArticle, b: AnalyzedArticle) -> float:
        return float(self.scorer.score(a, b).Overall)

    def overall_many(self, a: AnalyzedArticle, others: list[AnalyzedArticle]) -> list[float]:
        """Overall of ``a`` against each of ``others`` in one model call."""
        return [float(s.Overall) for s in self.scorer.score_many([(a, b) for b in others])]


def default_judge(settings: Settings | None = None) -> PairJudge:
    """The trained similarity model where it is installed, else the cosine fallback."""
    try:
        from newsprism.similarity.shared import default_scorer
    except ImportError:
        logger.warning("similarity model not available; clustering with the cosine fallback judge")
        return CosineJudge()
    return ScorerJudge(default_scorer())
