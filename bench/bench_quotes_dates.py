"""Speed of the quote and date finders on real articles (SemEval pairs), per article.

Measures find_dates and find_quotes (with entities given, so the entity finder's
own time is not counted) on every real (non machine-translated) text of the
pairs file, cut or padded to about 500 words, after one warm-up pass. The stage
goal is >= 50 articles/s for 500-word articles on 2 cores.

Usage: .venv/bin/python bench/bench_quotes_dates.py [--limit N]
"""

from __future__ import annotations

import sys
import time

from _gold import real_texts
from newsprism.analyze.dates import find_dates
from newsprism.analyze.quotes import find_quotes

LANGUAGES = ("en", "fr", "de", "es", "pl", "tr", "ar")
WORDS = 500


def _articles(limit: int) -> list[tuple[str, str]]:
    seen: set[str] = set()
    articles: list[tuple[str, str]] = []
    for _, text, language in real_texts():
        if language not in LANGUAGES or text[:200] in seen or len(articles) >= limit:
            continue
        seen.add(text[:200])
        words = text.split(" ")
        while len(words) < WORDS:  # short texts are repeated up to the article size measured
            words = words + words
        articles.append((language, " ".join(words[:WORDS])))
    return articles


def main(limit: int) -> None:
    articles = _articles(limit)
    for language, text in articles[:20]:  # warm-up: Duckling contexts, regex caches
        find_dates(text, language, "2020-03-01")
        find_quotes(text, language, ())
    for name, run in (
        ("dates", lambda lang, text: find_dates(text, lang, "2020-03-01")),
        ("quotes", lambda lang, text: find_quotes(text, lang, ())),
    ):
        started = time.perf_counter()
        for language, text in articles:
            run(language, text)
        elapsed = time.perf_counter() - started
        print(
            f"{name:<7} {len(articles)} articles of {WORDS} words: {elapsed:.2f} s, "
            f"{len(articles) / elapsed:.0f} articles/s"
        )


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 400)
