"""Language identification restricted to the supported languages (lingua)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from newsprism.config import SUPPORTED_LANGUAGES

UNDETERMINED = "und"
#: Enough characters to decide; the detector's cost grows with the text.
_SAMPLE_CHARS = 2_000
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detected language (ISO 639-1 or ``und``) and the detector's confidence."""

    code: str
    confidence: float


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in SUPPORTED_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str, *, min_confidence: float = 0.5, hint: str | None = None) -> LanguageGuess:
    """Detect the language of ``text`` among the supported languages.

    Args:
        text: Any text; only its first 2,000 characters are read.
        min_confidence: Below this the result is ``und``.
        hint: A language the input declared; it wins when the detector is unsure
            between it and another language.

    Returns:
        The guess; ``code`` is ``und`` for empty or undecidable text.
    """
    sample = text[:_SAMPLE_CHARS].strip()
    if not any(ch.isalpha() for ch in sample):
        return LanguageGuess(UNDETERMINED, 0.0)
    with _lock:
        values = _detector().compute_language_confidence_values(sample)
    if not values:
        return LanguageGuess(UNDETERMINED, 0.0)
    scores = {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
    best_code, best = max(scores.items(), key=lambda item: item[1])
    if hint and hint in scores and scores[hint] >= 0.2 and best < 0.9:
        return LanguageGuess(hint, scores[hint])
    if best < min_confidence:
        return LanguageGuess(UNDETERMINED, best)
    return LanguageGuess(best_code, best)
