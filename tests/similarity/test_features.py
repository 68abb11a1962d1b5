from __future__ import annotations

import math

import numpy as np

from newsprism.records import Analysis, AnalyzedArticle, Article
from newsprism.similarity.features import PAIR_FEATURE_NAMES, pair_features
from newsprism.similarity.signals import article_signals


def _features(a: AnalyzedArticle, b: AnalyzedArticle) -> dict[str, float]:
    values = pair_features(a, b, article_signals(a), article_signals(b))
    assert values.shape == (len(PAIR_FEATURE_NAMES),)
    return dict(zip(PAIR_FEATURE_NAMES, values.tolist(), strict=True))


def test_identical_texts_give_maximal_similarity_features(analysed: dict[str, AnalyzedArticle]) -> None:
    same = _features(analysed["flood_en"], analysed["flood_en"])
    for name in ("doc_cos", "title_cos", "lead_cos", "align_mean_min", "align_top"):
        assert same[name] > 0.999, name
    for threshold in ("0.4", "0.8"):
        assert same[f"coverage_{threshold}_min"] == 1.0
    assert same["names_jaccard"] == same["numbers_jaccard"] == same["years_jaccard"] == 1.0
    assert same["chars_log_diff"] == 0.0


def test_translations_score_closer_than_unrelated_articles(analysed: dict[str, AnalyzedArticle]) -> None:
    unrelated = _features(analysed["flood_en"], analysed["football_en"])
    for other in ("flood_de", "flood_fr"):
        translated = _features(analysed["flood_en"], analysed[other])
        for name in ("doc_cos", "title_cos", "align_mean_min", "coverage_0.5_min", "names_jaccard"):
            assert translated[name] > unrelated[name], (other, name)
        assert translated["same_language"] == 0.0
    assert unrelated["same_language"] == 1.0


def test_features_are_symmetric(analysed: dict[str, AnalyzedArticle]) -> None:
    a, b = analysed["flood_en"], analysed["flood_de"]
    forward = pair_features(a, b, article_signals(a), article_signals(b))
    backward = pair_features(b, a, article_signals(b), article_signals(a))
    np.testing.assert_allclose(forward, backward, rtol=1e-6, atol=1e-6)


def test_missing_evidence_is_nan_not_zero(analysed: dict[str, AnalyzedArticle]) -> None:
    features = _features(analysed["flood_en"], analysed["football_en"])
    assert math.isnan(features["published_gap_days_log"])  # no publication dates known


def test_an_article_without_sentences_still_gets_features(analysed: dict[str, AnalyzedArticle]) -> None:
    empty = AnalyzedArticle(
        Article(id="empty", text=""),
        Analysis(
            article_id="empty",
            language="und",
            language_confidence=0.0,
            sentences=(),
            sentence_vectors=np.zeros((0, 512), dtype=np.float32),
            doc_vector=np.zeros(512, dtype=np.float32),
        ),
    )
    features = _features(empty, analysed["flood_en"])
    assert math.isnan(features["title_cos"])
    assert math.isnan(features["align_mean_min"])
    assert features["doc_cos"] == 0.0
