"""Sentence embedding speed of the USE encoder on the CPU (numpy) and on a GPU (PyTorch), and their agreement.

Embeds ``--count`` real sentences (from a file of one sentence per line, or split
from the SemEval pairs with the project's sentence splitter) on each device
after a warm-up, and prints sentences per second and the smallest cosine
between the CPU and GPU vectors of the same sentence.

Usage: .venv/bin/python bench/encoder_device.py [--sentences FILE] [--count 20000] [--devices cpu,cuda] [--threads 1]
       .venv/bin/python bench/encoder_device.py --count 30000 --write-sentences FILE   # for the GPU machine
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from _gold import devices_to_measure, real_texts
from newsprism.analyze.encoder import USEEncoder


def pair_sentences(count: int) -> list[str]:
    """Sentences of the real (not machine-translated) SemEval texts, split as the analyzer splits them."""
    from newsprism.analyze.sentences import split_sentences

    sentences: list[str] = []
    for _, text, language in real_texts():
        sentences.extend(text[start:end] for start, end in split_sentences(text, language))
        if len(sentences) >= count:
            break
    return sentences[:count]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=Path, help="one sentence per line (default: split from the pairs)")
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--devices", default="cpu,cuda")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--write-sentences",
        type=Path,
        help="write the split sentences to FILE and stop (for a machine without the pairs)",
    )
    args = parser.parse_args()
    if args.sentences:
        sentences = args.sentences.read_text(encoding="utf-8").splitlines()[: args.count]
    else:
        sentences = pair_sentences(args.count)
    if args.write_sentences:
        args.write_sentences.write_text("\n".join(s.replace("\n", " ") for s in sentences), encoding="utf-8")
        return 0
    results: dict[str, object] = {"sentences": len(sentences)}
    vectors: dict[str, np.ndarray] = {}
    for device in devices_to_measure(args.devices, results):
        encoder = USEEncoder(threads=args.threads, device=device)
        encoder.encode(sentences[:256])  # loading and warm-up
        started = time.perf_counter()
        vectors[device] = encoder.encode(sentences)
        elapsed = time.perf_counter() - started
        results[device] = {"sentences_per_second": round(len(sentences) / elapsed, 1)}
    if len(vectors) == 2:
        first, second = vectors.values()
        results["min_cosine_between_devices"] = round(float(np.min(np.sum(first * second, axis=1))), 6)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
