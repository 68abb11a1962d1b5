"""Pair features: what the embeddings, names, numbers, dates and style say about two articles.

The model's input is these pair features, then (``e5`` variant) the cosine
of the articles' e5 lead embeddings, then topic features
(:mod:`newsprism.similarity.topics`), which need the model's topic axes.
Every feature is symmetric (swapping the two articles gives the same vector),
because the seven dimensions are. Missing evidence is ``NaN`` (no title, no
publication date), which the gradient-boosted model treats as missing, not as 0.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from newsprism.records import AnalyzedArticle
from newsprism.similarity.lead import E5_DIMENSION, LEAD_CHUNKS
from newsprism.similarity.signals import STYLE_NAMES, ArticleSignals
from newsprism.similarity.topics import TOPIC_FEATURE_NAMES

#: Sentences counted as the lead (after the title).
LEAD_SENTENCES = 3
#: Alignment coverage is measured at these cosine thresholds (USE scale).
COVERAGE_THRESHOLDS: tuple[float, ...] = (0.4, 0.5, 0.6, 0.7, 0.8)
#: At most this many sentences per article take part in the alignment matrix (bounds cost).
MAX_ALIGNED_SENTENCES = 200

FeatureVector = npt.NDArray[np.float64]

_NAN = float("nan")


def _names() -> tuple[str, ...]:
    names = [
        "doc_cos",
        "mean_sentence_cos",
        "title_cos",
        "lead_cos",
        "title_lead_cos_max",
        "title_lead_cos_min",
        "title_best_sentence_min",
        "align_mean_min",
        "align_mean_max",
        "align_median_min",
        "align_median_max",
        "align_lead_min",
        "align_lead_max",
        "align_top",
        "align_top5",
        "align_all_mean",
    ]
    for threshold in COVERAGE_THRESHOLDS:
        names += [f"coverage_{threshold:.1f}_min", f"coverage_{threshold:.1f}_max"]
    names += [
        "names_jaccard",
        "names_overlap",
        "names_shared_log",
        "names_weighted_cos",
        "title_names_overlap",
        "words_jaccard",
        "words_weighted_cos",
        "numbers_jaccard",
        "numbers_shared_log",
        "years_jaccard",
        "years_nearest_gap",
        "published_gap_days_log",
        "sentences_log_min",
        "sentences_log_max",
        "chars_log_min",
        "chars_log_diff",
        "same_language",
        "caseless_pair",
        "mixed_case_pair",
    ]
    for style in STYLE_NAMES:
        names += [f"{style}_diff", f"{style}_mean"]
    return tuple(names)


#: What :func:`pair_features` returns.
PAIR_FEATURE_NAMES: tuple[str, ...] = _names()
#: What :func:`lead_features` returns (the ``e5`` variant only).
LEAD_FEATURE_NAMES: tuple[str, ...] = (
    "e5_lead_cos",
    "e5_title_cos",
    "e5_title_lead_cos_max",
    "e5_title_lead_cos_min",
    *(f"e5_chunk{k + 1}_cos" for k in range(1, LEAD_CHUNKS)),
    "e5_chunks_mean_cos",
)
#: Scorer variants: ``use`` reads stored analyses only; ``e5`` also embeds each article's lead.
VARIANTS: tuple[str, ...] = ("use", "e5")


#: Features of the fine-tuned e5 encoder (``e5`` variant): cosine of whole-article embeddings.
TUNED_FEATURE_NAMES: tuple[str, ...] = ("tuned_cos",)


def feature_names(variant: str = "use") -> tuple[str, ...]:
    """The model's input for a variant: pair, lead (``e5``), topic, then tuned (``e5``) features."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown similarity variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    if variant == "e5":
        return PAIR_FEATURE_NAMES + LEAD_FEATURE_NAMES + TOPIC_FEATURE_NAMES + TUNED_FEATURE_NAMES
    return PAIR_FEATURE_NAMES + TOPIC_FEATURE_NAMES


def tuned_features(tuned_a: npt.NDArray[np.float32], tuned_b: npt.NDArray[np.float32]) -> FeatureVector:
    """Cosines of fine-tuned article embeddings, row by row: ``(n, len(TUNED_FEATURE_NAMES))``."""
    return np.sum(np.asarray(tuned_a, dtype=np.float64) * np.asarray(tuned_b, dtype=np.float64), axis=1)[:, None]


