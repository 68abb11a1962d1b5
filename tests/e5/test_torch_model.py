from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from newsprism.e5.forward import forward, merge_adapter
from newsprism.e5.weights import E5Config, E5Vocabulary, UnigramTokenizer

torch = pytest.importorskip("torch", reason="the GPU and fine-tuning path needs PyTorch (dev extra)")

from newsprism.e5.torch_model import E5Encoder  # noqa: E402  (after the skip: it imports torch)


def _batch(ids: list[list[int]]) -> tuple[Any, Any]:
    width = max(len(i) for i in ids)
    tokens = torch.zeros((len(ids), width), dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.bool)
    for row, sequence in enumerate(ids):
        tokens[row, : len(sequence)] = torch.tensor(sequence)
        mask[row, : len(sequence)] = True
    return tokens, mask


def _compact(ids: list[list[int]], base: dict[str, Any]) -> tuple[list[list[int]], dict[str, Any]]:
    """Only the word rows the texts use (as the fine-tuning bundle does), ids remapped."""
    used = sorted({i for sequence in ids for i in sequence})
    remap = {token: row for row, token in enumerate(used)}
    weights = dict(base)
    weights["emb.word"] = base["emb.word"][np.array(used)]
    return [[remap[i] for i in sequence] for sequence in ids], weights


def test_torch_and_numpy_paths_agree(
    packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], base_weights: dict[str, Any]
) -> None:
    config, vocabulary, _ = packed
    tokenizer = UnigramTokenizer(vocabulary)
    texts = ["query: Floods in Dresden force thousands out.", "query: Valencia beat Sevilla 2-1 at home on Saturday."]
    ids, weights = _compact([tokenizer.encode(t, 512) for t in texts], base_weights)
    model = E5Encoder(config, weights).eval()
    with torch.no_grad():
        ours = model(*_batch(ids)).numpy()
    reference = forward(config, weights, ids)
    assert np.allclose(ours, reference, atol=2e-5)


def test_adapter_round_trips_into_the_numpy_path(
    packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], base_weights: dict[str, Any]
) -> None:
    config, vocabulary, _ = packed
    tokenizer = UnigramTokenizer(vocabulary)
    ids, weights = _compact(
        [tokenizer.encode("query: Der Bürgermeister sprach von der schlimmsten Lage.", 512)], base_weights
    )
    model = E5Encoder(config, weights, rank=4, alpha=8.0).eval()
    with torch.no_grad():
        untrained = model(*_batch(ids)).numpy()
        for name, parameter in model.named_parameters():
            if name.endswith("lora_b"):
                parameter.normal_(0.0, 0.02)  # as if trained
        tuned = model(*_batch(ids)).numpy()
    assert np.allclose(untrained, forward(config, weights, ids), atol=2e-5)  # B starts at zero
    adapter = model.adapter()
    assert len(adapter) == 2 * 6 * config.layers
    merged = merge_adapter(weights, adapter, scale=8.0 / 4)
    assert np.allclose(tuned, forward(config, merged, ids), atol=2e-5)
    assert not np.allclose(tuned, untrained, atol=1e-3)


def test_only_the_adapter_trains(
    packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], base_weights: dict[str, Any]
) -> None:
    config = packed[0]
    weights = dict(base_weights)
    weights["emb.word"] = np.zeros((8, config.hidden), dtype=np.float32)
    model = E5Encoder(config, weights, rank=2)
    trainable = {name for name, p in model.named_parameters() if p.requires_grad}
    assert trainable
    assert all(name.endswith(("lora_a", "lora_b")) for name in trainable)


def test_encoder_gpu_batching_matches_numpy_on_the_cpu(
    packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], base_weights: dict[str, Any]
) -> None:
    from newsprism.e5.torch_model import encode_ids

    config, vocabulary, _ = packed
    tokenizer = UnigramTokenizer(vocabulary)
    texts = ["query: Kurz.", "query: " + "Ein deutlich längerer Text über das Hochwasser in Dresden. " * 5]
    ids, weights = _compact([tokenizer.encode(t, 512) for t in texts], base_weights)
    model = E5Encoder(config, weights).eval()
    assert np.allclose(encode_ids(model, ids, "cpu", batch=1), forward(config, weights, ids), atol=2e-5)
    assert np.allclose(encode_ids(model, ids, "cpu"), forward(config, weights, ids), atol=2e-5)
