"""Who, what, where, when: the mentions found in an article.

This module is the single entry point the pipeline calls; the finders for
entities, quotes, dates and places live in their own modules beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.analyze.dates import find_dates
from newsprism.analyze.entities import find_entities, find_entities_many
from newsprism.analyze.places import find_places
from newsprism.analyze.quotes import find_quotes
from newsprism.records import Article, DateMention, Entity, Place, Quote, Sentence


@dataclass(frozen=True, slots=True)
class Mentions:
    """All mentions found in one article."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()


def find_mentions(
    article: Article,
    language: str,
    sentences: Sequence[Sentence],
    reference_date: str,
    entities: tuple[Entity, ...] | None = None,
    dates: tuple[DateMention, ...] | None = None,
) -> Mentions:
    """Find entities, quotes, dates and places in ``article.text``.

    Offsets are into ``article.text``. ``entities`` and ``dates``, where given, are the
    article's entities and dates already found (by a batched call, or ahead of time).
    """
    if entities is None:
        entities = find_entities(article.text, language)
    places = find_places(article.text, language, entities)
    quotes = find_quotes(article.text, language, entities)
    if dates is None:
        dates = find_dates(article.text, language, reference_date)
    return Mentions(entities=entities, quotes=quotes, dates=dates, places=places)


def find_mentions_many(
    articles: Sequence[Article],
    languages: Sequence[str],
    sentences: Sequence[Sequence[Sentence]],
    reference_dates: Sequence[str],
    dates: Sequence[tuple[DateMention, ...]] | None = None,
) -> list[Mentions]:
    """:func:`find_mentions` for a batch: entities are found in one batched call (spaCy reads texts in batches).

    Args:
        articles: The articles.
        languages: One ISO 639-1 code per article.
        sentences: Each article's sentences.
        reference_dates: Each article's reference date (ISO).
        dates: Each article's dates when already found (see :func:`find_dates_many`).

    Returns:
        One :class:`Mentions` per article, in order.
    """
    all_entities = find_entities_many([article.text for article in articles], languages)
    all_dates: Sequence[tuple[DateMention, ...] | None] = dates if dates is not None else [None] * len(articles)
    return [
        find_mentions(article, language, article_sentences, reference, entities, article_dates)
        for article, language, article_sentences, reference, entities, article_dates in zip(
            articles, languages, sentences, reference_dates, all_entities, all_dates, strict=True
        )
    ]


def find_dates_many(
    articles: Sequence[Article], languages: Sequence[str], reference_dates: Sequence[str]
) -> list[tuple[DateMention, ...]]:
    """The dates of each article (most of the time is spent waiting on the Duckling process)."""
    return [
        find_dates(article.text, language, reference)
        for article, language, reference in zip(articles, languages, reference_dates, strict=True)
    ]
