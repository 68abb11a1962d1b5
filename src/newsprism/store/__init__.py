"""Storage: articles, analyses and stories (SQLite by default) plus the ANN index."""

from __future__ import annotations

from newsprism.store.base import Store
from newsprism.store.index import UsearchIndex, VectorIndex
from newsprism.store.sqlite import SCHEMA_VERSION, SQLiteStore

__all__ = ["SCHEMA_VERSION", "SQLiteStore", "Store", "UsearchIndex", "VectorIndex"]