#: The default (``use``) variant's model input.
FEATURE_NAMES: tuple[str, ...] = feature_names("use")


def lead_features(leads_a: npt.NDArray[np.float32], leads_b: npt.NDArray[np.float32]) -> FeatureVector:
    """Cosines of headline and chunk vectors, row by row: ``(n, len(LEAD_FEATURE_NAMES))``.

    Args:
        leads_a: ``(n, (1 + LEAD_CHUNKS) * 384)``: unit-norm headline vector, then one per chunk
            (``LeadEncoder`` rows).
        leads_b: Same for the second articles.
    """
    first = np.asarray(leads_a, dtype=np.float64).reshape(len(leads_a), 1 + LEAD_CHUNKS, E5_DIMENSION)
    second = np.asarray(leads_b, dtype=np.float64).reshape(len(leads_b), 1 + LEAD_CHUNKS, E5_DIMENSION)
    title_a, title_b = first[:, 0], second[:, 0]
    chunks_a, chunks_b = first[:, 1:], second[:, 1:]
    chunk_cos = np.sum(chunks_a * chunks_b, axis=2)
    cross = np.column_stack([np.sum(title_a * chunks_b[:, 0], axis=1), np.sum(chunks_a[:, 0] * title_b, axis=1)])
    mean_a, mean_b = chunks_a.mean(axis=1), chunks_b.mean(axis=1)
    norms = np.linalg.norm(mean_a, axis=1) * np.linalg.norm(mean_b, axis=1)
    mean_cos = np.sum(mean_a * mean_b, axis=1) / np.where(norms > 0, norms, 1.0)
    return np.column_stack(
        [chunk_cos[:, 0], np.sum(title_a * title_b, axis=1), cross.max(axis=1), cross.min(axis=1)]
        + [chunk_cos[:, k] for k in range(1, LEAD_CHUNKS)]
        + [mean_cos]
    )


