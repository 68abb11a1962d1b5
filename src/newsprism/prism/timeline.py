"""The story's timeline: dated events from the analyses, and when each source published."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.records import DateMention, PrismArticle, TimelineEvent


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A date mention with the sentence (and unit) that carries it."""

    article_id: str
    language: str
    sentence: str
    unit_id: str | None
    mention: DateMention


def _sort_key(event: TimelineEvent) -> tuple[str, int, str, str]:
    """By start day; on one day, story events before publications, then by time."""
    start = event.date.split("/", 1)[0]
    return (start[:10], 0 if event.kind == "event" else 1, start, event.text)


def build_timeline(
    dated: Sequence[DatedSentence], articles: Sequence[PrismArticle], language: str
) -> tuple[TimelineEvent, ...]:
    """Dated events in order, one per date and unit, with every source that dates it so.

    Args:
        dated: Date mentions with their sentences.
        articles: The prism's sources (their publication times are added as events).
        language: The reader's language: an event's text comes from a source in it where one exists.

    Returns:
        Events sorted by start date; on one date, story events before publications.
    """
    events: dict[tuple[str, str], list[DatedSentence]] = {}
    for item in dated:
        value = item.mention.value.strip()
        if not value:
            continue
        # Sentences in one unit that give the same date are one event; otherwise each sentence is its own.
        scope = item.unit_id or f"{item.article_id}:{item.sentence}"
        events.setdefault((value, scope), []).append(item)
    result: list[TimelineEvent] = []
    for (value, _), items in events.items():
        chosen = next((i for i in items if i.language == language), items[0])
        result.append(
            TimelineEvent(
                date=value,
                text=chosen.sentence,
                article_ids=tuple(dict.fromkeys(i.article_id for i in items)),
                kind="event",
                unit_id=chosen.unit_id,
                language=chosen.language,
            )
        )
    for article in articles:
        if article.published:
            result.append(
                TimelineEvent(
                    date=article.published,
                    text=article.title or article.source or article.id,
                    article_ids=(article.id,),
                    kind="published",
                    language=article.language,
                )
            )
    return tuple(sorted(result, key=_sort_key))
