"""One hand-built three-source story used across prism and renderer tests.

Facts: ``troops`` told by all three (A and C say 100,000, B says 130,000: disputed);
``talks`` told by all three (shared); ``sanctions`` by A and B (partial); ``baker`` by A
only, ``minister`` by C only (unique). Quotes: one statement by Blinken in English (A)
and German (B); another Blinken statement in A only.
"""

from __future__ import annotations

from newsprism.records import AnalyzedArticle
from tests.prism.factory import source

ENTITIES = {
    "Russia": "Q159",
    "Russland": "Q159",
    "Russie": "Q159",
    "NATO": "Q7184",
    "OTAN": "Q7184",
    "Blinken": "Q1",
    "Geneva": "Q71",
    "Genf": "Q71",
    "Genève": "Q71",
}


def three_sources() -> list[AnalyzedArticle]:
    """Sources A (en), B (de), C (fr) of the scenario."""
    a = source(
        "A",
        [
            ("Russia has massed 100,000 troops near the border, NATO said.", "troops"),
            ("Talks in Geneva ended on Monday without agreement.", "talks"),
            ("Washington prepared sanctions against Russia on Tuesday.", "sanctions"),
            ('Blinken said "we will respond decisively to any invasion" after the talks.', "quote-respond"),
            ('Blinken also said "the door to diplomacy stays open" later that day.', "quote-door"),
            ("A baker in Kharkiv said she kept her shop open.", "baker"),
        ],
        language="en",
        title=("Russia masses troops", "headline"),
        outlet="Wire",
        url="https://wire.example/story",
        published="2022-01-25",
        entities=ENTITIES,
        places={"Geneva": "geonames:2660646", "Kharkiv": "geonames:706483"},
        dates={"on Monday": "2022-01-24", "on Tuesday": "2022-01-25"},
        quotes=[
            ("we will respond decisively to any invasion", "Antony Blinken", "Q1"),
            ("the door to diplomacy stays open", "Antony Blinken", "Q1"),
        ],
    )
    b = source(
        "B",
        [
            ("Russland hat 130.000 Soldaten an der Grenze zusammengezogen, so die NATO.", "troops"),
            ("Die Gespräche in Genf endeten am Montag ohne Einigung.", "talks"),
            ("Washington bereitete am Dienstag Sanktionen gegen Russland vor.", "sanctions"),
            ('Blinken sagte: "Wir werden auf jede Invasion entschlossen reagieren."', "quote-respond"),
        ],
        language="de",
        title=("Russland zieht Truppen zusammen", "headline"),
        outlet="Zeitung",
        published="2022-01-25",
        entities=ENTITIES,
        places={"Genf": "geonames:2660646"},
        dates={"am Montag": "2022-01-24", "am Dienstag": "2022-01-25"},
        quotes=[("Wir werden auf jede Invasion entschlossen reagieren.", "Antony Blinken", "Q1")],
    )
    c = source(
        "C",
        [
            ("La Russie a massé 100 000 soldats près de la frontière, selon l'OTAN.", "troops"),
            ("Les discussions à Genève se sont terminées lundi sans accord.", "talks"),
            ("Le ministre de la Défense a démissionné jeudi soir à Paris.", "minister"),
        ],
        language="fr",
        title=("La Russie masse des troupes", "headline"),
        outlet="Journal",
        published="2022-01-26",
        entities=ENTITIES,
        places={"Genève": "geonames:2660646", "Paris": "geonames:2988507"},
        dates={"lundi": "2022-01-24", "jeudi soir": "2022-01-27"},
    )
    return [a, b, c]
