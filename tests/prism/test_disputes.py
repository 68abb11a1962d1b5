"""Disagreements inside one unit."""

from __future__ import annotations

import numpy as np

from newsprism.prism.disputes import (
    NumberInSentence,
    find_disagreements,
    find_number_disputes,
    number_context,
    numbers_in_sentences,
)
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


# --- Story-wide number disputes ---


def _story_numbers(sentences: list[tuple[int, str, str]]) -> list[NumberInSentence]:
    rows = [(source, f"s{source}", text, numbers(text)) for source, text, _ in sentences]
    return numbers_in_sentences(rows, SETTINGS)


def test_number_context_is_the_words_around_the_number() -> None:
    text = "Rescuers said about 1,500 people were evacuated overnight from the town."
    start = text.index("1,500")
    assert number_context(text, start, start + 5, 3) == "Rescuers said about people were evacuated"


def test_numbers_counting_the_same_thing_are_disputed_across_units() -> None:
    found = _story_numbers(
        [(0, "About 1,200 people were evacuated.", ""), (1, "Some 1,500 people were evacuated.", "")]
    )
    similar = np.array([[1.0, 0.8], [0.8, 1.0]])
    (dispute,) = find_number_disputes(found, similar, lambda a, b: False, SETTINGS)
    assert dispute.rows == (0, 1)
    assert [(v.text, v.article_ids) for v in dispute.disagreement.versions] == [("1,200", ("s0",)), ("1,500", ("s1",))]


def test_numbers_with_unrelated_contexts_or_far_apart_are_not_disputed() -> None:
    found = _story_numbers([(0, "A town of 6,000 inhabitants.", ""), (1, "Some 1,200 people were evacuated.", "")])
    close = np.array([[1.0, 0.9], [0.9, 1.0]])
    assert find_number_disputes(found, close, lambda a, b: True, SETTINGS) == []  # ratio 5
    found = _story_numbers([(0, "About 1,200 evacuated.", ""), (1, "Some 1,500 without power.", "")])
    unrelated = np.array([[1.0, 0.2], [0.2, 1.0]])
    assert find_number_disputes(found, unrelated, lambda a, b: True, SETTINGS) == []


def test_a_source_stating_both_values_is_not_a_dispute() -> None:
    found = _story_numbers([(0, "1,200 evacuated, 1,500 without power.", ""), (1, "1,500 evacuated.", "")])
    similar = np.ones((len(found), len(found)))
    assert find_number_disputes(found, similar, lambda a, b: True, SETTINGS) == []


def test_a_dispute_group_never_spans_more_than_the_ratio() -> None:
    found = _story_numbers([(0, "2 million records", ""), (1, "1,3 million records", ""), (2, "5 million ransom", "")])
    similar = np.array([[1.0, 0.7, 0.6], [0.7, 1.0, 0.5], [0.6, 0.5, 1.0]])
    (dispute,) = find_number_disputes(found, similar, lambda a, b: False, SETTINGS)
    assert {v.value for v in dispute.disagreement.versions} == {"2e+06", "1.3e+06"}


def test_without_context_vectors_only_numbers_of_one_unit_are_compared() -> None:
    found = _story_numbers([(0, "About 1,200 evacuated.", ""), (1, "Some 1,500 evacuated.", "")])
    assert find_number_disputes(found, None, lambda a, b: False, SETTINGS) == []
    assert len(find_number_disputes(found, None, lambda a, b: True, SETTINGS)) == 1
