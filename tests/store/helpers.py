"""Builders of synthetic analysed articles for store and cluster tests."""

from __future__ import annotations

import numpy as np

from newsprism.records import Analysis, AnalyzedArticle, Article, DateMention, Entity, Sentence


def unit(seed: int, dimension: int = 512) -> np.ndarray:
    vector = np.random.default_rng(seed).normal(size=dimension).astype(np.float32)
    return vector / np.linalg.norm(vector)


def near(base: np.ndarray, seed: int, noise: float = 0.2) -> np.ndarray:
    vector = base + noise * unit(seed)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def analysed(
    article_id: str, vector: np.ndarray, published: str | None = None, text: str = "Some text here."
) -> AnalyzedArticle:
    article = Article(id=article_id, text=text, title=f"Title {article_id}", published=published, source="Outlet")
    sentences = (Sentence(0, 0, len(article.title), article.title, True), Sentence(1, 0, len(text), text))
    analysis = Analysis(
        article_id=article_id,
        language="en",
        language_confidence=0.99,
        sentences=sentences,
        sentence_vectors=np.stack([vector, vector]),
        doc_vector=vector,
        entities=(Entity("Paris", "LOC", 0, 5, "Paris", "loc:paris"),),
        dates=(DateMention("Monday", 0, 6, "2024-03-04"),),
        reference_date=(published or "2024-03-05")[:10],
    )
    return AnalyzedArticle(article, analysis)
