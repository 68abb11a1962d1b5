from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.records import DIMENSIONS
from newsprism.similarity import SimilarityModel, train
from newsprism.similarity.data import load_pairs


@pytest.mark.slow
def test_tiny_training_on_shared_pairs_writes_a_loadable_artifact(shared_pairs: Path, tmp_path: Path) -> None:
    pairs = load_pairs(shared_pairs)
    real = [p for p in pairs if not p.augmented and p.lang1 == p.lang2 == "en"][:40]
    augmented = [p for p in pairs if p.augmented][:10]
    subset = tmp_path / "subset.jsonl"
    with subset.open("w", encoding="utf-8") as handle:
        for pair in [*real, *augmented]:
            record = {"pair_id": pair.pair_id, "text1": pair.text1, "text2": pair.text2, "lang1": pair.lang1}
            record.update(lang2=pair.lang2, augmented_mt=pair.augmented, **pair.labels)
            handle.write(json.dumps(record) + "\n")
    report = train(subset, tmp_path / "model", folds=2)
    assert report.real_pairs == len(real)
    assert report.augmented_pairs == len(augmented)
    assert set(report.pearson) == set(DIMENSIONS)
    assert "en-en" in report.pearson_by_language_pair
    model = SimilarityModel.load(tmp_path / "model")
    assert model.manifest["cv"]["folds"] == 2
    assert model.manifest["training_pairs"] == {"real": len(real), "augmented": len(augmented)}


def test_fold_of_pairs_keeps_groups_whole_and_spreads_augmentation_only_groups() -> None:
    import numpy as np

    from newsprism.similarity.train import fold_of_pairs

    groups = np.array([0, 0, 1, 2, 3, 4, 5, 0, 6, 7, 8, 9, 10])
    augmented = np.array([False] * 7 + [True] * 6)
    folds = fold_of_pairs(augmented, groups, folds=5)
    assert folds[0] == folds[1] == folds[7]  # an augmented copy follows its real pair
    assert (folds >= 0).all()
    assert len(set(folds[8:].tolist())) == 5  # five augmentation-only groups, one per fold
    for group in set(groups.tolist()):
        assert len(set(folds[groups == group].tolist())) == 1


def test_e5_variant_without_tuned_vectors_is_refused(tmp_path: Path) -> None:
    from newsprism.similarity.train import build_dataset

    with pytest.raises(ValueError, match="tuned-vectors"):
        build_dataset([], variant="e5")


def test_nested_tuned_features_read_each_fold_column(tmp_path: Path) -> None:
    import numpy as np

    from newsprism.similarity.data import LabelledPair, text_key
    from newsprism.similarity.train import _nested_tuned_features

    pair = LabelledPair("1_2", ("1", "2"), "one", "two", "en", "en", {}, False, "")
    vectors = np.zeros((2, 2, 384), dtype=np.float16)
    vectors[0, 0, 0] = vectors[1, 0, 0] = 1.0  # fold 0's model: identical
    vectors[0, 1, 0] = vectors[1, 1, 1] = 1.0  # fold 1's model: orthogonal
    path = tmp_path / "nested.npz"
    keys = np.array([text_key("one", "en"), text_key("two", "en")])
    np.savez(path, keys=keys, text_fold=np.array([1, 1]), vectors=vectors)
    features = _nested_tuned_features([pair], np.array([1]), path)
    assert features.shape == (1, 2, 1)
    assert features[0, :, 0].tolist() == [1.0, 0.0]
    with pytest.raises(ValueError, match="fold"):
        _nested_tuned_features([pair], np.array([0]), path)
    other = LabelledPair("3_4", ("3", "4"), "three", "four", "en", "en", {}, False, "")
    with pytest.raises(ValueError, match="no tuned vector"):
        _nested_tuned_features([other], np.array([1]), path)
