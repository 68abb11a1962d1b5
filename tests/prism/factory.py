"""Hand-built analysed articles for prism tests: sentences tied to 'facts' whose vectors we control.

Each fact gets a fixed random direction; a sentence carrying it gets that direction
plus a little noise, so two renderings of one fact score ~0.9 and different facts ~0.
Mentions are given as surface strings and located in the text automatically.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from newsprism.records import (
    Analysis,
    AnalyzedArticle,
    Article,
    DateMention,
    Entity,
    Place,
    Quote,
    Sentence,
    Story,
)

DIM = 512


def fact_vector(fact: str, article_id: str = "", index: int = 0, noise: float = 0.25) -> np.ndarray:
    """The fact's direction plus deterministic noise for this sentence; unit length."""
    base = np.random.default_rng(zlib.crc32(fact.encode())).standard_normal(DIM)
    base /= np.linalg.norm(base)
    jitter = np.random.default_rng(zlib.crc32(f"{article_id}/{index}/{fact}".encode())).standard_normal(DIM)
    jitter /= np.linalg.norm(jitter)
    vector = base + noise * jitter
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(surface)
    while start >= 0:
        spans.append((start, start + len(surface)))
        start = text.find(surface, start + len(surface))
    return spans


def source(
    article_id: str,
    sentences: Sequence[tuple[str, str]],
    *,
    language: str = "en",
    title: tuple[str, str] | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    entities: dict[str, str] | None = None,
    places: dict[str, str] | None = None,
    dates: dict[str, str] | None = None,
    quotes: Sequence[tuple[str, str | None, str | None]] = (),
    noise: float = 0.25,
) -> AnalyzedArticle:
    """An analysed article from ``(sentence text, fact key)`` pairs and mention surfaces.

    Args:
        article_id: The article id.
        sentences: Body sentences with the fact each carries (the key sets its vector).
        language: The analysis language.
        title: ``(title text, fact key)``.
        outlet: Source name.
        url: Article URL.
        published: Publication date.
        entities: Surface form -> entity id (canonical name = id).
        places: Surface form -> place code.
        dates: Surface form -> ISO value.
        quotes: ``(quote text, speaker, speaker id)``; the text must occur in a sentence.
        noise: How far each sentence strays from its fact's direction.
    """
    text = " ".join(s for s, _ in sentences)
    records: list[Sentence] = []
    vectors: list[np.ndarray] = []
    if title is not None:
        records.append(Sentence(0, 0, len(title[0]), title[0], is_title=True))
        vectors.append(fact_vector(title[1], article_id, 0, noise))
    cursor = 0
    for sentence_text, fact in sentences:
        start = text.index(sentence_text, cursor)
        cursor = start + len(sentence_text)
        records.append(Sentence(len(records), start, cursor, sentence_text))
        vectors.append(fact_vector(fact, article_id, len(records), noise))
    entity_records = [
        Entity(surface, "PER", s, e, canonical, canonical)
        for surface, canonical in (entities or {}).items()
        for s, e in _spans(text, surface)
    ]
    place_records = [
        Place(surface, s, e, code, surface, "city")
        for surface, code in (places or {}).items()
        for s, e in _spans(text, surface)
    ]
    date_records = [
        DateMention(surface, s, e, value) for surface, value in (dates or {}).items() for s, e in _spans(text, surface)
    ]
    quote_records = []
    for quote_text, speaker, speaker_id in quotes:
        start = text.index(quote_text)
        quote_records.append(Quote(quote_text, start, start + len(quote_text), speaker, speaker_id, "said"))
    matrix = np.stack(vectors) if vectors else np.zeros((0, DIM), dtype=np.float32)
    analysis = Analysis(
        article_id=article_id,
        language=language,
        language_confidence=1.0,
        sentences=tuple(records),
        sentence_vectors=matrix,
        doc_vector=np.zeros(DIM, dtype=np.float32),
        entities=tuple(sorted(entity_records, key=lambda m: m.start)),
        quotes=tuple(quote_records),
        dates=tuple(sorted(date_records, key=lambda m: m.start)),
        places=tuple(sorted(place_records, key=lambda m: m.start)),
        reference_date=published,
    )
    article = Article(
        id=article_id,
        text=text,
        title=title[0] if title else "",
        url=url,
        source=outlet,
        published=published,
        language=language,
    )
    return AnalyzedArticle(article, analysis)


def story_of(*articles: AnalyzedArticle, story_id: str = "story-1", title: str = "") -> Story:
    """A story holding ``articles`` in the given order."""
    return Story(story_id, title, tuple(a.article.id for a in articles))
