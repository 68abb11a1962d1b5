"""The analyze stage: language, sentences, embeddings and mentions of articles."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import numpy as np

from newsprism.analyze.encoder import Encoder, default_encoder
from newsprism.analyze.language import UNDETERMINED, detect_language
from newsprism.analyze.mentions import Mentions, PendingMentions, find_dates_many
from newsprism.analyze.sentences import sentences_of
from newsprism.config import Settings
from newsprism.records import Analysis, Article, Sentence, Vector

#: The headline says what the story is; it weighs as much as this many sentences.
_TITLE_WEIGHT = 3.0
#: The lead sentences carry the story; later sentences weigh less, down to 1/_LEAD_DECAY.
_LEAD_DECAY = 4.0


def reference_date(article: Article, now: datetime | None = None) -> str:
    """The date relative expressions are resolved against: publication, else now (UTC)."""
    if article.published:
        return article.published[:10]
    return (now or datetime.now(UTC)).date().isoformat()


def document_vector(sentences: Sequence[Sentence], vectors: Vector) -> Vector:
    """Weighted mean of sentence vectors: the title and the lead count most."""
    if len(sentences) == 0:
        return np.zeros(vectors.shape[1] if vectors.ndim == 2 else 512, dtype=np.float32)
    weights = np.empty(len(sentences), dtype=np.float32)
    body_rank = 0
    for i, sentence in enumerate(sentences):
        if sentence.is_title:
            weights[i] = _TITLE_WEIGHT
        else:
            weights[i] = 1.0 / min(1.0 + body_rank / 5.0, _LEAD_DECAY)
            body_rank += 1
    mean = (vectors * weights[:, None]).sum(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm > 0 else mean.astype(np.float32)


class Analyzer:
    """Analyses articles in batches (one encoder call per batch).

    Args:
        settings: Limits and thresholds.
        encoder: The sentence encoder; the bundled USE model by default.
        with_mentions: Also find entities, quotes, dates and places.
    """

    def __init__(
        self, settings: Settings | None = None, encoder: Encoder | None = None, with_mentions: bool = True
    ) -> None:
        self.settings = settings or Settings()
        self.encoder = encoder
        self.with_mentions = with_mentions
        self._worker: ThreadPoolExecutor | None = None

    def get_encoder(self) -> Encoder:
        """The encoder in use (the bundled default unless one was given)."""
        if self.encoder is None:
            self.encoder = default_encoder(self.settings.threads, self.settings.device)
        return self.encoder

    def _dates_worker(self) -> ThreadPoolExecutor:
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprism-dates")
        return self._worker

    def analyze(self, article: Article) -> Analysis:
        """Analyse one article."""
        return self.analyze_many([article])[0]

    def analyze_many(self, articles: Sequence[Article]) -> list[Analysis]:
        """Analyse a batch of articles, encoding all their sentences at once."""
        settings = self.settings
        prepared: list[tuple[Article, str, float, tuple[Sentence, ...]]] = []
        texts: list[str] = []
        for article in articles:
            guess = detect_language(
                f"{article.title}\n{article.text}",
                min_confidence=settings.min_language_confidence,
                hint=article.language,
            )
            language = guess.code
            sentences = sentences_of(
                article.title,
                article.text,
                language,
                max_chars=settings.max_sentence_chars,
                max_sentences=settings.max_sentences,
            )
            prepared.append((article, language, guess.confidence, sentences))
            texts.extend(s.text for s in sentences)
        references = [reference_date(article) for article, _, _, _ in prepared]
        batch = [p[0] for p in prepared]
        languages = [p[1] for p in prepared]
        found: list[Mentions | None] = [None] * len(prepared)
        if self.with_mentions:
            # Three things at once on a 2-core machine: the mention worker process starts on the
            # entities (the NER model holds the GIL, so only another process can share it out), the
            # Duckling child resolves dates (asked from a thread that mostly waits), and this thread
            # encodes. Afterwards this thread takes the entity chunks the worker has not started.
            pending = PendingMentions(batch, languages, [p[3] for p in prepared], references, settings.mention_workers)
            pending_dates = self._dates_worker().submit(find_dates_many, batch, languages, references)
        vectors = self.get_encoder().encode(texts) if texts else np.zeros((0, 512), dtype=np.float32)
        if self.with_mentions:
            found = list(pending.result(pending_dates.result()))
        results: list[Analysis] = []
        offset = 0
        for (article, language, confidence, sentences), reference, mentions in zip(
            prepared, references, found, strict=True
        ):
            sentence_vectors = vectors[offset : offset + len(sentences)]
            offset += len(sentences)
            results.append(
                Analysis(
                    article_id=article.id,
                    language=language if language else UNDETERMINED,
                    language_confidence=round(confidence, 4),
                    sentences=sentences,
                    sentence_vectors=np.ascontiguousarray(sentence_vectors),
                    doc_vector=document_vector(sentences, sentence_vectors),
                    entities=mentions.entities if mentions else (),
                    quotes=mentions.quotes if mentions else (),
                    dates=mentions.dates if mentions else (),
                    places=mentions.places if mentions else (),
                    reference_date=reference,
                )
            )
        return results
