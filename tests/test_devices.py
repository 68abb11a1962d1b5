from __future__ import annotations

import pytest

from newsprism.devices import resolve_device


def test_auto_device_falls_back_to_the_cpu_without_a_gpu() -> None:
    torch = pytest.importorskip("torch", reason="without PyTorch, auto is always the CPU")
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert resolve_device("auto") == expected
    assert resolve_device("cpu") == "cpu"
    assert resolve_device("cuda:1") == "cuda:1"


def test_auto_device_without_pytorch_is_the_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_torch(name: str, *args: object, **kwargs: object) -> object:
        if name == "torch":
            raise ImportError("no torch here")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_torch)
    assert resolve_device("auto") == "cpu"
