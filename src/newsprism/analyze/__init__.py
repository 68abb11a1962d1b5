"""The analyze stage: language, sentences, embeddings, entities, quotes, dates, places."""

from __future__ import annotations

from newsprism.analyze.encoder import Encoder, USEEncoder, default_encoder
from newsprism.analyze.language import detect_language
from newsprism.analyze.pipeline import Analyzer

__all__ = ["Analyzer", "Encoder", "USEEncoder", "default_encoder", "detect_language"]
