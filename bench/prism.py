"""Prism benchmark: time ``build_prism`` on a 20-article story from stored analyses.

Synthesises a story of N articles (default 20) by recombining paragraphs of the
bundled sample corpus (every article draws from one shared pool, in several
languages, so that units are shared, partial and unique), analyses them once with
the real :class:`Analyzer` (not timed: a stored analysis is the prism's input),
then times ``build_prism`` and the three renderers.

    .venv/bin/python bench/prism.py
    .venv/bin/python bench/prism.py --articles 100 --paragraphs 14
    .venv/bin/python bench/prism.py --gold    # gold cases of the sample corpus, per case type

``build_prism`` is timed with the bundled encoder passed (as the engine should), which
embeds quotes and the words around numbers on top of the stored analysis.

The issue's target: a 20-article story in under 2 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from newsprism.analyze import Analyzer
from newsprism.analyze.encoder import default_encoder
from newsprism.config import Settings
from newsprism.prism import build_prism
from newsprism.records import AnalyzedArticle, Article, IngestIssue, Story
from newsprism.report.prism_html import prism_to_html
from newsprism.report.prism_json import prism_to_json
from newsprism.report.prism_markdown import prism_to_markdown
from newsprism.sample import sample_corpus_path
from newsprism.sources import iter_articles


def synthesise(count: int, paragraphs: int, seed: int = 11) -> list[Article]:
    """``count`` articles, each ``paragraphs`` paragraphs drawn from the sample corpus's shared pool."""
    rng = random.Random(seed)
    base = [a for a in iter_articles([str(sample_corpus_path())], Settings()) if not isinstance(a, IngestIssue)]
    pool = [(p.strip(), a.language) for a in base for p in a.text.split("\n\n") if len(p.strip()) > 40]
    # A smaller core that most articles share, so the story has corroborated units.
    core = rng.sample(pool, min(12, len(pool)))
    articles = []
    for i in range(count):
        chosen = rng.sample(core, min(len(core), paragraphs // 2)) + rng.sample(pool, paragraphs - paragraphs // 2)
        rng.shuffle(chosen)
        articles.append(
            Article(
                id=f"bench-{i:03d}",
                title=f"{base[i % len(base)].title}",
                text="\n\n".join(p for p, _ in chosen),
                source=f"Outlet {i}",
                published=f"2024-03-{1 + i % 28:02d}",
            )
        )
    return articles


def gold_report() -> None:
    """Build every sample story's prism and print each gold case, then the pass counts per case type."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.prism.gold_cases import CASE_TYPES, analysed_stories, build_prisms, evaluate, load_gold

    gold = load_gold()
    results = evaluate(build_prisms(analysed_stories(gold)), gold)
    for result in results:
        print(f"{'PASS' if result.passed else 'FAIL'} {result.kind:16} {result.story:32} {result.detail}")
    for kind in CASE_TYPES:
        chosen = [r for r in results if r.kind == kind]
        print(f"{kind}: {sum(r.passed for r in chosen)}/{len(chosen)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--paragraphs", type=int, default=10, help="paragraphs per article")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gold", action="store_true", help="count the sample corpus's gold cases instead")
    args = parser.parse_args()
    if args.gold:
        gold_report()
        return

    articles = synthesise(args.articles, args.paragraphs)
    started = time.perf_counter()
    analyses = Analyzer().analyze_many(articles)
    analysed = [AnalyzedArticle(a, x) for a, x in zip(articles, analyses, strict=True)]
    analyse_s = time.perf_counter() - started
    story = Story("bench", "Benchmark story", tuple(a.id for a in articles))
    sentences = sum(len(x.sentences) for x in analyses)

    encoder = default_encoder()
    encoder.encode(["warm-up sentence"] * 64)  # model load and first-call tracing are not the prism's
    prism_times, render_times = [], []
    prism = None
    for _ in range(args.repeat):
        started = time.perf_counter()
        prism = build_prism(story, analysed, language="en", encoder=encoder)
        prism_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        prism_to_json(prism)
        prism_to_markdown(prism)
        prism_to_html(prism)
        render_times.append(time.perf_counter() - started)
    assert prism is not None
    statuses = {s: sum(1 for u in prism.units if u.status == s) for s in ("shared", "partial", "unique", "disputed")}
    print(f"articles={len(articles)} sentences={sentences} analyse_s={analyse_s:.2f} (not part of the prism)")
    print(
        f"build_prism: median={statistics.median(prism_times):.3f}s max={max(prism_times):.3f}s "
        f"(target < 2 s for 20 articles)"
    )
    print(f"renderers (json+markdown+html): median={statistics.median(render_times):.3f}s")
    print(
        f"units={len(prism.units)} {statuses} voices={len(prism.voices)} timeline={len(prism.timeline)} "
        f"entities={len(prism.entities)} places={len(prism.places)}"
    )


if __name__ == "__main__":
    main()
