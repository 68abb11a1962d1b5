"""Speed of the whole analyze stage (language, sentences, embeddings, entities, quotes, dates, places).

Runs ``Analyzer.analyze_many`` in batches on real (non machine-translated) SemEval
texts of one language each, repeated or cut to 500 words, after a warm-up batch,
and prints articles per second with and without mentions (so the share of the
mention finders shows). The stage goal is >= 50 articles/s on 2 cores.

With ``--mentions-only`` it times the mention finders alone, as the pipeline calls
them (``find_dates_many`` then ``find_mentions_many``: entities, quotes, dates,
places; no language detection, sentences or embeddings). CPU seconds include the
child processes (the Duckling date worker, any process pool).

Usage: .venv/bin/python bench/analyze.py [--languages en,fr,es] [--articles 64] [--batch 32] [--threads 2] [--workers 1]
       .venv/bin/python bench/analyze.py --mentions-only [--repeat 3] [--workers 1]
"""

from __future__ import annotations

import argparse
import sys
import time

from _gold import PAIRS, cpu_seconds, real_texts, translated_texts
from newsprism.analyze.mentions import find_dates_many, find_mentions_many
from newsprism.analyze.pipeline import Analyzer
from newsprism.config import Settings
from newsprism.records import Article

WORDS = 500


#: Characters of Chinese text that hold about as much as ``WORDS`` words (Chinese writes no spaces).
ZH_CHARS = 800


def articles_of(language: str, count: int) -> list[Article]:
    """``count`` real articles of one language, each repeated or cut to ``WORDS`` words (Chinese: ``ZH_CHARS``
    characters). Italian, Russian and Chinese, which the data holds only in machine translation, are read
    from the translated pairs."""
    articles: list[Article] = []
    for source in (real_texts, translated_texts):
        for identifier, text, text_language in source():
            if text_language != language:
                continue
            if language == "zh":
                if len(text) < ZH_CHARS // 4:
                    continue
                body = (text * (ZH_CHARS // len(text) + 1))[:ZH_CHARS]
            else:
                words = text.split()
                if len(words) < 100:
                    continue
                while len(words) < WORDS:
                    words = words + words
                body = " ".join(words[:WORDS])
            articles.append(Article(id=identifier, title="", text=body, language=language))
            if len(articles) >= count:
                return articles
        if articles:
            return articles
    return articles


def rate(analyzer: Analyzer, articles: list[Article], batch: int) -> tuple[float, float]:
    """Articles per wall-clock second and per CPU second of ``analyze_many`` in batches of ``batch``.

    The CPU figure is steadier on a shared machine; wall-clock is what a user waits.
    """
    start, cpu_start = time.perf_counter(), cpu_seconds()
    for first in range(0, len(articles), batch):
        analyzer.analyze_many(articles[first : first + batch])
    return len(articles) / (time.perf_counter() - start), len(articles) / (cpu_seconds() - cpu_start)


def mentions(articles: list[Article], batch: int, workers: int = 0) -> None:
    """Find the mentions of ``articles`` in batches of ``batch``.

    With no workers, dates first and then the rest, all in this process (and its Duckling
    child); with workers, as ``find_mentions_many`` shares a batch out.
    """
    for first in range(0, len(articles), batch):
        chunk = articles[first : first + batch]
        languages = [article.language or "und" for article in chunk]
        references = ["2020-03-01"] * len(chunk)
        if workers:
            find_mentions_many(chunk, languages, [()] * len(chunk), references, workers=workers)
            continue
        dates = find_dates_many(chunk, languages, references)
        find_mentions_many(chunk, languages, [()] * len(chunk), references, dates=dates)


def mentions_rate(articles: list[Article], batch: int, workers: int) -> tuple[float, float]:
    """Articles per wall-clock second and per CPU second (children included) of the mention finders."""
    start, cpu_start = time.perf_counter(), cpu_seconds()
    mentions(articles, batch, workers)
    return len(articles) / (time.perf_counter() - start), len(articles) / (cpu_seconds() - cpu_start)


def main_mentions(languages: list[str], count: int, batch: int, repeat: int, workers: int) -> int:
    """Print the mention finders' rates per language: the best and the median of ``repeat`` runs."""
    print(
        f"mention finders alone, {WORDS}-word articles, batches of {batch}, {workers} worker processes, "
        f"best|median of {repeat} runs"
    )
    print(f"{'lang':5} {'n':>4} {'art/s':>13} {'art/cpu-s':>13}")
    for language in languages:
        articles = articles_of(language, count)
        if not articles:
            continue
        mentions(articles[:16], batch, workers)  # warm-up: models and the child processes load lazily
        runs = sorted(mentions_rate(articles, batch, workers) for _ in range(repeat))
        walls = sorted(r[0] for r in runs)
        cpus = sorted(r[1] for r in runs)
        print(
            f"{language:5} {len(articles):4d} {walls[-1]:6.1f}|{walls[len(walls) // 2]:6.1f} "
            f"{cpus[-1]:6.1f}|{cpus[len(cpus) // 2]:6.1f}",
            flush=True,
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,fr,es,de,pl,tr,ar")
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=Settings().threads, help="encoder BLAS threads")
    parser.add_argument("--mentions-only", action="store_true", help="time the mention finders alone")
    parser.add_argument("--repeat", type=int, default=3, help="runs per language with --mentions-only")
    parser.add_argument(
        "--workers",
        type=int,
        default=Settings().mention_workers,
        help="mention worker processes (0: all in the main process)",
    )
    args = parser.parse_args()
    if not PAIRS.exists():
        print(f"evaluation data not found at {PAIRS}", file=sys.stderr)
        return 1
    if args.mentions_only:
        return main_mentions(args.languages.split(","), args.articles, args.batch, args.repeat, args.workers)
    settings = Settings(threads=args.threads, mention_workers=args.workers)
    full = Analyzer(settings)
    bare = Analyzer(settings, encoder=full.get_encoder(), with_mentions=False)
    print(
        f"analyze stage, {WORDS}-word articles, batches of {args.batch}, threads={settings.threads}, "
        f"mention workers={settings.mention_workers}"
    )
    print(f"{'lang':5} {'n':>4} {'all: art/s':>11} {'art/cpu-s':>10} {'no mentions: art/s':>19} {'art/cpu-s':>10}")
    for language in args.languages.split(","):
        articles = articles_of(language, args.articles)
        if not articles:
            continue
        full.analyze_many(articles[:16])  # warm-up: models and the mention worker load lazily
        wall, cpu = rate(full, articles, args.batch)
        bare_wall, bare_cpu = rate(bare, articles, args.batch)
        print(f"{language:5} {len(articles):4d} {wall:11.1f} {cpu:10.1f} {bare_wall:19.1f} {bare_cpu:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
