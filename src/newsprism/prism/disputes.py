"""Disagreements inside a unit: one event, different numbers, dates, places or speakers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from newsprism.prism.evidence import SentenceEvidence
from newsprism.prism.settings import PrismSettings
from newsprism.records import Disagreement, DisagreementKind, DisputedVersion


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
    members: Sequence[tuple[str, SentenceEvidence]], settings: PrismSettings
) -> tuple[Disagreement, ...]:
    """What the sources of one unit differ on.

    Args:
        members: ``(article_id, evidence)`` of each sentence of the unit, one per source.
        settings: How far apart two numbers or dates may be and still be versions of one detail.

    Returns:
        One :class:`Disagreement` per disputed detail, versions most carried first.
    """
    if len({article_id for article_id, _ in members}) < 2:
        return ()
    found: list[Disagreement] = []
    found += _disagreement("number", members, _numbers, settings)
    found += _disagreement("date", members, _dates, settings)
    found += _disagreement("place", members, _places, settings)
    found += _disagreement("attribution", members, _speakers, settings)
    return tuple(found)
