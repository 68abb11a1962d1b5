"""Reported speech read from the dependency parse (en, fr, es)."""

from __future__ import annotations

import pytest

from newsprism.analyze import speech_parser
from newsprism.analyze.speech_parser import ParsedReport, parsed_reports


def clauses(text: str, language: str) -> list[tuple[str, str, str]]:
    """(verb, first words of the clause, subject kind) of each report found."""
    return [
        (text[r.cue_start : r.cue_end], text[r.clause_start : r.clause_start + 12], r.subject_kind)
        for r in parsed_reports(text, language)
    ]


def test_an_apposition_between_subject_and_verb_does_not_hide_the_clause() -> None:
    text = (
        "Tuckerman Babcock, a former state GOP chair and former Dunleavy chief of staff, "
        "said Giessel's position on the dividend changed."
    )
    (report,) = parsed_reports(text, "en")
    assert text[report.cue_start : report.cue_end] == "said"
    assert text[report.clause_start :].startswith("Giessel's position")
    assert text[report.subject_start : report.subject_end] == "Babcock"
    assert report.subject_kind == "name"


def test_words_between_verb_and_clause_are_read_past() -> None:
    text = "She said the measures — in effect as of midnight Sunday — include New Zealanders returning home."
    assert clauses(text, "en") == [("said", "the measures", "pronoun")]


@pytest.mark.parametrize(
    ("text", "language", "verb", "clause"),
    [
        ("Le ministre a déclaré mardi que les négociations reprendraient lundi.", "fr", "a déclaré", "les négociat"),
        (
            "El ministro explicó en rueda de prensa que las negociaciones se reanudarán el lunes.",
            "es",
            "explicó",
            "las negociac",
        ),
    ],
)
def test_french_and_spanish_clauses_start_after_que(text: str, language: str, verb: str, clause: str) -> None:
    ((found_verb, found_clause, kind),) = clauses(text, language)
    assert (found_verb, found_clause, kind) == (verb, clause, "noun")


def test_a_plural_common_noun_subject_is_marked_as_no_one_person() -> None:
    text = "Federal hate crime charges say the man entered the home with a large knife."
    assert [r.subject_kind for r in parsed_reports(text, "en")] == ["plural"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il faut dire que la tomate est le légume le plus plébiscité par les Français.", "fr"),
        ("On se rappelle que le premier tour avait été organisé à la veille du confinement.", "fr"),
        ("Taking to social media, she revealed how an empty tube can keep the lights neat and tidy.", "en"),
        ("Super Junior Member Kangin Announces He Is Leaving the Group After 14 Years", "en"),
        ("Se informó que las obras en la carretera terminarán a finales de mayo.", "es"),
        ("The talks will resume on Monday in Geneva, he said.", "en"),
    ],
)
def test_no_report_where_nobody_states_a_clause_after_the_verb(text: str, language: str) -> None:
    # Impersonal subjects, indirect questions, headlines in title case, impersonal "se", and a clause
    # before its verb (left to the quote finder's own patterns).
    assert parsed_reports(text, language) == []


def test_languages_without_a_parser_and_texts_without_verbs_of_saying_are_not_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_parser(language: str) -> None:
        raise AssertionError(f"parsed a {language} text")

    monkeypatch.setattr(speech_parser, "_parser", no_parser)
    assert parsed_reports("Der Minister sagte, die Verhandlungen würden am Montag fortgesetzt.", "de") == []
    assert parsed_reports("The bridge over the river was built in 1887 and rebuilt in 1952.", "en") == []
    assert parsed_reports("", "en") == []


def test_without_the_parser_package_nothing_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_parser, "_parser", lambda language: None)
    assert parsed_reports("The minister said the talks would resume on Monday in Geneva.", "en") == []


def test_a_long_text_parses_a_bounded_number_of_characters() -> None:
    sentence = "The official said the talks would resume on Monday in Geneva. "
    reports = parsed_reports(sentence * 1000, "en")
    assert 0 < len(reports) <= speech_parser._MAX_PARSED_CHARS // (len(sentence) - 1)
    assert all(isinstance(r, ParsedReport) for r in reports)


def test_a_run_on_sentence_longer_than_the_limit_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(language: str) -> None:
        raise AssertionError("parsed a run-on sentence")

    monkeypatch.setattr(speech_parser, "_parser", no_parser)
    text = "The minister, " + "who " * 160 + "said the plan works."  # one sentence of 680 characters
    assert parsed_reports(text, "en") == []


def test_a_sentence_whose_verbs_of_saying_are_all_quoted_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "“They said the talks would resume on Monday,” the minister wrote on Facebook."
    quoted = [(0, text.index("”") + 1)]

    def no_parser(language: str) -> None:
        raise AssertionError("parsed a sentence whose verbs of saying are quoted")

    # "wrote" outside the marks is a verb of saying: only drop it from the text to leave the quoted "said".
    without_wrote = text.replace("wrote", "shared")
    monkeypatch.setattr(speech_parser, "_parser", no_parser)
    assert parsed_reports(without_wrote, "en", quoted=quoted) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The state will open new schools, according to the annual report of the board.", "en"),
        ("Il est venu pour dire au revoir à ses anciens collègues du ministère.", "fr"),
        ("Salió de la sala diciendo adiós a todos sus compañeros de trabajo.", "es"),
    ],
)
def test_nouns_infinitives_and_gerunds_alone_do_not_get_a_sentence_parsed(
    text: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "the state", "a report", "pour dire", "diciendo": no finite verb of saying with its subject to parse.
    def no_parser(language: str) -> None:
        raise AssertionError(f"parsed a {language} sentence with no finite verb of saying")

    monkeypatch.setattr(speech_parser, "_parser", no_parser)
    assert parsed_reports(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "verb"),
    [
        ("El sindicato CSIF ha reclamado que se modifique esta ley antes del verano.", "es", "ha reclamado"),
        ("Actualmente Paola Rojas ha confesado que tras lo ocurrido está muy tranquila.", "es", "ha confesado"),
        ("Le ministre a rétorqué que les chiffres de la police étaient faux.", "fr", "a rétorqué"),
        ("The senator pointed out that the bill had passed the House in March.", "en", "pointed"),
    ],
)
def test_speech_acts_beyond_saying_report_their_clause(text: str, language: str, verb: str) -> None:
    ((found_verb, _, _),) = clauses(text, language)
    assert found_verb == verb


def test_a_past_tense_before_a_preposition_is_the_clause_when_no_verb_follows() -> None:
    text = "Police said the suspect fled on foot after the shooting."
    (report,) = parsed_reports(text, "en")
    assert text[report.clause_start :] == "the suspect fled on foot after the shooting."
    # A participle before "to" still reads as a noun's modifier.
    assert parsed_reports("Jacinda Ardern said the money used to build schools in the area.", "en") == []
