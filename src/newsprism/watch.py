"""Following feeds: each round reads every feed, ingests the entries not seen before.

An entry is fetched from its link (the full article page); when the page cannot
be fetched or holds no article text, the entry's own title and summary are used
if they are long enough. Entries are remembered in the store once they gave an
article, so a restarted watcher does not ingest them again; an entry whose page
failed is retried in the next round.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsprism.engine import Engine
from newsprism.errors import BadInputError
from newsprism.extract import build_article
from newsprism.records import Article, IngestIssue, IngestReport
from newsprism.sources import FeedEntry, is_warning, iter_articles, load_feed

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RoundReport:
    """What one round over the feeds did."""

    feeds: int
    new_entries: int
    ingest: IngestReport
    issues: tuple[IngestIssue, ...]


def entry_key(entry: FeedEntry) -> str:
    """The identity of an entry: its guid, else its link, else its title."""
    return entry.id or entry.url or entry.title


def _article_for(entry: FeedEntry, engine: Engine) -> Article | IngestIssue:
    """The entry's article: its linked page, completed by the feed's metadata; else its summary."""
    reason: IngestIssue | None = None
    if entry.url:
        for item in iter_articles([entry.url], engine.settings):
            if isinstance(item, IngestIssue):
                if not is_warning(item):
                    reason = item
                continue
            return replace(
                item,
                title=item.title or entry.title,
                published=item.published or entry.published,
                source=item.source or entry.source,
            )
    where = entry.url or entry.title
    try:
        # Through the same normalisation, length bound and id as every other input.
        return build_article(
            text=entry.summary,
            where=where,
            settings=engine.settings,
            title=entry.title,
            url=entry.url,
            source=entry.source,
            published=entry.published,
            path_or_url=entry.url,
        ).article
    except BadInputError:
        return reason or IngestIssue(where, f"{where}: entry has no article text")


def watch_round(engine: Engine, feeds: Sequence[str]) -> RoundReport:
    """Read every feed once and ingest the entries not seen before."""
    issues: list[IngestIssue] = []
    articles: list[Article] = []
    handled: list[tuple[str, str, str]] = []
    for feed in feeds:
        try:
            entries = load_feed(feed, engine.settings)
        except BadInputError as error:
            issues.append(IngestIssue(feed, error.message))
            continue
        seen = engine.store.seen_feed_entries(feed)
        for entry in entries:
            key = entry_key(entry)
            if key in seen:
                continue
            seen.add(key)
            result = _article_for(entry, engine)
            if isinstance(result, IngestIssue):
                issues.append(result)
                continue
            articles.append(result)
            handled.append((feed, key, result.id))
    report = engine.add(articles) if articles else IngestReport()
    kept = set(report.added) | set(report.unchanged)
    for feed, key, article_id in handled:
        if article_id in kept:  # refused articles are not remembered: a later round retries them
            engine.store.mark_feed_entry(feed, key, article_id)
    return RoundReport(len(feeds), len(handled), report, tuple(issues) + report.issues)


def watch(
    engine: Engine,
    feeds: Sequence[str],
    *,
    interval: float = 300.0,
    rounds: int | None = None,
    on_round: Callable[[RoundReport], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Follow ``feeds``: a round every ``interval`` seconds, ``rounds`` times (forever if None)."""
    done = 0
    while rounds is None or done < rounds:
        report = watch_round(engine, feeds)
        if on_round:
            on_round(report)
        done += 1
        if rounds is None or done < rounds:
            sleep(interval)
