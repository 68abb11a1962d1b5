"""Blocking and evidence-confirmed alignment."""

from __future__ import annotations

import numpy as np

from newsprism.prism.align import align, candidate_pairs, common_evidence, confirmed
from newsprism.prism.evidence import SentenceEvidence
from newsprism.prism.settings import PrismSettings
from tests.prism.factory import fact_vector


def story_vectors(sources: int, facts: int) -> tuple[np.ndarray, list[int]]:
    rows, owners = [], []
    for s in range(sources):
        for f in range(facts):
            rows.append(fact_vector(f"fact-{f}", f"s{s}", f))
            owners.append(s)
    return np.stack(rows), owners


def test_candidates_never_pair_a_source_with_itself_and_are_bounded_by_k() -> None:
    vectors, owners = story_vectors(6, 10)
    settings = PrismSettings(neighbours=3, candidate_cosine=-1.0)
    pairs = candidate_pairs(vectors, owners, settings)
    assert all(owners[i] != owners[j] and i < j for _, i, j in pairs)
    assert len(pairs) <= 3 * len(owners)
    assert [p[0] for p in pairs] == sorted((p[0] for p in pairs), reverse=True)


def test_blocks_and_the_ann_index_find_the_same_renderings() -> None:
    vectors, owners = story_vectors(4, 30)
    exact = candidate_pairs(vectors, owners, PrismSettings(block_rows=7))
    approximate = candidate_pairs(vectors, owners, PrismSettings(ann_min_sentences=2))
    assert {(i, j) for _, i, j in exact} == {(i, j) for _, i, j in approximate}
    # Each fact's renderings are each other's candidates: 4 sources -> 6 pairs per fact.
    assert len(exact) == 30 * 6


def test_confirmation_needs_shared_evidence_unless_one_side_has_none() -> None:
    settings = PrismSettings()
    berlin = SentenceEvidence(anchors=frozenset({"e:Q64"}))
    rome = SentenceEvidence(anchors=frozenset({"e:Q220"}))
    bare = SentenceEvidence()
    assert confirmed(0.6, berlin, berlin, settings)
    assert not confirmed(0.95, berlin, rome, settings)
    assert not confirmed(0.7, berlin, bare, settings)
    assert confirmed(0.85, berlin, bare, settings)
    named = SentenceEvidence(names=frozenset({"gene"}))
    assert confirmed(0.65, named, named, settings)
    assert not confirmed(0.5, named, named, settings)
    # Two sentence-initial words alone are no evidence.
    assert not confirmed(
        0.7, SentenceEvidence(initial="they"), SentenceEvidence(initial="they", names=frozenset({"x"})), settings
    )


def test_evidence_the_story_repeats_everywhere_confirms_less() -> None:
    settings = PrismSettings()
    berlin = SentenceEvidence(anchors=frozenset({"e:Q64"}))
    assert confirmed(0.52, berlin, berlin, settings)
    assert not confirmed(0.52, berlin, berlin, settings, common=frozenset({"e:Q64"}))
    owners = [0, 0, 0, 1, 1, 1]
    evidence = [berlin] * 5 + [SentenceEvidence(anchors=frozenset({"n:48"}))]
    assert common_evidence(owners, evidence) == frozenset({"e:Q64"})


def test_alignment_groups_renderings_and_keeps_one_sentence_per_source() -> None:
    vectors, owners = story_vectors(3, 4)
    # A second rendering of fact-0 in source 0 must not join the same unit.
    vectors = np.vstack([vectors, fact_vector("fact-0", "s0", 99)[None, :]])
    owners = [*owners, 0]
    evidence = [SentenceEvidence(anchors=frozenset({"n:7"}))] * len(owners)
    result = align(vectors, owners, evidence, PrismSettings())
    sizes = sorted(len(g) for g in result.groups)
    assert sizes == [1, 3, 3, 3, 3]
    for group in result.groups:
        assert len({owners[i] for i in group}) == len(group)
    assert all(0.0 < c <= 1.0 for c in result.cohesion)


def test_empty_and_single_sentence_stories() -> None:
    settings = PrismSettings()
    assert candidate_pairs(np.zeros((0, 512), dtype=np.float32), [], settings) == []
    one = align(fact_vector("x")[None, :], [0], [SentenceEvidence()], settings)
    assert one.groups == ((0,),)
