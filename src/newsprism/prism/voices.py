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
_VOWELS = frozenset("aeiouy")
#: Name words (and skeletons) shorter than this identify nobody ("al", "de", "fy").
_MIN_NAME_WORD = 3


@dataclass(frozen=True, slots=True)
class QuoteInSource:
    """A quote with the source that carries it and a vector of what it says."""

    article_id: str
    language: str
    quote: Quote
    vector: Vector


def _normalised(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def _skeleton(word: str) -> str:
    """A folded word without vowels or doubled letters: ``Benali`` and ``Bn`Ly`` (from Arabic) meet as ``bnl``."""
    letters = [ch for ch in word if ch not in _VOWELS]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or letters[i - 1] != ch)


def speaker_marks(quote: Quote) -> frozenset[str]:
    """What identifies a quote's speaker across sources and scripts: entity id, folded name words, skeletons.

    Names are written differently by each source (``GHV negotiator Katrin Albers``,
    ``Катрин Альберс``, ``Youssef Benali`` / ``يوسف بنعلي``); two speakers sharing any
    mark are taken to be one person.
    """
    marks: set[str] = set()
    if quote.speaker_id:
        marks.add(f"id:{quote.speaker_id}")
    for word in (quote.speaker or "").split()[:8]:
        folded = "".join(ch for ch in anyascii(word).lower() if ch.isalpha())
        if len(folded) >= _MIN_NAME_WORD:
            marks.add(f"w:{folded}")
            skeleton = _skeleton(folded)
            if len(skeleton) >= _MIN_NAME_WORD:
                marks.add(f"s:{skeleton}")
    return frozenset(marks)


def _threshold(a: frozenset[str], b: frozenset[str], encoded: bool, settings: PrismSettings) -> float:
    """The quote cosine from which two quotes are one statement, by how well their speakers agree."""
    if a and b and a & b:
        return settings.voice_encoded_cosine if encoded else settings.voice_cosine
    if not a or not b:
        return settings.voice_unknown_speaker_cosine if encoded else settings.voice_any_speaker_cosine
    return settings.voice_other_speaker_cosine if encoded else settings.voice_any_speaker_cosine


def _statements(quotes: Sequence[QuoteInSource], encoded: bool, settings: PrismSettings) -> list[list[int]]:
    """Cluster the story's quotes into statements: one rendering per source, most similar pairs joined first.

    Two quotes join when their cosine reaches a threshold that is lower the better
    their speakers agree (same person; one unknown; two different names, since the
    quote finder sometimes attributes a quote to a nearby name).
    """
    matrix = np.stack([q.vector for q in quotes]).astype(np.float32)
    scores = matrix @ matrix.T
    texts = [_normalised(q.quote.text) for q in quotes]
    marks = [speaker_marks(q.quote) for q in quotes]
    pairs: list[tuple[float, int, int]] = []
    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            if quotes[i].article_id == quotes[j].article_id:
                continue
            score = 1.0 if texts[i] and texts[i] == texts[j] else float(scores[i, j])
            if score >= _threshold(marks[i], marks[j], encoded, settings):
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(quotes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(quotes))}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        if {quotes[m].article_id for m in members[gi]} & {quotes[m].article_id for m in members[gj]}:
            continue
        for m in members[gj]:
            group_of[m] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(group) for group in members.values()]


def _speaker_name(chosen: Sequence[QuoteInSource], mark_counts: Counter[str]) -> str | None:
    """The statement's speaker: the name most of its renderings give, then the one the story quotes most."""
    names = Counter(q.quote.speaker for q in chosen if q.quote.speaker)
    if not names:
        return None

    def weight(name: str) -> tuple[int, int, int]:
        quote = next(q.quote for q in chosen if q.quote.speaker == name)
        story_wide = max((mark_counts[m] for m in speaker_marks(quote)), default=0)
        return (names[name], story_wide, len(name))

    return max(names, key=weight)


def build_voices(
    quotes: Sequence[QuoteInSource], article_order: Sequence[str], settings: PrismSettings, *, encoded: bool = False
) -> tuple[Voice, ...]:
    """Group quotes by speaker, then by statement.

    Args:
        quotes: Every quote of the story with its source and vector.
        article_order: Source ids in prism order (renderings follow it).
        settings: The cosines from which two quotes are one statement.
        encoded: The vectors embed the quotes' own words (not their sentences), which
            allows lower thresholds.

    Returns:
        Voices, most carried first; a repeat of the same words in the same source is dropped.
    """
    rank = {article_id: i for i, article_id in enumerate(article_order)}
    seen: set[tuple[str, str]] = set()
    kept: list[QuoteInSource] = []
    for item in quotes:
        marker = (item.article_id, _normalised(item.quote.text))
        if not marker[1] or marker in seen:
            continue
        seen.add(marker)
        kept.append(item)
    if not kept:
        return ()
    mark_counts: Counter[str] = Counter(m for q in kept for m in speaker_marks(q.quote))
    statements = [[kept[i] for i in group] for group in _statements(kept, encoded, settings)]

    entries: list[tuple[tuple[int, str, int, int], Voice]] = []
    for members in statements:
        if members:
            chosen = sorted(members, key=lambda q: (rank.get(q.article_id, len(rank)), q.quote.start))
            speaker = _speaker_name(chosen, mark_counts)
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
                (speaker or "\uffff").lower(),
                first,
                chosen[0].quote.start,
            )
            entries.append((order, Voice("", speaker, speaker_id, renderings, article_ids)))
    entries.sort(key=lambda entry: entry[0])
    return tuple(
        Voice(f"v{n}", v.speaker, v.speaker_id, v.renderings, v.article_ids) for n, (_, v) in enumerate(entries, 1)
    )
