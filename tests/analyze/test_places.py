"""Places: countries, regions and cities normalised to ISO 3166 and GeoNames codes in every language."""

from __future__ import annotations

import pytest

from newsprism.analyze.entities import find_entities
from newsprism.analyze.places import find_places, resolve_place
from newsprism.records import Entity


@pytest.mark.parametrize(
    ("surface", "language", "code"),
    [
        ("Deutschland", "de", "DE"),
        ("Allemagne", "fr", "DE"),
        ("Niemcy", "pl", "DE"),
        ("Almanya", "tr", "DE"),
        ("Германия", "ru", "DE"),
        ("ألمانيا", "ar", "DE"),
        ("德国", "zh", "DE"),
        ("Etats-Unis", "fr", "US"),
        ("Warszawie", "pl", "geonames:756135"),
        ("Москве", "ru", "geonames:524901"),
        ("Bayern", "de", "DE-BY"),
        # Declined Polish names, through their dictionary forms.
        ("Krakowie", "pl", "geonames:3094802"),
        ("Zakopanem", "pl", "geonames:3080866"),
        ("Ostrowi Mazowieckiej", "pl", "geonames:762850"),
        ("Niemczech", "pl", "DE"),
        ("Lombardei", "de", "IT-25"),
        # City names GeoNames lacks, from the alias table's "cities" (Washington in Arabic, Khartoum with its article).
        ("واشنطن", "ar", "geonames:4140963"),
        ("الخرطوم", "ar", "geonames:379252"),
    ],
)
def test_place_names_resolve_to_codes_in_every_language(surface: str, language: str, code: str) -> None:
    place = resolve_place(surface, language)
    assert place is not None
    assert place.code == code


def test_a_city_name_clipped_inside_a_word_is_no_place() -> None:
    # GeoNames lists "Ora" for Oran and "GRA" for Grajaú: Italian "ora" (now) and Polish "gra" (game).
    assert resolve_place("Ora", "it") is None
    assert resolve_place("Gra", "pl") is None
    # Cut at a word's end, the city's short name stays.
    frankfurt = resolve_place("Frankfurt", "de")
    assert frankfurt is not None
    assert frankfurt.name == "Frankfurt am Main"


def test_demonyms_are_not_places() -> None:
    assert resolve_place("French", "en") is None
    assert resolve_place("russischen", "de") is None


def test_a_capitalised_common_word_is_not_read_as_a_place_through_its_lemma() -> None:
    # "Oboje" (both) has the lemma "oba", and Oba is a Nigerian city: a lower-case lemma names nothing.
    assert resolve_place("Oboje", "pl") is None


def test_places_come_from_location_entities_with_english_names() -> None:
    text = "Le président s'est rendu à Lyon puis en Allemagne."
    entities = find_entities(text, "fr")
    places = {p.text: p for p in find_places(text, "fr", entities)}
    assert places["Allemagne"].code == "DE"
    assert places["Allemagne"].name == "Germany"
    assert places["Allemagne"].kind == "country"
    assert places["Lyon"].kind == "city"
    assert places["Lyon"].code.startswith("geonames:")


def test_non_location_entities_and_stale_offsets_are_ignored() -> None:
    text = "Paris Saint-Germain won."
    org = Entity("Paris Saint-Germain", "ORG", 0, 19, "Paris Saint-Germain", "org:paris-saint-germain")
    stale = Entity("Paris", "LOC", 5, 10, "Paris", "loc:x")
    assert find_places(text, "en", [org, stale]) == ()


@pytest.mark.parametrize(("surface", "language"), [("Venice", "en"), ("Venezia", "it"), ("Venedig", "de")])
def test_a_hand_listed_city_name_outranks_another_place_geonames_gives_it(surface: str, language: str) -> None:
    # GeoNames also lists "Venice" among the alternate names of Dayton, Ohio, a bigger city.
    place = resolve_place(surface, language)
    assert place is not None
    assert place.code == "geonames:3164603"


def test_country_acronyms_name_the_country_only_in_capitals() -> None:
    codes = {
        surface: getattr(resolve_place(surface, language), "code", None)
        for surface, language in (("USA", "es"), ("UK", "en"))
    }
    assert codes == {"USA": "US", "UK": "GB"}
    # "Usa el código" (Spanish: use the code), "Us" opening an English sentence: no country.
    assert resolve_place("Usa", "es") is None
    assert resolve_place("Us", "en") is None
