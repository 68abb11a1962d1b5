"""build_prism on hand-built analyses: statuses, disputes, coverage, voices, timeline, lead."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.prism import PrismSettings, build_prism
from newsprism.records import Analysis, AnalyzedArticle, Prism, PrismUnit, Story
from tests.prism.factory import source, story_of
from tests.prism.scenario import three_sources


@pytest.fixture(scope="module")
def prism() -> Prism:
    articles = three_sources()
    return build_prism(story_of(*articles), articles)


def unit_with(prism: Prism, fragment: str) -> PrismUnit:
    found = [u for u in prism.units if any(fragment in s.text for s in u.sentences)]
    assert len(found) == 1, f"{fragment!r} is in {len(found)} units"
    return found[0]


def test_fact_told_by_all_sources_is_shared(prism: Prism) -> None:
    talks = unit_with(prism, "Talks in Geneva")
    assert talks.status == "shared"
    assert talks.article_ids == ("A", "B", "C")
    assert {s.language for s in talks.sentences} == {"en", "de", "fr"}
    assert [s.text for s in talks.sentences][1] == "Die Gespräche in Genf endeten am Montag ohne Einigung."


def test_fact_of_several_sources_is_partial_and_of_one_is_unique(prism: Prism) -> None:
    assert unit_with(prism, "sanctions against").status == "partial"
    baker = unit_with(prism, "baker in Kharkiv")
    assert (baker.status, baker.article_ids) == ("unique", ("A",))
    minister = unit_with(prism, "ministre de la Défense")
    assert (minister.status, minister.article_ids) == ("unique", ("C",))


def test_numbers_given_differently_are_disputed_with_both_versions(prism: Prism) -> None:
    troops = unit_with(prism, "100,000 troops")
    assert troops.status == "disputed"
    assert troops.article_ids == ("A", "B", "C")
    (numbers,) = [d for d in troops.disagreements if d.kind == "number"]
    versions = {v.value: v.article_ids for v in numbers.versions}
    assert versions == {"100000": ("A", "C"), "130000": ("B",)}
    assert numbers.versions[0].value == "100000"  # the version most sources give comes first


def test_every_sentence_is_in_exactly_one_unit_with_one_sentence_per_source(prism: Prism) -> None:
    seen = [(s.article_id, s.index) for u in prism.units for s in u.sentences]
    assert len(seen) == len(set(seen))
    total = sum(len(a.analysis.sentences) for a in three_sources())
    assert len(seen) == total
    for unit in prism.units:
        assert len(unit.article_ids) == len(set(unit.article_ids))
    assert [u.id for u in prism.units] == [f"u{i}" for i in range(1, len(prism.units) + 1)]


def test_coverage_lists_what_a_source_adds_and_leaves_out(prism: Prism) -> None:
    coverage = {c.article_id: c for c in prism.coverage}
    baker = unit_with(prism, "baker in Kharkiv").id
    minister = unit_with(prism, "ministre de la Défense").id
    sanctions = unit_with(prism, "sanctions against").id
    assert baker in coverage["A"].adds
    assert minister in coverage["C"].adds
    assert sanctions in coverage["C"].omits  # both other sources report it
    assert baker not in coverage["B"].omits  # only one of two others reports it
    assert not set(coverage["B"].adds)


def test_quote_in_two_languages_is_one_voice_with_two_renderings(prism: Prism) -> None:
    respond = [v for v in prism.voices if any("respond decisively" in r.text for r in v.renderings)]
    assert len(respond) == 1
    voice = respond[0]
    assert voice.speaker == "Antony Blinken"
    assert voice.article_ids == ("A", "B")
    assert {r.language for r in voice.renderings} == {"en", "de"}
    door = [v for v in prism.voices if any("door to diplomacy" in r.text for r in v.renderings)]
    assert len(door) == 1
    assert door[0].article_ids == ("A",)
    assert prism.voices[0] is voice  # the most carried statement first


def test_timeline_is_in_order_with_sources_and_publications(prism: Prism) -> None:
    dates = [e.date for e in prism.timeline]
    assert dates == sorted(dates)
    monday = [e for e in prism.timeline if e.date == "2022-01-24" and e.kind == "event"]
    assert len(monday) == 1
    assert monday[0].article_ids == ("A", "B", "C")
    published = [(e.date, e.article_ids) for e in prism.timeline if e.kind == "published"]
    assert published == [("2022-01-25", ("A",)), ("2022-01-25", ("B",)), ("2022-01-26", ("C",))]
    assert any(e.date == "2022-01-27" and e.article_ids == ("C",) for e in prism.timeline)


def test_who_and_where_count_sources(prism: Prism) -> None:
    entities = {m.key: len(m.article_ids) for m in prism.entities}
    assert entities["Q159"] == 3
    assert entities["Q1"] == 2
    assert prism.entities[0].key in {"Q159", "Q7184", "Q71"}  # most sources first
    places = {m.key: m.article_ids for m in prism.places}
    assert places["geonames:2660646"] == ("A", "B", "C")
    assert places["geonames:2988507"] == ("C",)


def test_lead_is_extractive_in_the_requested_language() -> None:
    articles = three_sources()
    for language, expected in (("de", "Die Gespräche in Genf"), ("fr", "Les discussions à Genève")):
        prism = build_prism(story_of(*articles), articles, language=language)
        assert prism.language == language
        assert expected in prism.lead
        body = {s.text for a in articles if a.analysis.language == language for s in a.analysis.sentences}
        assert all(u in {x.id for x in prism.units} for u in prism.lead_unit_ids)
        assert all(
            any(s.text in body and s.text in prism.lead for s in next(x for x in prism.units if x.id == u).sentences)
            for u in prism.lead_unit_ids
        )


def test_lead_falls_back_to_the_most_common_language() -> None:
    articles = three_sources()
    extra = source(
        "D", [("Die Gespräche in Genf sind gescheitert, am Montag.", "talks")], language="de", entities={"Genf": "Q71"}
    )
    prism = build_prism(story_of(*articles, extra), [*articles, extra], language="ja")
    assert prism.language == "de"


def test_embedding_alone_does_not_join_sentences_whose_evidence_differs() -> None:
    a = source("A", [("Police in Lyon arrested 4 people.", "arrest")], places={"Lyon": "geonames:1"})
    b = source("B", [("Police in Porto arrested 9 people.", "arrest")], places={"Porto": "geonames:2"}, noise=0.6)
    prism = build_prism(story_of(a, b), [a, b], settings=PrismSettings(unanchored_cosine=0.5, anchored_cosine=0.99))
    assert [u.status for u in prism.units] == ["unique", "unique"]


def test_unconfirmed_similar_sentences_stay_apart_and_confirmed_ones_join() -> None:
    a = source("A", [("The vote takes place in Berlin on Sunday.", "vote")], entities={"Berlin": "Q64"})
    b = source("B", [("Die Abstimmung findet am Sonntag in Berlin statt.", "vote")], entities={"Berlin": "Q64"})
    c = source("C", [("The vote takes place in Rome next week.", "vote")], entities={"Rome": "Q220"})
    prism = build_prism(story_of(a, b, c), [a, b, c], settings=PrismSettings(unanchored_cosine=0.99))
    joined = [u for u in prism.units if len(u.article_ids) > 1]
    assert [u.article_ids for u in joined] == [("A", "B")]


def test_repeated_and_story_order() -> None:
    articles = three_sources()
    story = Story("s", "Title", ("C", "A", "B"))
    prism = build_prism(story, [*articles, articles[0]])
    assert [a.id for a in prism.articles] == ["C", "A", "B"]
    assert prism.title == "Title"


def test_no_articles_gives_an_empty_prism() -> None:
    prism = build_prism(Story("s", "", ()), [])
    assert (prism.units, prism.voices, prism.timeline, prism.lead) == ((), (), (), "")


def test_single_source_has_only_unique_units() -> None:
    (a, *_) = three_sources()
    prism = build_prism(story_of(a), [a])
    assert {u.status for u in prism.units} == {"unique"}


def test_mismatched_vectors_are_refused_with_a_coded_error() -> None:
    (a, *_) = three_sources()
    broken = Analysis(
        article_id="A",
        language="en",
        language_confidence=1.0,
        sentences=a.analysis.sentences,
        sentence_vectors=np.zeros((1, 512), dtype=np.float32),
        doc_vector=np.zeros(512, dtype=np.float32),
    )
    with pytest.raises(ValueError, match=r"\[E021\]"):
        build_prism(story_of(a), [AnalyzedArticle(a.article, broken)])
