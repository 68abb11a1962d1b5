"""Small articles written for these tests (a story, its translations, an unrelated story)."""

from __future__ import annotations

import pytest

from newsprism.analyze import Analyzer
from newsprism.records import AnalyzedArticle, Article

FLOOD_EN = (
    "Floods force thousands from their homes in Dresden\n"
    "Heavy rain caused the Elbe river to burst its banks in Dresden on Tuesday. "
    "More than 4,500 residents were evacuated, the city said. "
    "Mayor Dirk Hilbert called the situation the worst since 2002. "
    "Rescue teams used boats to reach people trapped in the old town."
)
FLOOD_DE = (
    "Hochwasser vertreibt Tausende in Dresden aus ihren Häusern\n"
    "Starker Regen ließ die Elbe in Dresden am Dienstag über die Ufer treten. "
    "Mehr als 4.500 Einwohner wurden evakuiert, teilte die Stadt mit. "
    "Oberbürgermeister Dirk Hilbert nannte die Lage die schlimmste seit 2002. "
    "Rettungskräfte erreichten mit Booten Menschen, die in der Altstadt festsaßen."
)
FLOOD_FR = (
    "Des inondations chassent des milliers de personnes de leurs maisons à Dresde\n"
    "De fortes pluies ont fait déborder l'Elbe à Dresde mardi. "
    "Plus de 4 500 habitants ont été évacués, a indiqué la ville. "
    "Le maire Dirk Hilbert a qualifié la situation de pire depuis 2002. "
    "Les secours ont utilisé des bateaux pour atteindre les personnes bloquées dans la vieille ville."
)
FOOTBALL_EN = (
    "Valencia beat Sevilla with a late goal\n"
    "Valencia won 2-1 against Sevilla on Saturday night thanks to a header in the 89th minute. "
    "The coach praised the young defenders after the match. "
    "Fans celebrated outside the Mestalla stadium until midnight. "
    "The club now sits fourth in the league table."
)


def split(text: str) -> tuple[str, str]:
    title, _, body = text.partition("\n")
    return title, body


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer(with_mentions=False)


@pytest.fixture(scope="session")
def analysed(analyzer: Analyzer) -> dict[str, AnalyzedArticle]:
    """The test articles, analysed once per session (by name)."""
    texts = {"flood_en": FLOOD_EN, "flood_de": FLOOD_DE, "flood_fr": FLOOD_FR, "football_en": FOOTBALL_EN}
    articles = []
    for name, text in texts.items():
        title, body = split(text)
        articles.append(Article(id=name, title=title, text=body))
    analyses = analyzer.analyze_many(articles)
    return {a.id: AnalyzedArticle(a, analysis) for a, analysis in zip(articles, analyses, strict=True)}
