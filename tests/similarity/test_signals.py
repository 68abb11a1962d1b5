from __future__ import annotations

from newsprism.analyze import Analyzer
from newsprism.records import AnalyzedArticle, Article
from newsprism.similarity.signals import article_signals


def test_names_meet_across_scripts_and_inflections(analysed: dict[str, AnalyzedArticle]) -> None:
    english = article_signals(analysed["flood_en"])
    german = article_signals(analysed["flood_de"])
    assert {"dresd", "hilbe"} <= set(english.names) & set(german.names)


def test_numbers_are_normalised_across_locales_and_years_kept_apart(analysed: dict[str, AnalyzedArticle]) -> None:
    english = article_signals(analysed["flood_en"])
    german = article_signals(analysed["flood_de"])
    assert "4500" in english.numbers & german.numbers
    assert 2002 in english.years & german.years
    assert "2002" not in english.numbers


def test_caseless_scripts_are_flagged(analyzer: Analyzer) -> None:
    article = Article(id="ar", title="فيضانات في دريسدن", text="أجلت السلطات آلاف السكان بعد ارتفاع منسوب النهر.")
    signals = article_signals(AnalyzedArticle(article, analyzer.analyze(article)))
    assert signals.caseless
    assert signals.names  # every word of a caseless script is a name candidate


def test_hostile_input_is_bounded(analyzer: Analyzer) -> None:
    article = Article(id="big", title="", text=("1,2," * 50_000) + ("Ab" * 80_000))
    signals = article_signals(AnalyzedArticle(article, analyzer.analyze(article)))
    assert signals.chars <= 30_000
