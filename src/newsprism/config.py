"""One place for configuration: defaults, environment overrides, limits.

Settings are read once into a frozen :class:`Settings`; every stage receives the
values it needs from it rather than reading the environment itself.
Environment variables ``NEWSPRISM_<FIELD>`` (upper case) override defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

#: Languages the bundled encoder covers (ISO 639-1); others are analysed as ``und``.
SUPPORTED_LANGUAGES: tuple[str, ...] = (
    "ar",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "th",
    "tr",
    "zh",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Tunable values of the engine; see docs/configuration.md."""

    db_path: str = "newsprism.db"
    #: Files larger than this are refused (bytes).
    max_file_bytes: int = 5_000_000
    #: Article text longer than this is cut (characters), with a warning.
    max_text_chars: int = 100_000
    #: Texts shorter than this (characters, after extraction) are refused.
    min_text_chars: int = 20
    #: Sentences longer than this are split hard (characters).
    max_sentence_chars: int = 1_000
    #: At most this many sentences of an article are embedded.
    max_sentences: int = 400
    #: Below this confidence the language is ``und``.
    min_language_confidence: float = 0.5
    #: Same-story decision: predicted Overall (1-4 scale) at or below this joins.
    same_story_overall: float = 2.4
    #: Candidate stories considered for each new article.
    cluster_candidates: int = 20
    #: Articles published further apart than this (days) are never one story.
    cluster_window_days: float = 7.0
    #: BLAS threads of the encoder. One by default: on a small machine shared with other
    #: work, two BLAS threads that must wait for each other run several times slower than
    #: one (measured on 2 cores: 596 vs 96 sentences/s with another process busy).
    threads: int = 1
    #: Where sentence embeddings are computed: ``auto`` uses a CUDA GPU when PyTorch is
    #: installed and sees one (the same vectors to float rounding), else the CPU; ``cpu``
    #: forces numpy; any PyTorch device name (``cuda:1``) picks one.
    device: str = "auto"
    #: Worker processes that find entities, quotes and places beside the main process, in
    #: batches of at least 16 articles (the NER model holds the GIL: threads cannot share it).
    #: One suits a 2-core machine: the worker takes the second core while the main process
    #: encodes sentences and waits on the date parser. 0 finds them in the main process; on
    #: a 1-core machine no worker is started. Results are the same either way. A worker holds its
    #: own gazetteer and models: 0.5-1.3 GB of memory, by the languages it has met.
    mention_workers: int = 1

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then ``NEWSPRISM_*`` environment variables, then ``overrides``."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"NEWSPRISM_{f.name.upper()}")
            if raw is not None:
                kind = type(getattr(cls(), f.name))
                values[f.name] = kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
