"""Voices: the story's quotes grouped by speaker, one entry per statement across sources and languages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from anyascii import anyascii

from newsprism.prism.settings import PrismSettings
from newsprism.records import Quote, Rendering, Vector, Voice

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class QuoteInSource:
    """A quote with the source that carries it and a vector of what it says."""

    article_id: str
    language: str
    quote: Quote
    vector: Vector


def speaker_key(quote: Quote) -> str | None:
    """Who a quote is by, comparable across sources and scripts: the folded surname, else the entity id.

    Entity ids and full names differ between sources (``Katrin Albers``, ``GHV negotiator
    Katrin Albers``, ``Катрин Альберс``); the last word of the name, folded to ASCII
    letters, meets across them.
    """
    if quote.speaker and quote.speaker.strip():
        words = ["".join(ch for ch in anyascii(w).lower() if ch.isalpha()) for w in quote.speaker.split()]
        words = [w for w in words if len(w) >= 2]
        if words:
            return "name:" + words[-1]
    if quote.speaker_id:
        return f"id:{quote.speaker_id}"
    return None


def _normalised(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def _statements(quotes: Sequence[QuoteInSource], settings: PrismSettings) -> list[list[int]]:
    """Cluster one speaker's quotes into statements: one rendering per source, most similar joined first."""
    matrix = np.stack([q.vector for q in quotes]).astype(np.float32)
    scores = matrix @ matrix.T
    texts = [_normalised(q.quote.text) for q in quotes]
    pairs: list[tuple[float, int, int]] = []
    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            score = 1.0 if texts[i] and texts[i] == texts[j] else float(scores[i, j])
            if score >= settings.voice_cosine:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(quotes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(quotes))}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        sources_i = {quotes[m].article_id for m in members[gi]}
        if sources_i & {quotes[m].article_id for m in members[gj]}:
            continue
        for m in members[gj]:
            group_of[m] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(group) for group in members.values()]


def _merge_across_speakers(
    statements: list[tuple[str | None, list[QuoteInSource]]], settings: PrismSettings
) -> list[tuple[str | None, list[QuoteInSource]]]:
    """Join statements of different (or missing) speakers whose renderings are near-translations."""
    merged = [(key, list(members)) for key, members in statements]
    centroids = [np.mean([q.vector for q in members], axis=0) for _, members in merged]
    alive = [True] * len(merged)
    for i in range(len(merged)):
        for j in range(i + 1, len(merged)):
            if not (alive[i] and alive[j]):
                continue
            if {q.article_id for q in merged[i][1]} & {q.article_id for q in merged[j][1]}:
                continue
            norm = float(np.linalg.norm(centroids[i]) * np.linalg.norm(centroids[j]))
            if norm > 0 and float(centroids[i] @ centroids[j]) / norm >= settings.voice_any_speaker_cosine:
                merged[i][1].extend(merged[j][1])
                centroids[i] = np.mean([q.vector for q in merged[i][1]], axis=0)
                alive[j] = False
    return [entry for entry, keep in zip(merged, alive, strict=True) if keep]


def build_voices(
    quotes: Sequence[QuoteInSource], article_order: Sequence[str], settings: PrismSettings
) -> tuple[Voice, ...]:
    """Group quotes by speaker, then by statement.

    Args:
        quotes: Every quote of the story with its source and vector.
        article_order: Source ids in prism order (renderings follow it).
        settings: The cosine from which two quotes of one speaker are one statement.

    Returns:
        Voices, most carried first; a repeat of the same words in the same source is dropped.
    """
    rank = {article_id: i for i, article_id in enumerate(article_order)}
    seen: set[tuple[str, str]] = set()
    by_speaker: dict[str | None, list[QuoteInSource]] = {}
    for item in quotes:
        marker = (item.article_id, _normalised(item.quote.text))
        if not marker[1] or marker in seen:
            continue
        seen.add(marker)
        by_speaker.setdefault(speaker_key(item.quote), []).append(item)

    statements: list[tuple[str | None, list[QuoteInSource]]] = []
    for key, items in by_speaker.items():
        for group in _statements(items, settings):
            statements.append((key, [items[i] for i in group]))
    statements = _merge_across_speakers(statements, settings)

    entries: list[tuple[tuple[int, str, int, int], Voice]] = []
    for key, members in statements:
        if members:
            chosen = sorted(members, key=lambda q: (rank.get(q.article_id, len(rank)), q.quote.start))
            names = Counter(q.quote.speaker for q in chosen if q.quote.speaker)
            speaker = names.most_common(1)[0][0] if names else None
            speaker_id = next((q.quote.speaker_id for q in chosen if q.quote.speaker_id), None)
            renderings = tuple(
                Rendering(
                    article_id=q.article_id,
                    text=q.quote.text,
                    language=q.language,
                    start=q.quote.start,
                    end=q.quote.end,
                    speaker=q.quote.speaker,
                    cue=q.quote.cue,
                )
                for q in chosen
            )
            article_ids = tuple(dict.fromkeys(r.article_id for r in renderings))
            first = min(rank.get(a, len(rank)) for a in article_ids)
            order = (
                -len(article_ids),
                (speaker or "\uffff").lower() if key else "\uffff",
                first,
                chosen[0].quote.start,
            )
            entries.append((order, Voice("", speaker, speaker_id, renderings, article_ids)))
    entries.sort(key=lambda entry: entry[0])
    return tuple(
        Voice(f"v{n}", v.speaker, v.speaker_id, v.renderings, v.article_ids) for n, (_, v) in enumerate(entries, 1)
    )
