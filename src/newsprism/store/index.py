"""Approximate nearest-neighbour index over article vectors (usearch HNSW).

usearch was chosen over hnswlib and faiss: it is maintained, ships wheels
with no system dependencies, supports incremental ``add`` without a rebuild,
cosine on float16 storage, exact search for small collections, and saves to a
single file that can be memory-mapped. The index is derived data: the SQLite
store is the source of truth, and a missing, stale or damaged index file is
rebuilt from it on open.
"""

from __future__ import annotations

import abc
import logging
from collections.abc import Iterable
from pathlib import Path

import lightgbm  # noqa: F401  - must load before usearch, see below
import numpy as np
from usearch.index import Index

from newsprism.records import Vector

logger = logging.getLogger(__name__)

# Why lightgbm is imported above: once usearch 2.26's extension is loaded, LightGBM
# 4.7 can no longer load a text model in the same process (its parameter dump comes
# back truncated and Booster() raises JSONDecodeError). Loading LightGBM's library
# first avoids it; tests/store/test_index.py guards this.

#: Below this size, search is exhaustive: exact and deterministic, and still fast.
EXACT_SEARCH_BELOW = 20_000


class VectorIndex(abc.ABC):
    """Nearest neighbours by cosine similarity over integer keys."""

    @abc.abstractmethod
    def add(self, keys: Iterable[int], vectors: Vector) -> None:
        """Add vectors under integer keys (keys already present are ignored)."""

    @abc.abstractmethod
    def search(self, vector: Vector, count: int) -> list[tuple[int, float]]:
        """``(key, cosine similarity)`` of the nearest vectors, most similar first."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """Number of vectors held."""

    @abc.abstractmethod
    def max_key(self) -> int:
        """Largest key held (0 when empty)."""

    def save(self) -> None:  # noqa: B027 - optional hook; in-memory indexes have nothing to save
        """Persist the index, where the backend persists."""


class UsearchIndex(VectorIndex):
    """usearch HNSW index, saved next to the database as ``<db>.usearch``.

    Args:
        dimension: Vector size.
        path: Where to save; None keeps it in memory only.
    """

    def __init__(self, dimension: int = 512, path: str | Path | None = None) -> None:
        self.dimension = dimension
        self.path = Path(path) if path else None
        self._index = self._new()
        self._max_key = 0
        self._dirty = False
        if self.path and self.path.exists():
            try:
                self._index.load(str(self.path))
                keys = np.asarray(self._index.keys, dtype=np.int64)
                self._max_key = int(keys.max()) if keys.size else 0
            except (RuntimeError, ValueError, OSError) as error:
                logger.warning("ANN index %s unreadable (%s); rebuilding from the store", self.path, error)
                self._index = self._new()
                self._max_key = 0

    def clear(self) -> None:
        """Drop every vector (the saved file is replaced at the next :meth:`save`)."""
        self._index = self._new()
        self._max_key = 0
        self._dirty = True

    def _new(self) -> Index:
        return Index(ndim=self.dimension, metric="cos", dtype="f16", connectivity=16, expansion_add=128)

    def add(self, keys: Iterable[int], vectors: Vector) -> None:
        key_array = np.asarray(list(keys), dtype=np.uint64)
        if key_array.size == 0:
            return
        fresh = np.array([not self._index.contains(int(k)) for k in key_array], dtype=bool)
        if not fresh.any():
            return
        # One thread: insertion order then fixes the graph, so runs are repeatable.
        self._index.add(key_array[fresh], np.asarray(vectors, dtype=np.float32)[fresh], threads=1)
        self._max_key = max(self._max_key, int(key_array.max()))
        self._dirty = True

    def search(self, vector: Vector, count: int) -> list[tuple[int, float]]:
        if len(self._index) == 0 or count <= 0:
            return []
        matches = self._index.search(
            np.asarray(vector, dtype=np.float32), count, threads=1, exact=len(self._index) < EXACT_SEARCH_BELOW
        )
        return [
            (int(key), 1.0 - float(distance)) for key, distance in zip(matches.keys, matches.distances, strict=True)
        ]

    def __len__(self) -> int:
        return len(self._index)

    def max_key(self) -> int:
        return self._max_key

    def save(self) -> None:
        if self.path and self._dirty:
            temporary = self.path.with_suffix(self.path.suffix + ".tmp")
            self._index.save(str(temporary))
            temporary.replace(self.path)  # atomic: a crash leaves the old file or the new one
            self._dirty = False
