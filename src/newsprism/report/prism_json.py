"""A prism as JSON-ready data, in the stable schema of docs/prism-schema.md."""

from __future__ import annotations

from typing import Any

from newsprism.records import Prism
from newsprism.report.prism_common import status_counts

#: Identifies the schema; bumped when a field changes meaning or is removed.
PRISM_SCHEMA = "newsprism.prism/1"


def prism_to_json(prism: Prism, *, include_text: bool = False) -> dict[str, Any]:
    """The prism as plain JSON data (dicts, lists, strings, numbers, booleans, null).

    Ids link the parts: unit ``id`` (``u1``...), article ``id`` (the article's own),
    entity ``id`` (canonical entity id), place ``code``, voice ``id`` (``v1``...);
    ``sentences[].article``, ``coverage[].adds`` etc. refer to them.

    Args:
        prism: The prism to serialise.
        include_text: Also include each article's full text (sentence offsets point into it).

    Returns:
        A dict following ``docs/schemas/prism.schema.json``.
    """
    articles = []
    for article in prism.articles:
        item: dict[str, Any] = {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published,
            "language": article.language,
        }
        if include_text:
            item["text"] = article.text
        articles.append(item)
    return {
        "schema": PRISM_SCHEMA,
        "story": {"id": prism.story_id, "title": prism.title},
        "language": prism.language,
        "lead": {"text": prism.lead, "language": prism.language, "units": list(prism.lead_unit_ids)},
        "summary": {"sources": len(prism.articles), "units": len(prism.units), **status_counts(prism)},
        "articles": articles,
        "units": [
            {
                "id": unit.id,
                "status": unit.status,
                "articles": list(unit.article_ids),
                "support": len(unit.article_ids),
                "cohesion": unit.cohesion,
                "sentences": [
                    {
                        "article": s.article_id,
                        "index": s.index,
                        "text": s.text,
                        "language": s.language,
                        "start": s.start,
                        "end": s.end,
                        "is_title": s.is_title,
                    }
                    for s in unit.sentences
                ],
                "disagreements": [
                    {
                        "kind": d.kind,
                        "versions": [
                            {"value": v.value, "text": v.text, "articles": list(v.article_ids)} for v in d.versions
                        ],
                    }
                    for d in unit.disagreements
                ],
            }
            for unit in prism.units
        ],
        "coverage": [{"article": c.article_id, "adds": list(c.adds), "omits": list(c.omits)} for c in prism.coverage],
        "voices": [
            {
                "id": voice.id,
                "speaker": voice.speaker,
                "speaker_id": voice.speaker_id,
                "articles": list(voice.article_ids),
                "quotes": [
                    {
                        "article": r.article_id,
                        "text": r.text,
                        "language": r.language,
                        "start": r.start,
                        "end": r.end,
                        "speaker": r.speaker,
                        "cue": r.cue,
                    }
                    for r in voice.renderings
                ],
            }
            for voice in prism.voices
        ],
        "timeline": [
            {
                "date": event.date,
                "text": event.text,
                "articles": list(event.article_ids),
                "kind": event.kind,
                "unit": event.unit_id,
                "language": event.language,
            }
            for event in prism.timeline
        ],
        "entities": [
            {
                "id": m.key,
                "name": m.name,
                "label": m.label,
                "articles": list(m.article_ids),
                "sources": len(m.article_ids),
                "mentions": m.mentions,
            }
            for m in prism.entities
        ],
        "places": [
            {
                "code": m.key,
                "name": m.name,
                "kind": m.label,
                "articles": list(m.article_ids),
                "sources": len(m.article_ids),
                "mentions": m.mentions,
            }
            for m in prism.places
        ],
    }
