"""Quoted words echoed from someone's quote elsewhere, and names the entity finder missed beside a cue."""

from __future__ import annotations

import pytest

from newsprism.analyze.quotes import find_quotes
from newsprism.records import EntityLabel

from .test_quotes import entities_of


def quoted(text: str, language: str, *names: tuple[str, EntityLabel]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, language, entities_of(text, *names))]


def test_a_headline_echoing_a_body_quote_takes_its_speaker() -> None:
    text = (
        "Harbour strike ‘far from over’ says union\n"
        "Talks broke down again on Monday. “This strike is far from over, and we will stay out,” "
        "said Maria Keller, who leads the dockers’ union."
    )
    assert quoted(text, "en", ("Maria Keller", "PER")) == [
        ("far from over", "Maria Keller"),
        ("This strike is far from over, and we will stay out", "Maria Keller"),
    ]


def test_a_phrase_two_speakers_both_said_stays_unattributed() -> None:
    text = (
        "Both sides call it ‘a fair deal for everyone’ now.\n"
        "“We think this is a fair deal for everyone,” said Maria Keller. "
        "“It is a fair deal for everyone involved,” said Tom Brandt."
    )
    speakers = dict(quoted(text, "en", ("Maria Keller", "PER"), ("Tom Brandt", "PER")))
    assert "a fair deal for everyone" not in speakers


def test_a_two_word_phrase_is_no_echo() -> None:
    text = "The situation is “very serious” in the north.\n“The situation is very serious,” said Maria Keller."
    assert [s for _, s in quoted(text, "en", ("Maria Keller", "PER"))] == ["Maria Keller"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("“We have to close the paper this week, it is very sad,” Brockway said.", "en", "Brockway"),
        ("Quant aux chiffres, l’Ifop assure que « la participation restera faible jusqu’au bout ».", "fr", "Ifop"),
        ("Zentec Labs also said, “We confirm that the plant will open next spring.”", "en", "Zentec Labs"),
    ],
)
def test_a_name_the_tagger_missed_beside_the_cue_speaks(text: str, language: str, speaker: str) -> None:
    assert [s for _, s in quoted(text, language)] == [speaker]


def test_a_missed_name_before_a_reported_verb_speaks() -> None:
    text = "Zentec has confirmed it will build a second plant in Ohio next year."
    assert quoted(text, "en") == [("it will build a second plant in Ohio next year", "Zentec")]


@pytest.mark.parametrize(
    "text",
    [
        # Capitals that open a sentence on common words, and a country, name no speaker.
        "Officials have said: “We will not give up on this town, whatever it costs us.”",
        "Elle avait « plein d’espoir pour la suite » quand le Canada a annoncé l’envoi de trois avions.",
        # The one spoken to, the people around someone, a noun with its article.
        "A police spokesman told Community News at the time “They smashed through our roller shutters.”",
        "L’entourage d’Emmanuel Macron explique que « toutes les options sont ouvertes ce soir ».",
        "Ihre Pressesprecherin hatte erklärt: „Sie ist krank und bleibt zu Hause.“",
    ],
)
def test_capitals_that_are_no_name_give_no_speaker(text: str) -> None:
    language = "fr" if "«" in text else "de" if "„" in text else "en"
    assert all(s is None for _, s in quoted(text, language))
