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
