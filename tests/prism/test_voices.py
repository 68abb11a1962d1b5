"""Voices: quotes grouped into statements across sources, languages and spellings of the speaker."""

from __future__ import annotations

import numpy as np

from newsprism.prism.settings import PrismSettings
from newsprism.prism.voices import QuoteInSource, build_voices, speaker_marks
from newsprism.records import Quote

SETTINGS = PrismSettings()


def _vector(*weights: float) -> np.ndarray:
    vector = np.zeros(8, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


def _quote(article_id: str, text: str, speaker: str | None, vector: np.ndarray) -> QuoteInSource:
    return QuoteInSource(article_id, "xx", Quote(text, 0, len(text), speaker, None, "said"), vector)


def test_one_person_written_in_two_scripts_shares_a_mark() -> None:
    latin = speaker_marks(Quote("x", 0, 1, "Youssef Benali", None, None))
    arabic = speaker_marks(Quote("x", 0, 1, "يوسف بنعلي", None, None))
    assert latin & arabic
    with_role = speaker_marks(Quote("x", 0, 1, "GHV-Verhandlungsführerin Katrin Albers", None, None))
    cyrillic = speaker_marks(Quote("x", 0, 1, "Катрин Альберс", None, None))
    assert with_role & cyrillic
    assert not speaker_marks(Quote("x", 0, 1, "Olaf Scholz", None, None)) & latin
    assert speaker_marks(Quote("x", 0, 1, None, None, None)) == frozenset()


def test_a_translated_quote_is_one_voice_with_two_renderings() -> None:
    quotes = [
        _quote("a", "We will not pay any ransom", "Marco Bellandi", _vector(1, 0.8)),
        _quote("b", "Non pagheremo alcun riscatto", "Bellandi", _vector(1, 0.2)),
        _quote("b", "Our priority is safety", "Bellandi", _vector(0, 0, 1)),
    ]
    voices = build_voices(quotes, ["a", "b"], SETTINGS, encoded=True)
    assert [len(v.renderings) for v in voices] == [2, 1]
    assert voices[0].article_ids == ("a", "b")
    assert voices[0].speaker == "Marco Bellandi"


def test_speaker_agreement_decides_how_close_two_quotes_must_be() -> None:
    # Cosine ~0.6: one statement when the speaker agrees, two when the speakers differ.
    a, b = _vector(1, 0), _vector(0.6, 0.8)
    same = build_voices(
        [_quote("a", "x y", "Albers", a), _quote("b", "z w", "Katrin Albers", b)], ["a", "b"], SETTINGS, encoded=True
    )
    assert len(same) == 1
    other = build_voices(
        [_quote("a", "x y", "Albers", a), _quote("b", "z w", "Scholz", b)], ["a", "b"], SETTINGS, encoded=True
    )
    assert len(other) == 2
    # Without an encoder the vectors are of whole sentences, so the same cosine is not enough.
    assert (
        len(build_voices([_quote("a", "x y", "Albers", a), _quote("b", "z w", "Albers", b)], ["a", "b"], SETTINGS)) == 2
    )


def test_a_misattributed_near_translation_still_joins_and_one_source_gives_one_rendering() -> None:
    quotes = [
        _quote("a", "The crew acted flawlessly", "Taiga Avia", _vector(1, 0.3)),
        _quote("b", "Экипаж действовал безупречно", "Irina Voronova", _vector(1, 0.35)),
        _quote("b", "Экипаж действовал отлично", "Irina Voronova", _vector(1, 0.32)),
    ]
    (first, second) = build_voices(quotes, ["a", "b"], SETTINGS, encoded=True)
    assert first.article_ids == ("a", "b")
    assert len(first.renderings) == 2
    assert second.article_ids == ("b",)


def test_no_quotes_no_voices() -> None:
    assert build_voices([], ["a"], SETTINGS, encoded=True) == ()
