"""Speed of the fine-tuned e5 encoder on the CPU (numpy) and the GPU (PyTorch), and their agreement.

Reads real article texts (first line = title) from a SemEval-style pairs file,
embeds ``--count`` of them (up to 512 tokens each) after a warm-up, and prints
articles per second per device, the mean token count, and the smallest cosine
between the CPU and GPU embeddings of the same article.

Usage: .venv/bin/python bench/tuned_encoder.py [--pairs PATH] [--count 200] [--devices cpu,cuda]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from _gold import PAIRS
from newsprism.e5.encoder import TunedEncoder, torch_cuda_available
from newsprism.records import Article


def read_articles(path: Path, count: int) -> list[Article]:
    """The first ``count`` distinct real texts of the pairs file, as articles (title = first line)."""
    seen: dict[str, Article] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("augmented_mt"):
                continue
            for which in ("text1", "text2"):
                title, _, body = record[which].strip().partition("\n")
                seen.setdefault(record[which], Article(id=str(len(seen)), title=title.strip(), text=body.strip()))
            if len(seen) >= count:
                return list(seen.values())[:count]
    return list(seen.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--devices", default="cpu,cuda")
    args = parser.parse_args()
    articles = read_articles(args.pairs, args.count)
    results: dict[str, object] = {"articles": len(articles)}
    vectors: dict[str, np.ndarray] = {}
    for device in args.devices.split(","):
        if device == "cuda" and not torch_cuda_available():
            results[device] = "no CUDA device (PyTorch missing or no GPU)"
            continue
        encoder = TunedEncoder(device=device)
        started = time.perf_counter()
        encoder.load()
        loading = time.perf_counter() - started
        encoder.encode(articles[:8])  # warm-up
        started = time.perf_counter()
        vectors[device] = encoder.encode(articles)
        elapsed = time.perf_counter() - started
        results[device] = {
            "load_seconds": round(loading, 2),
            "articles_per_second": round(len(articles) / elapsed, 1),
            "mean_tokens": round(float(np.mean([len(ids) for ids in encoder.token_ids(articles)])), 1),
        }
    if len(vectors) == 2:
        results["min_cosine_cpu_vs_cuda"] = round(float(np.min(np.sum(vectors["cpu"] * vectors["cuda"], axis=1))), 6)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
