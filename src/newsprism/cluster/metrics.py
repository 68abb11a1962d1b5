"""Clustering quality against gold story labels: pairwise precision/recall/F1, purity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from itertools import combinations


def _pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label, []).append(item)
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def clustering_scores(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Compare a predicted item -> cluster mapping with gold labels (over the items both hold).

    Returns:
        ``pairwise_precision``, ``pairwise_recall``, ``pairwise_f1`` (same-cluster pairs),
        ``purity`` (share of items in their cluster's majority gold label) and
        ``completeness`` (share of items in their gold label's majority cluster).
    """
    items = sorted(set(predicted) & set(gold))
    pred = {i: predicted[i] for i in items}
    true = {i: gold[i] for i in items}
    predicted_pairs, gold_pairs = _pairs(pred), _pairs(true)
    hits = len(predicted_pairs & gold_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def majority_share(by: Mapping[str, str], other: Mapping[str, str]) -> float:
        groups: dict[str, Counter[str]] = {}
        for item in items:
            groups.setdefault(by[item], Counter())[other[item]] += 1
        return sum(c.most_common(1)[0][1] for c in groups.values()) / len(items) if items else 1.0

    return {
        "pairwise_precision": round(precision, 4),
        "pairwise_recall": round(recall, 4),
        "pairwise_f1": round(f1, 4),
        "purity": round(majority_share(pred, true), 4),
        "completeness": round(majority_share(true, pred), 4),
        "items": len(items),
    }
