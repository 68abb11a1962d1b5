"""Pairwise article similarity on the seven SemEval-2022 Task 8 dimensions.

``Scorer`` scores analysed articles (the fast path for clustering);
``score_batch`` and ``score_texts`` score raw texts; ``train`` and ``evaluate``
rebuild and measure the bundled model on labelled pairs.
"""

from __future__ import annotations

from newsprism.similarity.batch import score_batch, score_texts
from newsprism.similarity.model import DEFAULT_ARTIFACT, FORMAT_VERSION, SimilarityModel
from newsprism.similarity.scorer import SAME_STORY_OVERALL, Scorer
from newsprism.similarity.train import SimilarityReport, evaluate, train

__all__ = [
    "DEFAULT_ARTIFACT",
    "FORMAT_VERSION",
    "SAME_STORY_OVERALL",
    "Scorer",
    "SimilarityModel",
    "SimilarityReport",
    "evaluate",
    "score_batch",
    "score_texts",
    "train",
]
