from __future__ import annotations

from newsprism.cluster.metrics import clustering_scores


def test_perfect_clustering():
    gold = {"a": "x", "b": "x", "c": "y"}
    scores = clustering_scores({"a": "1", "b": "1", "c": "2"}, gold)
    assert scores["pairwise_f1"] == 1.0
    assert scores["purity"] == 1.0
    assert scores["completeness"] == 1.0


def test_everything_in_one_cluster_has_full_recall_low_precision():
    gold = {"a": "x", "b": "x", "c": "y", "d": "z"}
    scores = clustering_scores(dict.fromkeys(gold, "1"), gold)
    assert scores["pairwise_recall"] == 1.0
    assert scores["pairwise_precision"] == round(1 / 6, 4)
    assert scores["purity"] == 0.5


def test_singletons_have_full_precision_zero_recall():
    gold = {"a": "x", "b": "x"}
    scores = clustering_scores({"a": "1", "b": "2"}, gold)
    assert scores["pairwise_recall"] == 0.0
    assert scores["completeness"] == 0.5
