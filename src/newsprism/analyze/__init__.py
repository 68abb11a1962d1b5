"""The analyze stage: language, sentences, embeddings, entities, quotes, dates, places."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["Analyzer", "Encoder", "USEEncoder", "default_encoder", "detect_language"]

if TYPE_CHECKING:
    from newsprism.analyze.encoder import Encoder, USEEncoder, default_encoder
    from newsprism.analyze.language import detect_language
    from newsprism.analyze.pipeline import Analyzer

#: Where each public name lives. Imported on first use, so that importing one module of
#: this package (the encoder on a GPU machine, say) does not load every model library.
_HOMES = {
    "Analyzer": "newsprism.analyze.pipeline",
    "Encoder": "newsprism.analyze.encoder",
    "USEEncoder": "newsprism.analyze.encoder",
    "default_encoder": "newsprism.analyze.encoder",
    "detect_language": "newsprism.analyze.language",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsprism.analyze' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
