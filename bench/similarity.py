"""Benchmark: pairs scored per second by ``Scorer.score_many`` from stored analyses.

Usage::

    .venv/bin/python bench/similarity.py [--pairs 2000] [--articles 200]
    .venv/bin/python bench/similarity.py --evaluate ../shared/data/semeval2022t8/pairs.jsonl [--cache /tmp/sim]
    .venv/bin/python bench/similarity.py --evaluate PAIRS --variant e5 --tuned-vectors run/nested.npz

With ``--evaluate``, prints the grouped-CV report (Pearson per dimension and per
language pair, zero-shot baselines, same-story precision/recall) as JSON instead.

Articles are synthetic multi-sentence texts analysed once (not timed); the
timed part is what clustering pays per candidate pair: features from the stored
analyses plus one model call per batch. A fresh scorer is used per round, so
per-article work (names, numbers, style; the e5 lead and fine-tuned embeddings
for ``--variant e5``) is timed too; a second pass over the same pairs shows the warm rate.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from newsprism.analyze import Analyzer
from newsprism.records import AnalyzedArticle, Article
from newsprism.similarity import Scorer, evaluate

WORDS = [
    "government",
    "minister",
    "election",
    "market",
    "shares",
    "storm",
    "flood",
    "police",
    "court",
    "president",
    "city",
    "company",
    "vote",
    "protest",
    "health",
    "vaccine",
    "school",
    "energy",
    "price",
    "inflation",
    "football",
    "match",
    "team",
    "border",
    "army",
]
NAMES = ["Berlin", "Paris", "Ankara", "Warsaw", "Merkel", "Macron", "Erdogan", "Exxon", "Madrid", "Cairo"]


def synthetic_article(rng: random.Random, index: int, sentences: int = 20) -> Article:
    body = []
    for _ in range(sentences):
        words = [*rng.sample(WORDS, 8), rng.choice(NAMES), str(rng.randint(1, 2030))]
        rng.shuffle(words)
        body.append(" ".join(words).capitalize() + ".")
    title = " ".join(rng.sample(WORDS, 5)).capitalize() + " " + rng.choice(NAMES)
    return Article(id=f"a{index}", title=title, text=" ".join(body))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variant", default="use", choices=["use", "e5"], help="scorer variant")
    parser.add_argument("--evaluate", help="labelled pairs (JSONL): print grouped-CV figures instead")
    parser.add_argument("--cache", help="folder caching text analyses between runs (outside the repository)")
    parser.add_argument("--tuned-vectors", help="e5 --evaluate: nested.npz of `python -m newsprism.e5.finetune train`")
    args = parser.parse_args()
    if args.evaluate:
        report = evaluate(args.evaluate, cache_dir=args.cache, variant=args.variant, tuned_vectors=args.tuned_vectors)
        print(json.dumps(report.to_dict(), indent=2))
        return
    rng = random.Random(7)
    articles = [synthetic_article(rng, i, args.sentences) for i in range(args.articles)]
    analyses = Analyzer(with_mentions=False).analyze_many(articles)
    items = [AnalyzedArticle(a, b) for a, b in zip(articles, analyses, strict=True)]
    pairs = [(rng.choice(items), rng.choice(items)) for _ in range(args.pairs)]
    best = 0.0
    for _ in range(args.rounds):
        scorer = Scorer(variant=args.variant).load()  # model loading is a one-off cost, not timed
        start = time.perf_counter()
        scorer.score_many(pairs)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        scorer.score_many(pairs)
        warm = time.perf_counter() - start
        best = max(best, len(pairs) / cold)
        print(
            f"{len(pairs)} pairs: {len(pairs) / cold:.0f} pairs/s with per-article work "
            f"({cold:.2f} s), {len(pairs) / warm:.0f} pairs/s with articles seen before ({warm:.2f} s)"
        )
    print(
        f"variant {args.variant}: best {best:.0f} pairs/s including per-article work "
        f"({args.sentences + 1} sentences per article, {args.articles} articles)"
    )


if __name__ == "__main__":
    main()
