"""Speed of the fine-tuned e5 encoder on the CPU (numpy) and the GPU (PyTorch), and their agreement.

Reads real article texts (first line = title) from the SemEval pairs,
embeds ``--count`` of them (up to 512 tokens each) after a warm-up, and prints
articles per second per device (and for the tokenizer alone), the mean token count, and the smallest cosine
between the CPU and GPU embeddings of the same article.

Usage: .venv/bin/python bench/tuned_encoder.py [--count 200] [--devices cpu,cuda]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from _gold import devices_to_measure, real_texts
from newsprism.e5.encoder import TunedEncoder
from newsprism.records import Article


def read_articles(count: int) -> list[Article]:
    """The first ``count`` distinct real texts of the pairs file, as articles (title = first line)."""
    seen: dict[str, Article] = {}
    for identifier, text, _ in real_texts():
        title, _, body = text.strip().partition("\n")
        seen.setdefault(text, Article(id=identifier, title=title.strip(), text=body.strip()))
        if len(seen) >= count:
            break
    return list(seen.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--devices", default="cpu,cuda")
    args = parser.parse_args()
    articles = read_articles(args.count)
    results: dict[str, object] = {"articles": len(articles)}
    vectors: dict[str, np.ndarray] = {}
    for device in devices_to_measure(args.devices, results):
        encoder = TunedEncoder(device=device)
        started = time.perf_counter()
        encoder.load()
        loading = time.perf_counter() - started
        encoder.encode(articles[:8])  # warm-up
        started = time.perf_counter()
        token_ids = encoder.token_ids(articles)
        tokenising = time.perf_counter() - started
        started = time.perf_counter()
        vectors[device] = encoder.encode(articles)
        elapsed = time.perf_counter() - started
        results[device] = {
            "load_seconds": round(loading, 2),
            "articles_per_second": round(len(articles) / elapsed, 1),
            "tokenised_articles_per_second": round(len(articles) / tokenising, 1),
            "mean_tokens": round(float(np.mean([len(ids) for ids in token_ids])), 1),
        }
    if len(vectors) == 2:
        results["min_cosine_cpu_vs_cuda"] = round(float(np.min(np.sum(vectors["cpu"] * vectors["cuda"], axis=1))), 6)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
