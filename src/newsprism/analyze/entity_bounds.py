"""Span boundaries and labels of found names, made to follow one annotation guideline in every language.

The statistical and rule finders cut names differently from the guideline in
``bench/gold/entities/GUIDELINE.md``: they keep leading determiners ("El Chelsea",
"Le ministère de l'Intérieur") and titles ("Pope Francis", "Dr Amadou Alpha Sall"),
run over line breaks, tag sentence fragments and sentence-initial common words, and
miss institution and street names whose head noun is written in lower case
("ministère de l'Intérieur", "rue Janin"). This module fixes those boundaries and
then corrects labels from packaged evidence (alias table, gazetteer, titles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from newsprism.analyze import name_cues
from newsprism.analyze.gazetteer import BIG_CITY, PlaceEntry, latin_key, lookup_alias
from newsprism.analyze.lemmas import dictionary, lower
from newsprism.analyze.places import resolve_place
from newsprism.records import EntityLabel

__all__ = ["Bounded", "head_noun_spans", "refine"]

#: A span is cut at these characters: a name never runs over a line or sentence end, nor over the slash of a
#: photo credit ("Jonathan Ernst/Reuters"; "AC/DC", capitals on both sides, stays whole).
_HARD_BREAK = re.compile(
    r"\n|(?<=[a-zß-ÿ])/(?=[A-Z])|[.!?;:|](?=\s)|(?<=['’\"”»])[.,]|\s[-–—•|]\s|\s\s+|"
    # A dash glued to the word before and set off from the next: a dateline's end ("Qatar- MME to conduct").
    r"(?<=\w)[-–—]\s|\s(?=(?:La|El|Los|Las|Le|Les|The|Der|Die|Das)\s)"
    # A bracket opening after a space sets off another name ("Patient Health Questionnaire (PHQ-9)").
    r"|\s(?=\()"
)
_SPACE_WORD = re.compile(r"\S+")
# Joiners are not word characters, so the repetition cannot backtrack.
_WORD_WITH_JOINERS = re.compile(r"\w+(?:[-'’]\w+)*")
_APOSTROPHES = "'’"

#: Languages whose dictionary forms tell inflected common words from names (not English: "American").
_INFLECTING = frozenset({"es", "fr", "it", "pt", "pl", "ru", "tr", "ro", "ca"})

#: A found span: start, end, label.
Bounded = tuple[int, int, EntityLabel]


def is_dictionary_word(word: str, language: str) -> bool:
    """Is the lower-cased word an ordinary word of the language (so capitalised only by position)?"""
    return lower(word, language).encode() in dictionary(language)


def is_inflected_form(word: str, language: str) -> bool:
    """Is the word a listed form other than its dictionary form (Polish "Nowego" of "nowy", "Roku" of "rok")?"""
    lowered = lower(word, language)
    lemma = dictionary(language).get(lowered.encode())
    return lemma is not None and lemma != lowered.encode()


def _inflected_dictionary_word(word: str, language: str) -> bool:
    """A listed word in an inflected form (visitas -> visita, envíanos -> enviar): a common word, not a name."""
    return language in _INFLECTING and is_inflected_form(word, language) and not _known(word, language)


def _known(surface: str, language: str) -> bool:
    return lookup_alias(surface) is not None or resolve_place(surface, language) is not None


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _SPACE_WORD.finditer(text[start:end])]


def _bare(word: str) -> str:
    """A word without surrounding punctuation, lower-cased (``Dr.`` -> ``dr``)."""
    return word.strip(".,;:()[]\"'«»“”‘’").lower()


def _is_sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in "\"'«»„“”‘’([-–—•*"):
        i -= 1
    return i < 0 or text[i] in ".!?…:;|\n"


def refine(text: str, spans: Iterable[Bounded], language: str) -> list[Bounded]:
    """Apply the guideline's boundaries and evidence-based labels to found spans.

    Args:
        text: The article text the offsets refer to.
        spans: Found spans (start, end, label), any order.
        language: ISO 639-1 code of the text.

    Returns:
        Corrected spans; spans that are not names under the guideline are dropped.
    """
    refined: list[Bounded] = []
    for start, end, label in spans:
        for piece_start, piece_end in _coordinated(text, _pieces(text, start, end)):
            fixed = _refine_one(text, piece_start, piece_end, label, language)
            if fixed is not None:
                refined.append(fixed)
    return _join_connected(text, sorted(refined), language)


#: Between two parts of one name: a lower-case connector and single spaces (Centro de Atención Tributaria).
_JOIN_GAP = re.compile(
    r" (?:de|del|de la|al|of|of the|du|de l['’]|des|di|della|dello|delle|degli|dei) |"
    # Elided before a vowel, with no space after ("Dipartimento dell'Agricoltura", "ministère de l'Intérieur").
    r" (?:de l|dell)['’]"
)


#: Companies' legal forms written after their names ("CBRE Group, Inc.", "Toyota Motor Co., Ltd.").
_COMPANY_FORMS = name_cues.word_set(
    "Inc Inc. Ltd Ltd. LLC L.L.C. LLP L.P. LP Corp Corp. Co. PLC plc S.A. SA AG N.V. NV GmbH SE S.p.A."
)


def _join_connected(text: str, spans: list[Bounded], language: str) -> list[Bounded]:
    """Two names joined by a connector are one name (Impuesto Provincial al Automotor), unless the second is a place.

    "Macron of France" and "Tasa General de Inmuebles de Posadas" stay two names: the second is a known place.
    """
    joined: list[Bounded] = []
    for span in spans:
        if joined:
            start, end, label = joined[-1]
            gap = text[end : span[0]]
            second = text[span[0] : span[1]]
            if gap in (", ", " ") and second in _COMPANY_FORMS and label != "LOC":
                # "CBRE Group, Inc.", "Apple Inc": the company's legal form is part of its name.
                joined[-1] = (start, span[1], "ORG")
                continue
            if gap == " & ":
                # "Procter & Gamble", "National Cable & Telecommunications Association": one firm or body,
                # whatever the finder took its halves for.
                joined[-1] = (start, span[1], "ORG")
                continue
            if (
                _JOIN_GAP.fullmatch(gap)
                and label != "PER"
                and span[2] != "PER"
                and resolve_place(second, language) is None
                and lookup_alias(second) is None
            ):
                head = _bare(text[start:end].split(maxsplit=1)[0])
                joined[-1] = (start, span[1], "ORG" if head in name_cues.ORG_HEAD_WORDS else label)
                continue
        joined.append(span)
    return joined


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at line and sentence ends (a name never crosses one)."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _HARD_BREAK.finditer(text, start, end):
        # An abbreviation's own period (St. Peters, Jr., U.S.) is not a sentence end.
        if match.group() == "." and _abbreviation_before(text, cursor, match.start()):
            continue
        pieces.append((cursor, match.start() + (1 if match.group() == "." else 0)))
        cursor = match.end()
    pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if e > s]


_AND = re.compile(r" (?:and|et|y|und|e|i|ve) ")


def _coordinated(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two multi-word names joined by "and" are two names (Ark-La-Tex Bassmasters and Junior Fishing Trail).

    Single words on either side stay one name (Procter and Gamble, Bosnia and Herzegovina).
    """
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        match = _AND.search(text, start, end)
        if match is not None:
            left, right = text[start : match.start()].split(), text[match.end() : end].split()
            if left and left[0].lower() in name_cues.DETERMINERS:
                left = left[1:]  # "the Ark-La-Tex Bassmasters": the article goes later
            if (
                len(left) >= 2
                and len(right) >= 2
                and all(w[:1].isupper() for w in left + right)
                and not _shared_head(left[-1], right[-1])
            ):
                cut.extend([(start, match.start()), (match.end(), end)])
                continue
        cut.append((start, end))
    return cut


