"""Sentence splitting (sentencex) with bounded sentence length and exact offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

import sentencex

from newsprism.records import Sentence

_PARAGRAPH = re.compile(r"\n\s*\n+")


def text_pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pieces of ``text`` of at most ``size`` characters, cut at a line or sentence end
    where one falls in the piece's second half: what a statistical tagger reads at a time."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            if cut > start + size // 2:
                end = cut + 1
        yield start, text[start:end]
        start = end


def _hard_split(text: str, offset: int, limit: int) -> list[tuple[int, int]]:
    """Split an over-long run at white space so no piece exceeds ``limit``."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        pieces.append((offset + start, offset + cut))
        start = cut
    pieces.append((offset + start, offset + len(text)))
    return pieces


def split_sentences(
    text: str, language: str, *, max_chars: int = 1_000, max_sentences: int = 400
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    Paragraph breaks always end a sentence; white space around sentences is
    excluded from the spans; sentences longer than ``max_chars`` are cut at
    white space.
    """
    spans: list[tuple[int, int]] = []
    lang = language if language != "und" else "en"
    position = 0
    for paragraph in _PARAGRAPH.split(text):
        para_start = text.find(paragraph, position)
        position = para_start + len(paragraph)
        cursor = 0
        for piece in sentencex.segment(lang, paragraph):
            found = paragraph.find(piece.strip(), cursor) if piece.strip() else -1
            if found < 0:
                continue
            stripped = piece.strip()
            cursor = found + len(stripped)
            for start, end in _hard_split(stripped, para_start + found, max_chars):
                if text[start:end].strip():
                    spans.append((start, end))
            if len(spans) >= max_sentences:
                return spans[:max_sentences]
    return spans


def sentences_of(
    title: str, text: str, language: str, *, max_chars: int = 1_000, max_sentences: int = 400
) -> tuple[Sentence, ...]:
    """Title (as sentence 0, offsets into the title) followed by the body's sentences."""
    result: list[Sentence] = []
    if title.strip():
        clean = title.strip()
        result.append(Sentence(0, 0, len(clean), clean[:max_chars], is_title=True))
    for start, end in split_sentences(text, language, max_chars=max_chars, max_sentences=max_sentences):
        result.append(Sentence(len(result), start, end, text[start:end]))
    return tuple(result)
