"""The e5-small encoder in PyTorch, with trainable low-rank adapters: the GPU and fine-tuning path.

It computes exactly what :func:`newsprism.e5.forward.forward` computes in numpy
(a test on the GPU machine compares the two); PyTorch is an optional extra, so
this module is imported only when a GPU or fine-tuning is asked for.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import torch
from torch import nn
from torch.nn import functional

from newsprism.e5.weights import LAYER_MATRICES, E5Config

__all__ = ["E5Encoder", "LoRALinear", "encode_ids"]


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update ``scale * B @ A``.

    ``B`` starts at zero, so an untrained adapter leaves the base model unchanged.
    """

    def __init__(self, weight: np.ndarray, bias: np.ndarray, rank: int, scale: float) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.from_numpy(np.ascontiguousarray(weight)), requires_grad=False)
        self.bias = nn.Parameter(torch.from_numpy(np.ascontiguousarray(bias)), requires_grad=False)
        self.rank, self.scale = rank, scale
        if rank:
            out_features, in_features = weight.shape
            self.lora_a = nn.Parameter(torch.empty(rank, in_features))
            self.lora_b = nn.Parameter(torch.zeros(out_features, rank))
            nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = functional.linear(x, self.weight, self.bias)
        if self.rank:
            out = out + functional.linear(functional.linear(x, self.lora_a), self.lora_b) * self.scale
        return out


class E5Encoder(nn.Module):
    """multilingual-e5-small from dequantised weights; mean-pooled, unit-norm output.

    Args:
        config: The encoder's shape.
        weights: Arrays named as in the packed file (see :func:`newsprism.e5.weights.dequantise_all`).
        rank: LoRA rank on every attention and feed-forward matrix (0: none).
        alpha: LoRA scaling numerator: updates are scaled by ``alpha / rank``.
    """

    def __init__(self, config: E5Config, weights: Mapping[str, np.ndarray], rank: int = 0, alpha: float = 32.0) -> None:
        super().__init__()
        self.config = config
        self.scale = alpha / rank if rank else 0.0

        def frozen(name: str) -> nn.Parameter:
            return nn.Parameter(torch.from_numpy(np.ascontiguousarray(weights[name])), requires_grad=False)

        self.word = frozen("emb.word")
        self.position = frozen("emb.pos")
        self.token_type = frozen("emb.type")
        self.embedding_norm = nn.ParameterList([frozen("emb.ln.w"), frozen("emb.ln.b")])
        self.linears = nn.ModuleDict()
        self.norms = nn.ParameterDict()
        for layer in range(config.layers):
            for part in LAYER_MATRICES:
                key = f"l{layer}_{part}"
                self.linears[key] = LoRALinear(
                    weights[f"l{layer}.{part}.w"], weights[f"l{layer}.{part}.b"], rank, self.scale
                )
            for norm in ("aln", "oln"):
                self.norms[f"l{layer}_{norm}_w"] = frozen(f"l{layer}.{norm}.w")
                self.norms[f"l{layer}_{norm}_b"] = frozen(f"l{layer}.{norm}.b")

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Embeddings ``(batch, hidden)`` of padded ``ids`` ``(batch, length)``; ``mask`` is 1 on real tokens."""
        config = self.config
        batch, length = ids.shape
        heads, head_size = config.heads, config.hidden // config.heads
        x = self.word[ids] + self.position[:length] + self.token_type[0]
        x = functional.layer_norm(x, (config.hidden,), self.embedding_norm[0], self.embedding_norm[1], config.eps)
        keep = mask.bool()[:, None, None, :]
        for layer in range(config.layers):

            def project(part: str, value: torch.Tensor, layer: int = layer) -> torch.Tensor:
                out: torch.Tensor = self.linears[f"l{layer}_{part}"](value)
                return out

            def split(t: torch.Tensor) -> torch.Tensor:
                return t.view(batch, length, heads, head_size).transpose(1, 2)

            def norm(value: torch.Tensor, name: str, layer: int = layer) -> torch.Tensor:
                weight, bias = self.norms[f"l{layer}_{name}_w"], self.norms[f"l{layer}_{name}_b"]
                return functional.layer_norm(value, (config.hidden,), weight, bias, config.eps)

            q, k, v = (split(project(part, x)) for part in ("q", "k", "v"))
            context = functional.scaled_dot_product_attention(q, k, v, attn_mask=keep)
            context = context.transpose(1, 2).reshape(batch, length, config.hidden)
            x = norm(x + project("ao", context), "aln")
            x = norm(x + project("fo", functional.gelu(project("fi", x))), "oln")
        weights = mask.to(x.dtype)[:, :, None]
        pooled = (x * weights).sum(dim=1) / weights.sum(dim=1)
        return functional.normalize(pooled, dim=-1)

    def adapter(self) -> dict[str, np.ndarray]:
        """The trained LoRA matrices, named for :func:`newsprism.e5.forward.merge_adapter`."""
        arrays: dict[str, np.ndarray] = {}
        for key, module in self.linears.items():
            if not isinstance(module, LoRALinear) or not module.rank:
                continue
            layer, part = key.split("_", 1)
            arrays[f"{layer}.{part}.w.lora_a"] = module.lora_a.detach().float().cpu().numpy()
            arrays[f"{layer}.{part}.w.lora_b"] = module.lora_b.detach().float().cpu().numpy()
        return arrays


def encode_ids(model: E5Encoder, ids: Sequence[Sequence[int]], device: str, batch: int = 64) -> np.ndarray:
    """Float32 embeddings ``(len(ids), hidden)`` of tokenised texts, in batches of similar lengths."""
    out = np.zeros((len(ids), model.config.hidden), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    with torch.no_grad():
        for first in range(0, len(order), batch):
            chosen = order[first : first + batch]
            width = max(len(ids[i]) for i in chosen)
            tokens = torch.zeros((len(chosen), width), dtype=torch.long)
            mask = torch.zeros((len(chosen), width), dtype=torch.bool)
            for row, index in enumerate(chosen):
                tokens[row, : len(ids[index])] = torch.tensor(list(ids[index]))
                mask[row, : len(ids[index])] = True
            out[chosen] = model(tokens.to(device), mask.to(device)).float().cpu().numpy()
    return out
