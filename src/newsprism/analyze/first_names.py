"""Given names and their usual gender, from the dictionary the ``gender-guesser`` package ships.

The rule-based entity finder (German, Polish, Turkish and the other languages without a
spaCy model) tells a person from an organisation by the shape of a capitalised run; a
listed given name settles it ("Günter Krings" is a person even though "Krings" looks like
a German noun). The quote finder uses the gender to resolve "she said" when the article
gives no title or pronoun for the person.

The dictionary (Jörg Michael's list of some 48,000 given names with a frequency per
country) is GPL-3.0, so the package is an optional dependency, installed with the
``copyleft-models`` extra; without it no name is known and both stages fall back to their
rules alone.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from anyascii import anyascii

from newsprism.analyze.gazetteer import without_accents
from newsprism.analyze.lemmas import lemma

__all__ = ["first_name_gender", "given_name_of", "is_first_name"]

Gender = Literal["m", "f", "u"]

#: A name must be this common in at least one country (the dictionary's scale: 1 = rare, 13 = very common).
#: Rarer entries are often common words ("Alle", "Andere", "Hope") listed for one country's few bearers.
MIN_FREQUENCY = 4
#: Shorter entries ("An", "Ho", "Mi") are syllables of many languages' common words.
MIN_LETTERS = 3
#: Where the per-country frequencies start on a line of the dictionary (fixed columns).
_FREQUENCY_COLUMN = 30
_GENDERS: dict[str, Gender] = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "u"}


def is_first_name(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a common given name somewhere.

    The dictionary is in Latin letters; a name in Cyrillic is looked up by its transliteration
    (Дмитрий -> Dmitriy, Сергей -> Sergey), the spelling it lists for Russian names.
    """
    return first_name_gender(word) is not None


def first_name_gender(word: str) -> Gender | None:
    """``"m"`` or ``"f"`` for a mostly male or female given name, ``"u"`` for a unisex one, None if unlisted."""
    names = _names()
    gender = names.get(word)
    if gender is None:
        latin = _cyrillic_in_latin(word)
        gender = names.get(latin) if latin else None
    return gender


_CYRILLIC = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=65_536)
def _cyrillic_in_latin(word: str) -> str | None:
    """A Cyrillic word in Latin letters (Дмитрий -> Dmitriy); None for a word in another script."""
    return anyascii(word) if _CYRILLIC.search(word) else None


#: Polish case endings of given names and the nominative ending each replaces, with the gender it implies:
#: Ewy, Ewie, Ewę, Ewą -> Ewa; Marii -> Maria; Olgi -> Olga; Jana, Janowi, Janem -> Jan.
_POLISH_CASES: tuple[tuple[str, str, Gender], ...] = (
    ("ii", "ia", "f"),
    ("y", "a", "f"),
    ("i", "a", "f"),
    ("ie", "a", "f"),
    ("ę", "a", "f"),
    ("ą", "a", "f"),
    ("owi", "", "m"),
    ("iem", "", "m"),
    ("em", "", "m"),
    ("a", "", "m"),
)


#: Languages whose given names carry accents the name list may write without them (Aída, listed as Aida).
_ACCENTED_NAME_LANGUAGES = frozenset({"es", "fr", "it", "pt"})


def given_name_of(word: str, language: str) -> str | None:
    """The listed given name ``word`` is a form of: itself, or in Polish its nominative (Ewy -> Ewa).

    Args:
        word: One capitalised word, as written.
        language: ISO 639-1 code; only Polish declines given names here.

    Returns:
        The given name, or None when the word is no form of a listed one.
    """
    if is_first_name(word):
        return word
    if language in _ACCENTED_NAME_LANGUAGES:
        plain = without_accents(word)
        if plain != word and is_first_name(plain) and lemma(word, language) is None:
            return plain  # "Aída", listed as Aida; a word of the language ("Así") is none
    if language != "pl":
        return None
    for ending, nominative, gender in _POLISH_CASES:
        base = word[: -len(ending)] + nominative
        if word.endswith(ending) and len(base) >= MIN_LETTERS and first_name_gender(base) in (gender, "u"):
            return base
    return None


@cache
def _names() -> dict[str, Gender]:
    try:
        source = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        lines = source.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    return parse_dictionary(lines)


def parse_dictionary(lines: list[str]) -> dict[str, Gender]:
    """Given name -> gender from the dictionary's lines, keeping names common enough somewhere.

    A name listed with both genders (as male and as female, in different countries) is unisex.
    Lines sorted by expanded umlauts (a "+" in the sorting column) repeat others and are skipped;
    a "+" inside a name joins two parts ("Jun+Wei": "Jun-Wei", "Jun Wei", "Junwei").
    """
    names: dict[str, Gender] = {}
    for line in lines:
        if not line or line[0] in "#=" or line[_FREQUENCY_COLUMN - 1 : _FREQUENCY_COLUMN] == "+":
            continue
        fields = line.split()
        if len(fields) < 2 or fields[0] not in _GENDERS:
            continue
        frequencies = [int(c, 16) for c in line[_FREQUENCY_COLUMN:] if c in "0123456789ABCDEF"]
        if max(frequencies, default=0) < MIN_FREQUENCY:
            continue
        gender = _GENDERS[fields[0]]
        for name in {fields[1].replace("+", joint) for joint in ("-", " ", "")}:
            if len(name) < MIN_LETTERS:
                continue
            known = names.get(name)
            names[name] = gender if known is None or known == gender else "u"
    return names
