"""Typed, frozen records passed between the pipeline's stages.

Every stage reads and writes these records only, so each stage can be tested
alone and a new backend slots in behind the same interface. Offsets are
character offsets into ``Article.text`` (Python ``str`` indices, end exclusive).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
UnitStatus = Literal["shared", "partial", "unique", "disputed"]
DIMENSIONS: tuple[str, ...] = (
    "Geography",
    "Entities",
    "Time",
    "Narrative",
    "Overall",
    "Style",
    "Tone",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as it came in, before analysis.

    Attributes:
        id: Stable identifier (from the input, else derived from the content).
        text: Plain body text (title not included).
        title: Headline, may be empty.
        url: Canonical URL when known.
        source: Outlet or site name when known.
        published: Publication time as ISO 8601 (date or datetime) when known.
        language: Language hint from the input (ISO 639-1), not yet verified.
        author: Byline when known.
        path_or_url: Where the article was read from (file path, URL, ``-``).
    """

    id: str
    text: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    path_or_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's text (the title is sentence 0 when present)."""

    index: int
    start: int
    end: int
    text: str
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention, linked to a canonical id shared across languages."""

    text: str
    label: EntityLabel
    start: int
    end: int
    canonical: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, direct or reported, with its resolved speaker."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    kind: Literal["direct", "indirect"] = "direct"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time expression resolved against the article's reference date.

    ``value`` is an ISO 8601 date (``2022-02-01``) or interval
    (``2022-01-24/2022-01-30``).
    """

    text: str
    start: int
    end: int
    value: str


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention normalised to a stable code.

    ``code`` is an ISO 3166-1 alpha-2 code for countries, ISO 3166-2 for
    regions, ``geonames:<id>`` for cities where a gazetteer gives one.
    """

    text: str
    start: int
    end: int
    code: str
    name: str
    kind: Literal["country", "region", "city", "other"] = "country"


@dataclass(frozen=True, slots=True, eq=False)
class Analysis:
    """Everything the analyze stage learned about one article.

    Attributes:
        article_id: The analysed article's id.
        language: ISO 639-1 code, or ``und`` when unsure.
        language_confidence: Detector confidence in [0, 1].
        sentences: Title (index 0 when present) and body sentences.
        sentence_vectors: Unit-norm embeddings, one row per sentence.
        doc_vector: Unit-norm article embedding.
        reference_date: Date relative expressions were resolved against (ISO).
    """

    article_id: str
    language: str
    language_confidence: float
    sentences: tuple[Sentence, ...]
    sentence_vectors: Vector
    doc_vector: Vector
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    reference_date: str | None = None


@dataclass(frozen=True, slots=True)
class AnalyzedArticle:
    """An article together with its analysis."""

    article: Article
    analysis: Analysis


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles that report the same story."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_published: str | None = None
    last_published: str | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SimilarityScores:
    """The seven SemEval-2022 Task 8 dimensions, 1 (very similar) to 4 (very dissimilar)."""

    Geography: float
    Entities: float
    Time: float
    Narrative: float
    Overall: float
    Style: float
    Tone: float

    def to_dict(self) -> dict[str, float]:
        return {name: float(getattr(self, name)) for name in DIMENSIONS}


@dataclass(frozen=True, slots=True)
class IngestIssue:
    """One input that could not be ingested, with a one-line reason."""

    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did."""

    added: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    issues: tuple[IngestIssue, ...] = ()
    stories_touched: tuple[str, ...] = field(default_factory=tuple)
    #: Inputs read with a caveat (e.g. text cut to the length limit); they were kept.
    warnings: tuple[IngestIssue, ...] = ()


# --- prism ---

DisagreementKind = Literal["number", "date", "place", "attribution"]
TimelineKind = Literal["event", "published"]
MentionKind = Literal["entity", "place"]


@dataclass(frozen=True, slots=True)
class PrismArticle:
    """One source of a prism: the article's metadata and text as the renderers need them."""

    id: str
    title: str
    text: str
    language: str
    source: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class UnitSentence:
    """One sentence of one source that carries a unit, in its original language.

    ``start``/``end`` are offsets into the article's text, or into its title when
    ``is_title`` is true.
    """

    article_id: str
    index: int
    start: int
    end: int
    text: str
    language: str
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class DisputedVersion:
    """One version of a disputed detail: its normalised value, its wording, who gives it."""

    value: str
    text: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources that agree on a unit but differ on a number, date, place or attribution."""

    kind: DisagreementKind
    versions: tuple[DisputedVersion, ...]


@dataclass(frozen=True, slots=True)
class PrismUnit:
    """A unit of content (claim, event, statement) and every source sentence that carries it.

    Attributes:
        id: ``u1``, ``u2``... in order of corroboration.
        status: ``shared`` (all sources), ``partial`` (several), ``unique`` (one), or
            ``disputed`` (several, differing on a detail).
        article_ids: Sources that carry the unit.
        sentences: Their sentences, in the order of ``article_ids``.
        disagreements: What the sources differ on (empty unless ``disputed``).
        cohesion: Mean cosine of the alignments that joined the unit (1.0 for one sentence).
    """

    id: str
    status: UnitStatus
    article_ids: tuple[str, ...]
    sentences: tuple[UnitSentence, ...]
    disagreements: tuple[Disagreement, ...] = ()
    cohesion: float = 1.0


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    """What one source adds that no other has, and what most others report that it leaves out."""

    article_id: str
    adds: tuple[str, ...]
    omits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rendering:
    """One source's wording of a quoted statement."""

    article_id: str
    text: str
    language: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Voice:
    """One statement by one speaker, with every rendering of it across sources and languages."""

    id: str
    speaker: str | None
    speaker_id: str | None
    renderings: tuple[Rendering, ...]
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event of the story (or an article's publication), with its sources."""

    date: str
    text: str
    article_ids: tuple[str, ...]
    kind: TimelineKind = "event"
    unit_id: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class MentionCount:
    """An entity or place of the story and how many sources mention it."""

    key: str
    name: str
    kind: MentionKind
    label: str
    article_ids: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class Prism:
    """A story's coverage fact by fact: units, coverage per source, voices, timeline, who and where."""

    story_id: str
    title: str
    language: str
    articles: tuple[PrismArticle, ...]
    units: tuple[PrismUnit, ...]
    coverage: tuple[SourceCoverage, ...]
    voices: tuple[Voice, ...]
    timeline: tuple[TimelineEvent, ...]
    entities: tuple[MentionCount, ...]
    places: tuple[MentionCount, ...]
    lead: str = ""
    lead_unit_ids: tuple[str, ...] = ()
