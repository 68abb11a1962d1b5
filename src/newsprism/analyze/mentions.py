"""Who, what, where, when: the mentions found in an article.

This module is the single entry point the pipeline calls; the finders for
entities, quotes, dates and places live in their own modules beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.analyze.dates import find_dates
from newsprism.analyze.entities import find_entities
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


def find_mentions(article: Article, language: str, sentences: Sequence[Sentence], reference_date: str) -> Mentions:
    """Find entities, quotes, dates and places in ``article.text``.

    Offsets are into ``article.text``. Issue #4 fills in the finders; until then
    nothing is found.
    """
    entities = find_entities(article.text, language)
    places = find_places(article.text, language, entities)
    quotes = find_quotes(article.text, language, entities)
    dates = find_dates(article.text, language, reference_date)
    return Mentions(entities=entities, quotes=quotes, dates=dates, places=places)
