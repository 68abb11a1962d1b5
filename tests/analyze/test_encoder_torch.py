from __future__ import annotations

import numpy as np
import pytest

from newsprism.analyze.encoder import USEEncoder

torch = pytest.importorskip("torch", reason="the GPU path needs PyTorch (dev extra)")

from newsprism.analyze import encoder_torch  # noqa: E402  (after the skip: it imports torch)

SENTENCES = [
    "A",
    "Floods force thousands from their homes in Dresden.",
    "Hochwasser vertreibt Tausende in Dresden aus ihren Häusern.",
    "Путин заявил, что встреча состоится во вторник.",
    "قال الرئيس إن الاجتماع سيعقد غدا",
    "中国表示2月1日将举行会谈。",
    "word " * 300,
]


@pytest.fixture(scope="module")
def numpy_backend():
    encoder = USEEncoder(device="cpu")
    encoder.encode(["warm up"])
    return encoder._backend


def test_torch_path_matches_the_numpy_path(numpy_backend) -> None:
    reference = numpy_backend.encode(SENTENCES)
    model = encoder_torch.TorchUSE(numpy_backend, numpy_backend.sp, "cpu")
    ours = model.encode(SENTENCES)
    assert ours.shape == (len(SENTENCES), 512)
    assert np.allclose(ours, reference, atol=1e-4)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_batches_split_at_the_token_budget_give_the_same_vectors(numpy_backend, monkeypatch) -> None:
    model = encoder_torch.TorchUSE(numpy_backend, numpy_backend.sp, "cpu")
    whole = model.encode(SENTENCES)
    monkeypatch.setattr(encoder_torch, "TOKEN_BUDGET", 20)
    assert np.allclose(model.encode(SENTENCES), whole, atol=1e-5)
    assert model.encode([]).shape == (0, 512)
