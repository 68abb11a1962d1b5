"""The prism on the bundled sample corpus, analysed by the real Analyzer, against its gold labels.

Each real story has a fact told by every source (``shared``), a fact one outlet alone
tells (``unique``), a number two outlets give differently (``disputed``), a quote carried
in two languages (one voice) and dated events (the timeline). The cases are checked by
``tests/prism/gold_cases.py``; ``bench/prism.py --gold`` prints the same counts.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.prism.gold_cases import CaseResult, StoryPrism, analysed_stories, build_prisms, evaluate, load_gold


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return load_gold()


@pytest.fixture(scope="module")
def prisms(gold: dict[str, Any]) -> list[StoryPrism]:
    return build_prisms(analysed_stories(gold))


@pytest.fixture(scope="module")
def results(prisms: list[StoryPrism], gold: dict[str, Any]) -> dict[str, list[CaseResult]]:
    by_kind: dict[str, list[CaseResult]] = {}
    for result in evaluate(prisms, gold):
        by_kind.setdefault(result.kind, []).append(result)
    return by_kind


def _failures(results: list[CaseResult]) -> list[str]:
    return [f"{r.story}: {r.detail}" for r in results if not r.passed]


@pytest.mark.slow
def test_every_story_has_its_cases(gold: dict[str, Any], results: dict[str, list[CaseResult]]) -> None:
    stories = sum(1 for s in gold["stories"].values() if not s["distractor"])
    for kind in ("shared", "unique", "voice", "timeline"):
        assert len(results[kind]) == stories, kind


@pytest.mark.slow
def test_a_fact_only_one_outlet_tells_is_unique_to_it(results: dict[str, list[CaseResult]]) -> None:
    assert _failures(results["unique"]) == []


@pytest.mark.slow
def test_a_fact_every_source_tells_is_shared(results: dict[str, list[CaseResult]]) -> None:
    # One story (villaseca-mosaic) misses it: its English sentence shares only "60" with the others.
    assert len(_failures(results["shared"])) <= 1, _failures(results["shared"])


@pytest.mark.slow
def test_a_number_two_outlets_give_differently_is_disputed(results: dict[str, list[CaseResult]]) -> None:
    # One case (3,000 vs 2300 strikers) is missed: "dockworkers ... at German port" and
    # "legten rund ... Hafenarbeiter die Arbeit nieder" are too far apart for the encoder.
    assert len(_failures(results["disputed-number"])) <= 1, _failures(results["disputed-number"])


@pytest.mark.slow
def test_a_quote_in_two_languages_is_one_voice(results: dict[str, list[CaseResult]]) -> None:
    assert _failures(results["voice"]) == []


@pytest.mark.slow
def test_timeline_in_order_and_each_sentence_in_one_unit(
    prisms: list[StoryPrism], results: dict[str, list[CaseResult]]
) -> None:
    assert _failures(results["timeline"]) == []
    for item in prisms:
        seen = [(s.article_id, s.index) for u in item.prism.units for s in u.sentences]
        assert len(seen) == len(set(seen)), item.name
        for unit in item.prism.units:
            assert len(set(unit.article_ids)) == len(unit.article_ids), f"{item.name} {unit.id}: a source twice"


@pytest.mark.slow
def test_disputed_versions_are_close_enough_to_be_one_figure(prisms: list[StoryPrism]) -> None:
    """Not a dispute: a town's 6,000 inhabitants against 1,200 evacuated (ratio 5)."""
    for item in prisms:
        for unit in item.prism.units:
            assert (unit.status == "disputed") == bool(unit.disagreements)
            for disagreement in unit.disagreements:
                assert len(disagreement.versions) >= 2
                if disagreement.kind == "number":
                    values = [float(v.value) for v in disagreement.versions]
                    assert max(values) / min(values) <= 3.0, (item.name, disagreement)