def _shared_head(left_last: str, right_last: str) -> bool:
    """Whether the words before "and" share the institution's noun that closes the words after it ("U.S. Food and
    Drug Administration", "Department of Health and Human Services"): the left ends on an ordinary word, the right
    on an organisation's noun. "Delta Hospital and Community Health Foundation" names two."""
    left_word = left_last.strip(",.").casefold()
    return (
        right_last.strip(",.").casefold() in _BODY_LAST_WORDS
        and left_word not in _ORGANISATION_WORDS
        and is_dictionary_word(left_word, "en")
    )


#: Words that make a run of capitalised words an organisation, or open its name.
_ORGANISATION_WORDS = name_cues.ORG_CUES | name_cues.ORG_HEAD_WORDS
#: Nouns that close the names of bodies: those, and the administrations' ("Food and Drug Administration").
_BODY_LAST_WORDS = _ORGANISATION_WORDS | name_cues.word_set(
    "administration services affairs agency authority bureau service"
)


#: Longer words of names written abbreviated with a period (Ventura Blvd., Acme Corp., Mount St. Helens).
_ABBREVIATED_NAME_WORDS = frozenset(["Blvd", "Ave", "Corp", "Bros", "Pkwy", "Hwy", "Univ", "Dept"])
#: Words of names written abbreviated with a period, whose period a found name takes in ("Ventura Blvd.", "Jr.").
_NAME_ABBREVIATIONS = _ABBREVIATED_NAME_WORDS | frozenset(["Jr", "Sr", "Inc", "Ltd", "Co", "St", "Rd", "Mt", "Ft"])
#: The last word of a stretch when it is short enough to be an abbreviation (Blvd, Dr, Doç).
LAST_SHORT_WORD = re.compile(r"(?<![\w.])\w{1,6}$")
#: Two or three capital initials with periods between them ("D.K", "A.B.C"), the last period left out.
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.){1,2}[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _abbreviation_before(text: str, start: int, period: int) -> bool:
    word_start = period
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period]
    return (len(word.replace(".", "")) <= 3 and word[:1].isupper()) or word in _ABBREVIATED_NAME_WORDS


