"""Span boundaries and labels follow the annotation guideline (bench/gold/entities/GUIDELINE.md)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.entities import find_entities, find_entities_many
from newsprism.analyze.entity_bounds import head_noun_spans, refine
from newsprism.config import SUPPORTED_LANGUAGES


def _spans(text: str, language: str) -> dict[str, str]:
    return {e.text: e.label for e in find_entities(text, language)}


def test_titles_are_left_out_of_a_persons_name() -> None:
    text = "VATICAN CITY (Reuters) - Pope Francis said on Sunday that peace was possible."
    found = _spans(text, "en")
    assert found.get("Francis") == "PER"
    assert "Pope Francis" not in found


def test_and_between_names_parts_two_names_unless_the_first_shares_the_seconds_noun() -> None:
    found = _spans("The U.S. Food and Drug Administration approved the drug.", "en")
    assert found == {"U.S. Food and Drug Administration": "ORG"}
    # Two bodies with a noun each stay two.
    found = _spans("It was raised by the Delta Hospital and Community Health Foundation.", "en")
    assert found.get("Delta Hospital") == "ORG"
    assert not any(" and " in name for name in found)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Shares of CBRE Group, Inc. rose on Monday.", "CBRE Group, Inc."),
        ("Beyond Air, Inc. is a clinical-stage medical device company.", "Beyond Air, Inc."),
    ],
)
def test_a_companys_legal_form_after_a_comma_is_part_of_its_name(text: str, company: str) -> None:
    found = _spans(text, "en")
    assert found.get(company) == "ORG"
    assert "Inc." not in found


def test_a_dash_glued_to_a_word_and_spaced_from_the_next_ends_a_name() -> None:
    found = _spans("Qatar- The ministry will inspect farms. Kuwait- Amir sends cables to Gulf leaders.", "en")
    assert found.get("Qatar") == "LOC"
    assert found.get("Kuwait") == "LOC"
    assert not any("- " in name for name in found)
    # A hyphen inside a word is no such dash.
    assert "Coca-Cola Company" in _spans("The Coca-Cola Company reported its results.", "en")


@pytest.mark.parametrize("title", ["Apostle", "Pastor"])
def test_church_titles_are_left_out_of_a_persons_name(title: str) -> None:
    text = f"{title} Opoku Onyinah said on Sunday that Christians should not rush for signs."
    assert _spans(text, "en") == {"Opoku Onyinah": "PER"}


def test_a_photo_credit_slash_ends_a_name_but_a_slash_between_capitals_does_not() -> None:
    assert _spans("Photo by Khalid Mohammed/AP shows the damage.", "en") == {"Khalid Mohammed": "PER", "AP": "ORG"}
    assert "AC/DC" in _spans("The band AC/DC played in Berlin.", "en")


def test_names_joined_by_an_ampersand_are_one_organisation() -> None:
    found = _spans("Procter & Gamble and Johnson & Johnson reported profits.", "en")
    assert found.get("Procter & Gamble") == "ORG"
    assert found.get("Johnson & Johnson") == "ORG"
    text = "Il Wall Street Journal e la National Cable & Telecommunications Association hanno scritto."
    found = _spans(text, "it")
    assert found.get("National Cable & Telecommunications Association") == "ORG"
    assert found.get("Wall Street Journal") == "ORG"


def test_a_partys_members_stand_for_the_party() -> None:
    found = _spans("Later the Democrats said the bill would pass, but Republicans disagreed.", "en")
    assert found.get("Democrats") == "ORG"
    assert found.get("Republicans") == "ORG"
    assert "French" not in _spans("Later the French said the bill would pass.", "en")


def test_a_title_stripped_from_a_misc_span_makes_it_a_person() -> None:
    text = "Selon le Dr Amadou Alpha Sall, le test est fiable."
    assert refine(text, [(9, 31, "MISC")], "fr") == [(12, 29, "PER")]


def test_title_words_inside_place_and_organisation_names_stay() -> None:
    text = "They met on St. Peters Square near the General Motors plant."
    assert refine(text, [(12, 29, "LOC"), (39, 53, "ORG")], "en") == [(12, 29, "LOC"), (39, 53, "ORG")]


def test_leading_determiners_and_elided_articles_are_left_out() -> None:
    text = "El Ejército de Rusia recibió equipos. L'OTAN se réunit."
    assert refine(text, [(0, 20, "ORG")], "es") == [(3, 20, "ORG")]
    assert refine(text, [(38, 44, "ORG")], "fr") == [(40, 44, "ORG")]


def test_known_names_that_start_with_an_article_keep_it() -> None:
    text = "She flew to Los Angeles and then to La Paz."
    assert refine(text, [(12, 23, "LOC"), (36, 42, "LOC")], "en") == [(12, 23, "LOC"), (36, 42, "LOC")]


def test_possessives_and_trailing_punctuation_are_cut() -> None:
    text = "Trump's plan was read by Ria Nóvosti'.according to the report."
    assert refine(text, [(0, 7, "PER"), (25, 48, "ORG")], "en") == [(0, 5, "PER"), (25, 36, "ORG")]


def test_spans_never_cross_a_line_break_and_fragments_are_dropped() -> None:
    text = "Isère\nViolences conjugales en hausse"
    assert refine(text, [(0, 26, "LOC")], "fr") == [(0, 5, "LOC")]


def test_sentence_initial_dictionary_words_are_not_names() -> None:
    text = "Según la policía, el hecho ocurrió de noche."
    assert refine(text, [(0, 5, "PER")], "es") == []


def test_a_sentence_initial_word_capitalised_elsewhere_is_kept() -> None:
    text = "Lavalle habló. Después, Lavalle se fue."
    assert refine(text, [(0, 7, "PER")], "es") == [(0, 7, "PER")]


def test_diseases_are_not_entities_even_where_a_gazetteer_lists_them() -> None:
    assert refine("Corona cases rose. COVID-19 spread.", [(0, 6, "LOC"), (19, 27, "MISC")], "en") == []
    assert "كورونا" not in _spans("ارتفعت إصابات كورونا في القاهرة", "ar")


def test_gazetteer_evidence_fixes_labels() -> None:
    text = "DETROIT (AP) - A man was shot, police in France said."
    assert refine(text, [(0, 7, "ORG"), (41, 47, "PER")], "en") == [(0, 7, "LOC"), (41, 47, "LOC")]


def test_lower_case_heads_make_institution_and_street_names() -> None:
    text = "Le ministère de l'Intérieur a confirmé. Les faits ont eu lieu rue Janin, à Lyon."
    spans = {text[s:e]: label for s, e, label in head_noun_spans(text, "fr")}
    assert spans == {"ministère de l'Intérieur": "ORG", "rue Janin": "LOC"}
    found = _spans(text, "fr")
    assert found.get("ministère de l'Intérieur") == "ORG"
    assert found.get("rue Janin") == "LOC"


def test_lower_case_heads_need_a_capitalised_name_and_a_language_that_uses_them() -> None:
    assert head_noun_spans("Le ministère a confirmé via la rue.", "fr") == []
    assert head_noun_spans("el gobierno de España decidió.", "es") == []
    assert head_noun_spans("The ministère de l'Intérieur said.", "en") == []


def test_batched_and_single_calls_agree() -> None:
    texts = ["Emmanuel Macron a parlé à Paris.", "Angela Merkel sprach in Berlin.", "", "Joe Biden met NATO."]
    languages = ["fr", "de", "en", "en"]
    assert find_entities_many(texts, languages) == [
        find_entities(t, lang) for t, lang in zip(texts, languages, strict=True)
    ]


def test_batched_call_needs_one_language_per_text() -> None:
    with pytest.raises(ValueError):
        find_entities_many(["a", "b"], ["en"])


_PIECES = [
    *("Le ", "la ", "El ", "Dr ", "Pope ", "rue ", "ministère de l'", "Paris", "Macron", "Ana", "'s", ".", "\n"),
    *(" ", "  ", ", ", "de ", "Según ", "COVID-19 ", "Los Angeles", "’", "-", "«", "»"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES),
        max_size=25,
    ),
    st.sampled_from(["en", "fr", "es", "de", "it"]),
)
def test_refined_offsets_always_match_the_text(parts: list[str], language: str) -> None:
    text = "".join(parts)
    for entity in find_entities(text, language):
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text
        assert entity.text == entity.text.strip()


def test_names_joined_by_a_connector_are_one_name_unless_the_second_is_a_place() -> None:
    text = "El Impuesto Provincial al Automotor vence. La Tasa General de Inmuebles de Posadas sube."
    spans = [(3, 22, "MISC"), (26, 35, "LOC"), (46, 71, "MISC"), (75, 82, "LOC")]
    found = {text[s:e]: label for s, e, label in refine(text, spans, "es")}
    assert found == {"Impuesto Provincial al Automotor": "MISC", "Tasa General de Inmuebles": "MISC", "Posadas": "LOC"}


def test_an_acronym_no_gazetteer_knows_is_an_organisation() -> None:
    text = "The CAC said the WA police had acted."
    assert refine(text, [(4, 7, "LOC")], "en") == [(4, 7, "ORG")]


def test_honorifics_are_stripped_whatever_the_label() -> None:
    text = "Hajiya Saratu Shafii spoke."
    assert refine(text, [(0, 20, "ORG")], "en") == [(7, 20, "PER")]


def test_inflected_sentence_initial_words_leave_spanish_names_but_english_keeps_american() -> None:
    es = "Visitas Marcelo Canario habló."
    assert refine(es, [(0, 23, "MISC")], "es") == [(8, 23, "MISC")]
    en = "American Girl unveiled a doll."
    assert refine(en, [(0, 13, "ORG")], "en") == [(0, 13, "ORG")]


def test_gazetteer_names_are_added_only_where_they_stand_alone() -> None:
    found = _spans("Franca Ochigbo, a Thai official, flew to Abuja.", "en")
    assert "Franca" not in found
    assert "Thai" not in found


def test_two_multi_word_names_joined_by_and_are_two_names() -> None:
    text = "Join the Ark-La-Tex Bassmasters and Junior Fishing Trail today, or Procter and Gamble."
    found = refine(text, [(5, 56, "ORG"), (67, 85, "ORG")], "en")
    assert [text[s:e] for s, e, _ in found] == ["Ark-La-Tex Bassmasters", "Junior Fishing Trail", "Procter and Gamble"]


def test_a_lone_letter_is_not_a_name() -> None:
    assert refine("Plan C failed.", [(5, 6, "MISC")], "en") == []


def test_a_person_named_by_initials_keeps_the_last_period_and_is_a_person() -> None:
    found = _spans("Polise zor anlar yaşatan 23 yaşındaki D.K. gazetecilere yöneldi. Şüpheli A.B. kaçtı.", "tr")
    assert found.get("D.K.") == "PER"
    assert found.get("A.B.") == "PER"
    assert _spans("The U.S. and the U.N. met.", "en").get("U.N.") != "PER"


def test_every_entity_gold_file_is_in_exactly_one_set_blind_or_dev(gold_set_names) -> None:  # type: ignore[no-untyped-def]
    blind, dev, files = gold_set_names("entities")
    assert not blind & dev
    assert blind | dev == files


def test_entity_gold_spans_match_the_shared_articles(gold_dir, shared_texts_by_sha1) -> None:  # type: ignore[no-untyped-def]
    by_prefix = {sha1[:12]: text for sha1, text in shared_texts_by_sha1.items()}
    for path in sorted((gold_dir / "entities").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            # The first files take their language from their name; the later ones carry it.
            assert record.get("language", path.stem) in SUPPORTED_LANGUAGES
            text = by_prefix[record["sha1"]]
            for span in record["spans"]:
                assert span["start"] < record["window"], f"{path.name} {record['pair_id']}: span past the window"
                assert text[span["start"] : span["end"]] == span["surface"]
                assert span["label"] in ("PER", "ORG", "LOC", "MISC")
