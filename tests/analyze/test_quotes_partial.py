"""Partial quotes: a short phrase quoted inside the writer's sentence, attributed to the sentence's subject."""

from __future__ import annotations

import pytest

from newsprism.analyze.quotes import find_quotes
from newsprism.records import EntityLabel

from .test_quotes import entities_of


def quoted(text: str, language: str, *names: tuple[str, EntityLabel]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, language, entities_of(text, *names))]


@pytest.mark.parametrize(
    ("text", "language", "name", "phrase"),
    [
        ("Senator Jane Holloway called the plan “reckless” on Tuesday.", "en", "Jane Holloway", "reckless"),
        ("Dans son arrêt, la Cour suprême juge la requête « mal fondée ».", "fr", "Cour suprême", "mal fondée"),
        ("Die Ministerin Anna Berger sprach von „Verrat“ an den Wählern.", "de", "Anna Berger", "Verrat"),
        ('El alcalde Luis Romero calificó de "inaceptable" la decisión.', "es", "Luis Romero", "inaceptable"),
        ("Die Wiener Grünen orten „Schikanen“ für Wirte auf den Märkten.", "de", "Wiener Grünen", "Schikanen"),
        ("Senator Jane Holloway welcomed the “historic” agreement on Friday.", "en", "Jane Holloway", "historic"),
        ('Ana Ruiz agradeció el "apoyo incondicional" de los vecinos.', "es", "Ana Ruiz", "apoyo incondicional"),
        ("Los sindicatos CSIF y USO piden ‘democracia sindical’ en España.", "es", "CSIF", "democracia sindical"),
        (
            "The European Council on Wednesday gave their “unequivocal support” to the plan.",
            "en",
            "European Council",
            "unequivocal support",
        ),
    ],
)
def test_a_phrase_framed_by_its_subject_is_the_subjects(text: str, language: str, name: str, phrase: str) -> None:
    label: EntityLabel = "ORG" if name.startswith("Cour") else "PER"
    assert quoted(text, language, (name, label)) == [(phrase, name)]


def test_a_pronoun_subject_points_to_the_person_in_focus() -> None:
    text = "Justin Braulick spent the night in a cell. Later he described the ordeal as “terrifying” and “absurd.”"
    assert quoted(text, "en", ("Justin Braulick", "PER")) == [
        ("terrifying", "Justin Braulick"),
        ("absurd.", "Justin Braulick"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # Scare quotes: no verb attributes the phrase to anyone.
        ("The so-called “peace dividend” never came, and Maria Lopez left the ministry.", "en", ("Maria Lopez",)),
        # A title after a naming verb.
        ("Greta Keller wrote a book called “Winter Light” last year.", "en", ("Greta Keller",)),
        # A newspaper's name after the verb is no phrase of the speaker's.
        ('Das sagte Olaf Brandt der "Rheinischen Post".', "de", ("Olaf Brandt",)),
        # A passive: the role is "considered" a slogan by nobody named.
        ("Le rôle de Paul Martin est considéré comme un exemple du slogan « Cohésion ».", "fr", ("Paul Martin",)),
        # A plural subject: a group speaks, no one person.
        ('Chiny i USA ogłosiły, że doszły do porozumienia w sprawie "pierwszego etapu".', "pl", ()),
    ],
)
def test_phrases_nobody_is_said_to_have_used_stay_out(text: str, language: str, names: tuple[str, ...]) -> None:
    assert quoted(text, language, *((name, "PER") for name in names)) == []


def test_a_short_quote_already_found_is_not_taken_twice() -> None:
    # A quote of a few words with its speaker is also a short phrase after a verb: it stays one quote.
    text = "Prime Minister Tom Reed said on Monday: “We will not accept this deal.”"
    assert quoted(text, "en", ("Tom Reed", "PER")) == [("We will not accept this deal.", "Tom Reed")]
    # Marks nested inside a quote found are part of it, never a phrase of their own.
    nested = "“We will not accept this ‘deal’ as it stands,” said Prime Minister Tom Reed."
    assert quoted(nested, "en", ("Tom Reed", "PER")) == [("We will not accept this ‘deal’ as it stands", "Tom Reed")]


def test_a_short_quote_left_to_nobody_is_given_to_the_subject_who_framed_it() -> None:
    text = (
        "County chair Chris Rowe has come under fire after he used a slur on Facebook, "
        "describing the post as “locker room talk” and saying it was a joke."
    )
    assert quoted(text, "en", ("Chris Rowe", "PER"))[0] == ("locker room talk", "Chris Rowe")


def test_a_quote_after_a_colon_is_the_sentence_subjects_even_when_short() -> None:
    text = "Die Debatte dauert an. Manuela Wolter bringt es auf den Punkt: „Schönheit liegt im Auge des Betrachters“."
    expected = [("Schönheit liegt im Auge des Betrachters", "Manuela Wolter")]
    assert quoted(text, "de", ("Manuela Wolter", "PER")) == expected
    # Must not fire: a colon after a sentence whose subject is no named person leaves the short quote out.
    text = "Die Debatte dauert an. Die Broschüre bringt es auf den Punkt: „Schönheit liegt im Auge“."
    assert quoted(text, "de", ("Manuela Wolter", "PER")) == []


def test_a_german_participle_after_the_phrase_frames_it_as_the_subjects_words() -> None:
    text = "SPD-Chef Norbert Walter-Borjans hat die Turbulenzen in der CDU als «sehr besorgniserregend» bezeichnet."
    (quote,) = find_quotes(text, "de", entities_of(text, ("Norbert Walter-Borjans", "PER")))
    assert (quote.text, quote.speaker) == ("sehr besorgniserregend", "Norbert Walter-Borjans")
    # A name given ("genannt") is no one's words.
    text = "Norbert Walter-Borjans wohnt in dem «Handwerksbursch» genannten Haus am Rhein."
    assert find_quotes(text, "de", entities_of(text, ("Norbert Walter-Borjans", "PER"))) == ()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Chris Rowe used the word “ugly” in a comment on Facebook about the new law.", "ugly"),
        ("Chris Rowe urges ‘new beginning’ as talks on the budget resume in Dover.", "new beginning"),
    ],
)
def test_a_phrase_someone_uses_or_urges_is_theirs(text: str, phrase: str) -> None:
    assert (phrase, "Chris Rowe") in quoted(text, "en", ("Chris Rowe", "PER"))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Il segretario alla Difesa Mark Esper ha invitato il governo iracheno ad "
            '"adempiere alle proprie responsabilità" per proteggere i cittadini.',
            "adempiere alle proprie responsabilità",
        ),
        ('Mark Esper ha criticato la "reazione tardiva e confusa" del governo.', "reazione tardiva e confusa"),
    ],
)
def test_italian_verbs_of_urging_and_blaming_frame_a_partial_quote(text: str, phrase: str) -> None:
    quotes = find_quotes(text, "it", entities_of(text, ("Mark Esper", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [(phrase, "Mark Esper")]


def test_a_text_of_very_many_quoted_pairs_still_finds_the_attributed_phrase() -> None:
    # Past a few hundred quoted pairs the framing verbs are found in one pass: the same phrase comes out.
    filler = "Voir « b » ici. " * 300
    text = filler + "Senator Jane Holloway called the plan “reckless” on Tuesday."
    assert quoted(text, "en", ("Jane Holloway", "PER")) == [("reckless", "Jane Holloway")]
