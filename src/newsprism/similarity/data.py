"""Reading labelled article pairs (SemEval-2022 Task 8 layout) and grouping them for cross-validation.

A pair's ``pair_id`` is ``ID1_ID2``; machine-translated augmentation records
carry a language tag after each id (``1483801573ru_1483801577ru``), which is
stripped to find the real article ids, so that an augmented copy always falls
in the same cross-validation group as the real pair it was made from.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.records import DIMENSIONS, Article

#: An article id inside a pair id: digits (SemEval ids) or any word, then an optional language tag.
_ARTICLE_ID = re.compile(r"([0-9]+)[a-z]{0,3}")


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """One pair of article texts with (optional) gold labels.

    Attributes:
        pair_id: ``ID1_ID2`` as given.
        article_ids: The two real article ids (language tags removed).
        text1: First text; its first line is the title.
        text2: Second text; its first line is the title.
        lang1: Declared language of ``text1`` (ISO 639-1) or ``None``.
        lang2: Declared language of ``text2`` or ``None``.
        labels: Gold value per dimension (only the dimensions the record carries).
        augmented: Machine-translated augmentation record (train only).
        source: Where the record came from.
    """

    pair_id: str
    article_ids: tuple[str, str]
    text1: str
    text2: str
    lang1: str | None
    lang2: str | None
    labels: dict[str, float]
    augmented: bool
    source: str


def article_ids_of(pair_id: str) -> tuple[str, str]:
    """The two real article ids of ``pair_id`` (``ID1_ID2``), language tags stripped.

    Ids that are not numeric are kept whole, so any ``A_B`` id still splits in two.
    """
    left, _, right = pair_id.partition("_")
    ids: list[str] = []
    for part in (left, right):
        match = _ARTICLE_ID.fullmatch(part)
        ids.append(match.group(1) if match else part)
    return ids[0], ids[1]


def split_title(text: str) -> tuple[str, str]:
    """Split a pair text into ``(title, body)``: the first non-empty line is the title."""
    stripped = text.lstrip()
    title, _, body = stripped.partition("\n")
    if not body.strip():
        # A single line: no separate title.
        return "", stripped
    return title.strip(), body.strip()


def text_key(text: str, language: str | None = None) -> str:
    """Stable key of a text (and its declared language) for caches."""
    return hashlib.sha256(f"{language or ''}\x00{text}".encode()).hexdigest()[:24]


def article_from_text(text: str, language: str | None = None, published: str | None = None) -> Article:
    """An :class:`Article` from a pair text whose first line is the title."""
    title, body = split_title(text)
    return Article(id=text_key(text, language), text=body, title=title, language=language, published=published)


def _labels_of(record: dict[str, Any]) -> dict[str, float]:
    labels: dict[str, float] = {}
    for name in DIMENSIONS:
        value = record.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            labels[name] = float(value)
    return labels


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_pairs(path: str | Path) -> list[LabelledPair]:
    """Read labelled pairs, keeping one record per real pair and every augmentation record.

    The same real pair may appear once per ``source``; the copy with the longest
    texts is kept (some sources cut texts to their head and tail).

    Args:
        path: A JSON Lines file in the SemEval-2022 Task 8 layout.

    Returns:
        Real pairs first (in file order of their first appearance), then augmentation records.
    """
    real: dict[str, LabelledPair] = {}
    augmented: list[LabelledPair] = []
    for record in _records(Path(path)):
        pair = LabelledPair(
            pair_id=str(record["pair_id"]),
            article_ids=article_ids_of(str(record["pair_id"])),
            text1=str(record["text1"]),
            text2=str(record["text2"]),
            lang1=record.get("lang1"),
            lang2=record.get("lang2"),
            labels=_labels_of(record),
            augmented=bool(record.get("augmented_mt", False)),
            source=str(record.get("source", "")),
        )
        if pair.augmented:
            augmented.append(pair)
            continue
        previous = real.get(pair.pair_id)
        if previous is None or len(pair.text1) + len(pair.text2) > len(previous.text1) + len(previous.text2):
            real[pair.pair_id] = pair
    return [*real.values(), *augmented]


def connected_groups(id_pairs: Sequence[tuple[str, str]]) -> list[int]:
    """Group index per pair: pairs sharing an article (directly or through others) share a group."""
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for left, right in id_pairs:
        root_left, root_right = find(left), find(right)
        if root_left != root_right:
            parent[root_right] = root_left
    numbering: dict[str, int] = {}
    return [numbering.setdefault(find(left), len(numbering)) for left, _ in id_pairs]


def pair_groups(pairs: Sequence[LabelledPair]) -> list[int]:
    """Cross-validation group per pair: pairs linked by an article id or by an identical text.

    Some articles appear under two ids; linking identical texts keeps such a text
    on one side of every fold.
    """
    links: list[tuple[str, str]] = []
    for pair in pairs:
        first, second = pair.article_ids
        links.append((f"id:{first}", f"id:{second}"))
    for pair in pairs:
        first, second = pair.article_ids
        links.append((f"id:{first}", f"text:{text_key(pair.text1)}"))
        links.append((f"id:{second}", f"text:{text_key(pair.text2)}"))
    # The extra links only merge groups; the result is read for the pairs' own links.
    return connected_groups(links)[: len(pairs)]


def data_hash(path: str | Path) -> str:
    """SHA-256 of a training file, recorded in the artifact manifest."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def unique_texts(pairs: Iterable[LabelledPair]) -> list[tuple[str, str | None]]:
    """Distinct ``(text, declared language)`` of all pairs, in first-seen order."""
    seen: dict[tuple[str, str | None], None] = {}
    for pair in pairs:
        seen.setdefault((pair.text1, pair.lang1), None)
        seen.setdefault((pair.text2, pair.lang2), None)
    return list(seen)
