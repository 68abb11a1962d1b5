"""Disagreements inside one unit."""

from __future__ import annotations

from newsprism.prism.disputes import find_disagreements
from newsprism.prism.evidence import SentenceEvidence
from newsprism.prism.numbers import find_numbers
from newsprism.prism.settings import PrismSettings
from newsprism.records import DateMention, Place, Quote

SETTINGS = PrismSettings()


def numbers(text: str, language: str = "en") -> SentenceEvidence:
    return SentenceEvidence(numbers=tuple(n for n in find_numbers(text, language) if not n.is_year))


def test_an_extra_figure_is_not_a_dispute_but_a_different_one_is() -> None:
    assert find_disagreements([("a", numbers("12 dead and 30 injured")), ("b", numbers("12 dead"))], SETTINGS) == ()
    (dispute,) = find_disagreements(
        [("a", numbers("12 dead and 30 injured")), ("b", numbers("14 dead and 30 injured"))], SETTINGS
    )
    assert dispute.kind == "number"
    assert [(v.value, v.text, v.article_ids) for v in dispute.versions] == [("12", "12", ("a",)), ("14", "14", ("b",))]


def test_numbers_of_different_kind_or_scale_are_not_versions_of_each_other() -> None:
    assert find_disagreements([("a", numbers("5%")), ("b", numbers("5 soldiers"))], SETTINGS) == ()
    assert find_disagreements([("a", numbers("3 ships")), ("b", numbers("3,000 troops"))], SETTINGS) == ()


def test_a_source_giving_a_range_does_not_dispute_either_end() -> None:
    members = [("a", numbers("between 100,000 and 130,000")), ("b", numbers("130,000"))]
    assert find_disagreements(members, SETTINGS) == ()


def test_dates_places_and_speakers_can_be_disputed() -> None:
    monday = SentenceEvidence(dates=(DateMention("Monday", 0, 6, "2022-01-24"),))
    tuesday = SentenceEvidence(dates=(DateMention("mardi", 0, 5, "2022-01-25"),))
    (dispute,) = find_disagreements([("a", monday), ("b", tuesday), ("c", monday)], SETTINGS)
    assert dispute.kind == "date"
    assert dispute.versions[0].article_ids == ("a", "c")

    kyiv = SentenceEvidence(places=(Place("Kyiv", 0, 4, "geonames:703448", "Kyiv", "city"),))
    lviv = SentenceEvidence(places=(Place("Lwiw", 0, 4, "geonames:702550", "Lviv", "city"),))
    assert find_disagreements([("a", kyiv), ("b", lviv)], SETTINGS)[0].kind == "place"

    by_a = SentenceEvidence(quotes=(Quote("x", 0, 1, "Olaf Scholz", "Q1", "said"),))
    by_b = SentenceEvidence(quotes=(Quote("y", 0, 1, "Emmanuel Macron", "Q2", "said"),))
    (dispute,) = find_disagreements([("a", by_a), ("b", by_b)], SETTINGS)
    assert dispute.kind == "attribution"
    assert {v.text for v in dispute.versions} == {"Olaf Scholz", "Emmanuel Macron"}


def test_one_source_has_nothing_to_disagree_with() -> None:
    assert find_disagreements([("a", numbers("12 dead"))], SETTINGS) == ()
