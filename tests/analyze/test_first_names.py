"""Given names from the packaged dictionary: which entries count, and their gender."""

from __future__ import annotations

import pytest

from newsprism.analyze import first_names
from newsprism.analyze.first_names import first_name_gender, given_name_of, is_first_name, parse_dictionary


def _line(code: str, name: str, frequencies: str) -> str:
    """A dictionary line: gender code, name, then one frequency digit per country from column 30."""
    return f"{code:<3}{name}".ljust(30) + frequencies + " $"


def test_common_names_are_kept_with_their_gender_and_rare_ones_dropped() -> None:
    names = parse_dictionary(
        [
            "# comment line",
            _line("M", "Günter", "   8"),
            _line("F", "Manuela", "5  7"),
            _line("F", "Andere", " 1"),  # listed for one country's few bearers: a common word elsewhere
            _line("?", "Kim", "  A"),
        ]
    )
    assert names == {"Günter": "m", "Manuela": "f", "Kim": "u"}


def test_a_name_listed_for_both_genders_is_unisex() -> None:
    names = parse_dictionary([_line("M", "Andrea", "9"), _line("F", "Andrea", " 9")])
    assert names == {"Andrea": "u"}


def test_joined_names_are_spelled_three_ways_and_expanded_umlaut_lines_skipped() -> None:
    names = parse_dictionary([_line("M", "Jun+Wei", "6")])
    assert set(names) == {"Jun-Wei", "Jun Wei", "JunWei"}
    sorted_twice = _line("M", "Jürgen", "8")
    assert parse_dictionary([sorted_twice[:29] + "+" + sorted_twice[30:]]) == {}


def test_short_entries_and_malformed_lines_are_ignored() -> None:
    assert parse_dictionary([_line("F", "An", "9"), "", "X  Bogus   7", "M"]) == {}


def test_the_packaged_dictionary_knows_common_given_names() -> None:
    assert is_first_name("Günter")
    assert first_name_gender("Günter") == "m"
    assert first_name_gender("Manuela") == "f"
    assert not is_first_name("Regierung")
    assert first_name_gender("Regierung") is None


@pytest.mark.parametrize(
    ("word", "name"),
    [("Ewy", "Ewa"), ("Ewę", "Ewa"), ("Marii", "Maria"), ("Olgi", "Olga"), ("Piotra", "Piotr"), ("Janowi", "Jan")],
)
def test_declined_polish_given_names_lead_to_their_nominative(word: str, name: str) -> None:
    assert given_name_of(word, "pl") == name


def test_a_case_ending_must_agree_with_the_names_gender_and_other_languages_are_not_declined() -> None:
    assert given_name_of("Piotry", "pl") is None  # -y ends only women's names declined from -a
    assert given_name_of("Warszawy", "pl") is None
    assert given_name_of("Ewy", "de") is None
    assert given_name_of("Manuela", "de") == "Manuela"


def test_without_the_optional_package_no_name_is_known(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(package: str) -> None:
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(first_names.resources, "files", missing)
    first_names._names.cache_clear()
    try:
        assert not is_first_name("Günter")
        assert first_name_gender("Manuela") is None
    finally:
        monkeypatch.undo()
        first_names._names.cache_clear()
    assert is_first_name("Günter")


def test_cyrillic_given_names_are_looked_up_by_their_transliteration() -> None:
    assert first_name_gender("Дмитрий") == "m"
    assert first_name_gender("Мария") == "f"
    assert is_first_name("Сергей")
    # Common nouns and places are no given names in any script.
    assert not is_first_name("Изображение")
    assert not is_first_name("Москва")
