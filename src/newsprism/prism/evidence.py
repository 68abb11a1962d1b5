"""Language-independent evidence carried by each sentence: entities, places, dates, numbers, names.

Embeddings say two sentences are about the same thing; this evidence confirms
it (or shows where they differ) without translation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii

from newsprism.prism.numbers import NumberMention, find_numbers
from newsprism.records import Analysis, Article, DateMention, Place, Quote, Sentence

#: Integers this small ("two ministers", "3 days") confirm little on their own.
_SMALL_NUMBER = 10
#: Name-like words compared by this many leading ASCII letters, so that Russia/Russland/Russie meet.
_NAME_PREFIX = 4
_MAX_NAMES = 24
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,40}", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SentenceEvidence:
    """What one sentence names, dates, places and counts.

    Attributes:
        numbers: Quantities (years and numbers inside date expressions left out).
        dates: Date mentions inside the sentence.
        places: Place mentions inside the sentence.
        entity_ids: Canonical ids of the entities it mentions.
        names: Short ASCII prefixes of its capitalised words after the first (a weak, lexical anchor).
        initial: The prefix of its first word when capitalised: a name or just the sentence start.
        quotes: Quotes that start inside the sentence.
        anchors: Strong anchors as prefixed keys (``e:``, ``p:``, ``d:``, ``n:``, ``y:``).
    """

    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    entity_ids: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    initial: str = ""
    quotes: tuple[Quote, ...] = ()
    anchors: frozenset[str] = frozenset()


def _prefix(word: str) -> str:
    if len(word) < _NAME_PREFIX or not word[0].isupper():
        return ""
    folded = anyascii(word).lower()
    return folded[:_NAME_PREFIX] if len(folded) >= _NAME_PREFIX and folded.isalpha() else ""


def name_prefixes(text: str) -> tuple[frozenset[str], str]:
    """ASCII prefixes of the capitalised words of ``text``: those after the first, and the first's."""
    prefixes: set[str] = set()
    initial = ""
    for position, match in enumerate(_WORD.finditer(text[:2_000])):
        prefix = _prefix(match.group(0))
        if position == 0:
            initial = prefix
        elif prefix:
            prefixes.add(prefix)
        if len(prefixes) >= _MAX_NAMES:
            break
    return frozenset(prefixes), initial


def _anchors(
    numbers: Sequence[NumberMention],
    years: Sequence[NumberMention],
    dates: Sequence[DateMention],
    places: Sequence[Place],
    entity_ids: frozenset[str],
) -> frozenset[str]:
    keys = {f"e:{e}" for e in entity_ids}
    keys.update(f"p:{p.code}" for p in places)
    keys.update(f"d:{d.value}" for d in dates)
    keys.update(f"y:{n.key()}" for n in years)
    keys.update(f"n:{n.key()}" for n in numbers if n.unit or n.value > _SMALL_NUMBER or n.value != int(n.value))
    return frozenset(keys)


def _in_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def sentence_evidence(article: Article, analysis: Analysis) -> list[SentenceEvidence]:
    """Evidence for each sentence of an analysed article, in sentence order.

    Mentions are assigned to the body sentence that contains their start; the
    title (whose offsets are into ``article.title``) gets the entities and places
    whose surface form it contains.
    """
    sentences: Sequence[Sentence] = analysis.sentences
    body = [s for s in sentences if not s.is_title]
    starts = [s.start for s in body]

    def owner(start: int) -> int | None:
        position = bisect.bisect_right(starts, start) - 1
        if position >= 0 and start < body[position].end:
            return body[position].index
        return None

    by_sentence: dict[int, dict[str, list[object]]] = {s.index: {"e": [], "d": [], "p": [], "q": []} for s in sentences}
    for kind, mentions in (
        ("e", analysis.entities),
        ("d", analysis.dates),
        ("p", analysis.places),
        ("q", analysis.quotes),
    ):
        for mention in mentions:
            index = owner(mention.start)
            if index is not None:
                by_sentence[index][kind].append(mention)

    surfaces: dict[str, str] = {}
    for entity in analysis.entities:
        if len(entity.text) >= 3:
            surfaces.setdefault(entity.text, f"e:{entity.entity_id}")
    for place in analysis.places:
        if len(place.text) >= 3:
            surfaces.setdefault(place.text, f"p:{place.code}")

    result: list[SentenceEvidence] = []
    for sentence in sentences:
        found = by_sentence[sentence.index]
        dates: list[DateMention] = found["d"]  # type: ignore[assignment]
        places: list[Place] = found["p"]  # type: ignore[assignment]
        entity_ids = frozenset(e.entity_id for e in found["e"])  # type: ignore[attr-defined]
        date_spans = [(d.start - sentence.start, d.end - sentence.start) for d in dates]
        numbers: list[NumberMention] = []
        years: list[NumberMention] = []
        for number in find_numbers(sentence.text, analysis.language):
            if _in_spans(number.start, number.end, date_spans):
                continue
            (years if number.is_year else numbers).append(number)
        anchors = _anchors(numbers, years, dates, places, entity_ids)
        if sentence.is_title:
            # Mention finders read the body only; borrow what the title visibly names.
            extra = {key for surface, key in surfaces.items() if surface in sentence.text}
            anchors = anchors | extra
            entity_ids = entity_ids | {k[2:] for k in extra if k.startswith("e:")}
        names, initial = name_prefixes(sentence.text)
        result.append(
            SentenceEvidence(
                numbers=tuple(numbers),
                dates=tuple(dates),
                places=tuple(places),
                entity_ids=entity_ids,
                names=names,
                initial=initial,
                quotes=tuple(found["q"]),  # type: ignore[arg-type]
                anchors=anchors,
            )
        )
    return result
