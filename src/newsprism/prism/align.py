"""Cross-lingual alignment of a story's sentences into units of content.

Blocking first: each sentence gets its top-k most similar sentences of other
sources (exact matrix products in row blocks, or an ANN index for very large
stories), so the cost grows with n·k, not with every pair. Each candidate is then
confirmed by shared evidence (entities, places, dates, numbers, names) before two
sentences are joined; the embedding alone joins only near-translations where one
side has nothing to confirm with.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.prism.evidence import SentenceEvidence
from newsprism.prism.settings import PrismSettings
from newsprism.records import Vector


@dataclass(frozen=True, slots=True)
class Alignment:
    """Groups of sentence positions (each one unit) and the cosine that joined each group."""

    groups: tuple[tuple[int, ...], ...]
    cohesion: tuple[float, ...]


def _exact_candidates(
    vectors: Vector, owners: np.ndarray, k: int, floor: float, block_rows: int
) -> list[tuple[float, int, int]]:
    """Top-k neighbours of each row among rows of other owners, by matrix products in row blocks."""
    count = vectors.shape[0]
    pairs: list[tuple[float, int, int]] = []
    take = min(k, count)
    for begin in range(0, count, block_rows):
        end = min(begin + block_rows, count)
        scores = vectors[begin:end] @ vectors.T
        scores[owners[begin:end, None] == owners[None, :]] = -2.0
        if take < count:
            top = np.argpartition(-scores, take - 1, axis=1)[:, :take]
        else:
            top = np.broadcast_to(np.arange(count), (end - begin, count))
        for row, columns in enumerate(top):
            i = begin + row
            for j in columns:
                score = float(scores[row, j])
                if score >= floor:
                    pairs.append((score, min(i, int(j)), max(i, int(j))))
    return pairs


def _ann_candidates(vectors: Vector, owners: np.ndarray, k: int, floor: float) -> list[tuple[float, int, int]]:
    """Top-k neighbours of other owners from an HNSW index (usearch); over-fetches to skip same-owner hits."""
    from usearch.index import Index

    index = Index(ndim=vectors.shape[1], metric="cos", dtype="f32")
    keys = np.arange(vectors.shape[0], dtype=np.uint64)
    index.add(keys, vectors)
    fetch = min(vectors.shape[0], 3 * k + 1)
    matches = index.search(vectors, fetch)
    pairs: list[tuple[float, int, int]] = []
    for i in range(vectors.shape[0]):
        kept = 0
        for key, distance in zip(matches.keys[i], matches.distances[i], strict=True):
            j = int(key)
            if j >= vectors.shape[0] or owners[j] == owners[i]:
                continue
            score = 1.0 - float(distance)
            if score < floor:
                break
            pairs.append((score, min(i, j), max(i, j)))
            kept += 1
            if kept >= k:
                break
    return pairs


def candidate_pairs(vectors: Vector, owners: Sequence[int], settings: PrismSettings) -> list[tuple[float, int, int]]:
    """Candidate sentence pairs ``(cosine, i, j)`` with ``i < j`` of different owners, best first.

    Args:
        vectors: Unit-norm sentence vectors, one row per sentence.
        owners: For each row, the index of its source.
        settings: Neighbour count, similarity floor, block size, ANN cut-over.
    """
    if vectors.shape[0] < 2:
        return []
    owner_array = np.asarray(owners, dtype=np.int64)
    matrix = np.ascontiguousarray(vectors, dtype=np.float32)
    if matrix.shape[0] >= settings.ann_min_sentences:
        pairs = _ann_candidates(matrix, owner_array, settings.neighbours, settings.candidate_cosine)
    else:
        pairs = _exact_candidates(
            matrix, owner_array, settings.neighbours, settings.candidate_cosine, settings.block_rows
        )
    unique = {(i, j): score for score, i, j in pairs}
    return sorted(((score, i, j) for (i, j), score in unique.items()), key=lambda p: (-p[0], p[1], p[2]))


def common_evidence(owners: Sequence[int], evidence: Sequence[SentenceEvidence]) -> frozenset[str]:
    """Anchors and names the story repeats: in more sentences than there are sources, plus two.

    Such evidence (the story's city, its main actor) shows that two sentences belong
    to the story, not that they say the same thing, so it confirms less.
    """
    counts: Counter[str] = Counter()
    for found in evidence:
        counts.update(found.anchors)
        counts.update(f"name:{n}" for n in found.names)
    limit = len(set(owners)) + 2
    return frozenset(key for key, count in counts.items() if count > limit)


def confirmed(
    cosine: float,
    a: SentenceEvidence,
    b: SentenceEvidence,
    settings: PrismSettings,
    common: frozenset[str] = frozenset(),
) -> bool:
    """Whether two similar sentences carry the same content, judged on their shared evidence.

    Shared evidence adds a bonus to the cosine (more for anchors specific to few
    sentences of the story); the sum must reach ``anchored_cosine``. Without shared
    evidence, only a near-translation is trusted, and only where one side has
    nothing to confirm with.
    """
    shared = a.anchors & b.anchors
    specific = [k for k in shared if k not in common]
    names = a.names & b.names
    if a.initial and a.initial in b.names:
        names = names | {a.initial}
    if b.initial and b.initial in a.names:
        names = names | {b.initial}
    if shared or names:
        cap = settings.max_evidence
        bonus = settings.specific_anchor_bonus * min(len(specific), cap)
        bonus += settings.common_anchor_bonus * min(len(shared) - len(specific), cap)
        bonus += settings.name_bonus * min(len(names), cap)
        return cosine + bonus >= settings.anchored_cosine
    nothing_to_check = not (a.anchors or a.names or a.initial) or not (b.anchors or b.names or b.initial)
    return nothing_to_check and cosine >= settings.unanchored_cosine


def align(
    vectors: Vector, owners: Sequence[int], evidence: Sequence[SentenceEvidence], settings: PrismSettings
) -> Alignment:
    """Group sentences into units: confirmed candidate pairs joined best first.

    A unit holds at most one sentence per source, which also stops chains of
    loosely related sentences from growing across the story.
    """
    count = len(owners)
    parent = list(range(count))
    members: dict[int, set[int]] = {i: {owners[i]} for i in range(count)}
    score_sum: dict[int, float] = {i: 0.0 for i in range(count)}
    edges: dict[int, int] = {i: 0 for i in range(count)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    common = common_evidence(owners, evidence)
    for cosine, i, j in candidate_pairs(vectors, owners, settings):
        ri, rj = root(i), root(j)
        if ri == rj or members[ri] & members[rj]:
            continue
        if not confirmed(cosine, evidence[i], evidence[j], settings, common):
            continue
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        parent[gone] = keep
        members[keep] |= members.pop(gone)
        score_sum[keep] += score_sum.pop(gone) + cosine
        edges[keep] += edges.pop(gone) + 1

    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    ordered = sorted(groups.items(), key=lambda item: item[1][0])
    return Alignment(
        groups=tuple(tuple(g) for _, g in ordered),
        cohesion=tuple(round(score_sum[r] / edges[r], 4) if edges[r] else 1.0 for r, _ in ordered),
    )
