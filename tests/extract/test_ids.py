"""Stable article ids and content hashes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsprism.config import Settings
from newsprism.extract import build_article, content_hash, content_id

TEXT = "The port of Dover reopened on Tuesday.\n\nThe first ferries left shortly after six."


def test_id_is_sixteen_hex_digits_of_the_hash() -> None:
    article_id = content_id("Port reopens", TEXT)
    assert re.fullmatch(r"[0-9a-f]{16}", article_id)
    assert content_hash("Port reopens", TEXT).startswith(article_id)
    assert len(content_hash("Port reopens", TEXT)) == 64


def test_id_ignores_whitespace_and_case() -> None:
    messy = "  The port of  Dover\treopened on Tuesday.\r\n\r\n\r\nTHE first ferries left shortly after six. "
    assert content_id("PORT  reopens", messy) == content_id("Port reopens", TEXT)


def test_id_depends_on_title_and_text() -> None:
    assert content_id("Port reopens", TEXT) != content_id("Port closes", TEXT)
    assert content_id("Port reopens", TEXT) != content_id("Port reopens", TEXT + " More.")
    # The boundary between title and text matters.
    assert content_id("a b", "c") != content_id("a", "b c")


def test_input_id_wins_else_the_content_id() -> None:
    settings = Settings()
    given_id = build_article(text=TEXT, where="x", settings=settings, title="Port reopens", id="reuters-42")
    derived = build_article(text=TEXT, where="x", settings=settings, title="Port reopens")
    assert given_id.article.id == "reuters-42"
    assert derived.article.id == content_id("Port reopens", TEXT)


@given(st.text(min_size=1), st.text(min_size=1))
def test_id_is_stable_under_respacing(title: str, text: str) -> None:
    respaced = "  " + "\n\n ".join(text.split(" ")) + "\t"
    assert content_id(title, text) == content_id(" " + title + " ", respaced)
