"""Story clustering quality on the bundled sample corpus against its gold story labels.

    .venv/bin/python bench/eval_clustering.py

Prints pairwise precision/recall/F1, purity and completeness, the same for
cross-language pairs only, and the wrongly joined or split pairs.
"""

from __future__ import annotations

import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from newsprism.cluster.metrics import clustering_scores
from newsprism.engine import Engine
from newsprism.sample import sample_corpus_path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sample_gold.json"


def cluster_sample(db: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Ingest the sample corpus into ``db``; return predicted story and language per gold key.

    Gold keys are file stems (``a09`` for ``a09.txt``): files without an ``id`` field get
    content-derived ids, so the file name is what links an article to its label.
    """
    with Engine(db) as engine:
        engine.add([str(sample_corpus_path())])
        story_of = {a: s.id for s in engine.stories() for a in s.article_ids}
        items = engine.store.analyzed(list(story_of))
    key = {item.article.id: Path(item.article.path_or_url or item.article.id).stem for item in items}
    predicted = {key[a]: story for a, story in story_of.items()}
    languages = {key[item.article.id]: item.analysis.language for item in items}
    return predicted, languages


def main() -> None:
    gold_file = json.loads(GOLD.read_text(encoding="utf-8"))
    gold = {article_id: entry["story"] for article_id, entry in gold_file["articles"].items()}
    with tempfile.TemporaryDirectory() as folder:
        predicted, languages = cluster_sample(Path(folder) / "sample.db")
    report = {"all_pairs": clustering_scores(predicted, gold)}
    cross = [(a, b) for a, b in combinations(sorted(gold), 2) if languages.get(a) != languages.get(b)]
    same_gold = [(a, b) for a, b in cross if gold[a] == gold[b]]
    joined = [(a, b) for a, b in cross if predicted.get(a) == predicted.get(b)]
    hits = [p for p in joined if gold[p[0]] == gold[p[1]]]
    report["cross_language_pairs"] = {
        "precision": round(len(hits) / len(joined), 4) if joined else 1.0,
        "recall": round(len(hits) / len(same_gold), 4) if same_gold else 1.0,
        "gold_pairs": len(same_gold),
    }
    report["wrongly_joined"] = sorted(
        f"{a}({gold[a]}) + {b}({gold[b]})"
        for a, b in combinations(sorted(gold), 2)
        if predicted.get(a) == predicted.get(b) and gold[a] != gold[b]
    )
    report["wrongly_split"] = sorted(
        f"{a} / {b} ({gold[a]})"
        for a, b in combinations(sorted(gold), 2)
        if gold[a] == gold[b] and predicted.get(a) != predicted.get(b)
    )
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
