"""Build the prism of a story: units, coverage per source, disagreements, voices, timeline, who and where."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from newsprism.analyze.encoder import Encoder
from newsprism.config import Settings
from newsprism.errors import Errors
from newsprism.prism.align import align
from newsprism.prism.disputes import find_disagreements, find_number_disputes, numbers_in_sentences
from newsprism.prism.evidence import SentenceEvidence, sentence_evidence
from newsprism.prism.settings import PrismSettings
from newsprism.prism.timeline import DatedSentence, build_timeline
from newsprism.prism.voices import QuoteInSource, build_voices
from newsprism.records import (
    AnalyzedArticle,
    Disagreement,
    MentionCount,
    Prism,
    PrismArticle,
    PrismUnit,
    SourceCoverage,
    Story,
    UnitSentence,
    UnitStatus,
    Vector,
)


@dataclass(frozen=True, slots=True)
class _Row:
    """One sentence of the story, flattened: its source, its place in the source, its evidence."""

    source: int
    sentence: UnitSentence
    position: float
    evidence: SentenceEvidence


def _ordered_sources(story: Story, articles: Sequence[AnalyzedArticle]) -> list[AnalyzedArticle]:
    """Sources in the story's order (others after, in the order given), each once."""
    rank = {article_id: i for i, article_id in enumerate(story.article_ids)}
    unique: dict[str, AnalyzedArticle] = {}
    for item in articles:
        unique.setdefault(item.article.id, item)
    return sorted(unique.values(), key=lambda item: rank.get(item.article.id, len(rank)))


