"""Score analysed article pairs on the seven SemEval-2022 Task 8 dimensions.

Reading a predicted ``Overall`` (1 = very similar ... 4 = very dissimilar),
as the task's annotators used the scale:

- about 1 (<= 1.5): the same event, reported by both articles;
- about 2 (<= 2.5): the same story, from another angle or at another stage
  (a follow-up, a reaction, a different part of the same event);
- about 3: related topic or background only (same kind of news, other event);
- about 4: unrelated.

For "same story" clustering, ``Overall <= 2.0`` keeps precision high (the
default of ``Settings.same_story_overall``); ``<= 2.5`` favours recall. The
model regresses towards the middle of the scale, so predicted values below
1.5 are rare even for identical events; compare against thresholds, not exact
values. ``bench/similarity.py`` and :func:`newsprism.similarity.evaluate`
report precision and recall at these thresholds on the labelled pairs.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsprism.records import DIMENSIONS, Analysis, AnalyzedArticle, SimilarityScores
from newsprism.similarity.features import FEATURE_NAMES, pair_features
from newsprism.similarity.model import DEFAULT_ARTIFACT, SimilarityModel
from newsprism.similarity.signals import ArticleSignals, article_signals

#: Predicted Overall at or below this: the same story (see the module docstring).
SAME_STORY_OVERALL = 2.0


class Scorer:
    """Predicts the seven similarity dimensions of article pairs from their stored analyses.

    Args:
        artifact: Folder of a trained model; the bundled model by default.
        signal_cache_size: How many articles' names/numbers/style are kept between calls
            (scoring one article against many others reads it once).

    Attributes:
        model_: The loaded :class:`SimilarityModel` (after the first score or :meth:`load`).
    """

    def __init__(self, artifact: str | Path | None = None, signal_cache_size: int = 4096) -> None:
        self.artifact = artifact
        self.signal_cache_size = signal_cache_size
        self.model_: SimilarityModel | None = None
        self._signals: OrderedDict[int, tuple[Analysis, ArticleSignals]] = OrderedDict()

    def load(self) -> Scorer:
        """Load the model now (it is otherwise loaded on first use); returns ``self``."""
        if self.model_ is None:
            self.model_ = SimilarityModel.load(self.artifact if self.artifact is not None else DEFAULT_ARTIFACT)
        return self

    def signals(self, item: AnalyzedArticle) -> ArticleSignals:
        """Names, numbers and style of an article, computed once per analysis object."""
        key = id(item.analysis)
        cached = self._signals.get(key)
        # The analysis is kept in the entry, so its id cannot be reused while the entry lives.
        if cached is not None and cached[0] is item.analysis:
            self._signals.move_to_end(key)
            return cached[1]
        found = article_signals(item)
        self._signals[key] = (item.analysis, found)
        while len(self._signals) > self.signal_cache_size:
            self._signals.popitem(last=False)
        return found

    def features_many(self, pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]]) -> npt.NDArray[np.float64]:
        """Feature matrix ``(len(pairs), len(FEATURE_NAMES))`` of the pairs."""
        if not pairs:
            return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float64)
        model = self.load().model_
        assert model is not None
        base = np.vstack([pair_features(a, b, self.signals(a), self.signals(b)) for a, b in pairs])
        topics = model.topics.pair_features(
            np.vstack([a.analysis.doc_vector for a, _ in pairs]), np.vstack([b.analysis.doc_vector for _, b in pairs])
        )
        return np.hstack([base, topics])

    def score_many(self, pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]]) -> list[SimilarityScores]:
        """Score many pairs in one model call (the fast path for clustering).

        Args:
            pairs: ``(a, b)`` analysed articles; their analyses need sentences and sentence vectors.

        Returns:
            One :class:`SimilarityScores` per pair, each dimension on the 1-4 scale.
        """
        model = self.load().model_
        assert model is not None
        predictions = model.predict(self.features_many(pairs))
        return [SimilarityScores(**dict(zip(DIMENSIONS, map(float, row), strict=True))) for row in predictions]

    def score(self, a: AnalyzedArticle, b: AnalyzedArticle) -> SimilarityScores:
        """Score one pair; see :meth:`score_many`."""
        return self.score_many([(a, b)])[0]