def _unit(vector: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _parts(item: AnalyzedArticle) -> tuple[npt.NDArray[np.float32] | None, npt.NDArray[np.float32]]:
    """Title vector (or None) and body sentence vectors (the title when there is no body)."""
    analysis = item.analysis
    vectors = analysis.sentence_vectors
    has_title = bool(analysis.sentences) and analysis.sentences[0].is_title and len(vectors) > 0
    title = vectors[0] if has_title else None
    body = vectors[1:] if has_title else vectors
    if len(body) == 0:
        body = vectors
    return title, body[:MAX_ALIGNED_SENTENCES]


def _cos(a: npt.NDArray[np.float32] | None, b: npt.NDArray[np.float32] | None) -> float:
    if a is None or b is None or a.size == 0 or b.size == 0:
        return _NAN
    return float(np.dot(_unit(a), _unit(b)))


def _jaccard(a: set[Any] | frozenset[Any], b: set[Any] | frozenset[Any]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else _NAN


def _overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else _NAN


def _weighted_cos(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return _NAN
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(math.sqrt(count) * math.sqrt(large[key]) for key, count in small.items() if key in large)
    norm_a = math.sqrt(sum(a.values()))
    norm_b = math.sqrt(sum(b.values()))
    return dot / (norm_a * norm_b)


def _published_gap(a: AnalyzedArticle, b: AnalyzedArticle) -> float:
    try:
        first = date.fromisoformat((a.article.published or "")[:10])
        second = date.fromisoformat((b.article.published or "")[:10])
    except ValueError:
        return _NAN
    return math.log1p(abs((first - second).days))


def _years_gap(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return _NAN
    return float(min(abs(x - y) for x in a for y in b))


def _alignment(body_a: npt.NDArray[np.float32], body_b: npt.NDArray[np.float32]) -> list[float]:
    matrix = body_a @ body_b.T
    best_a = matrix.max(axis=1)
    best_b = matrix.max(axis=0)
    lead_a = best_a[:LEAD_SENTENCES]
    lead_b = best_b[:LEAD_SENTENCES]
    flat = np.sort(matrix, axis=None)
    values = [
        min(float(best_a.mean()), float(best_b.mean())),
        max(float(best_a.mean()), float(best_b.mean())),
        min(float(np.median(best_a)), float(np.median(best_b))),
        max(float(np.median(best_a)), float(np.median(best_b))),
        min(float(lead_a.mean()), float(lead_b.mean())),
        max(float(lead_a.mean()), float(lead_b.mean())),
        float(flat[-1]),
        float(flat[-5:].mean()),
        float(matrix.mean()),
    ]
    for threshold in COVERAGE_THRESHOLDS:
        cover_a = float((best_a >= threshold).mean())
        cover_b = float((best_b >= threshold).mean())
        values += [min(cover_a, cover_b), max(cover_a, cover_b)]
    return values


def pair_features(
    a: AnalyzedArticle, b: AnalyzedArticle, signals_a: ArticleSignals, signals_b: ArticleSignals
) -> FeatureVector:
    """The pair part of a pair's features, in the order of :data:`PAIR_FEATURE_NAMES`.

    Args:
        a: First article with its analysis (sentence vectors, doc vector, sentences).
        b: Second article with its analysis.
        signals_a: :func:`~newsprism.similarity.signals.article_signals` of ``a``.
        signals_b: Same for ``b``.

    Returns:
        A float64 vector; ``NaN`` marks missing evidence.
    """
    title_a, body_a = _parts(a)
    title_b, body_b = _parts(b)
    vectors_a, vectors_b = a.analysis.sentence_vectors, b.analysis.sentence_vectors
    values: list[float] = [
        _cos(a.analysis.doc_vector, b.analysis.doc_vector),
        _cos(vectors_a.mean(axis=0) if len(vectors_a) else None, vectors_b.mean(axis=0) if len(vectors_b) else None),
        _cos(title_a, title_b),
    ]
    lead_a = body_a[:LEAD_SENTENCES].mean(axis=0) if len(body_a) else None
    lead_b = body_b[:LEAD_SENTENCES].mean(axis=0) if len(body_b) else None
    values.append(_cos(lead_a, lead_b))
    cross = [_cos(title_a, lead_b), _cos(title_b, lead_a)]
    known = [c for c in cross if not math.isnan(c)]
    values += [max(known) if known else _NAN, min(known) if known else _NAN]
    # How well each title is matched by some sentence of the other article.
    title_hits = []
    if title_a is not None and len(vectors_b):
        title_hits.append(float((vectors_b @ title_a).max()))
    if title_b is not None and len(vectors_a):
        title_hits.append(float((vectors_a @ title_b).max()))
    values.append(min(title_hits) if title_hits else _NAN)
    if len(body_a) and len(body_b):
        values += _alignment(body_a, body_b)
    else:
        values += [_NAN] * (9 + 2 * len(COVERAGE_THRESHOLDS))

    names_a, names_b = set(signals_a.names), set(signals_b.names)
    shared_names = len(names_a & names_b)
    values += [
        _jaccard(names_a, names_b),
        _overlap(names_a, names_b),
        math.log1p(shared_names),
        _weighted_cos(signals_a.names, signals_b.names),
        _overlap(signals_a.title_names, signals_b.title_names),
        _jaccard(set(signals_a.words), set(signals_b.words)),
        _weighted_cos(signals_a.words, signals_b.words),
        _jaccard(signals_a.numbers, signals_b.numbers),
        math.log1p(len(signals_a.numbers & signals_b.numbers)),
        _jaccard(signals_a.years, signals_b.years),
        _years_gap(signals_a.years, signals_b.years),
        _published_gap(a, b),
    ]
    count_a = math.log1p(len(a.analysis.sentences))
    count_b = math.log1p(len(b.analysis.sentences))
    chars_a, chars_b = math.log1p(signals_a.chars), math.log1p(signals_b.chars)
    values += [
        min(count_a, count_b),
        max(count_a, count_b),
        min(chars_a, chars_b),
        abs(chars_a - chars_b),
        float(a.analysis.language == b.analysis.language),
        float(signals_a.caseless and signals_b.caseless),
        float(signals_a.caseless != signals_b.caseless),
    ]
    for style_a, style_b in zip(signals_a.style, signals_b.style, strict=True):
        values += [abs(style_a - style_b), (style_a + style_b) / 2]
    return np.asarray(values, dtype=np.float64)
