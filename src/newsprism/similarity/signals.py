"""Language-independent evidence read from one article: names, numbers, years, style.

Names are capitalised words that do not open a sentence (every word in scripts
without case; character bigrams in scripts written without spaces),
transliterated to ASCII with ``anyascii`` so that ``Zełenski``, ``Selenskyj``
and ``Zelensky`` come close, and cut to a short prefix so that
inflected forms (``Trumpa``, ``Erdoğan'ın``) meet their base form. Numbers are
normalised (``46,40`` and ``46.40`` are one number). Everything is bounded: at
most ``MAX_CHARS`` characters of an article are read, and the patterns are
linear (no nested quantifiers).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from anyascii import anyascii

from newsprism.records import AnalyzedArticle

#: Characters of an article read for names, numbers and style.
MAX_CHARS = 30_000
#: Name keys are this long: long enough to tell names apart, short enough to ignore inflection.
NAME_KEY_CHARS = 5
#: Words shorter than this (after transliteration) are not names.
MIN_NAME_CHARS = 3

_WORD = re.compile(r"\w{1,60}")
# "4 500" (space-grouped thousands, 1-3 leading digits), else digits with "." or "," separators.
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3}\b){1,4}|\d{1,15}(?:[.,]\d{1,15}){0,4}")
# Scripts written without spaces between words (CJK ideographs, kana, Thai): read as character bigrams.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Longest key kept for a bigram of an unspaced script (its transliteration is not cut to a prefix).
_BIGRAM_KEY_CHARS = 12
_QUOTE_CHARS = frozenset('"«»“”„‘’‹›「」')
_YEAR_MIN, _YEAR_MAX = 1800, 2100


@dataclass(frozen=True, slots=True)
class ArticleSignals:
    """What one article offers for comparison beyond its embeddings.

    Attributes:
        names: Name keys with their counts (transliterated, prefix-cut).
        title_names: Name keys in the title.
        words: Lower-cased transliterated content words (length >= 4) with counts.
        numbers: Normalised numbers other than years.
        years: Years mentioned (1800-2100).
        chars: Characters read.
        style: Rates per character / per sentence (see ``STYLE_NAMES``).
        caseless: Most letters are in a script without case (Arabic, Chinese...).
    """

    names: Counter[str]
    title_names: frozenset[str]
    words: Counter[str]
    numbers: frozenset[str]
    years: frozenset[int]
    chars: int
    style: tuple[float, ...]
    caseless: bool


STYLE_NAMES: tuple[str, ...] = (
    "digit_rate",
    "upper_rate",
    "quote_rate",
    "exclaim_rate",
    "question_rate",
    "paren_rate",
    "mean_sentence_chars",
    "mean_word_chars",
    "name_rate",
)


def _is_caseless_letter(char: str) -> bool:
    return char.isalpha() and char.upper() == char.lower()


def _name_key(word: str, limit: int = NAME_KEY_CHARS) -> str | None:
    ascii_form = re.sub(r"[^a-z0-9]", "", anyascii(word).lower())
    if len(ascii_form) < MIN_NAME_CHARS or ascii_form.isdigit():
        return None
    return ascii_form[:limit]


def _tokens(sentence: str) -> list[tuple[str, bool]]:
    """Words of a sentence, with runs of unspaced scripts cut into character bigrams (flagged True)."""
    tokens: list[tuple[str, bool]] = []
    for match in _WORD.finditer(sentence):
        word = match.group()
        if _UNSPACED.match(word):
            tokens.extend((word[i : i + 2], True) for i in range(max(len(word) - 1, 1)))
        else:
            tokens.append((word, False))
    return tokens


def _normalise_number(raw: str) -> str:
    """One spelling per number: ``4,500``, ``4.500`` and ``4 500`` give ``4500``; ``46,40`` gives ``46.4``."""
    groups = re.split(r"[.,\s]", anyascii(raw))
    if len(groups) == 1 or len(groups[-1]) == 3:
        # A last group of exactly three digits is read as thousands, as most news text writes them.
        return "".join(groups).lstrip("0") or "0"
    whole = "".join(groups[:-1]).lstrip("0") or "0"
    fraction = groups[-1].rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def article_signals(item: AnalyzedArticle) -> ArticleSignals:
    """Read names, numbers, years and style rates from an analysed article.

    Args:
        item: The article with its analysis (sentences are used to skip sentence-initial words).

    Returns:
        The article's signals.
    """
    sentences = item.analysis.sentences
    texts = [s.text for s in sentences] if sentences else [item.article.title, item.article.text]
    names: Counter[str] = Counter()
    title_names: set[str] = set()
    words: Counter[str] = Counter()
    numbers: set[str] = set()
    years: set[int] = set()
    budget = MAX_CHARS
    letters = caseless_letters = 0
    read: list[str] = []
    for index, full_sentence in enumerate(texts):
        if budget <= 0:
            break
        sentence = full_sentence[:budget]
        budget -= len(sentence) + 1  # the newline that joins sentences
        read.append(sentence)
        is_title = bool(sentences) and sentences[index].is_title
        for position, (word, unspaced) in enumerate(_tokens(sentence)):
            first = word[0]
            if not first.isalpha():
                continue
            letters += 1
            caseless = _is_caseless_letter(first)
            caseless_letters += caseless
            if len(word) >= 4 or unspaced:
                words[anyascii(word).lower()] += 1
            # Sentence-initial capitals are not evidence of a name, except in headlines' word lists.
            if caseless or (first.isupper() and (position > 0 or is_title)):
                key = _name_key(word, _BIGRAM_KEY_CHARS if unspaced else NAME_KEY_CHARS)
                if key is not None:
                    names[key] += 1
                    if is_title:
                        title_names.add(key)
        for match in _NUMBER.finditer(sentence):
            raw = match.group()
            digits = anyascii(raw)
            if len(digits) == 4 and digits.isdigit() and _YEAR_MIN <= int(digits) <= _YEAR_MAX:
                years.add(int(digits))
            else:
                numbers.add(_normalise_number(raw))
    joined = "\n".join(read)
    chars = max(len(joined), 1)
    word_count = max(sum(words.values()), 1)
    style = (
        sum(ch.isdigit() for ch in joined) / chars,
        sum(ch.isupper() for ch in joined) / chars,
        sum(ch in _QUOTE_CHARS for ch in joined) / chars,
        joined.count("!") / chars * 1000,
        (joined.count("?") + joined.count("؟")) / chars * 1000,
        joined.count("(") / chars * 1000,
        chars / max(len(read), 1),
        sum(len(w) * c for w, c in words.items()) / word_count,
        sum(names.values()) / max(letters, 1),
    )
    return ArticleSignals(
        names=names,
        title_names=frozenset(title_names),
        words=words,
        numbers=frozenset(numbers),
        years=frozenset(years),
        chars=len(joined),
        style=style,
        caseless=caseless_letters > letters / 2,
    )
