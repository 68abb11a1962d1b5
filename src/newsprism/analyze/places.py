"""Places: countries, regions and cities normalised to stable codes, in every supported language.

Countries get ISO 3166-1 alpha-2 codes, top-level regions ISO 3166-2 codes, cities
``geonames:<id>`` (see :mod:`newsprism.analyze.gazetteer` for the data). Only
names are places: demonyms and adjectives ("French", "russischen") are not in the
gazetteer and are never matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsprism.analyze.gazetteer import PlaceEntry, lookup_place
from newsprism.analyze.lemmas import lemma
from newsprism.records import Entity, Place

__all__ = ["find_places", "resolve_place"]

_PL_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ii", "ia"),
    ("ie", "a"),
    ("ą", "a"),
    ("ę", "a"),
    ("y", "a"),
    ("u", ""),
    ("iem", ""),
    ("em", ""),
    ("owi", ""),
    ("ech", "y"),
    ("ach", "y"),
    ("sce", "ska"),
    ("ski", "ska"),
    ("skiej", "ska"),
    ("cy", "ka"),
    ("nie", "n"),
)
_RU_ENDINGS: tuple[tuple[str, str], ...] = (
    ("е", "а"),
    ("ы", "а"),
    ("у", "а"),
    ("ой", "а"),
    ("ии", "ия"),
    ("ию", "ия"),
    ("ей", "ь"),
    ("и", "ь"),
    ("а", ""),
    ("е", ""),
    ("у", ""),
    ("ом", ""),
)


#: Languages whose place names are declined (Krakowie, Ostrowi Mazowieckiej): their dictionary forms are looked up.
_DECLINING = frozenset({"pl", "ru", "uk"})


def inflection_variants(word: str, language: str) -> list[str]:
    """Base-form guesses for an inflected place name (Warszawie -> Warszawa, Deutschlands -> Deutschland).

    The dictionary form simplemma lists comes first (Krakowie -> Kraków, Ostrowi Mazowieckiej ->
    Ostrów Mazowiecka, word by word); guesses from common endings follow.
    """
    variants: list[str] = []
    if language in _DECLINING:
        # Only lemmas listed as names: a capitalised common word ("Oboje", both) has a lower-case one.
        forms = [(w, lemma(w, language)) for w in word.split(" ")]
        base = " ".join(found if found and found[:1].isupper() else w for w, found in forms)
        if base != word:
            variants.append(base)
    endings: tuple[tuple[str, str], ...] = ()
    if language == "pl":
        endings = _PL_ENDINGS
    elif language in ("ru", "uk"):
        endings = _RU_ENDINGS
    elif language == "de" and word.endswith("s") and len(word) > 4:
        return [word[:-1]]
    return variants + [
        word[: -len(ending)] + base for ending, base in endings if word.endswith(ending) and len(word) > len(ending) + 2
    ]


@lru_cache(maxsize=65_536)
def resolve_place(surface: str, language: str) -> PlaceEntry | None:
    """The gazetteer place a surface form names (inflected forms included), or None.

    Args:
        surface: The name as written, in any supported script.
        language: ISO 639-1 code of the text (selects the inflection rules).
    """
    place = lookup_place(surface)
    if place is not None:
        return place
    for variant in inflection_variants(surface, language):
        place = lookup_place(variant)
        if place is not None:
            return place
    return None


def find_places(text: str, language: str, entities: Sequence[Entity]) -> tuple[Place, ...]:
    """Places among an article's location entities, with their codes.

    Args:
        text: The article text the entities' offsets refer to.
        language: ISO 639-1 code of the text.
        entities: The article's entities (from :func:`newsprism.analyze.entities.find_entities`).

    Returns:
        One place per location entity the gazetteer knows, in text order.
    """
    places: list[Place] = []
    for entity in entities:
        if entity.label != "LOC" or text[entity.start : entity.end] != entity.text:
            continue
        entry = resolve_place(entity.text, language)
        if entry is None:
            continue
        places.append(Place(entity.text, entity.start, entity.end, entry.code, entry.name, entry.kind))
    return tuple(places)
