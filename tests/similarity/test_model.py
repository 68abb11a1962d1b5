from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from newsprism.errors import ModelIntegrityError
from newsprism.records import DIMENSIONS
from newsprism.similarity.features import FEATURE_NAMES, VARIANTS, feature_names
from newsprism.similarity.model import ARTIFACTS, FORMAT_VERSION, SimilarityModel
from newsprism.similarity.topics import TopicProjection
from newsprism.similarity.train import fit_boosters


@pytest.fixture(scope="module")
def tiny_model() -> SimilarityModel:
    rng = np.random.default_rng(0)
    features = rng.normal(size=(80, len(FEATURE_NAMES)))
    labels = np.clip(2.5 + features[:, :7], 1, 4)
    boosters = fit_boosters(features, labels, np.ones(80), rounds=5)
    topics = TopicProjection.fit(rng.normal(size=(20, 512)))
    return SimilarityModel(boosters=boosters, topics=topics, manifest={"note": "tiny"})


def test_artifact_round_trip_predicts_the_same(tiny_model: SimilarityModel, tmp_path: Path) -> None:
    tiny_model.save(tmp_path / "m")
    loaded = SimilarityModel.load(tmp_path / "m")
    probe = np.random.default_rng(1).normal(size=(5, len(FEATURE_NAMES)))
    np.testing.assert_allclose(loaded.predict(probe), tiny_model.predict(probe))
    documents = np.random.default_rng(2).normal(size=(4, 512))
    np.testing.assert_allclose(
        loaded.topics.pair_features(documents[:2], documents[2:]),
        tiny_model.topics.pair_features(documents[:2], documents[2:]),
        atol=1e-5,
    )
    assert loaded.manifest["format_version"] == FORMAT_VERSION
    assert loaded.manifest["feature_names"] == list(FEATURE_NAMES)
    assert loaded.manifest["note"] == "tiny"
    assert not list((tmp_path / "m").glob("*.pkl"))


def test_predictions_stay_on_the_scale(tiny_model: SimilarityModel) -> None:
    wild = np.full((3, len(FEATURE_NAMES)), 1e6)
    predicted = tiny_model.predict(wild)
    assert predicted.shape == (3, len(DIMENSIONS))
    assert (predicted >= 1).all()
    assert (predicted <= 4).all()


def _manifest(folder: Path) -> dict[str, object]:
    return json.loads((folder / "manifest.json").read_text())


def test_wrong_format_version_fails_with_e016(tiny_model: SimilarityModel, tmp_path: Path) -> None:
    folder = tiny_model.save(tmp_path / "m")
    manifest = _manifest(folder)
    manifest["format_version"] = FORMAT_VERSION + 1
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*format version"):
        SimilarityModel.load(folder)


def test_unknown_variant_fails_with_e016(tiny_model: SimilarityModel, tmp_path: Path) -> None:
    folder = tiny_model.save(tmp_path / "m")
    manifest = _manifest(folder)
    manifest["variant"] = "gpt"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*variant"):
        SimilarityModel.load(folder)


def test_other_feature_list_fails_with_e016(tiny_model: SimilarityModel, tmp_path: Path) -> None:
    folder = tiny_model.save(tmp_path / "m")
    manifest = _manifest(folder)
    manifest["feature_names"] = ["doc_cos"]
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*other features"):
        SimilarityModel.load(folder)


def test_altered_or_missing_files_fail_with_e016(tiny_model: SimilarityModel, tmp_path: Path) -> None:
    folder = tiny_model.save(tmp_path / "m")
    model_file = folder / "overall.lgbm.txt"
    model_file.write_text(model_file.read_text() + "\n")
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*SHA-256"):
        SimilarityModel.load(folder)
    model_file.unlink()
    (folder / "topics.json").write_text("{}")
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*topics.json"):
        SimilarityModel.load(folder)
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*missing"):
        SimilarityModel.load(folder)
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*manifest.json is missing"):
        SimilarityModel.load(tmp_path / "nowhere")
    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*unreadable"):
        SimilarityModel.load(folder)


@pytest.mark.parametrize("variant", VARIANTS)
def test_bundled_artifacts_load_and_record_their_provenance(variant: str, tmp_path: Path) -> None:
    model = SimilarityModel.load(ARTIFACTS[variant])
    manifest = model.manifest
    assert model.variant == manifest["variant"] == variant
    assert str(manifest["encoder"]).startswith("use-multilingual-v3")
    assert manifest["feature_names"] == list(feature_names(variant))
    assert len(str(manifest["training_data_sha256"])) == 64
    assert set(manifest["cv"]["pearson"]) == set(DIMENSIONS)
    copy = shutil.copytree(ARTIFACTS[variant], tmp_path / "copy")
    assert SimilarityModel.load(copy).manifest == manifest