def _rows(sources: Sequence[AnalyzedArticle]) -> tuple[list[_Row], Vector]:
    rows: list[_Row] = []
    blocks: list[Vector] = []
    for source_index, item in enumerate(sources):
        analysis = item.analysis
        vectors = np.asarray(analysis.sentence_vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(analysis.sentences):
            raise ValueError(
                Errors.E021.format(id=item.article.id, vectors=vectors.shape[0], sentences=len(analysis.sentences))
            )
        if not analysis.sentences:
            continue
        blocks.append(vectors)
        evidence = sentence_evidence(item.article, analysis)
        count = len(analysis.sentences)
        for sentence, found in zip(analysis.sentences, evidence, strict=True):
            unit_sentence = UnitSentence(
                article_id=item.article.id,
                index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                language=analysis.language,
                is_title=sentence.is_title,
            )
            rows.append(_Row(source_index, unit_sentence, sentence.index / count, found))
    matrix = np.concatenate(blocks) if blocks else np.zeros((0, 512), dtype=np.float32)
    return rows, matrix


def _status(support: int, sources: int, disputed: bool) -> UnitStatus:
    if disputed:
        return "disputed"
    if support == 1:
        return "unique"
    return "shared" if support == sources else "partial"


def _words(text: str) -> int:
    return len(text.split())


def _lead_language(sources: Sequence[AnalyzedArticle], wanted: str | None) -> str:
    languages = [item.analysis.language for item in sources]
    if wanted and wanted in languages:
        return wanted
    counts = Counter(languages)
    # The most common language; on a tie, the one of the earliest source.
    return max(languages, key=lambda code: (counts[code], -languages.index(code))) if languages else wanted or "und"


class _Tally:
    """Mentions of one kind (entities or places) by key: names, labels and the articles naming them."""

    def __init__(self, kind: Literal["entity", "place"]) -> None:
        self.kind: Literal["entity", "place"] = kind
        self.names: dict[str, Counter[str]] = {}
        self.labels: dict[str, Counter[str]] = {}
        self.sources: dict[str, list[str]] = {}

    def add(self, key: str, name: str, label: str, article_id: str) -> None:
        self.names.setdefault(key, Counter())[name] += 1
        self.labels.setdefault(key, Counter())[label] += 1
        if article_id not in self.sources.setdefault(key, []):
            self.sources[key].append(article_id)

    def counts(self) -> tuple[MentionCount, ...]:
        """Most widely reported first, then most mentioned, then by name."""
        found = [
            MentionCount(
                key=key,
                name=self.names[key].most_common(1)[0][0],
                kind=self.kind,
                label=self.labels[key].most_common(1)[0][0],
                article_ids=tuple(sources),
                mentions=self.names[key].total(),
            )
            for key, sources in self.sources.items()
        ]
        return tuple(sorted(found, key=lambda m: (-len(m.article_ids), -m.mentions, m.name.lower(), m.key)))


def _mention_counts(sources: Sequence[AnalyzedArticle]) -> tuple[tuple[MentionCount, ...], tuple[MentionCount, ...]]:
    entities, places = _Tally("entity"), _Tally("place")
    for item in sources:
        article_id = item.article.id
        for entity in item.analysis.entities:
            entities.add(entity.entity_id, entity.canonical or entity.text, entity.label, article_id)
        for place in item.analysis.places:
            places.add(place.code, place.name or place.text, place.kind, article_id)
    return entities.counts(), places.counts()


def _quote_vector(item: AnalyzedArticle, start: int, end: int) -> Vector:
    """What a quote says, from the stored analysis: the mean vector of the body sentences it overlaps."""
    analysis = item.analysis
    picked = [i for i, s in enumerate(analysis.sentences) if not s.is_title and s.start < end and start < s.end]
    if not picked:
        return np.zeros(analysis.sentence_vectors.shape[1], dtype=np.float32)
    mean = analysis.sentence_vectors[picked].mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm > 0 else mean.astype(np.float32)


def _explicit_dates(evidence: SentenceEvidence) -> SentenceEvidence:
    return SentenceEvidence(dates=tuple(d for d in evidence.dates if any(ch.isdigit() for ch in d.text)))


def _place_number_disputes(
    rows: Sequence[_Row], groups: list[list[int]], encoder: Encoder | None, config: PrismSettings
) -> dict[int, list[Disagreement]]:
    """Find the story's number disputes and put each in one unit; returns the disagreements per group.

    The two versions often sit in sentences that were not aligned (a headline and a
    body sentence); the unit holding most of the dispute's sentences hosts it, and
    sentences of the dispute left alone in a unit of their own join it when their
    source is not in it yet.
    """
    numbers = numbers_in_sentences(
        [(row.source, row.sentence.article_id, row.sentence.text, row.evidence) for row in rows], config
    )
    if len(numbers) < 2:
        return {}
    group_of = {r: g for g, members in enumerate(groups) for r in members}
    similarity = None
    if encoder is not None:
        vectors = np.asarray(encoder.encode([n.context for n in numbers]), dtype=np.float32)
        similarity = vectors @ vectors.T
    disputes = find_number_disputes(numbers, similarity, lambda a, b: group_of[a] == group_of[b], config)
    hosted: dict[int, list[Disagreement]] = {}
    for dispute in disputes:
        counts = Counter(group_of[r] for r in dispute.rows)
        host = min(counts, key=lambda g: (-counts[g], len(groups[g]), g))
        present = {rows[r].source for r in groups[host]}
        for r in dispute.rows:
            g = group_of[r]
            if g != host and len(groups[g]) == 1 and rows[r].source not in present:
                groups[g].remove(r)
                groups[host].append(r)
                group_of[r] = host
                present.add(rows[r].source)
        hosted.setdefault(host, []).append(dispute.disagreement)
    return hosted


def build_prism(
    story: Story,
    articles: Sequence[AnalyzedArticle],
    *,
    language: str | None = None,
    settings: PrismSettings | Settings | None = None,
    encoder: Encoder | None = None,
) -> Prism:
    """Show a story's coverage fact by fact.

    Sentences of all sources are grouped into units by cross-lingual alignment
    (top-k candidates by embedding, confirmed by shared entities, places, dates,
    numbers or names); each unit is ``shared`` (all sources), ``partial``
    (several), ``unique`` (one) or ``disputed`` (several, differing on a number,
    date, place or speaker).

    Args:
        story: The story (its id, title and article order).
        articles: The analysed articles of the story; repeats of an id are ignored.
        language: The reader's language (ISO 639-1) for the lead and event texts; a
            source in it must exist, else the story's most common language is used.
        settings: Prism thresholds; engine :class:`Settings` are accepted and mean the
            default prism thresholds.
        encoder: When given, quotes are embedded on their own words to tell
            statements apart; otherwise the stored vectors of their sentences are used.

    Returns:
        The prism; with no article, an empty one.

    Raises:
        ValueError: An analysis whose sentence vectors do not match its sentences.
    """
    config = settings if isinstance(settings, PrismSettings) else PrismSettings()
    sources = _ordered_sources(story, articles)
    source_ids = [item.article.id for item in sources]
    lead_language = _lead_language(sources, language)
    prism_articles = tuple(
        PrismArticle(
            id=item.article.id,
            title=item.article.title,
            text=item.article.text,
            language=item.analysis.language,
            source=item.article.source,
            url=item.article.url,
            published=item.article.published,
        )
        for item in sources
    )

    rows, matrix = _rows(sources)
    alignment = align(matrix, [row.source for row in rows], [row.evidence for row in rows], config)
    groups = [list(group) for group in alignment.groups]
    cohesions = list(alignment.cohesion)
    disputed = _place_number_disputes(rows, groups, encoder, config)

    drafts: list[tuple[tuple[int, float, int], PrismUnit, list[int]]] = []
    for number, (group, cohesion) in enumerate(zip(groups, cohesions, strict=True)):
        if not group:
            continue
        members = sorted(group, key=lambda r: rows[r].source)
        article_ids = tuple(rows[r].sentence.article_id for r in members)
        # Within a unit, only dates written with their day are compared: relative ones
        # ("that night", "on Saturday") often name another moment of the same fact.
        explicit = [(rows[r].sentence.article_id, _explicit_dates(rows[r].evidence)) for r in members]
        disagreements = tuple(disputed.get(number, ())) + find_disagreements(explicit, config, kinds=("date",))
        status = _status(len(article_ids), len(sources), bool(disagreements))
        unit = PrismUnit(
            id="",
            status=status,
            article_ids=article_ids,
            sentences=tuple(rows[r].sentence for r in members),
            disagreements=disagreements,
            cohesion=cohesion,
        )
        position = min(rows[r].position for r in members)
        drafts.append(((-len(article_ids), position, rows[members[0]].source), unit, members))
    drafts.sort(key=lambda d: d[0])

    units: list[PrismUnit] = []
    unit_of_row: dict[int, str] = {}
    unit_position: dict[str, float] = {}
    for number, (order, draft, members) in enumerate(drafts, 1):
        unit_id = f"u{number}"
        unit_position[unit_id] = order[1]
        units.append(
            PrismUnit(unit_id, draft.status, draft.article_ids, draft.sentences, draft.disagreements, draft.cohesion)
        )
        for r in members:
            unit_of_row[r] = unit_id

    coverage = []
    for article_id in source_ids:
        adds = tuple(
            u.id
            for u in units
            if u.article_ids == (article_id,) and _words(u.sentences[0].text) >= config.min_content_words
        )
        omits = tuple(
            u.id
            for u in units
            if article_id not in u.article_ids
            and len(u.article_ids) > (len(sources) - 1) / 2
            and any(_words(s.text) >= config.min_content_words for s in u.sentences)
        )
        coverage.append(SourceCoverage(article_id, adds, omits))

    # Lead: the most corroborated body sentences in the reader's language, in reading order.
    candidates: list[tuple[int, float, str, str]] = []
    for unit in units:
        in_language = [
            s
            for s in unit.sentences
            if s.language == lead_language and not s.is_title and _words(s.text) >= config.min_content_words
        ]
        if in_language:
            candidates.append((len(unit.article_ids), unit_position[unit.id], unit.id, in_language[0].text))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    chosen = sorted(candidates[: config.lead_sentences], key=lambda c: c[1])

    # Quotes and dates, with their sources.
    quotes: list[QuoteInSource] = []
    dated: list[DatedSentence] = []
    for item in sources:
        analysis = item.analysis
        quote_texts = [q.text for q in analysis.quotes]
        encoded = encoder.encode(quote_texts) if encoder is not None and quote_texts else None
        for q_number, quote in enumerate(analysis.quotes):
            vector = encoded[q_number] if encoded is not None else _quote_vector(item, quote.start, quote.end)
            quotes.append(QuoteInSource(item.article.id, analysis.language, quote, vector))
    for r, row in enumerate(rows):
        for mention in row.evidence.dates:
            sentence = row.sentence
            dated.append(
                DatedSentence(sentence.article_id, sentence.language, sentence.text, unit_of_row.get(r), mention)
            )

    entities, places = _mention_counts(sources)
    return Prism(
        story_id=story.id,
        title=story.title or (sources[0].article.title if sources else ""),
        language=lead_language,
        articles=prism_articles,
        units=tuple(units),
        coverage=tuple(coverage),
        voices=build_voices(quotes, source_ids, config, encoded=encoder is not None),
        timeline=build_timeline(dated, prism_articles, lead_language),
        entities=entities,
        places=places,
        lead=" ".join(c[3] for c in chosen),
        lead_unit_ids=tuple(c[2] for c in chosen),
    )
