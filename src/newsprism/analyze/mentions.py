"""Who, what, where, when: the mentions found in an article.

This module is the single entry point the pipeline calls; the finders for
entities, quotes, dates and places live in their own modules beside it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsprism.analyze.dates import find_dates
from newsprism.analyze.entities import find_entities, find_entities_many
from newsprism.analyze.mention_worker import MentionWorker, SharedChunks, started_workers
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


#: Articles per chunk shared out between the calling process and the mention workers.
_CHUNK = 8
#: Smaller batches are done in the calling process (a worker's first chunk waits for it to load its models).
_MIN_PARALLEL = 2 * _CHUNK


def find_mentions_many(
    articles: Sequence[Article],
    languages: Sequence[str],
    sentences: Sequence[Sequence[Sentence]],
    reference_dates: Sequence[str],
    dates: Sequence[tuple[DateMention, ...]] | None = None,
    workers: int = 0,
) -> list[Mentions]:
    """:func:`find_mentions` for a batch: entities are found in one batched call (spaCy reads texts in batches).

    Args:
        articles: The articles.
        languages: One ISO 639-1 code per article.
        sentences: Each article's sentences.
        reference_dates: Each article's reference date (ISO).
        dates: Each article's dates when already found (see :func:`find_dates_many`).
        workers: Worker processes that find entities, quotes and places beside the calling
            process (see :class:`PendingMentions`); 0 finds everything here. The results are
            the same either way.

    Returns:
        One :class:`Mentions` per article, in order.
    """
    # Without dates given, each chunk's dates are found with its entities, by the worker that takes it
    # (each process asks its own Duckling child, so the date parsing is shared out too). Never in a
    # thread beside spaCy: its parser takes and drops the GIL for every move it scores, and a second
    # busy Python thread makes each of those wait.
    return PendingMentions(articles, languages, sentences, reference_dates, workers, with_dates=dates is None).result(
        dates
    )


class PendingMentions:
    """Entities, quotes and places of a batch, found by worker processes from the moment it is made.

    :meth:`result` finds the chunks no worker has taken yet in the calling thread, waits for
    the workers and adds the dates. Meanwhile the caller can do other work (encode the
    sentences, find the dates). See :mod:`newsprism.analyze.mention_worker`. Small batches,
    ``workers`` 0 and 1-core machines start no worker: :meth:`result` then finds everything.

    Args:
        articles: The articles.
        languages: One ISO 639-1 code per article.
        sentences: Each article's sentences.
        reference_dates: Each article's reference date (ISO).
        workers: Worker processes at most.
        with_dates: Find the dates too; else :meth:`result` is given them.
    """

    def __init__(
        self,
        articles: Sequence[Article],
        languages: Sequence[str],
        sentences: Sequence[Sequence[Sentence]],
        reference_dates: Sequence[str],
        workers: int,
        with_dates: bool = False,
    ) -> None:
        self._batch = (articles, languages, sentences, reference_dates)
        self._with_dates = with_dates
        self._shared: SharedChunks[range, list[Mentions]] | None = None
        if workers <= 0 or len(articles) < _MIN_PARALLEL or (os.cpu_count() or 1) < 2:
            return
        no_dates: list[tuple[DateMention, ...]] = [()] * len(articles)
        chunks = [range(first, min(first + _CHUNK, len(articles))) for first in range(0, len(articles), _CHUNK)]

        def local(chunk: range) -> list[Mentions]:
            part = slice(chunk.start, chunk.stop)
            # Dates found here when wanted (None: find them), else left empty for result() to fill in.
            chunk_dates = None if with_dates else no_dates[part]
            return _find_in_process(
                articles[part], languages[part], sentences[part], reference_dates[part], chunk_dates
            )

        def remote(worker: MentionWorker) -> Callable[[range], list[Mentions] | None]:
            def call(chunk: range) -> list[Mentions] | None:
                part = slice(chunk.start, chunk.stop)
                request = (list(articles[part]), list(languages[part]), list(reference_dates[part]), with_dates)
                found = worker.call(request)
                return found if isinstance(found, list) and len(found) == len(chunk) else None

            return call

        self._shared = SharedChunks(chunks, local, [remote(worker) for worker in started_workers(workers)])

    def result(self, dates: Sequence[tuple[DateMention, ...]] | None = None) -> list[Mentions]:
        """Each article's mentions, in order, with ``dates`` (one tuple per article) as their dates.

        ``dates`` is None exactly when the batch was made ``with_dates``.
        """
        if (dates is None) != self._with_dates:
            raise ValueError("give the dates exactly when they were not to be found")
        if self._shared is None:
            return _find_in_process(*self._batch, dates)
        found = [mentions for part in self._shared.result() for mentions in part]
        if dates is None:
            return found
        return [replace(mentions, dates=found_dates) for mentions, found_dates in zip(found, dates, strict=True)]


def _find_in_process(
    articles: Sequence[Article],
    languages: Sequence[str],
    sentences: Sequence[Sequence[Sentence]],
    reference_dates: Sequence[str],
    dates: Sequence[tuple[DateMention, ...]] | None,
) -> list[Mentions]:
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