def _refine_one(text: str, start: int, end: int, label: EntityLabel, language: str) -> Bounded | None:
    start, end = _strip_edges(text, start, end)
    if end <= start:
        return None
    surface = text[start:end]
    bare = _bare(surface)
    if bare in name_cues.NOT_NAMES or _bare(surface.split("-")[0]) in name_cues.NOT_NAMES:
        return None
    if _bare(" ".join(surface.split())) in name_cues.HOLIDAYS:
        return None  # "Wielkanoc", "Christmas Eve": a date written as a common noun
    if bare.startswith(name_cues.NOT_NAME_PREFIXES):
        return None
    if not _known(surface, language) or _titled(surface, label):
        # A listed name led by a title ("Pope Francis") loses the title too: the linker reads it back.
        start, end, label = _strip_leading(text, start, end, label, language)
        if end <= start:
            return None
        surface = text[start:end]
    words = _word_spans(text, start, end)
    if not words or (end - start < 2 and text[start].isascii()):
        return None  # a lone Latin letter is an initial or a list marker, not a name
    first = text[words[0][0] : words[0][1]]
    # Scripts without case (Arabic, Chinese) pass; in cased scripts a name starts with a capital or a digit.
    if first[:1].islower() and _bare(first) not in name_cues.LOWER_HEADS:
        return None
    if _is_fragment(text, words, language):
        return None
    if len(words) == 1 and _is_common_word_at_start(text, start, end, language):
        return None
    return start, end, _relabel(text, start, end, label, language)


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Outer punctuation and a trailing possessive or apostrophe case ending off (an abbreviation keeps its period)."""
    while start < end and not text[start].isalnum():
        start += 1
    for mark in _APOSTROPHES:
        cut = text.rfind(mark, start, end)
        if cut > start and text[cut - 1].isalnum() and end - cut <= 4 and text[cut + 1 : end].islower():
            # Possessives and case endings (Trump's, Erdoğan'ın) follow the name; elisions (l'OTAN) precede it.
            end = cut
    while end > start and not text[end - 1].isalnum():
        if text[end - 1] == "." and end - 1 > start and _abbreviation_before(text, start, end - 1):
            break
        end -= 1
    if end < len(text) and text[end] == ".":
        # "D.K.", "Ventura Blvd.", "Martin Luther King Jr.": the last initial or abbreviation keeps its period.
        last = LAST_SHORT_WORD.search(text, start, end)
        if _INITIALS.fullmatch(text, start, end) or (last is not None and last.group() in _NAME_ABBREVIATIONS):
            end += 1
    return start, end


def _titled(surface: str, label: EntityLabel) -> bool:
    """Whether a person's name of two words or more opens on a title ("Pope Francis", "Papst Franziskus")."""
    first, _, rest = surface.partition(" ")
    return label == "PER" and bool(rest.strip()) and _bare(first) in name_cues.TITLES


