"""The sources stage: where articles come from (files, folders, stdin, URLs, feeds).

:func:`iter_articles` reads every input of an ingest run and yields articles and
issues in order; one bad input never stops the others. :mod:`~newsprism.sources.feeds`
reads RSS and Atom feeds for ``newsprism watch``.
"""

from __future__ import annotations

from newsprism.sources.feeds import FeedEntry, load_feed, parse_feed
from newsprism.sources.fetch import DEFAULT_TIMEOUT_S, Fetched, fetch_url, is_url
from newsprism.sources.formats import SUFFIXES, kind_of, read_bytes
from newsprism.sources.ingest import STDIN, is_warning, iter_articles, iter_extracted

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "STDIN",
    "SUFFIXES",
    "FeedEntry",
    "Fetched",
    "fetch_url",
    "is_url",
    "is_warning",
    "iter_articles",
    "iter_extracted",
    "kind_of",
    "load_feed",
    "parse_feed",
    "read_bytes",
]
