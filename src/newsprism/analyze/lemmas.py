"""Word forms and their dictionary forms, from simplemma's packaged dictionaries.

One place reads simplemma's per-language word-form tables, for the entity finder (is a
capitalised word an ordinary word of the language?) and for places (Krakowie is Kraków).
"""

from __future__ import annotations

from functools import cache

__all__ = ["dictionary", "lemma", "lower"]


@cache
def dictionary(language: str) -> dict[bytes, bytes]:
    """simplemma's word-form dictionary of a language, form to lemma (empty where it has none)."""
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        table = DefaultDictionaryFactory().get_dictionary(language)
    except (ValueError, KeyError, OSError):
        return {}
    # simplemma keeps words as UTF-8 bytes internally.
    mapping: dict[bytes, bytes] = getattr(table, "_dict", {})
    return mapping


def lemma(word: str, language: str) -> str | None:
    """The dictionary form simplemma lists for ``word`` as written, else lower-cased; None if unlisted.

    Args:
        word: One word, as written ("Krakowie", "Mazowieckiej").
        language: ISO 639-1 code.

    Returns:
        The lemma ("Kraków", "Mazowiecka"), or None when neither form is listed.
    """
    table = dictionary(language)
    found = table.get(word.encode())
    if found is None:
        found = table.get(lower(word, language).encode())
    return found.decode() if found is not None else None


#: Languages with dotted and dotless i: "İ" lower-cases to "i" and "I" to "ı" (Python's str.lower gives
#: "i" plus a combining dot for "İ", a form no dictionary lists).
_DOTTED_I_LANGUAGES = frozenset({"tr", "az"})


def lower(word: str, language: str) -> str:
    """The word in lower case by the language's rules (Turkish "İLÇE" -> "ilçe", "ISPARTA" -> "ısparta")."""
    if language in _DOTTED_I_LANGUAGES:
        word = word.replace("İ", "i").replace("I", "ı")
    return word.lower()
