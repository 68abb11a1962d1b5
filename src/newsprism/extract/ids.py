"""Stable identifiers and content hashes of articles.

Both are computed over a canonical form of title and text (NFKC, case-folded,
whitespace collapsed), so re-reading the same article, whatever its line breaks,
spacing or letter case, gives the same id and hash.
"""

from __future__ import annotations

import hashlib
import unicodedata

#: Length of a derived article id in hexadecimal digits (64 bits).
ID_HEX_DIGITS = 16


def canonical_content(title: str, text: str) -> str:
    """The form of title and text that ids and hashes are computed over."""

    def canon(value: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", value).casefold().split())

    return f"{canon(title)}\n{canon(text)}"


def content_hash(title: str, text: str) -> str:
    """SHA-256 (hex) of an article's canonical title and text; equal for the same content."""
    return hashlib.sha256(canonical_content(title, text).encode("utf-8")).hexdigest()


def content_id(title: str, text: str) -> str:
    """A short stable id derived from an article's content (first 16 hex digits of its hash)."""
    return content_hash(title, text)[:ID_HEX_DIGITS]
