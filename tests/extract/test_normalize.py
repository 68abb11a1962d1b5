"""Text normalisation and length bounds."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.config import Settings
from newsprism.errors import BadInputError
from newsprism.extract import cut_text, fit_text, normalize_text, normalize_title


def test_unicode_is_nfc() -> None:
    decomposed = "Cafe\u0301 de\u0301ja\u0300"
    assert normalize_text(decomposed) == "Café déjà"
    assert unicodedata.is_normalized("NFC", normalize_text(decomposed))


def test_control_and_invisible_characters_are_removed() -> None:
    assert normalize_text("a\x00b\x07c\u200bd\ufeffe\u00adf\x9fg") == "abcdefg"


def test_zero_width_joiners_are_kept() -> None:
    persian = "می\u200cخواهم"
    assert normalize_text(persian) == persian


def test_whitespace_runs_collapse_within_lines() -> None:
    assert normalize_text("  one \t two\u00a0\u00a0three\u3000four  ") == "one two three four"


def test_paragraph_breaks_are_one_blank_line() -> None:
    text = "First para line one.\r\nline two.\r\n\r\n\r\n   \n\nSecond para.\u2029Third para.\rFourth line."
    assert normalize_text(text) == "First para line one.\nline two.\n\nSecond para.\n\nThird para.\nFourth line."


def test_title_is_one_line() -> None:
    assert normalize_title("  Port\nreopens \t after storm ") == "Port reopens after storm"


def test_cut_prefers_paragraph_end_then_space() -> None:
    text = "a" * 90 + "\n\n" + "b" * 50
    assert cut_text(text, 100) == "a" * 90
    words = " ".join(["word"] * 40)
    cut = cut_text(words, 100)
    assert len(cut) <= 100
    assert cut.endswith("word")
    assert cut_text("x" * 300, 100) == "x" * 100
    assert cut_text("short", 100) == "short"


def test_long_text_is_cut_with_a_warning_not_an_error() -> None:
    settings = Settings(max_text_chars=50, min_text_chars=5)
    text, warnings = fit_text("word " * 40, "long.txt", settings)
    assert len(text) <= 50
    assert warnings == ("[W001] long.txt: text cut to 50 characters",)


def test_short_text_is_refused_with_e008() -> None:
    with pytest.raises(BadInputError, match=r"^\[E008\] a\.txt: text too short \(5 characters, minimum 20\)"):
        fit_text("short", "a.txt", Settings())


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\n\n\n" not in once
    assert once == once.strip()


@given(st.text(), st.integers(min_value=1, max_value=200))
def test_cut_never_exceeds_the_limit(text: str, limit: int) -> None:
    assert len(cut_text(normalize_text(text), limit)) <= limit
