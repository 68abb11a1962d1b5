"""Analyses of pair texts, computed in batches and optionally cached on disk.

Training analyses a few thousand texts (and, for the ``e5`` variant, embeds
their leads); the cache (a folder of NumPy arrays and
JSON, no pickle) lets repeated training and evaluation runs skip the encoder.
Keys cover the text, its declared language and the encoder's name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsprism.analyze.pipeline import Analyzer, document_vector
from newsprism.records import Analysis, AnalyzedArticle, Sentence
from newsprism.similarity.data import article_from_text, text_key
from newsprism.similarity.lead import LeadEncoder

#: Texts analysed per encoder call (bounds memory, gives progress).
_BATCH = 64


def _to_json(analysis: Analysis) -> dict[str, object]:
    return {
        "language": analysis.language,
        "confidence": analysis.language_confidence,
        "sentences": [[s.start, s.end, s.text, s.is_title] for s in analysis.sentences],
    }


def _from_json(article_id: str, meta: dict[str, object], vectors: np.ndarray) -> Analysis:
    rows = meta["sentences"]
    assert isinstance(rows, list)
    sentences = tuple(
        Sentence(index=i, start=int(row[0]), end=int(row[1]), text=str(row[2]), is_title=bool(row[3]))
        for i, row in enumerate(rows)
    )
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    return Analysis(
        article_id=article_id,
        language=str(meta["language"]),
        language_confidence=float(meta["confidence"]),  # type: ignore[arg-type]
        sentences=sentences,
        sentence_vectors=vectors,
        doc_vector=document_vector(sentences, vectors),
    )


class AnalysisCache:
    """Append-only on-disk store of analyses keyed by text, language and encoder.

    Args:
        folder: Where chunks are written; created when missing.
        encoder_name: Part of every key, so analyses of different encoders never mix.
    """

    def __init__(self, folder: str | Path, encoder_name: str) -> None:
        self.folder = Path(folder)
        self.encoder_name = encoder_name
        self._entries: dict[str, tuple[dict[str, object], np.ndarray]] = {}
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if not self.folder.exists():
            return
        for meta_path in sorted(self.folder.glob(f"{self.encoder_name}-*.json")):
            vector_path = meta_path.with_suffix(".npy")
            if not vector_path.exists():
                continue
            metas = json.loads(meta_path.read_text(encoding="utf-8"))
            vectors = np.load(vector_path, allow_pickle=False)
            for meta in metas:
                start, end = int(meta["rows"][0]), int(meta["rows"][1])
                self._entries[str(meta["key"])] = (meta, vectors[start:end])

    def get(self, key: str) -> tuple[dict[str, object], np.ndarray] | None:
        """The stored entry for ``key``, or ``None``."""
        self._load()
        return self._entries.get(key)

    def put_many(self, items: Sequence[tuple[str, Analysis]]) -> None:
        """Store analyses (one new chunk file pair)."""
        self._load()
        if not items:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        chunk = len(list(self.folder.glob(f"{self.encoder_name}-*.json")))
        metas: list[dict[str, object]] = []
        blocks: list[np.ndarray] = []
        row = 0
        for key, analysis in items:
            meta = _to_json(analysis)
            count = len(analysis.sentences)
            meta.update(key=key, rows=[row, row + count])
            row += count
            metas.append(meta)
            blocks.append(analysis.sentence_vectors)
            self._entries[key] = (meta, analysis.sentence_vectors)
        vectors = np.concatenate(blocks, axis=0) if blocks else np.zeros((0, 0), dtype=np.float32)
        stem = self.folder / f"{self.encoder_name}-{chunk:05d}"
        np.save(stem.with_suffix(".npy"), vectors.astype(np.float32), allow_pickle=False)
        # The JSON is written last: a chunk without it is ignored, so an interrupted write is harmless.
        stem.with_suffix(".json").write_text(json.dumps(metas, ensure_ascii=False), encoding="utf-8")


def analyze_texts(
    texts: Sequence[tuple[str, str | None]],
    *,
    analyzer: Analyzer | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[AnalyzedArticle]:
    """Analyse pair texts (first line = title), reusing cached analyses where present.

    Args:
        texts: ``(text, declared language or None)`` items.
        analyzer: The analyzer; ``Analyzer(with_mentions=False)`` by default.
        cache_dir: Folder for the on-disk cache; ``None`` disables it.
        progress: Called with ``(done, total)`` after each batch.

    Returns:
        One analysed article per input item, in order.
    """
    analyzer = analyzer or Analyzer(with_mentions=False)
    encoder_name = str(getattr(analyzer.encoder, "name", "use-multilingual-v3"))
    cache = AnalysisCache(cache_dir, encoder_name) if cache_dir is not None else None
    articles = [article_from_text(text, language) for text, language in texts]
    results: dict[int, AnalyzedArticle] = {}
    missing: list[int] = []
    for index, article in enumerate(articles):
        key = text_key(texts[index][0], texts[index][1])
        entry = cache.get(key) if cache is not None else None
        if entry is None:
            missing.append(index)
        else:
            results[index] = AnalyzedArticle(article, _from_json(article.id, entry[0], entry[1]))
    for start in range(0, len(missing), _BATCH):
        batch = missing[start : start + _BATCH]
        analyses = analyzer.analyze_many([articles[i] for i in batch])
        stored: list[tuple[str, Analysis]] = []
        for index, analysis in zip(batch, analyses, strict=True):
            results[index] = AnalyzedArticle(articles[index], analysis)
            stored.append((text_key(texts[index][0], texts[index][1]), analysis))
        if cache is not None:
            cache.put_many(stored)
        if progress is not None:
            progress(min(start + _BATCH, len(missing)), len(missing))
    return [results[i] for i in range(len(articles))]


def lead_vectors(
    texts: Sequence[tuple[str, str | None]],
    encoder: LeadEncoder,
    *,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> npt.NDArray[np.float32]:
    """Lead embeddings of pair texts (first line = title), reusing cached ones where present.

    Args:
        texts: ``(text, declared language or None)`` items.
        encoder: The lead encoder.
        cache_dir: Folder for the on-disk cache; ``None`` disables it.
        progress: Called with ``(done, total)`` after each batch.

    Returns:
        ``(len(texts), encoder.dimension)`` float32.
    """
    keys = [text_key(text, language) for text, language in texts]
    stored: dict[str, npt.NDArray[np.float32]] = {}
    keys_path = vectors_path = None
    if cache_dir is not None:
        keys_path = Path(cache_dir) / f"{encoder.name}-leads.json"
        vectors_path = keys_path.with_suffix(".npy")
        if keys_path.exists() and vectors_path.exists():
            known = json.loads(keys_path.read_text(encoding="utf-8"))
            matrix = np.load(vectors_path, allow_pickle=False)
            stored = {str(key): matrix[row] for row, key in enumerate(known)}
    missing = [i for i, key in enumerate(keys) if key not in stored]
    for start in range(0, len(missing), _BATCH):
        batch = missing[start : start + _BATCH]
        vectors = encoder.encode([article_from_text(*texts[i]) for i in batch])
        for index, vector in zip(batch, vectors, strict=True):
            stored[keys[index]] = vector
        if progress is not None:
            progress(min(start + _BATCH, len(missing)), len(missing))
    if missing and keys_path is not None and vectors_path is not None:
        keys_path.parent.mkdir(parents=True, exist_ok=True)
        ordered = list(stored)
        np.save(vectors_path, np.vstack([stored[k] for k in ordered]).astype(np.float32), allow_pickle=False)
        keys_path.write_text(json.dumps(ordered), encoding="utf-8")
    if not keys:
        return np.zeros((0, encoder.dimension), dtype=np.float32)
    return np.vstack([stored[key] for key in keys]).astype(np.float32)
