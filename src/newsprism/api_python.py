"""Module-level conveniences behind ``newsprism.analyze`` and ``newsprism.compare``."""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsprism.analyze.pipeline import Analyzer
from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors
from newsprism.extract import content_id
from newsprism.records import Analysis, AnalyzedArticle, Article, IngestIssue, SimilarityScores
from newsprism.sources import is_warning, iter_articles


@lru_cache(maxsize=1)
def _analyzer() -> Analyzer:
    return Analyzer(Settings.from_env())


def as_article(value: str | Article) -> Article:
    """An Article from a record or a plain text (first line = title when there are several)."""
    if isinstance(value, Article):
        return value
    title, _, body = value.strip().partition("\n")
    if not body.strip():
        title, body = "", title
    return Article(id=content_id(title, body), text=body.strip(), title=title.strip())


def analyze(text_or_article: str | Article) -> Analysis:
    """Analyse one article (or plain text): language, sentences, vectors, entities, quotes, dates, places."""
    return _analyzer().analyze(as_article(text_or_article))


def compare(a: str | Article, b: str | Article) -> SimilarityScores:
    """Score two articles (or texts) on the seven SemEval-2022 Task 8 dimensions (1 = very similar)."""
    from newsprism.similarity.shared import text_scorer

    first, second = as_article(a), as_article(b)
    analyses = _analyzer().analyze_many([first, second])
    return text_scorer().score(AnalyzedArticle(first, analyses[0]), AnalyzedArticle(second, analyses[1]))


def read_one(path: str) -> Article:
    """Read the first article of a file; raises :class:`BadInputError` with its reason if none."""
    for item in iter_articles([path], Settings.from_env()):
        if isinstance(item, IngestIssue):
            if is_warning(item):  # e.g. text cut to the limit: the article itself follows
                continue
            raise BadInputError(item.reason)
        return item
    raise BadInputError(Errors.E007.format(where=path))


def compare_inputs(a: str, b: str, db: str) -> SimilarityScores:
    """Compare two inputs, each a file path or the id of an article stored in ``db``."""
    from newsprism.engine import Engine

    if Path(a).exists() and Path(b).exists():
        return compare(read_one(a), read_one(b))
    with Engine(db) as engine:
        items = [x if not Path(x).exists() else read_one(x) for x in (a, b)]
        return engine.compare(items[0], items[1])


def analysis_to_dict(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The ``newsprism analyze --json`` payload."""
    return {
        "id": article.id,
        "title": article.title,
        "language": analysis.language,
        "language_confidence": analysis.language_confidence,
        "published": article.published,
        "reference_date": analysis.reference_date,
        "sentences": len(analysis.sentences),
        "entities": [asdict(e) for e in analysis.entities],
        "quotes": [asdict(q) for q in analysis.quotes],
        "dates": [asdict(d) for d in analysis.dates],
        "places": [asdict(p) for p in analysis.places],
    }