def _strip_leading(text: str, start: int, end: int, label: EntityLabel, language: str) -> tuple[int, int, EntityLabel]:
    """Leading determiners, sentence-initial function words and titles off; a stripped title makes a person."""
    stopwords = name_cues.STOPWORDS.get(language, frozenset())
    while True:
        words = _word_spans(text, start, end)
        if not words:
            return start, end, label
        first = text[words[0][0] : words[0][1]]
        elided = _elision(first)
        if elided:
            # l'OTAN, d'Italia: the elided article is outside the name.
            return start + elided, end, label
        if len(words) < 2:
            return start, end, label
        bare = _bare(first)
        person_title = label == "PER" and bare in name_cues.TITLES_AND_OFFICES
        if person_title or bare in name_cues.HONORIFICS:
            # Only before a person: in places and organisations a title word is part of the name (St. Peters Square).
            start = words[1][0]
            label = "PER"
            continue
        if bare in stopwords or (bare in name_cues.DETERMINERS and _own_determiner(bare, language)):
            start = words[1][0]
            continue
        if _is_sentence_initial(text, start) and _inflected_dictionary_word(first, language):
            # "Visitas Marcelo Canario", "Envíanos ...": an inflected common word capitalised by position.
            start = words[1][0]
            continue
        return start, end, label


#: The determiners of each language whose names they lead stay outside ("the Kremlin", "El Chelsea"). Another
#: language's article opens a name borrowed whole (Los Angeles, El Salvador, Le Monde in English text).
_OWN_DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "a", "an"]),
    "de": frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine"]),
    "fr": frozenset(["le", "la", "les", "un", "une", "des", "du"]),
    "es": frozenset(["el", "la", "los", "las", "lo", "un", "una", "unos", "unas"]),
    "it": frozenset(["il", "lo", "la", "i", "gli", "le", "un", "una"]),
}


def _own_determiner(word: str, language: str) -> bool:
    """Whether a lower-cased determiner is one of ``language``'s (every listed one where no list is kept)."""
    own = _OWN_DETERMINERS.get(language)
    return own is None or word in own


def _elision(word: str) -> int:
    """Length of an elided article at the start of a word (``l'``, ``d'``, ``dell'``), else 0."""
    for mark in _APOSTROPHES:
        head, sep, rest = word.partition(mark)
        if sep and rest[:1].isupper() and head.lower() in name_cues.ELIDED_ARTICLES:
            return len(head) + 1
    return 0


def _is_fragment(text: str, words: list[tuple[int, int]], language: str) -> bool:
    """A run of words with ordinary lower-case words inside: a piece of a sentence, not a name."""
    lower = 0
    for index, (word_start, word_end) in enumerate(words):
        word = text[word_start:word_end]
        bare = _bare(word)
        if not bare or not bare[0].isalpha() or not word[0].islower():
            continue
        if bare in name_cues.NAME_PARTICLES or bare in name_cues.NAME_CONNECTORS or _elision(word):
            continue
        if index == 0 and bare in name_cues.LOWER_HEADS:
            continue
        if index == len(words) - 1 and bare in name_cues.LOWER_TAILS:
            continue
        lower += 1
    return lower > 0


def _is_common_word_at_start(text: str, start: int, end: int, language: str) -> bool:
    """A single capitalised word at a sentence start that the language's dictionary lists (Según, Lire)."""
    word = text[start:end]
    if not _is_sentence_initial(text, start) or _known(word, language) or word.isupper():
        return False
    if not is_dictionary_word(word, language):
        return False
    # A word the text also capitalises mid-sentence is used as a name.
    return word not in _capitalised_mid_sentence(text)


@lru_cache(maxsize=8)
def _capitalised_mid_sentence(text: str) -> frozenset[str]:
    """Capitalised words of a text that stand somewhere other than at a sentence start (one pass per text)."""
    return frozenset(
        match.group()
        for match in _WORD_WITH_JOINERS.finditer(text)
        if match.group()[0].isupper() and not _is_sentence_initial(text, match.start())
    )


