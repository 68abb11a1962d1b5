"""Story clustering on the bundled sample corpus against its gold labels."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from newsprism.cluster.metrics import clustering_scores
from newsprism.engine import Engine

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "sample_gold.json"


@pytest.fixture(scope="module")
def clustered(tmp_path_factory, sample_dir):
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    with Engine(db) as engine:
        engine.add([str(sample_dir)])
        story_of = {a: s.id for s in engine.stories() for a in s.article_ids}
        items = engine.store.analyzed(list(story_of))
    key = {i.article.id: Path(i.article.path_or_url).stem for i in items}
    languages = {key[i.article.id]: i.analysis.language for i in items}
    predicted = {key[a]: s for a, s in story_of.items()}
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return predicted, languages, gold


def test_every_sample_article_is_in_exactly_one_story(clustered):
    predicted, _, gold = clustered
    assert set(predicted) == set(gold["articles"])


def test_stories_are_pure_and_mostly_complete(clustered):
    predicted, _, gold = clustered
    labels = {k: v["story"] for k, v in gold["articles"].items()}
    scores = clustering_scores(predicted, labels)
    assert scores["pairwise_precision"] >= 0.9, scores
    assert scores["pairwise_recall"] >= 0.7, scores


def test_cross_language_reports_of_one_event_share_a_story(clustered):
    predicted, languages, gold = clustered
    labels = {k: v["story"] for k, v in gold["articles"].items()}
    cross = [
        (a, b) for a, b in combinations(sorted(labels), 2) if labels[a] == labels[b] and languages[a] != languages[b]
    ]
    joined = [pair for pair in cross if predicted[pair[0]] == predicted[pair[1]]]
    assert len(joined) >= 0.7 * len(cross), f"{len(joined)} of {len(cross)} cross-language pairs joined"


def test_distractors_do_not_join_the_story_they_resemble(clustered):
    predicted, _, gold = clustered
    labels = {k: v["story"] for k, v in gold["articles"].items()}
    distractors = [k for k, v in gold["articles"].items() if sum(1 for x in labels.values() if x == v["story"]) == 1]
    assert distractors, "the sample corpus has distractor articles"
    for distractor in distractors:
        mates = [k for k in labels if k != distractor and predicted[k] == predicted[distractor]]
        assert not mates, f"{distractor} joined {mates}"
