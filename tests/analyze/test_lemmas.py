"""Dictionary forms from simplemma's packaged tables."""

from __future__ import annotations

from newsprism.analyze.entity_bounds import is_dictionary_word
from newsprism.analyze.lemmas import dictionary, lemma, lower


def test_a_declined_name_and_a_declined_word_have_their_dictionary_forms() -> None:
    assert lemma("Krakowie", "pl") == "Kraków"
    assert lemma("Mazowieckiej", "pl") == "Mazowiecka"
    assert lemma("Häuser", "de") == "Haus"


def test_an_unlisted_word_or_language_has_no_lemma() -> None:
    assert lemma("Xqzwvy", "pl") is None
    assert dictionary("xx") == {}
    assert lemma("Krakowie", "xx") is None


def test_turkish_capitals_lower_case_to_dotted_and_dotless_i() -> None:
    assert lower("İLÇESİNDE", "tr") == "ilçesinde"
    assert lower("ISPARTA", "tr") == "ısparta"
    assert lower("ISPARTA", "en") == "isparta"
    assert is_dictionary_word("İlçe", "tr")


def test_a_turkish_word_in_capitals_has_its_dictionary_form() -> None:
    assert lemma("İLÇESİNDE", "tr") == "ilçe"
    assert lemma("KIZ", "tr") == "kız"
