from __future__ import annotations

from newsprism.records import DIMENSIONS, AnalyzedArticle, SimilarityScores
from newsprism.similarity import Scorer


def test_scores_cover_the_seven_dimensions_on_the_scale(analysed: dict[str, AnalyzedArticle]) -> None:
    scores = Scorer().score(analysed["flood_en"], analysed["football_en"])
    assert isinstance(scores, SimilarityScores)
    values = scores.to_dict()
    assert list(values) == list(DIMENSIONS)
    assert all(1.0 <= v <= 4.0 for v in values.values())


def test_translation_pairs_are_more_similar_than_unrelated_pairs(analysed: dict[str, AnalyzedArticle]) -> None:
    scorer = Scorer()
    en, de, fr, football = (analysed[k] for k in ("flood_en", "flood_de", "flood_fr", "football_en"))
    translated_de, translated_fr, unrelated = scorer.score_many([(en, de), (fr, en), (en, football)])
    assert translated_de.Overall < unrelated.Overall
    assert translated_fr.Overall < unrelated.Overall
    assert translated_de.Entities < unrelated.Entities


def test_score_many_matches_score_and_handles_empty_input(analysed: dict[str, AnalyzedArticle]) -> None:
    scorer = Scorer()
    en, de = analysed["flood_en"], analysed["flood_de"]
    assert scorer.score_many([]) == []
    assert scorer.score_many([(en, de)])[0] == scorer.score(en, de)
    assert scorer.model_ is not None  # learned state is loaded on first use
