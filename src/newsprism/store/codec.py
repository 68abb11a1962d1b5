"""Compact, versioned encodings of analyses for storage.

Sentence vectors are kept as float16 (half the bytes; cosine error ~1e-3, far
below any threshold used), document vectors as float32. Mentions and sentences
are JSON lists of plain objects.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import numpy as np

from newsprism.records import Analysis, DateMention, Entity, Place, Quote, Sentence, Vector

DIMENSION = 512


def pack_vectors(vectors: Vector, dtype: type[np.floating[Any]] = np.float16) -> bytes:
    """Serialise a 1-d or 2-d float array as raw little-endian bytes."""
    return np.ascontiguousarray(vectors, dtype=np.dtype(dtype).newbyteorder("<")).tobytes()


def unpack_vectors(blob: bytes, dtype: type[np.floating[Any]] = np.float16, dimension: int = DIMENSION) -> Vector:
    """Inverse of :func:`pack_vectors`; always returns float32 rows of ``dimension``."""
    array = np.frombuffer(blob, dtype=np.dtype(dtype).newbyteorder("<")).astype(np.float32)
    return array.reshape(-1, dimension) if array.size else np.zeros((0, dimension), dtype=np.float32)


def _dump(items: tuple[Any, ...]) -> str:
    return json.dumps([asdict(item) for item in items], ensure_ascii=False, separators=(",", ":"))


def encode_analysis(analysis: Analysis) -> dict[str, Any]:
    """Column values for one analysis row."""
    return {
        "article_id": analysis.article_id,
        "language": analysis.language,
        "language_confidence": analysis.language_confidence,
        "reference_date": analysis.reference_date,
        "sentences": _dump(analysis.sentences),
        "sentence_vectors": pack_vectors(analysis.sentence_vectors),
        "doc_vector": pack_vectors(analysis.doc_vector, np.float32),
        "entities": _dump(analysis.entities),
        "quotes": _dump(analysis.quotes),
        "dates": _dump(analysis.dates),
        "places": _dump(analysis.places),
    }


def decode_analysis(row: Any) -> Analysis:
    """Rebuild an :class:`Analysis` from a row with the columns of :func:`encode_analysis`."""
    return Analysis(
        article_id=row["article_id"],
        language=row["language"],
        language_confidence=row["language_confidence"],
        sentences=tuple(Sentence(**item) for item in json.loads(row["sentences"])),
        sentence_vectors=unpack_vectors(row["sentence_vectors"]),
        doc_vector=unpack_vectors(row["doc_vector"], np.float32)[0],
        entities=tuple(Entity(**item) for item in json.loads(row["entities"])),
        quotes=tuple(Quote(**item) for item in json.loads(row["quotes"])),
        dates=tuple(DateMention(**item) for item in json.loads(row["dates"])),
        places=tuple(Place(**item) for item in json.loads(row["places"])),
        reference_date=row["reference_date"],
    )
