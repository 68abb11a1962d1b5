"""End-to-end ingest benchmark: articles/s, peak memory, clustering cost per article vs store size.

Synthesises N articles by recombining the sentences of the bundled sample
corpus (each synthetic article draws its sentences from one sample story, so
the store grows with realistic story structure), writes them as JSONL, and
times ``Engine.add`` on that file (reading, extraction, analysis, storage,
clustering) in a fresh store.

    .venv/bin/python bench/ingest.py --articles 1000
    .venv/bin/python bench/ingest.py --articles 10000

Run one size per process: peak memory (max RSS) is per process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newsprism.config import Settings
from newsprism.engine import Engine
from newsprism.records import Article, IngestIssue
from newsprism.sample import sample_corpus_path
from newsprism.sources import iter_articles


def sample_articles() -> list[Article]:
    return [
        item for item in iter_articles([str(sample_corpus_path())], Settings()) if not isinstance(item, IngestIssue)
    ]


def synthesise(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` article objects recombined from the sample corpus's sentences."""
    rng = random.Random(seed)
    base = sample_articles()
    pools = [[p for p in article.text.split("\n\n") if p.strip()] for article in base]
    start = datetime(2024, 1, 1)
    records = []
    for i in range(count):
        k = rng.randrange(len(base))
        paragraphs = pools[k][:]
        rng.shuffle(paragraphs)
        keep = paragraphs[: max(2, len(paragraphs) - rng.randrange(2))]
        # Spread over a year: the time window then limits which stories are candidates.
        published = start + timedelta(hours=i * 8760 / max(count, 1)) + timedelta(minutes=rng.randrange(600))
        records.append(
            {
                "id": f"syn-{i:06d}",
                "title": f"{base[k].title} ({i})",
                "text": "\n\n".join(keep) + f"\n\nRef. {i}.",
                "source": f"Outlet {rng.randrange(40)}",
                "published": published.isoformat(timespec="seconds") + "+00:00",
                "language": base[k].language,
            }
        )
    return records


class TimedClusterer:
    """Wraps the engine's clusterer to time each assignment."""

    def __init__(self, inner: Any, timings: list[float]) -> None:
        self.inner = inner
        self.timings = timings

    def assign(self, *args: Any) -> Any:
        started = time.perf_counter()
        result = self.inner.assign(*args)
        self.timings.append(time.perf_counter() - started)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def run(count: int) -> dict[str, Any]:
    records = synthesise(count)
    with tempfile.TemporaryDirectory() as folder:
        # Files of 500 articles (a single 10,000-article file would pass the per-file size limit).
        source = Path(folder) / "in"
        source.mkdir()
        for start in range(0, len(records), 500):
            chunk = records[start : start + 500]
            lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in chunk)
            (source / f"part-{start // 500:04d}.jsonl").write_text(lines, encoding="utf-8")
        timings: list[float] = []
        engine = Engine(Path(folder) / "bench.db")
        original = engine.clusterer
        engine.clusterer = lambda: TimedClusterer(original(), timings)  # type: ignore[method-assign]
        engine.analyzer.analyze(Article(id="warm", text="Warm-up sentence for the encoder."))  # load models first
        started = time.perf_counter()
        report = engine.add([str(source)])
        elapsed = time.perf_counter() - started
        stories = len(engine.stories())
        engine.close()
    buckets = []
    step = max(1, len(timings) // 5)
    for i in range(0, len(timings), step):
        chunk = timings[i : i + step]
        buckets.append(round(1000 * sum(chunk) / len(chunk), 2))
    return {
        "articles": count,
        "added": len(report.added),
        "issues": len(report.issues),
        "seconds": round(elapsed, 1),
        "articles_per_second": round(len(report.added) / elapsed, 1),
        "stories": stories,
        "cluster_ms_per_article_by_fifth_of_run": buckets,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    args = parser.parse_args()
    for count in args.articles:
        print(json.dumps(run(count)), flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