def _relabel(text: str, start: int, end: int, label: EntityLabel, language: str) -> EntityLabel:
    """The label packaged evidence supports: alias table, gazetteer, a title or a lower-case head before."""
    surface = text[start:end]
    alias = lookup_alias(surface)
    if alias is not None and alias.label in ("PER", "ORG", "LOC", "MISC"):
        return alias.label  # type: ignore[return-value]
    if _INITIALS.fullmatch(surface.rstrip(".")) and resolve_place(surface, language) is None:
        return "PER"  # "23 yaşındaki D.K.", "A.B.C. isimli şüpheli": a person the press names by initials
    head = _bare(surface.split(maxsplit=1)[0])
    if head in name_cues.LOWER_HEADS:
        return "LOC" if head in name_cues.PLACE_HEADS else "ORG"
    if head in name_cues.ORG_HEAD_WORDS and " " in surface:
        return "ORG"  # "Congreso de Veracruz", "Banco de España": the first noun says what kind of name it is
    place = resolve_place(surface, language)
    if label == "LOC" and place is not None and place.kind == "city" and _club_article(text, start, language):
        return "ORG"  # "la victoria del Chelsea", "il Napoli": a city takes no article, its football club does
    if place is not None and label != "LOC" and _is_place_whatever_the_label(place, label):
        return "LOC"
    # A country's acronym (USA, UAE) is its name too; a town's alternate spelling that looks like an acronym is not.
    by_alternate_name_only = place is None or (place.kind != "country" and latin_key(place.name) != latin_key(surface))
    if label == "LOC" and by_alternate_name_only and 2 <= len(surface) <= 6 and surface.isupper() and surface.isalpha():
        return "ORG"  # an acronym no gazetteer knows as a place (CAC, REA) names an organisation
    if label in ("LOC", "MISC") and place is None and len(surface.split()) <= 3:
        before = text[max(0, start - 40) : start].split()
        if before and _bare(before[-1]) in name_cues.TITLES_AND_OFFICES:
            return "PER"
    return label


#: Masculine articles (bare or fused with a preposition) that a club's name takes and a city's does not.
_CLUB_ARTICLES: dict[str, frozenset[str]] = {
    "es": frozenset(["el", "del", "al"]),
    "it": frozenset(["il", "del", "al", "dal", "nel", "col"]),
}


def _club_article(text: str, start: int, language: str) -> bool:
    """Whether a lower-case masculine article stands right before a name, where a city would have none."""
    articles = _CLUB_ARTICLES.get(language)
    if not articles:
        return False
    before = text[max(0, start - 5) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1] in articles


def _is_place_whatever_the_label(place: PlaceEntry, label: EntityLabel) -> bool:
    """A country, a big city, or a region not called an organisation (regions name governments and teams too)."""
    if place.kind == "country" or (place.kind == "city" and place.population >= BIG_CITY):
        return True
    return place.kind == "region" and label != "ORG"


# ---------------------------------------------------------------- lower-case heads


@cache
def _head_pattern(language: str) -> re.Pattern[str]:
    words = name_cues.HEADS_BY_LANGUAGE[language]
    heads = "|".join(sorted((re.escape(h) for h in words), key=len, reverse=True))
    # Elided articles first: "de l'Intérieur" must not stop at "de" and read "l" as the name.
    connector = r"(?:(?:de\s+l|d|dell)['’]|(?:de(?:\s+la|\s+los|\s+las)?|du|des|del|della|di|da|do|dos|das)\s+)?"
    # Name words joined by single hyphens; '-' is not a word character, so the repetition cannot backtrack.
    name_word = r"[^\W\d_]\w*(?:-\w+){0,3}"
    name = rf"{name_word}(?:\s+(?:(?:de|del|la|y|et)\s+)?{name_word}){{0,4}}"
    return re.compile(rf"\b((?i:{heads}))\s+{connector}({name})")


def head_noun_spans(text: str, language: str) -> list[Bounded]:
    """Institution and street names led by a lower-case head noun (ministère de l'Intérieur, rue Janin).

    Args:
        text: The article text.
        language: ISO 639-1 code; only languages that write these heads in lower case are searched.

    Returns:
        (start, end, label) spans: ORG for institutions, LOC for streets and squares.
    """
    if language not in name_cues.HEADS_BY_LANGUAGE:
        return []
    spans: list[Bounded] = []
    for match in _head_pattern(language).finditer(text):
        head = match.group(1)
        if not text[match.start(2)].isupper() or (head.islower() and head in name_cues.HEADS_WHEN_CAPITALISED):
            continue
        end = match.start(2)
        words = _word_spans(text, match.start(2), match.end(2))
        for index, (word_start, word_end) in enumerate(words):
            word = text[word_start:word_end]
            following = text[words[index + 1][0]] if index + 1 < len(words) else ""
            if word[:1].isupper():
                end = word_end
            elif not (word in name_cues.NAME_CONNECTORS and following.isupper()):
                break
        start, end = _strip_edges(text, match.start(), end)
        pieces = _pieces(text, start, end)
        if not pieces:
            continue
        label: EntityLabel = "LOC" if head.lower() in name_cues.PLACE_HEADS else "ORG"
        spans.append((pieces[0][0], pieces[0][1], label))
    return spans
