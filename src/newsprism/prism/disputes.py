"""Disagreements inside a unit: one event, different numbers, dates, places or speakers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from newsprism.prism.evidence import SentenceEvidence
from newsprism.prism.settings import PrismSettings
from newsprism.records import Disagreement, DisagreementKind, DisputedVersion

#: Whole counts up to this ("two ministers", "3 days") are too common to dispute.
_SMALL_COUNT = 10


@dataclass(frozen=True, slots=True)
class _Detail:
    """One comparable detail of a sentence: a normalised key, its wording, a class, a magnitude."""

    key: str
    text: str
    kind: str
    magnitude: float


def _day(value: str) -> date | None:
    """The day of a single-day ISO value (``2022-02-01``); intervals and partial dates give None."""
    if "/" in value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _numbers(evidence: SentenceEvidence) -> list[_Detail]:
    return [_Detail(n.key(), n.text, n.unit or "count", n.value) for n in evidence.numbers]


def _dates(evidence: SentenceEvidence) -> list[_Detail]:
    details = []
    for mention in evidence.dates:
        day = _day(mention.value)
        if day is not None:
            details.append(_Detail(mention.value[:10], mention.text, "day", float(day.toordinal())))
    return details


def _places(evidence: SentenceEvidence) -> list[_Detail]:
    return [_Detail(p.code, p.text, p.kind, 0.0) for p in evidence.places]


def _speakers(evidence: SentenceEvidence) -> list[_Detail]:
    details = []
    for quote in evidence.quotes:
        key = quote.speaker_id or (quote.speaker or "").strip().lower()
        if key:
            details.append(_Detail(key, quote.speaker or key, "speaker", 0.0))
    return details


def _comparable(kind: DisagreementKind, a: _Detail, b: _Detail, settings: PrismSettings) -> bool:
    if a.kind != b.kind:
        return False
    if kind == "number":
        low, high = sorted((abs(a.magnitude), abs(b.magnitude)))
        return low > 0 and high / low <= settings.dispute_max_ratio
    if kind == "date":
        return abs(a.magnitude - b.magnitude) <= settings.dispute_max_days
    return True


def _disagreement(
    kind: DisagreementKind,
    members: Sequence[tuple[str, SentenceEvidence]],
    details_of: Callable[[SentenceEvidence], list[_Detail]],
    settings: PrismSettings,
) -> list[Disagreement]:
    per_source = [(article_id, details_of(evidence)) for article_id, evidence in members]
    per_source = [(a, d) for a, d in per_source if d]
    carriers: dict[str, list[str]] = {}
    wording: dict[str, str] = {}
    for article_id, details in per_source:
        for detail in details:
            if article_id not in carriers.setdefault(detail.key, []):
                carriers[detail.key].append(article_id)
            wording.setdefault(detail.key, detail.text)
    # Two sources differ on a detail when each has one the other lacks, in the same place of the sentence order.
    linked: dict[str, str] = {}

    def root(key: str) -> str:
        while linked.get(key, key) != key:
            key = linked[key]
        return key

    for x, (_, first) in enumerate(per_source):
        keys_first = {d.key for d in first}
        for _, second in per_source[x + 1 :]:
            keys_second = {d.key for d in second}
            only_first = [d for d in first if d.key not in keys_second]
            only_second = [d for d in second if d.key not in keys_first]
            if not only_first or len(only_first) != len(only_second):
                continue
            for a, b in zip(only_first, only_second, strict=True):
                if _comparable(kind, a, b, settings):
                    ra, rb = root(a.key), root(b.key)
                    if ra != rb:
                        linked[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for key in sorted(set(linked) | set(linked.values())):
        groups.setdefault(root(key), []).append(key)
    result = []
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(carriers[k]), k))
        versions = tuple(DisputedVersion(k, wording[k], tuple(carriers[k])) for k in keys)
        result.append(Disagreement(kind, versions))
    return result


def find_disagreements(
    members: Sequence[tuple[str, SentenceEvidence]],
    settings: PrismSettings,
    kinds: Sequence[DisagreementKind] = ("number", "date", "place", "attribution"),
) -> tuple[Disagreement, ...]:
    """What the sources of one unit differ on.

    Args:
        members: ``(article_id, evidence)`` of each sentence of the unit, one per source.
        settings: How far apart two numbers or dates may be and still be versions of one detail.
        kinds: The kinds of detail to compare.

    Returns:
        One :class:`Disagreement` per disputed detail, versions most carried first.
    """
    if len({article_id for article_id, _ in members}) < 2:
        return ()
    details_of: dict[DisagreementKind, Callable[[SentenceEvidence], list[_Detail]]] = {
        "number": _numbers,
        "date": _dates,
        "place": _places,
        "attribution": _speakers,
    }
    found: list[Disagreement] = []
    for kind in kinds:
        found += _disagreement(kind, members, details_of[kind], settings)
    return tuple(found)


# --- Story-wide number disputes ----------------------------------------------------------------------------------

_CONTEXT_WORD = re.compile(r"\S{1,40}")


@dataclass(frozen=True, slots=True)
class NumberInSentence:
    """A number of one sentence, with what surrounds it (the words that say what it counts)."""

    row: int
    source: int
    article_id: str
    key: str
    text: str
    value: float
    unit: str
    context: str


@dataclass(frozen=True, slots=True)
class NumberDispute:
    """Numbers of several sources that count the same thing differently, and the sentences that give them."""

    rows: tuple[int, ...]
    disagreement: Disagreement


def number_context(sentence: str, start: int, end: int, words: int) -> str:
    """The ``words`` words before and after ``sentence[start:end]``, the number itself left out."""
    before = _CONTEXT_WORD.findall(sentence[max(0, start - 400) : start])[-words:]
    after = _CONTEXT_WORD.findall(sentence[end : end + 400])[:words]
    return " ".join(before + after)


def numbers_in_sentences(
    rows: Sequence[tuple[int, str, str, SentenceEvidence]], settings: PrismSettings
) -> list[NumberInSentence]:
    """The comparable numbers of a story's sentences: small counts ("two ministers") and years left out.

    Args:
        rows: ``(source, article_id, sentence text, evidence)`` of each sentence, in row order.
        settings: Context width and the cap on how many numbers are kept.
    """
    found: list[NumberInSentence] = []
    for row, (source, article_id, text, evidence) in enumerate(rows):
        for number in evidence.numbers:
            if number.value == int(number.value) and abs(number.value) <= _SMALL_COUNT and not number.unit:
                continue
            context = number_context(text, number.start, number.end, settings.dispute_context_words)
            found.append(
                NumberInSentence(row, source, article_id, number.key(), number.text, number.value, number.unit, context)
            )
            if len(found) >= settings.dispute_max_details:
                return found
    return found


def find_number_disputes(
    numbers: Sequence[NumberInSentence],
    similarity: np.ndarray | None,
    same_unit: Callable[[int, int], bool],
    settings: PrismSettings,
) -> list[NumberDispute]:
    """Numbers that two or more sources give differently for the same thing, anywhere in the story.

    Two numbers of different sources are versions of one figure when they are of the
    same kind (percent or count), differ by at most ``dispute_max_ratio``, neither
    source gives the other's value anywhere (else the two count different things),
    and the words around them say they count the same thing (context cosine at least
    ``dispute_context_cosine``, more for small counts). Without context similarities, only numbers of
    sentences already aligned into one unit are compared.

    Args:
        numbers: The story's numbers (:func:`numbers_in_sentences`).
        similarity: Cosines of the numbers' contexts (``len(numbers)`` square), or None.
        same_unit: Whether two rows (sentences) lie in one unit.
        settings: The ratio and cosine limits.

    Returns:
        One dispute per group of linked numbers, versions most carried first.
    """
    stated: dict[int, set[str]] = {}
    for number in numbers:
        stated.setdefault(number.source, set()).add(number.key)
    parent = list(range(len(numbers)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # A source that repeats a figure (headline and body) gives one version of it.
    first_of: dict[tuple[int, str], int] = {}
    for i, number in enumerate(numbers):
        parent[i] = first_of.setdefault((number.source, number.key), i)
    low_of = {i: abs(n.value) for i, n in enumerate(numbers)}
    high_of = dict(low_of)
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(numbers):
        for j in range(i + 1, len(numbers)):
            b = numbers[j]
            if a.source == b.source or a.key == b.key or a.unit != b.unit:
                continue
            low, high = sorted((abs(a.value), abs(b.value)))
            if low <= 0 or high / low > settings.dispute_max_ratio:
                continue
            if b.key in stated[a.source] or a.key in stated[b.source]:
                continue
            if similarity is None:
                if same_unit(a.row, b.row):
                    candidates.append((1.0, i, j))
                continue
            floor = settings.dispute_context_cosine
            if high < settings.dispute_small_number and not a.unit:
                floor += settings.dispute_small_extra
            score = float(similarity[i, j])
            if score >= floor:
                candidates.append((score, i, j))
    linked = False
    # Best pairs first; a group never spans more than the ratio, so chains cannot drift.
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        low, high = min(low_of[ri], low_of[rj]), max(high_of[ri], high_of[rj])
        if low <= 0 or high / low > settings.dispute_max_ratio:
            continue
        parent[rj] = ri
        low_of[ri], high_of[ri] = low, high
        linked = True
    if not linked:
        return []
    clusters: dict[int, list[int]] = {}
    for i in range(len(numbers)):
        clusters.setdefault(root(i), []).append(i)
    disputes: list[NumberDispute] = []
    for members in clusters.values():
        keys = {numbers[m].key for m in members}
        if len(keys) < 2:
            continue
        carriers: dict[str, list[str]] = {}
        wording: dict[str, str] = {}
        for m in members:
            number = numbers[m]
            if number.article_id not in carriers.setdefault(number.key, []):
                carriers[number.key].append(number.article_id)
            wording.setdefault(number.key, number.text)
        ordered = sorted(carriers, key=lambda k: (-len(carriers[k]), k))
        versions = tuple(DisputedVersion(k, wording[k], tuple(carriers[k])) for k in ordered)
        rows = tuple(sorted({numbers[m].row for m in members}))
        disputes.append(NumberDispute(rows, Disagreement("number", versions)))
    return disputes
