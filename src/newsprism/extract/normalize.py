"""Text normalisation: Unicode NFC, no control characters, tidy whitespace, bounded length.

The normalised text is what gets stored, so every character offset computed later
(sentences, entities, quotes) refers to it.
"""

from __future__ import annotations

import re
import unicodedata

from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors

#: Invisible characters removed outright: zero-width space, word joiner, soft hyphen,
#: byte-order mark. Zero-width (non-)joiners stay: Persian and Indic scripts need them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\ufeff"))
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\x0b\x0c\x85]")
_PARAGRAPH_BREAKS = re.compile(r"\u2029")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
#: A cut is moved back to a paragraph end within this share of the limit, else to a space.
_PARAGRAPH_SLACK = 0.2
_SPACE_SLACK = 0.05


def _strip_controls(text: str) -> str:
    text = text.translate(_INVISIBLE)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def normalize_text(text: str) -> str:
    """Normalise article text.

    NFC; line breaks unified to ``\\n``; control and invisible characters removed;
    runs of spaces and tabs (any Unicode space) within a line become one space;
    lines are stripped; paragraphs stay apart by exactly one blank line.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _PARAGRAPH_BREAKS.sub("\n\n", text)
    text = _strip_controls(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def normalize_title(title: str) -> str:
    """Normalise a headline: like :func:`normalize_text`, on one line."""
    return " ".join(normalize_text(title).split())


def paragraphs_to_blocks(text: str) -> str:
    """Make each line its own paragraph (extractors give one paragraph per line)."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def cut_text(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, at a paragraph end or space when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    # A cut right before a break keeps the whole last paragraph or word.
    if text[limit] in " \n":
        return head.rstrip()
    paragraph = head.rfind("\n\n")
    if paragraph >= limit * (1 - _PARAGRAPH_SLACK):
        return head[:paragraph].rstrip()
    space = max(head.rfind(" "), head.rfind("\n"))
    if space >= limit * (1 - _SPACE_SLACK):
        return head[:space].rstrip()
    return head.rstrip()


def fit_text(text: str, where: str, settings: Settings) -> tuple[str, tuple[str, ...]]:
    """Bound normalised text by the settings' limits.

    Returns:
        The text (cut to ``settings.max_text_chars`` when longer) and the warnings
        (W001 when it was cut).

    Raises:
        BadInputError: E008 when shorter than ``settings.min_text_chars``.
    """
    warnings: tuple[str, ...] = ()
    if len(text) > settings.max_text_chars:
        text = cut_text(text, settings.max_text_chars)
        warnings = (Errors.W001.format(where=where, limit=settings.max_text_chars),)
    if len(text) < settings.min_text_chars:
        raise BadInputError(Errors.E008.format(where=where, chars=len(text), minimum=settings.min_text_chars))
    return text, warnings
