"""Quotations, direct and reported, with their speakers resolved to named entities.

Direct quotes are found in every common quotation style (“ ” « » » « „ “ „ ” ‚ ‘
‘ ’ " " 「 」 『 』 and the dialogue dash that opens a paragraph in Spanish, Russian
or Polish). The speaker comes from a verb of saying (:mod:`cues`) next to the
quote, before or after it, and the named person (else organisation) nearest that
verb in the same clause; a pronoun or a subject-less verb ("a-t-il averti",
"dijo") points to the person in focus (the last person named before the quote);
a quote right after another one without a cue of its own continues it. Reported
speech ("X said that ...", "X a affirmé que ...", "X sagte, dass ...",
"X afirmó que ...") is found for en, fr, de and es. When nothing names the
speaker, the speaker is None: unknown, never guessed.

Every scan is linear: quote bodies are negated character classes bounded to
2,000 characters, context windows are bounded, and no pattern nests quantifiers.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from newsprism.analyze import cues, name_cues
from newsprism.analyze.date_words import WEEKDAYS, weekday_pattern
from newsprism.analyze.entity_bounds import is_dictionary_word, is_inflected_form
from newsprism.analyze.first_names import first_name_gender, is_first_name
from newsprism.analyze.gazetteer import name_key
from newsprism.analyze.lemmas import dictionary, lemma
from newsprism.analyze.places import resolve_place
from newsprism.analyze.speech_parser import PARSED_LANGUAGES, ParsedReport, parsed_reports
from newsprism.records import Entity, Quote

__all__ = ["MAX_QUOTE_CHARS", "NamedMention", "QuoteSite", "find_quotes", "quote_sites"]

#: A quoted span longer than this is not a quotation (unbalanced marks, quoted documents).
MAX_QUOTE_CHARS = 2_000
#: Fewer words than this inside quotation marks is a term or title, not a quotation.
MIN_QUOTE_WORDS = 3
#: A quote with neither cue nor speaker needs this many words (shorter: a title or slogan).
_MIN_UNATTRIBUTED_WORDS = 8
#: Characters searched for the cue and speaker on each side of a quote.
_CONTEXT = 250
_DATIVE = re.compile(
    # Chinese "告诉" (told) and "对...说" put the one spoken to right after the verb or preposition.
    r"(?:\bà l['’]|\bà |\bau |(?<!according )\bto |\btold |\btells |\bdem |\bder |告诉 ?|对 ?|向 ?)$",
    re.IGNORECASE,
)
#: Arabic prepositions written as words of their own: in, with, to (two spellings), on, against, at.
_ARABIC_PREPOSITIONS = "في|مع|إلى|الى|على|ضد|لدى"
#: A preposition of place, addressee or topic (with its article) right before a name: the name is where,
#: to whom or about whom something was said, never who said it ("said in Parliament", "auprès de l'AFP",
#: "in an interview with Reuters", "dijo ante la prensa", "sagte im Bundestag"). "of"/"de"/"by"/"selon"
#: are left out: they may name the source ("a statement of the ministry", "according to").
_OBLIQUE = re.compile(
    # "according to" names the source ("…, according to the Maine Lottery"), unlike "said to"; so does
    # "de acuerdo con".
    r"(?<!\w)(?:in|at|(?<!according\s)to|told|tells|with|about|against|into|inside|on|via|through|"
    # When or where something happened ("during a Hanukkah attack", "amid the Brexit talks").
    r"during|amid|after|before|near|under|"
    r"à|au|aux|auprès\s{1,3}d[eu]|auprès\s{1,3}des|devant|dans|chez|avec|contre|"
    r"im|bei|beim|gegenüber|mit|über|vor|"
    # "a" the Spanish and Italian "to" ("un mensaje a AMLO"), not the Polish "and" after a comma (", a Jan").
    r"ante|(?<!de\sacuerdo\s)con|contra|sobre|al|(?<![,;.!?]\s)a|"
    r"w|we|na|do|od|przy|dla|przez|przed|pod|nad|wobec|z|ze|o|"
    # The people around someone speak, not that person ("L'entourage d'Emmanuel Macron explique").
    r"entourage\s{1,3}d[eu]|entourage|proches\s{1,3}d[eu]|proches|family\s{1,3}of|aides\s{1,3}to|"
    r"allies\s{1,3}of|umfeld|entorno\s{1,3}de|"
    # Arabic, and via ("وعلق على إنستجرام": commented on Instagram).
    rf"{_ARABIC_PREPOSITIONS}|عبر)"
    r"\s{1,3}(?:(?:the|a|an|la|le|les|el|los|las|dem|den|der|die|das|von)\s{1,3}|l['’]\s{0,2}|d['’]\s{0,2})?$",
    re.IGNORECASE,
)
#: A medium named after a preposition and the noun that says what it is ("zur Regionalstation Tele M1",
#: "na informacjach TVP", "au quotidien Le Parisien", "to the newspaper Haaretz"): spoken to, not speaking.
#: Prepositions before a medium's noun in German, which capitalises the noun ("zur Regionalstation").
_GERMAN_MEDIUM_PREPOSITIONS = frozenset({"zu", "zum", "zur", "gegenüber", "auf"})
_MEDIUM = re.compile(
    rf"(?<!\w)(?P<preposition>{'|'.join(sorted(_GERMAN_MEDIUM_PREPOSITIONS))}|(?<!according\s)to|à|au|aux|al|na|dla|on|en)"
    r"\s{1,3}(?:(?:the|la|le|les|el|los|las|dem|den|der|die|das)\s{1,3}|l['’]\s{0,2})?"
    # The noun that says what the medium is: not the article itself ("according to the Maine Lottery").
    r"(?!(?:the|la|le|les|el|los|las|dem|den|der|die|das)\s)(?P<noun>[^\W\d_]{3,20})\s{1,3}$",
    re.IGNORECASE,
)


def _after_medium(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a medium's preposition and noun, so is the medium spoken to.

    Outside German the noun is a common one, in lower case: "napisał na Twitterze Łukasz Szumowski" names the
    platform, then the speaker.
    """
    medium = _MEDIUM.search(text, max(0, start - 40), start)
    if medium is None:
        return False
    return medium.group("preposition").casefold() in _GERMAN_MEDIUM_PREPOSITIONS or medium.group("noun")[0].islower()


#: A demonstrative before a one-word "name" makes it a common noun the tagger capitalised ("este Pacto").
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that|these|those|ce|cet|cette|ces|dieser|diese|dieses|diesem|diesen|este|esta|estos|estas|"
    r"ese|esa|aquel|aquella|questo|questa|quel|quella|ten|tego|tej|bu|şu)\s{1,3}$",
    re.IGNORECASE,
)
#: A quote that ended at most this far back still holds the focus (its speaker goes on talking).
_THREAD_CHARS = 500
#: At most this many named mentions are looked through, back from a quote, for the person in focus.
_FOCUS_LOOKBACK = 200
#: How far back the person in focus is looked for.
_FOCUS_CHARS = 2_500
#: Longest reported-speech clause kept.
_MAX_REPORTED_CHARS = 600

_PAIRS: tuple[tuple[str, str], ...] = (
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("«", "»"),
    ("»", "«"),
    ("‚", "‘"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
)
#: Lower-case letters of the Latin-script languages (Turkish ı, ş, ğ included), which a subheading in capitals lacks.
_LOWER_CASE = "a-zß-ÿışğ"
#: Length of a subheading in capitals glued between two sentences.
_GLUED_SUBHEADING_CHARS = "8,200"

_QUOTE_PATTERNS: tuple[re.Pattern[str], ...] = (
    *(re.compile(f"{re.escape(o)}([^{re.escape(o + c)}\\n]{{1,{MAX_QUOTE_CHARS}}}){re.escape(c)}") for o, c in _PAIRS),
    # Straight and single curly quotes: the closer must not be followed by a letter (it's an apostrophe then).
    re.compile(rf'(?<![\w"])"([^"\n]{{1,{MAX_QUOTE_CHARS}}})"(?!\w)'),
    # A closing straight mark glued to the next sentence ('... bekommen."Merkel reist ...'), as scrapes join them:
    # after a sentence's last punctuation, a capital letter right after the mark opens the next sentence.
    re.compile(rf'(?<![\w"])"([^"\n]{{1,{MAX_QUOTE_CHARS}}}[.!?])"(?=[^\W\d_])(?=[^a-zß-ÿ])'),
    re.compile(rf"(?<!\w)‘([^‘\n]{{1,{MAX_QUOTE_CHARS}}}?)’(?!\w)"),
    # A curly opener closed by a straight mark ('“... a day," Lagae said'), as scrapes mix them; a proper
    # closer further on makes the longer pair, which is kept first.
    re.compile(rf'“([^“”"\n]{{1,{MAX_QUOTE_CHARS}}})"(?!\w)'),
    re.compile(rf'(?<![\w"])"([^“”"\n]{{1,{MAX_QUOTE_CHARS}}})”'),
    # Straight single quotes (headlines): an apostrophe between letters ("I've") stays inside.
    re.compile(rf"(?<![\w'])'((?:[^'\n]|(?<=\w)'(?=\w)){{1,{MAX_QUOTE_CHARS}}})'(?!\w)"),
    # Two apostrophes as a double quotation mark (''...''), common in Turkish news; one apostrophe inside stays.
    re.compile(rf"(?<!')''((?:[^'\n]|'(?!')){{1,{MAX_QUOTE_CHARS}}}?)''(?!')"),
    # A subheading in capitals glued between two sentences, its line breaks lost in the scrape
    # ('... bildirdi.'KORONAVİRÜS ... DEĞİLDİR'Bakan Turhan ...'): no lower-case letter inside.
    re.compile(rf"(?<=[.!?])'([^'\n{_LOWER_CASE}]{{{_GLUED_SUBHEADING_CHARS}}})'(?=[^\W\d_])"),
    re.compile(rf'(?<=[.!?])"([^"\n{_LOWER_CASE}]{{{_GLUED_SUBHEADING_CHARS}}})"(?=[^\W\d_])'),
)
#: Marks of two styles around one quotation ('"...»', '«..."', Arabic '”...“'), as scrapes and machine translation
#: leave them: found only where no pair of one style lies, and only with no other mark between them.
_MIXED_PAIR = re.compile(
    rf'(?:«|„|(?<![\w"])["“](?=\S)|(?<![^\s:(])”(?=\w))([^“”«»„"\n]{{1,{MAX_QUOTE_CHARS}}})(?:»|”|(?<=\S)["“](?!\w))'
)
#: Windows-1252 quotation marks read as C1 control characters (a page decoded as Latin-1): the same marks.
_C1_QUOTES = str.maketrans({"\x91": "‘", "\x92": "’", "\x93": "“", "\x94": "”", "\x84": "„"})
_ANY_QUOTE_MARK = re.compile(r"[\"“”„«»‚‘「」『』‹›]")
#: A body that opens on a comma is the words between two quotes, taken for a quote by mismatched marks.
_BAD_OPENING = re.compile(r"^[,;:.)\]]")
#: Verbs that name a thing ("a collection called", "llamado su colección").
_NAMING_VERBS = (
    r"called|titled|entitled|dubbed|intitulée?s?|baptisée?s?|surnommée?s?|llamad[oa]s?|titulad[oa]s?|"
    r"denominad[oa]s?|bautizad[oa]s?|betitelte?[nm]?|titolat[oa]|intitolat[oa]|pod tytułem|pod nazwą|o nazwie|"
    r"adlı|isimli|başlıklı"
)
#: Links to another article ("Read also: “...”").
_LINK_LEADS = (
    r"à lire aussi|lire aussi|lire également|read also|read more|also read|see also|leer más|lea también|"
    r"lee también|lesen sie auch|lesen sie mehr|czytaj też|czytaj także|czytaj również|czytaj więcej"
)
#: Words right before quotation marks that make the quoted words a name or title, not something said:
#: naming verbs ("a collection called “...”", "llamado su colección “...”") and links to other articles.
_TITLE_LEAD = re.compile(
    rf"(?:(?<!\w)(?:{_NAMING_VERBS})(?!\s{{1,3}}(?:for|on|upon|to)\b)(?:\s{{1,3}}[\w'’-]{{1,20}}){{0,4}}"
    rf"|(?<!\w)(?:{_LINK_LEADS})\s{{0,3}}[:–—-]?)\s{{0,3}}$",
    re.IGNORECASE,
)
#: A naming verb or a link right before the marks; with words between ("called the plan “reckless”"),
#: the verb characterises, and a short phrase may be a partial quote.
_NAMED_RIGHT_AFTER = re.compile(rf"(?<!\w)(?:{_NAMING_VERBS}|{_LINK_LEADS})\s{{0,3}}[:–—-]?\s{{0,3}}$", re.IGNORECASE)
#: Dialogue dash opening a paragraph; the quote runs to the next spaced dash or the paragraph's end.
_DASH_QUOTE = re.compile(rf"(?m)^[ \t]*[—―–][ \t]*([^\n—―–]{{1,{MAX_QUOTE_CHARS}}})")
#: Nouns a German ordinal number precedes ("3. Mai", "19. Jahrhundert", "2. Bundesliga").
_ORDINAL_NOUNS = (
    r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jahrhunderts?|Mal|Platz|Stock|Bundesliga|Liga|Runde|Spieltag|Klasse|Geburtstag|Jahrestag)(?!\w)"
)
#: Sentence end; a full stop after a short capitalised abbreviation ("Sgt.", "Dr.", "U.S.") is not one.
_SENTENCE_END = re.compile(
    # The full stop first: the look-behinds are then read at full stops only.
    r"(?=[.])(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})"
    # Lower-case abbreviations before a name or a noun ("prof. Waldemar Gontarski", "ekspert ds. stosunków").
    r"(?<!\bprof)(?<!\bdr)(?<!\bks)(?<!\bpłk)(?<!\bmjr)(?<!\bds)(?<!\bul)(?<!\bśw)(?<!\btzw)(?<!\bnp)"
    r"(?<!\bbzw)(?<!\bvgl)(?<!\bsog)(?<!\binż)(?<!\bmgr)(?<!\bhab)(?<!\bnr)[.](?=[\s\"”»“]|$)"
    # A German ordinal before a month or a counted noun ("am 3. Mai", "im 19. Jahrhundert") ends nothing.
    rf"(?!(?<=\b\d[.])\s{{1,2}}{_ORDINAL_NOUNS}|(?<=\b\d\d[.])\s{{1,2}}{_ORDINAL_NOUNS})"
    r"|[!?。！？](?=[\s\"”»“]|$)|\n"
    # An acronym of three capitals or more ("ASEAN.", "OMS.") before a capitalised word does end it.
    # So does one at the end of a paragraph ("... a indiqué la SNCF.\n").
    r"|(?<=\b[A-Z]{3})[.](?=\s{1,3}[A-ZÀ-Þ]|[ \t]{0,3}(?:\n|$))"
    r"|(?<=\b[A-Z]{4})[.](?=\s{1,3}[A-ZÀ-Þ]|[ \t]{0,3}(?:\n|$))"
    r"|(?<=\b[A-Z]{5})[.](?=\s{1,3}[A-ZÀ-Þ]|[ \t]{0,3}(?:\n|$))"
    # A missing space after the full stop ("diye konuştu.Farkındalık") still ends the sentence.
    r"|(?<=[a-zà-ÿğışçöü]{3})[.](?=[A-ZÀ-ÞĞİŞÇÖÜ][a-zà-ÿğışçöü])"
)
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: Fallback person names (used only when no entities are given): runs of capitalised words.
_NAME_RUN = re.compile(
    r"\b[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’-]{1,30}(?:[ \t]+(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’-]{1,30}|de|van|von|da|del|al|bin)){0,3}"
)
_NAME_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "our",
        "but",
        "and",
        "or",
        "if",
        "when",
        "while",
        "as",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "to",
        "of",
        "after",
        "before",
        "however",
        "meanwhile",
        "also",
        "le",
        "la",
        "les",
        "un",
        "une",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "on",
        "ce",
        "cette",
        "ces",
        "mais",
        "et",
        "ou",
        "si",
        "quand",
        "en",
        "au",
        "aux",
        "du",
        "des",
        "pour",
        "par",
        "sur",
        "dans",
        "avec",
        "selon",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "er",
        "sie",
        "es",
        "wir",
        "ich",
        "und",
        "oder",
        "aber",
        "wenn",
        "als",
        "im",
        "am",
        "auf",
        "für",
        "mit",
        "von",
        "zu",
        "nach",
        "laut",
        "el",
        "los",
        "las",
        "uno",
        "una",
        "él",
        "ella",
        "ellos",
        "pero",
        "y",
        "o",
        "si",
        "cuando",
        "en",
        "con",
        "por",
        "para",
        "según",
        "del",
        "al",
        "no",
        "yes",
        "oui",
        "non",
        "ja",
        "nein",
        "sí",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "monsieur",
        "madame",
        "herr",
        "frau",
        "señor",
        "señora",
        "president",
        "minister",
    ]
)


#: Title abbreviations an entity finder may return alone ("said Sgt. Oehler"): never a speaker by themselves.
_TITLES = frozenset(
    ["sgt", "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "capt", "gov", "sen", "rep", "pres", "st", "mgr"]
)


@dataclass(frozen=True, slots=True)
class QuoteSite:
    """A quote with the extent of its quotation marks (for reported speech, the clause itself)."""

    quote: Quote
    open_start: int
    close_end: int


@dataclass(frozen=True, slots=True)
class NamedMention:
    """One place where a possible speaker is named, with what the article's words say of it there."""

    name: str
    entity_id: str | None
    start: int
    end: int
    is_person: bool
    #: Inside quotation marks or a reported clause: talked about, seldom speaking.
    quoted: bool = False
    #: Preference order: 0 person, 1 other name (beside a role noun, usually a person mis-typed), 2 organisation.
    rank: int = 0
    #: "f" or "m" where the article's own words say so (title, apposition, a pronoun taking it up), else None.
    gender: str | None = None
    #: Named after a preposition ("the left of X", "in Parliament"): a complement, not a clause's subject.
    oblique: bool = False
    #: Right after a title or role ("papież Franciszek", "Kanzlerin Merkel"): a person for sure.
    titled: bool = False

    @property
    def key(self) -> str:
        """Who is named: the entity id, else the name."""
        return self.entity_id or self.name


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    open_start: int
    close_end: int
    #: Paragraphs of one quotation opened but not closed (multi-paragraph convention) share a chain number.
    chain: int | None = None
    #: The first sentence of a quotation whose closing mark was lost: kept only when someone is said to speak it
    #: (a verb of saying or a speaker found).
    cut: bool = False
    #: Opened by a dialogue dash inside a paragraph (pl, ru): with no attribution, the person in focus speaks.
    dialogue: bool = False
    #: A paragraph of a quotation that runs over paragraphs without marks ("“A ¶ B ¶ C.”"): kept only when
    #: someone is said to speak some paragraph of it.
    continued: bool = False


def find_quotes(
    text: str,
    language: str,
    entities: Sequence[Entity] | None = None,
    *,
    reported: bool = True,
) -> tuple[Quote, ...]:
    """Find quotations in ``text`` and attribute each to a speaker.

    Args:
        text: The article text.
        language: ISO 639-1 code (cue verbs exist for en, fr, de, es, it, pl, tr, ru, ar, zh).
        entities: Named entities of ``text`` (offsets into it); speakers are chosen among
            the PER (else ORG) ones and reported by canonical name and entity id. None means
            "not known": capitalised name runs are then used as speakers, with no id.
        reported: Also look for reported (indirect) speech where supported (en, fr, de, es).

    Returns:
        Quotes in text order; ``start``/``end`` delimit the quoted words (marks excluded).
    """
    sites, _ = quote_sites(text, language, entities, reported=reported)
    return tuple(site.quote for site in sites)


def quote_sites(
    text: str, language: str, entities: Sequence[Entity] | None = None, *, reported: bool = True
) -> tuple[list[QuoteSite], list[NamedMention]]:
    """The rules' quotes with the extent of their marks, and the names that may have said them.

    :func:`find_quotes` keeps the quotes; an attribution experiment (``bench/speaker_ranker.py``)
    reads the rest: where each quote's marks lie and every name that could have said it.
    """
    if not text:
        return [], []
    spans, pairs = _direct_spans(text)
    spans = _with_short_attributed(text, language, spans, pairs)
    unopened = [
        *_unopened_spans(text, language, pairs),
        *_inline_dash_spans(text, language, pairs),
        *_colon_led_spans(text, language, pairs),
    ]
    if unopened:
        spans = sorted([*spans, *unopened], key=lambda span: span.open_start)
        pairs = sorted([*pairs, *unopened], key=lambda span: span.open_start)
    # The Arabic press sets people's names and programmes' titles in marks too: its names after a verb of
    # saying are read by _quoted_names instead.
    named = _mark_quoted(
        _speakers(text, language, entities), [*pairs, *_links_to_other_articles(text)], names_in_marks=language != "ar"
    )
    quoted_names = _quoted_names(text, language, pairs, named)
    if quoted_names:
        # 'وأضاف "أمين"، ...': the marks set off the speaker's name, not a quotation.
        extents = {(n.start, n.end) for n in quoted_names}
        spans = [span for span in spans if (span.start, span.end) not in extents]
        named = sorted([*named, *quoted_names], key=lambda s: s.start)
    speakers = _with_genders(text, language, named, pairs)
    holders = _role_holders(text, language, speakers)
    speakers = [s for s in speakers if not _held_role(s, language, holders)]
    indirect = _reported(text, language, speakers, spans, holders) if reported else []
    headline = _headline_attribution(text, language, speakers, holders) if reported else None
    if headline is not None:
        # "..., polls say WASHINGTON – President ...": the body after the headline's verb is no clause of it.
        headline_clause, verb_end = headline
        indirect = [
            q
            for q in indirect
            if not verb_end <= q.start <= verb_end + _HEADLINE_GAP
            and not (q.start < headline_clause.end and headline_clause.start < q.end)
        ]
        indirect.append(headline_clause)
    if reported:
        indirect.extend(_postposed(text, language, speakers, spans, holders, indirect))
        indirect.extend(_incised(text, language, speakers, spans, holders, indirect))
        indirect.extend(_fronted(text, language, speakers, spans, indirect))
        if language == "de":
            indirect.extend(_german_inline_sources(text, speakers, spans, indirect))
        indirect.extend(_anaphoric(text, language, speakers, spans, indirect))
    indirect.sort(key=lambda q: q.end)
    # People named inside a reported clause ("X said Y was reassuring Z that ...") are talked about.
    speakers = _mark_quoted(speakers, [_Span(q.start, q.end, q.start, q.end) for q in indirect])
    quotes: list[Quote] = list(indirect)
    clause_ends = {q.end: q for q in indirect if q.speaker is not None}
    marks: list[tuple[int, int]] = [(q.start, q.end) for q in indirect]  # extent of each quote's marks
    previous: Quote | None = None
    previous_span: _Span | None = None
    pending: int | None = None  # an unattributed quote whose sentence goes on into the next quote
    chains: dict[int, list[int]] = {}  # paragraphs of one multi-paragraph quotation, by index in ``quotes``
    continued: set[int] = set()  # chains read over paragraphs without marks
    unattributed: list[QuoteSite] = []  # short quotes standing as paragraphs, kept if one person speaks
    spans = [span for span in spans if not _kind_named(text, language, span)]
    for index, span in enumerate(spans):
        next_open = spans[index + 1].open_start if index + 1 < len(spans) else len(text)
        prev_close = spans[index - 1].close_end if index > 0 else 0
        # Reported speech just before this quote may be the statement it continues.
        lead_floor = previous_span.close_end if previous_span else 0
        lead_index = bisect.bisect_right(indirect, span.open_start, key=lambda q: q.end) - 1
        if lead_index >= 0 and indirect[lead_index].end >= lead_floor and indirect[lead_index].speaker is not None:
            lead = indirect[lead_index]
            previous, previous_span = lead, _Span(lead.start, lead.end, lead.start, lead.end)
        quote = _attribute(text, language, span, speakers, prev_close, next_open, previous, previous_span, holders)
        if span.cut and quote.speaker is None and quote.cue is None:
            continue  # a lost closing mark, and no one said to speak: as likely the writer's prose
        if span.dialogue and quote.speaker is None and quote.cue is None:
            # "Komarenko zaszywa się w klasztorze. – W tym ośrodku byłem ...": the dialogue goes on with
            # the person the story is about.
            name, entity_id = _focus(speakers, span.open_start, previous)
            quote = replace(quote, speaker=name, speaker_id=entity_id)
        if pending is not None and quote.speaker is not None and _cue_follows(text, span, quote.cue):
            # "« A » pour les gouvernements, et cela demande « B », souligne X": one sentence, one speaker.
            quotes[pending] = replace(quotes[pending], speaker=quote.speaker, speaker_id=quote.speaker_id)
        pending = None
        if quote.speaker is None:
            # 'Kreitmayr said the KSK was facing “the most difficult phase in its history.”': the reported
            # clause stops at the mark, and the quoted words that end it are its speaker's.
            clause = _clause_ending_at(text, clause_ends, span.open_start)
            if clause is not None:
                quote = replace(quote, speaker=clause.speaker, speaker_id=clause.speaker_id)
        if (
            quote.cue is None
            and quote.speaker is None
            and not _long_enough(quote.text, _MIN_UNATTRIBUTED_WORDS)
            and not _spoken_sentence(quote.text)
        ):
            # A short quoted phrase nobody is said to have said: a title, slogan or name, unless the
            # article quotes one person only (a whole sentence of theirs set as its own paragraph).
            if _own_paragraph(text, span):
                unattributed.append(QuoteSite(quote, span.open_start, span.close_end))
            continue
        split = _incise_split(text, language, span)
        if split is None:
            quotes.append(quote)
            marks.append((span.open_start, span.close_end))
        else:
            # « A, explique l'athlète. B »: two quotes of one speaker, on either side of the attribution.
            first_end, second_start = split
            quotes.append(replace(quote, text=text[span.start : first_end], end=first_end))
            marks.append((span.open_start, first_end))
            quotes.append(replace(quote, text=text[second_start : span.end], start=second_start))
            marks.append((second_start, span.close_end))
        if span.chain is not None:
            chains.setdefault(span.chain, []).append(len(quotes) - 1)
            if span.continued:
                continued.add(span.chain)
        if quote.speaker is None and _sentence_runs_on(text, language, span, next_open, quote.cue):
            pending = len(quotes) - 1
        previous, previous_span = quote, span
    _share_chain_speakers(quotes, chains)
    sole = _sole_speaker(quotes)
    if sole is not None:
        for site in unattributed:
            _add_site(quotes, marks, site)
        for index, quote in enumerate(quotes):
            if quote.speaker is None and quote.cue is None and quote.kind == "direct":
                quotes[index] = replace(quote, speaker=sole[0], speaker_id=sole[1])
    # Paragraphs read as one quotation without marks between them, where nobody is said to speak any of them:
    # as likely the writer's prose after a lost closing mark.
    unspoken = {
        i
        for chain in continued
        if all(quotes[i].speaker is None and quotes[i].cue is None for i in chains[chain])
        for i in chains[chain]
    }
    if unspoken:
        quotes = [q for i, q in enumerate(quotes) if i not in unspoken]
        marks = [m for i, m in enumerate(marks) if i not in unspoken]
    # A short quote left to nobody may still be a partial quote of its sentence's subject.
    unnamed = {
        marks[i]: i
        for i, q in enumerate(quotes)
        if q.speaker is None and q.kind == "direct" and len(_WORD.findall(q.text)) <= _PARTIAL_MAX_WORDS
    }
    taken = [extent for extent in marks if extent not in unnamed]
    for partial in _partial_quotes(text, language, pairs, taken, speakers, holders):
        extent = (partial.open_start, partial.close_end)
        if extent in unnamed:
            quotes[unnamed[extent]] = partial.quote
        else:
            _add_site(quotes, marks, partial)
    _echoes(text, pairs, quotes, marks)
    for site in _quoted_subheadings(text, language, pairs, quotes, marks, speakers):
        _add_site(quotes, marks, site)
    for site in _dash_attributed(text, language, marks, speakers):
        _add_site(quotes, marks, site)
    if reported:
        for site in _konjunktiv_continuations(text, language, quotes, marks, speakers):
            _add_site(quotes, marks, site)
    sites = sorted(
        (QuoteSite(quote, open_start, close_end) for quote, (open_start, close_end) in zip(quotes, marks, strict=True)),
        key=lambda site: site.quote.start,
    )
    sites = [site for site in sites if not _title_cased(site.quote, language)]
    return _join_completed_clauses(text, sites), speakers


#: How far into an article its headline may run.
_HEADLINE_CHARS = 300
#: Most words of a headline's attribution before its verb ("Labour's Lisa Nandy says").
_HEADLINE_SUBJECT_WORDS = 4
#: Most characters between a headline's closing verb and the body's first word.
_HEADLINE_GAP = 3
#: What may follow the verb that closes a headline: the body's first word, capitalised, or a separator.
_HEADLINE_BODY = re.compile(r"[ \t]{0,2}(?:$|\n|[/|–—-]|(?-i:[A-ZÄÖÜÁÉÍÓÚÑ]))")


#: The verbs that close a headline's attribution: the present tense of headlines ("..., officials say"). Other
#: languages put the subject after the verb there ("..., sagt Merkel", "..., affirme le ministre"), which the
#: rules for attributions after a clause read.
_HEADLINE_VERBS = {
    "en": re.compile(
        r"(?<![\w-])(?:says|say|warns|warn|claims|claim|insists|insist|admits|admit|tells|tell|confirms|"
        r"confirm|reveals|reveal|suggests|suggest)(?![\w-])"
    ),
}
#: Days and months that follow a verb of saying inside a sentence ("officials say Monday", "said Jan. 5").
_HEADLINE_TIME = re.compile(
    r"[ \t]{1,2}(?:on[ \t])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|"
    r"Sept?\.|Oct\.|Nov\.|Dec\.)(?!\w)"
)


#: A right single quotation mark that closes a quote rather than marking an elision ("man,’ leading").
_CLOSING_APOSTROPHE = re.compile(r"’(?!\w)")


def _headline_attribution(
    text: str, language: str, speakers: Sequence[NamedMention], holders: Sequence[_Holder]
) -> tuple[Quote, int] | None:
    """A headline that ends on its attribution ("..., Labour's Lisa Nandy says", "..., study suggests"), with
    where its verb ends; None without one.

    A headline has no full stop: the body follows the verb at once, often on the same line, opening on a
    capitalised word ("..., polls say WASHINGTON – President ..."), where a sentence would go on with the
    words the verb introduces. The subject must stand before the verb: "..., says Lisa Nandy" is inverted.
    """
    cue_re = _HEADLINE_VERBS.get(language)
    if cue_re is None:
        return None
    line_end = text.find("\n", 0, _HEADLINE_CHARS)
    limit = line_end if line_end >= 0 else min(len(text), _HEADLINE_CHARS)
    for cue in cue_re.finditer(text, 0, limit):
        if not _HEADLINE_BODY.match(text, cue.end()) or _HEADLINE_TIME.match(text, cue.end()):
            continue  # "..., officials say Monday they ...": a sentence going on with when it was said
        comma = text.rfind(",", 0, cue.start())
        subject_words = len(_WORD.findall(text, comma + 1, cue.start()))
        if comma < 0 or not 0 < subject_words <= _HEADLINE_SUBJECT_WORDS or _SENTENCE_END.search(text, 0, comma):
            continue
        if _ANY_QUOTE_MARK.search(text, comma - 1, cue.start()) or _CLOSING_APOSTROPHE.search(text, comma, cue.start()):
            continue  # "Christ ‘became a human being, not a man,’ leading German prelate says": a quote's own comma
        clause = _long_clause(text, 0, comma)
        if clause is None:
            return None
        name, entity_id = _tail_speaker(text, language, comma + 1, cue.end(), cue, speakers, holders, clause[0])
        body = text[clause[0] : clause[1]]
        return Quote(body, *clause, name, entity_id, cue.group(0).strip(), "indirect"), cue.end()
    return None


def _title_cased(quote: Quote, language: str) -> bool:
    """Whether a short direct quote is a title or a name: every word but the small ones capitalised.

    "the “White Lives Matter” slogan", "“Woman Without Conscience” de Billy Wilder", "Trump Rips
    ‘Dirty (Filthy) Cops’". Not in German, which capitalises every noun ("einem „Hybrid Warfare“"),
    nor in capitals throughout (a subheading quoting someone), nor a sentence ending in its stop.
    """
    if quote.kind != "direct" or language == "de" or quote.text.rstrip().endswith((".", "!", "?")):
        return False
    words = _WORD.findall(quote.text)
    content = [w for w in words if w.casefold() not in name_cues.TITLE_SMALL_WORDS]
    if not _TITLE_MIN_WORDS <= len(words) <= _TITLE_MAX_WORDS or not content:
        return False
    return all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


#: Words in a title-cased phrase read as a title: one capitalised word may be a partial quote ("„Verrat“"),
#: and a longer run is a quoted sentence written in title case more often than a title.
_TITLE_MIN_WORDS = 2
_TITLE_MAX_WORDS = 6


#: Between a quote's closing mark and the end of the sentence it completes ('..." .', '»,').
_CLAUSE_COMPLETED = re.compile(r"[ \t]{0,2}(?:[.!?;]|$|\n)")


def _join_completed_clauses(text: str, sites: list[QuoteSite]) -> list[QuoteSite]:
    """A reported clause that a direct quote completes is one quote ("asegura que su grupo exigirá «explicaciones»").

    The reported clause stops at the opening mark; when the quote right after it ends the
    sentence, the two are one statement (as the gold guideline reads it), told as reported
    speech by the clause's speaker, or the quote's when the clause has none.
    """
    joined: list[QuoteSite] = []
    for site in sites:
        previous = joined[-1].quote if joined else None
        quote = site.quote
        if (
            previous is not None
            and previous.kind == "indirect"
            and quote.kind == "direct"
            and site.open_start >= previous.end
            and not text[previous.end : site.open_start].strip()
            and _CLAUSE_COMPLETED.match(text, site.close_end)
        ):
            speaker, speaker_id = (
                (previous.speaker, previous.speaker_id) if previous.speaker else (quote.speaker, quote.speaker_id)
            )
            # The joined text keeps the quote's marks: 'set a "bad example"'.
            end = site.close_end
            merged = replace(previous, text=text[previous.start : end], end=end, speaker=speaker, speaker_id=speaker_id)
            joined[-1] = QuoteSite(merged, joined[-1].open_start, site.close_end)
            continue
        joined.append(site)
    return joined


def _add_site(quotes: list[Quote], marks: list[tuple[int, int]], site: QuoteSite) -> None:
    """Keep a quote found by a later rule, with the extent of its marks."""
    quotes.append(site.quote)
    marks.append((site.open_start, site.close_end))


def _attribution_only(gap: str, previous: Quote) -> bool:
    """Whether the words between two quote paragraphs are only the first one's attribution.

    '« ... », a-t-il aussi déclaré à franceinfo.\n\n« ... »': a paragraph that is a quote
    and nothing else goes on with the speaker of the quote paragraph before it.
    """
    if previous.cue is None or previous.cue not in gap:
        return False
    paragraphs = [p for p in gap.split("\n\n") if p.strip()]
    return len(paragraphs) == 1 and len(_SENTENCE_END.findall(paragraphs[0].strip())) <= 1


def _clause_ending_at(text: str, clause_ends: dict[int, Quote], open_start: int) -> Quote | None:
    """The attributed reported clause that ends right before an opening mark, else None.

    'Agustín Rossi afirmó hoy que las Fuerzas Armadas "están absolutamente comprometidas"': the
    reported clause stops at the quotation mark, and the quoted words are its speaker's too.
    """
    for back in range(4):
        clause = clause_ends.get(open_start - back)
        if clause is not None and not text[clause.end : open_start].strip(" \t"):
            return clause
    return None


#: A whole sentence inside the marks: a capital first, its own full stop, question or exclamation mark last.
_WHOLE_SENTENCE = re.compile(r"[^\W\d_][^\n]{8,}(?<![.…\s])[.!?]")


def _spoken_sentence(body: str) -> bool:
    """Whether a short quote is a whole sentence of someone's ("Is that something you can do?").

    A title or slogan seldom ends on its own full stop, and is written in title case.
    """
    words = body.split()
    if not body[:1].isupper() or not _WHOLE_SENTENCE.fullmatch(body) or len(words) < _MIN_SPOKEN_WORDS:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised * 2 <= len(words)


#: Fewest words of a short cue-less quote kept as a spoken sentence.
_MIN_SPOKEN_WORDS = 3


def _own_paragraph(text: str, span: _Span) -> bool:
    """Whether a quote stands as a paragraph of its own (nothing but spaces around its marks on its lines)."""
    line_start = text.rfind("\n", 0, span.open_start) + 1
    line_end = text.find("\n", span.close_end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : span.open_start].strip() and not text[span.close_end : line_end].strip(" \t.")


#: Fewest quotes, each with its verb of saying, that must all name one person for the sole-speaker rule.
_SOLE_SPEAKER_QUOTES = 2


def _sole_speaker(quotes: Sequence[Quote]) -> tuple[str, str | None] | None:
    """The one person every quote with a verb of saying names (at least two such quotes), else None.

    An interview or a speech report ("ce qu'il faut retenir de l'intervention d'Édouard Philippe")
    quotes one person throughout; quotes set as their own paragraphs there have no cue and are theirs.
    """
    cued = [q for q in quotes if q.cue is not None and q.kind == "direct"]
    named = {(q.speaker, q.speaker_id) for q in cued}
    if len(cued) < _SOLE_SPEAKER_QUOTES or len(named) != 1:
        return None
    ((name, entity_id),) = named
    return None if name is None else (name, entity_id)


def _share_chain_speakers(quotes: list[Quote], chains: dict[int, list[int]]) -> None:
    """Give the paragraphs of one quotation the one speaker named for any of them ("“A\n\n“B,” she said.")."""
    for members in chains.values():
        named = {(quotes[i].speaker, quotes[i].speaker_id) for i in members if quotes[i].speaker is not None}
        if len(named) != 1:
            continue  # nobody, or different people: nothing sure to share
        ((name, entity_id),) = named
        for i in members:
            if quotes[i].speaker is None:
                quotes[i] = replace(quotes[i], speaker=name, speaker_id=entity_id)


def _sentence_runs_on(text: str, language: str, span: _Span, next_open: int, cue: str | None) -> bool:
    """Whether the sentence of a quote goes on, with no group named as speaker, into the next quote."""
    if next_open >= len(text) or next_open - span.close_end > _CONTEXT:
        return False
    if _SENTENCE_END.search(text, span.close_end, next_open) or (cue and _INVERTED_PLURAL.search(cue)):
        return False
    plural_re = cues.plural_pronoun_pattern(language)
    return not (plural_re and plural_re.search(text, span.close_end, next_open))


def _cue_follows(text: str, span: _Span, cue: str | None) -> bool:
    """Whether a quote's cue comes right after it (its speaker named after the quote)."""
    return cue is not None and cue in text[span.close_end : span.close_end + _CONTEXT // 2]


# --- Direct quote spans -------------------------------------------------------------------------------------------


#: The byline that closes an embedded social-media post: the account's handle in brackets, then its date.
_EMBED_BYLINE = re.compile(r"\(@\w{1,30}\)[^\n()]{0,30}\d{4}[ \t]*$")


def _direct_spans(text: str) -> tuple[list[_Span], list[_Span]]:
    """Quotations, and every pair of marks (quotations, titles, names), outermost first, in text order."""
    found: list[_Span] = []
    marked = text.translate(_C1_QUOTES)
    for pattern in _QUOTE_PATTERNS:
        for match in pattern.finditer(marked):
            found.append(_Span(match.start(1), match.end(1), match.start(), match.end()))
    found = [span for span in found if not _inside_out(marked, span)]
    if any(marked[span.open_start] == "«" and marked[span.close_end - 1] == "»" for span in found):
        # A text that quotes «like this» uses no »reversed« pairs: '...» y añadió «...' is two quotes' marks.
        found = [span for span in found if marked[span.open_start] != "»"]
    found.extend(_mixed_pairs(marked, found))
    for match in _DASH_QUOTE.finditer(text):
        body_start, body_end = match.start(1), match.end(1)
        if _EMBED_BYLINE.search(text, body_start, body_end):
            continue  # "— Rotimi Akeredolu (@RotimiAkeredolu) March 28, 2020": an embedded post's byline
        # "—Texto —dijo él—." : the quote stops at a spaced dash inside the paragraph.
        found.append(_Span(body_start, body_end, match.start(), body_end))
    found.sort(key=lambda s: (s.open_start, -s.close_end))
    kept: list[_Span] = []
    pairs: list[_Span] = []
    last_close = -1
    for span in found:
        if span.open_start < last_close:
            continue  # nested (a quote inside a quote) or crossing an earlier pair
        start, end = _strip(text, span.start, span.end)
        if start == end or _BAD_OPENING.match(text[start:end]):
            # "...'». «Ils ...»": the closer of one quote and the opener of the next, read as a
            # reversed »...« pair; its marks are not taken, so the quotes on either side stay whole.
            continue
        # Short pairs («Aarau 1») are no quotations, but their marks are taken: they block crossing readings.
        last_close = span.close_end
        span.start, span.end = start, end
        pairs.append(span)
        if _quotable(text, span):
            kept.append(span)
    unclosed = _unclosed_spans(text, pairs)
    _close_chains(text, unclosed, pairs)
    if unclosed:
        kept = sorted([*kept, *(s for s in unclosed if _quotable(text, s))], key=lambda s: s.open_start)
        pairs = sorted([*pairs, *unclosed], key=lambda s: s.open_start)
    return kept, pairs


def _inside_out(text: str, span: _Span) -> bool:
    """Whether a pair's marks face away from its words: the closer of one quotation and the opener of the next.

    'وكالة ”ايسنا“ المحلية، إن ”هذا' holds the pair “ المحلية، إن ”, whose opener is glued to the word
    before it and whose closer to the word after it.
    """
    open_at, close_at = span.open_start, span.close_end - 1
    if open_at == 0 or close_at + 1 >= len(text) or close_at - open_at < 3:
        return False
    return (
        text[open_at - 1].isalnum()
        and text[open_at + 1].isspace()
        and text[close_at - 1].isspace()
        and text[close_at + 1].isalnum()
    )


def _mixed_pairs(text: str, found: list[_Span]) -> list[_Span]:
    """Pairs of marks of two styles (:data:`_MIXED_PAIR`) where no pair of one style reads them better.

    A pair of one style around or across one is taken instead, unless it opens on the same mark:
    '"lleva años ... Gijón» y añadió «lleva ...' is no straight pair running to a later '"', as
    the marks of another style inside it show. ``found`` loses such pairs.
    """
    candidates = [match for match in _MIXED_PAIR.finditer(text) if not _same_style(match.group(0))]
    openings = {match.start() for match in candidates}
    found[:] = [span for span in found if span.open_start not in openings]  # the rivals go, in one pass
    taken = _Extents([(span.open_start, span.close_end) for span in found])
    return [
        _Span(match.start(1), match.end(1), match.start(), match.end())
        for match in candidates
        # Inside or across a pair of one style (not a rival it replaced): that pair is the quotation.
        if not taken.overlap(match.start(), match.end())
    ]


def _same_style(pair: str) -> bool:
    """Whether a pair found by :data:`_MIXED_PAIR` is one of a single style (found by the patterns before)."""
    return (pair[0], pair[-1]) in _PAIRS or pair[0] == pair[-1] == '"' or (pair[0], pair[-1]) == ("“", '"')


#: A closing mark glued to the words before it.
_GLUED_CLOSER = re.compile(r'(?<=\S)[”»"\x94]|(?<=\S )[”»\x94]')
#: What may stand between such a mark and its verb of saying: a comma, then the subject's name or pronoun.
_CUE_RIGHT_AFTER = re.compile(r"[ \t]{0,2},?[ \t]{0,2}(?:(?:he|she|they|[A-ZÀ-ÖØ-Þ][\w.'’-]{0,20})[ \t]{1,2}){0,3}")


#: What may stand between a quote's closing mark and a participle attributing it: a case ending, "diye".
_PARTICIPLE_GAP = re.compile(r"[’'\s]{0,3}(?:[a-zçğıöşü]{1,4}\s{1,2})?(?:diye\s{1,2})?")


def _attribution_after(text: str, position: int, cue_re: re.Pattern[str]) -> re.Match[str] | None:
    """The verb of saying that attributes the words before ``position``: right after it, maybe after a comma and
    a pronoun or a name ('”, dijo', '” Evers said'); None where there is none, or a source preposition."""
    gap = _CUE_RIGHT_AFTER.match(text, position)  # it matches the empty string too: None only for the type checker
    cue = cue_re.match(text, gap.end() if gap else position)
    return None if cue is None or cue.group(0).casefold() in cues.SOURCE_PREPOSITIONS else cue


#: Opening marks of the styles whose closing mark is told apart from the opening one.
_OPENING_MARK = re.compile("[“«\x93]")
_LINE_BREAK = re.compile("\n")
#: Where a quotation whose opening mark was lost may start: after a sentence, a line, or a scraper's double space.
_LOST_OPENING_AFTER = re.compile(r"[.!?…][ \t]|\n|[ \t]{2}")


def _unopened_spans(text: str, language: str, pairs: Sequence[_Span]) -> list[_Span]:
    """Quotations whose opening mark was lost, closed by a mark that a verb of saying follows at once.

    'Wisconsin will become  in the Senate that don’t want it or the Assembly,” Evers said.': the
    scrape joined two pieces of text and the opening mark went with the first. The quotation is
    taken back to the sentence start, the line start or the join (a double space), whichever is
    nearest; it must hold no other mark.
    """
    cue_re = cues.cue_pattern(language)
    if cue_re is None:
        return []
    taken = _Extents([(pair.open_start, pair.close_end) for pair in pairs])
    # Opening marks that open no pair: a closing mark after one (in its paragraph) closes a quotation too long
    # or too odd to pair, not one whose opening mark was lost.
    unpaired = [m.start() for m in _OPENING_MARK.finditer(text) if not taken.overlap(m.start(), m.start() + 1)]
    line_breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    found: list[_Span] = []
    floor = 0
    for mark in _GLUED_CLOSER.finditer(text):
        position = mark.start()
        if position < floor or taken.overlap(position, position + 1):
            continue
        opener = bisect.bisect_left(unpaired, position) - 1
        line_break = bisect.bisect_left(line_breaks, position) - 1
        if opener >= 0 and unpaired[opener] > (line_breaks[line_break] if line_break >= 0 else -1):
            continue
        if _attribution_after(text, position + 1, cue_re) is None:
            continue
        start = max(floor, taken.free_back(position), position - MAX_QUOTE_CHARS)
        floor = position + 1  # each stretch of text is scanned once: the scan stays linear
        for boundary in _LOST_OPENING_AFTER.finditer(text, start, position):
            start = boundary.end()
        body_start, body_end = _strip(text, start, position)
        body = text[body_start:body_end]
        if not _long_enough(body, _MIN_FRAGMENT_WORDS) or _ANY_QUOTE_MARK.search(body):
            continue
        found.append(_Span(body_start, body_end, body_start, position + 1))
    return found


#: A comma right after a closing mark, before its attribution ('“Quedamos impactados”, dijo').
_ATTRIBUTION_COMMA = re.compile(r"[ \t]{0,2},")


def _with_short_attributed(text: str, language: str, spans: list[_Span], pairs: Sequence[_Span]) -> list[_Span]:
    """Quotations too short to stand alone (one or two words) whose marks a comma and a verb of saying follow.

    '“Quedamos impactados”, dijo, pero …', '« Jamais », a-t-il répondu': the verb right after the marks
    says someone spoke them, which a short phrase alone does not.
    """
    cue_re = cues.cue_pattern(language)
    if cue_re is None:
        return spans
    kept = {(span.open_start, span.close_end) for span in spans}
    added = []
    for pair in pairs:
        if (pair.open_start, pair.close_end) in kept or not _WORD.search(text, pair.start, pair.end):
            continue
        if pair.end - pair.start > _QUOTED_NAME_MAX_CHARS or _long_enough(text[pair.start : pair.end]):
            continue
        if not _sentence_initial(text, pair.open_start):
            continue  # 'un chiffre « historiquement bas », s’est réjoui X': a fragment of the reported clause
        comma_after = _ATTRIBUTION_COMMA.match(text, pair.close_end) is not None
        if not comma_after and text[pair.close_end - 2 : pair.close_end - 1] != ",":
            continue  # the comma stands after the marks or, in English, inside them ('"Never," she said')
        cue = _attribution_after(text, pair.close_end, cue_re)
        if cue is None:
            continue
        if _COMPLEMENTIZER_NEXT.match(text, cue.end()):
            continue  # '… z czasem „biblijnym”, podkreślił, że …': the verb reports the clause after it
        added.append(pair)
    return sorted([*spans, *added], key=lambda span: span.open_start) if added else spans


#: A complementizer right after a verb of saying: the verb introduces a reported clause, not the words before it.
_COMPLEMENTIZER_NEXT = re.compile(r"[ \t]{0,2},?[ \t]{0,2}(?:że|that|que|qu['’]|dass|che|ki)(?!\w)", re.IGNORECASE)


#: Languages whose press opens a quote with a dash inside a paragraph, right after a sentence ends.
_INLINE_DASH_LANGUAGES = frozenset(["pl", "ru"])
#: A spaced dash after the end of a sentence, before a capital: "... klasztorze! – W tym ośrodku byłem ...".
_INLINE_DASH_OPENING = re.compile(r"(?<=[.!?…])[ \t]{1,3}[-–—][ \t]{1,3}(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁ])")
#: What ends such a quote: the next spaced dash (its attribution follows) or the paragraph's end.
_INLINE_DASH_END = re.compile(r"[ \t][-–—][ \t]|\n")


def _inline_dash_spans(text: str, language: str, pairs: Sequence[_Span]) -> list[_Span]:
    """Quotations opened by a dash inside a paragraph (pl, ru), where scraping joined the paragraphs.

    "... w klasztorze! – W tym ośrodku byłem już trzy razy." : Polish and Russian dialogue opens each
    quote with a dash at a paragraph's start; the dash after a sentence's end is that paragraph break
    lost. The quote runs to the next spaced dash or the paragraph's end, and stops before a pair of
    marks it would cross. Dashes at a line's start are read by ``_DASH_QUOTE`` already.
    """
    if language not in _INLINE_DASH_LANGUAGES:
        return []
    cue_re = cues.cue_pattern(language)
    taken = _Extents([(pair.open_start, pair.close_end) for pair in pairs])
    opens = [pair.open_start for pair in pairs]
    found: list[_Span] = []
    floor = 0
    for dash in _INLINE_DASH_OPENING.finditer(text):
        if dash.start() < floor or taken.overlap(dash.start(), dash.end()):
            continue
        limit = min(len(text), dash.end() + MAX_QUOTE_CHARS)
        closing = _INLINE_DASH_END.search(text, dash.end(), limit)
        end = closing.start() if closing else limit
        floor = end
        if closing is not None and cue_re is not None and cue_re.match(text, closing.end()):
            continue  # "– A – dodał.": _dash_attributed reads it with its verb
        # A pair of marks that starts inside and ends outside: the quote stops before it.
        index = bisect.bisect_left(opens, dash.end())
        if index < len(pairs) and pairs[index].open_start < end and pairs[index].close_end > end:
            end = pairs[index].open_start
        body_start, body_end = _strip(text, dash.end(), end)
        if _long_enough(text[body_start:body_end]):
            found.append(_Span(body_start, body_end, dash.start(), body_end, dialogue=True))
    return found


#: Languages whose press sets a statement after a colon with no marks when words announce it as what follows.
_COLON_LED_LANGUAGES = frozenset(["tr"])
#: "şunları söyledi:", "şöyle konuştu:", "şu ifadeleri kullandı:", "açıklamaları şöyle:": words pointing ahead
#: to what was said (the cataphoric "şu"/"şöyle"/"şunları"), a few more words, and the colon.
_TURKISH_ANNOUNCING_COLON = re.compile(
    r"(?<!\w)(?:şunları|şöyle|şu[ \t]{1,2}(?:ifadeleri|ifadelere|sözleri|sözlerle|açıklamayı|değerlendirmede|"
    r"görüşleri|bilgileri|mesajı))(?:[ \t]{1,2}[\w']{1,20}){0,3}[ \t]{0,2}:[ \t]*(?:\n[ \t]*){0,4}",
    re.IGNORECASE,
)
#: Nouns of a statement that "şöyle" may follow with no verb ("Bakanın açıklaması şöyle:").
_TURKISH_STATEMENT_NOUN = re.compile(r"(?:açıklama|ifade|söz|mesaj|değerlendirme)\w{0,8}[ \t]{1,2}şöyle", re.I)
#: Cues that name a source rather than a speaker ("Genelgeye göre": according to the circular).
_TURKISH_SOURCE_CUES = frozenset(["göre"])
#: A bulleted paragraph: an asterisk, a dash or a bullet opening it.
_BULLET = re.compile(r"[*•\-–][ \t]{0,2}")
#: Most bulleted paragraphs in a row read as one statement's points.
_MAX_BULLETS = 12
#: A line break and up to three blank lines: the gap between two paragraphs.
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*(?:\n[ \t]*){0,3}")
#: A sentence's closing mark before white space.
_STOP_BEFORE_SPACE = re.compile(r"[.!?]\s")


def _colon_led_spans(text: str, language: str, pairs: Sequence[_Span]) -> list[_Span]:
    """Statements set after an announcing colon with no quotation marks (Turkish).

    "Bakan Koca şunları söyledi: Tedbirler sıkı uygulanacak.", "... şöyle konuştu: ¶ * 185 ülkede ...":
    the words after the colon, to the end of their paragraph, are what the speaker said; a run of
    bulleted paragraphs gives each bullet. The sentence before the colon must hold a verb of saying
    (or a statement's noun before "şöyle"), and a quotation mark opening the words leaves them to the
    marks' pairing.
    """
    cue_re = cues.cue_pattern(language)
    if language not in _COLON_LED_LANGUAGES or cue_re is None:
        return []
    taken = _Extents([(pair.open_start, pair.close_end) for pair in pairs])
    found: list[_Span] = []
    for colon in _TURKISH_ANNOUNCING_COLON.finditer(text):
        start = colon.end()
        if start >= len(text) or _ANY_QUOTE_MARK.match(text, start) or taken.overlap(colon.start(), start + 1):
            continue
        sentence_start = max(text.rfind("\n", 0, colon.start()), _last_sentence_end(text, colon.start())) + 1
        lead = text[sentence_start : colon.end()]
        saying = [m for m in cue_re.finditer(lead) if m.group(0).casefold() not in _TURKISH_SOURCE_CUES]
        if not (saying or _TURKISH_STATEMENT_NOUN.search(lead)):
            continue  # "Genelgeye göre tedbirler şöyle sıralandı:": a document's list, nobody's words
        bullet = _BULLET.match(text, start)
        # The colon stands where an opening mark would, so the lead-in is read as the first words' attribution;
        # the bullets after the first share its speaker as one quotation's paragraphs.
        opening = text.rfind(":", colon.start(), start) + 1
        chain = colon.start() if bullet is not None else None
        for _ in range(_MAX_BULLETS if bullet is not None else 1):
            body_from = bullet.end() if bullet is not None else start
            line_end = text.find("\n", body_from, body_from + MAX_QUOTE_CHARS)
            end = line_end if line_end >= 0 else min(len(text), body_from + MAX_QUOTE_CHARS)
            body_start, body_end = _strip(text, body_from, end)
            body = text[body_start:body_end]
            if not _long_enough(body) or _ANY_QUOTE_MARK.search(body) or taken.overlap(body_start, body_end):
                break
            found.append(_Span(body_start, body_end, opening, body_end, chain))
            opening = end
            following = _PARAGRAPH_GAP.match(text, end)
            if chain is None or following is None:
                break
            bullet = _BULLET.match(text, following.end())
            if bullet is None:
                break
    return found


def _last_sentence_end(text: str, position: int) -> int:
    """Where the last full stop, question or exclamation mark before ``position`` (and in its 300 characters)
    stands, else -1."""
    ends = [m.start() for m in _STOP_BEFORE_SPACE.finditer(text, max(0, position - 300), position)]
    return ends[-1] if ends else -1


def _quotable(text: str, span: _Span) -> bool:
    """Whether the words between a pair of marks can be a quotation (not a name, title or stray span)."""
    body = text[span.start : span.end]
    if span.end - span.start > MAX_QUOTE_CHARS or not _long_enough(body) or _BAD_OPENING.match(body):
        return False
    # A title ("a collection called “...”") or a link to another article ("Read also: “...”").
    return not _TITLE_LEAD.search(text, max(0, span.open_start - 60), span.open_start)


#: The most words of a name set in marks after the noun for its kind ('the newspaper "The Daily Star"').
_KIND_NAME_MAX_WORDS = 4


def _kind_named(text: str, language: str, span: _Span) -> bool:
    """Whether a short phrase in marks names a thing of the kind a noun beside it says ('وكالة "سانا"').

    Names are capitalised where the script has case ('la chaîne « France 2 »'): a lower-case
    phrase after such a noun is a partial quote ('the show was “a disaster”').
    """
    pattern = cues.named_kind_pattern(language)
    body = text[span.start : span.end]
    if pattern is None or not 0 < len(_WORD.findall(body)) <= _KIND_NAME_MAX_WORDS or body[:1].islower():
        return False
    if body.rstrip()[-1:] in ".!?…":
        return False  # a sentence ('sagte dem Blatt: „Das ist völlig unwirklich.“'), not a name
    if language in cues.NAME_BEFORE_KIND:
        return pattern.match(text, span.close_end) is not None
    return pattern.search(text, max(0, span.open_start - 40), span.open_start) is not None


#: Opening marks that may be left unclosed, and the marks that would close them.
_UNCLOSED_OPENERS: dict[str, str] = {"“": "”", "«": "»", "„": "“”", '"': '"'}
_OPENER_CANDIDATE = re.compile(r"[“«„\"]")
_NON_SPACE = re.compile(r"\S")
#: Punctuation that announces a quotation ("said: “", "writing, “").
_SPEECH_LEAD = re.compile(r"[,:]\s{0,3}$")


def _unclosed_spans(text: str, pairs: Sequence[_Span]) -> list[_Span]:
    """Quotations whose opening mark is never closed, where journalism's typography says so.

    Three cases: a paragraph of a quotation that goes on in the next paragraph, which opens
    with the same mark again and closes only at its end (the British/American convention);
    a quotation cut off by the end of the text; and, after speech-announcing punctuation
    ("writing, “..."), a quotation cut off where the next one opens. Each is returned as a
    span running to the paragraph's end (or the next quotation); the paragraphs of one
    quotation share a chain number. A mark that closes other quotations in the text (“ in
    German „...“) is never read as an opener, and a paragraph holding any other quotation
    mark is left alone (the marks are then ambiguous).
    """
    closers = {text[p.close_end - 1] for p in pairs if p.close_end > p.open_start}
    found: list[_Span] = []
    pair_index = 0
    paragraph_end, following = -1, ""  # the paragraph's end and the first character after it
    for match in _OPENER_CANDIDATE.finditer(text):
        position, mark = match.start(), match.group(0)
        while pair_index < len(pairs) and pairs[pair_index].close_end <= position:
            pair_index += 1
        if pair_index < len(pairs) and pairs[pair_index].open_start <= position:
            continue  # part of a pair
        if mark != '"' and mark in closers:
            continue
        before = text[position - 1] if position else "\n"
        after = text[position + 1 : position + 2]
        if mark == '"' and (not (before.isspace() or before in "(:[—–-") or not after or after.isspace()):
            continue  # a straight mark reads as an opener only before a word and after a space
        if paragraph_end < position:  # found once per paragraph: the scan stays linear
            paragraph_end = text.find("\n", position)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
            next_text = _NON_SPACE.search(text, _past_interstitial(text, paragraph_end))
            following = text[next_text.start() : next_text.start() + 1] if next_text else ""
        next_open = pairs[pair_index].open_start if pair_index < len(pairs) else len(text)
        end = min(paragraph_end, next_open)
        if end - position > MAX_QUOTE_CHARS or _ANY_QUOTE_MARK.search(text, position + 1, end):
            continue
        if end == paragraph_end:
            # Runs to the paragraph's end: the next paragraph reopens it, or the text stops here.
            if following and not _reopens(following, mark):
                continued = _markless_continuation(text, position, paragraph_end, mark)
                if continued:
                    found.extend(continued)
                    continue
                cut = _first_sentence_cut(text, position, end)
                if cut is not None:
                    found.append(cut)
                continue
        elif not (text[end] == mark and _SPEECH_LEAD.search(text, max(0, position - 4), position)):
            continue  # cut off by the next quotation only when announced as speech ("writing, “")
        start, stop = _strip(text, position + 1, end)
        if start >= stop or text[start].islower():
            continue  # a fragment woven into the writer's sentence ("C'était « plus de ...") closes within it
        if not following and not _one_sentence(text, start, stop):
            # Cut off by the end of the text: a run of sentences may be a lost mark swallowing prose, but
            # the first sentence of a quotation that opens a sentence, or follows "said:", is quoted.
            cut = _first_sentence_cut(text, position, end)
            if cut is not None:
                found.append(cut)
            continue
        # A paragraph right after a chained one goes on with its chain; one the next paragraph reopens starts one.
        chain = None
        if found and found[-1].chain is not None and _adjacent(text, found[-1], position):
            chain = found[-1].chain
        elif end == paragraph_end and _reopens(following, mark):
            chain = position
        found.append(_Span(start, stop, position, end, chain))
    return found


#: English opening marks that scraped text mixes within one quotation (“ and ").
_ENGLISH_OPENERS = '“"'


def _reopens(following: str, mark: str) -> bool:
    """Whether the next paragraph's first character reopens a quotation opened with ``mark`` (the same mark, or
    the other English one: scraped pages mix “ and " within one quotation)."""
    return following == mark or (mark in _ENGLISH_OPENERS and following in _ENGLISH_OPENERS)


#: Most paragraphs a quotation runs over with no marks between its opening and its closing mark.
_CONTINUATION_PARAGRAPHS = 5


def _markless_continuation(text: str, position: int, paragraph_end: int, mark: str) -> list[_Span]:
    """A quotation opened at ``position`` that runs over whole paragraphs without marks and closes in a later
    one ("“A ¶ B ¶ C.” dedi."): one span per paragraph, chained; empty when the paragraphs do not read so.

    Every paragraph between must hold no quotation mark, and the last one's first mark must be the opening
    mark's closer, glued to the word before it as a closer is; each span is a capitalised stretch no longer
    than a quotation.
    """
    closers = _UNCLOSED_OPENERS.get(mark)
    if closers is None:
        return []
    segments = [(position + 1, paragraph_end)]
    cursor = paragraph_end
    for _ in range(_CONTINUATION_PARAGRAPHS):
        begin = _NON_SPACE.search(text, cursor)
        if begin is None:
            return []
        stop = text.find("\n", begin.start())
        stop = len(text) if stop < 0 else stop
        first_mark = _ANY_QUOTE_MARK.search(text, begin.start(), stop)
        if first_mark is None:
            segments.append((begin.start(), stop))
            cursor = stop
            continue
        glued = bool(text[first_mark.start() - 1].strip())
        closes = glued and not text[first_mark.end() : first_mark.end() + 1].isalnum()
        if first_mark.group(0) not in closers or not closes:
            return []  # another quotation opens there ('... belirterek "Ziyaretimiz ...'): this one is not closed
        segments.append((begin.start(), first_mark.start()))
        spans: list[_Span] = []
        for segment_start, segment_end in segments:
            start, end = _strip(text, segment_start, segment_end)
            if start >= end or end - start > MAX_QUOTE_CHARS or not text[start].isupper():
                return []
            spans.append(_Span(start, end, start, end, chain=position, continued=True))
        spans[0].open_start = position
        spans[-1].close_end = first_mark.end()
        return spans
    return []


def _first_sentence_cut(text: str, position: int, end: int) -> _Span | None:
    """The first sentence after an opening mark whose closing mark was lost ("... told the crowd. “This is ...").

    Only for a mark that opens a sentence or follows speech-announcing punctuation ("wrote: “"),
    and a capitalised sentence of a quotation's length; the words after it stay the writer's.
    The span is marked ``cut``: with no closing mark to go by, it is a quotation only if the
    quote finder can say who speaks it.
    """
    lead = text[max(0, position - 3) : position].rstrip(" ")
    if lead and lead[-1] not in '.!?:,\n"”»' and not _SPEECH_LEAD.search(lead):
        return None
    stop = _SENTENCE_END.search(text, position + 1, end)
    if stop is None:
        return None
    start, sentence_end = _strip(text, position + 1, stop.end())
    if start >= sentence_end or not text[start].isupper() or not _long_enough(text[start:sentence_end]):
        return None
    return _Span(start, sentence_end, position, sentence_end, cut=True)


def _close_chains(text: str, unclosed: Sequence[_Span], pairs: Sequence[_Span]) -> None:
    """Join to its chain the closed paragraph that ends a multi-paragraph quotation ("...\n\n“C.”")."""
    starts = {p.open_start: p for p in pairs}
    for span in unclosed:
        if span.chain is None:
            continue
        following = _NON_SPACE.search(text, span.close_end, span.close_end + 20)
        last = starts.get(following.start()) if following else None
        if last is not None and last.chain is None:
            last.chain = span.chain


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a single sentence with no gap where a scraper joined two pieces of text."""
    stop = _SENTENCE_END.search(text, start, end)
    return (stop is None or not text[stop.end() : end].strip(' .!?"”»')) and "  " not in text[start:end]


def _adjacent(text: str, span: _Span, position: int) -> bool:
    """Whether only white space, and at most one page furniture line, lies between a span's end and ``position``
    (the next paragraph's mark)."""
    return span.close_end <= position and not text[_past_interstitial(text, span.close_end) : position].strip()


#: A line of page furniture a scraper leaves between a quotation's paragraphs ("Advertising", "Read more"): one
#: or two words of letters, alone on their line.
_INTERSTITIAL = re.compile(r"\s*\n[ \t]*[^\W\d_]{2,20}(?:[ \t][^\W\d_]{2,20})?[ \t]*\n")


def _past_interstitial(text: str, position: int) -> int:
    """``position``, or past the one line of page furniture that follows it."""
    line = _INTERSTITIAL.match(text, position)
    return line.end() if line else position


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،"):
        end -= 1
    return start, end


def _long_enough(body: str, words: int = MIN_QUOTE_WORDS) -> bool:
    if _CJK.search(body):
        return len(body) >= 2 * words
    return len(_WORD.findall(body)) >= words


# --- Speakers --------------------------------------------------------------------------------------------------------


_RANKS: dict[str, int] = {"PER": 0, "MISC": 1, "ORG": 2}


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a name sits in an all-capitals headline ("L'EVOLUTION DE LA PANDEMIE"), where taggers guess."""
    around = text[max(0, start - 20) : end + 20]
    letters = [c for c in around if c.isalpha()]
    return len(letters) > 12 and all(c.isupper() for c in letters)


#: Turkish marks a noun's case after it: a name in the dative, accusative, ablative, locative or instrumental
#: ("Erdoğan'a", "Koca'yı", "Ankara'dan", "Erdoğan ile") is a complement, never the subject that speaks. The
#: genitive ("Erdoğan'ın açıklaması") is left out: its owner is often the speaker of the statement it names.
_TURKISH_OBLIQUE = re.compile(
    r"(?:['’](?:y?[aeıiuü]|[dt][ae]n?|y?l[ae])(?![\wçğıöşü])|"
    r"[ \t]{1,2}(?:ile|için|gibi|kadar|karşı|göre|hakkında)(?![\wçğıöşü]))"
)


def _speakers(text: str, language: str, entities: Sequence[Entity] | None) -> list[NamedMention]:
    if entities is None:
        return _name_runs(text)
    speakers = [
        NamedMention(e.canonical or e.text, e.entity_id or None, e.start, e.end, e.label == "PER", rank=_RANKS[e.label])
        for e in entities
        # MISC too: a tagger may miss a rare name's type ("Matshidiso Moeti"); persons still come first.
        if e.label in _RANKS
        and 0 <= e.start < e.end <= len(text)
        and e.text.casefold() not in _TITLES
        and not _in_capitals(text, e.start, e.end)
        and not _common_noun(text, e)
        and not _case_marked(e.text, language)
    ]
    cue_re = cues.cue_pattern(language)
    speakers.extend(_surname_mentions(text, speakers, cue_re))
    speakers.extend(_places_speaking(text, entities, cue_re))
    if language == "en":
        speakers.extend(_police_by_place(text, entities))
    speakers.sort(key=lambda s: s.start)
    marked: list[NamedMention] = []
    for speaker in speakers:
        lead_end = speaker.start
        if marked and text[marked[-1].end : speaker.start].strip() == "(":
            lead_end = marked[-1].start  # "am Mobile World Congress (MWC)": the bracketed name shares the lead
        complement = (
            _COMPLEMENT_LEAD.search(text, max(0, lead_end - 24), lead_end)
            or _complement_before_title(text, lead_end)
            or (language == "tr" and _TURKISH_OBLIQUE.match(text, speaker.end))
        )
        titled = speaker.is_person and (_after_title(text, speaker.start) or _after_cue(text, speaker.start, cue_re))
        marked.append(replace(speaker, oblique=bool(complement), titled=titled) if complement or titled else speaker)
    return marked


#: What may stand between a place and its verb of saying: an auxiliary ("China has said", "El Vaticano ha dicho").
_PLACE_SUBJECT_GAP = re.compile(r"[ \t]{1,2}(?:(?:has|have|had|ha|han|hat|haben|a|ont)[ \t]{1,2})?")
#: What opens the clause of a place as its subject: a sentence's or clause's start, or a definite article.
_PLACE_SUBJECT_LEAD = re.compile(
    r"(?:[.!?\n][ \t]{0,3}|,[ \t]{1,2}|(?<!\w)(?:the|el|la|le|l['’]|der|die|das|il|lo)[ \t]{1,2})$", re.IGNORECASE
)


def _places_speaking(text: str, entities: Sequence[Entity], cue_re: re.Pattern[str] | None) -> list[NamedMention]:
    """Places that are the subject of a verb of saying right after them ("El Vaticano dijo que", "China said"):
    the place stands for its government or see, which speaks as an organisation does."""
    if cue_re is None:
        return []
    found: list[NamedMention] = []
    for entity in entities:
        if entity.label != "LOC" or not 0 <= entity.start < entity.end <= len(text):
            continue
        gap = _PLACE_SUBJECT_GAP.match(text, entity.end)
        cue = cue_re.match(text, gap.end()) if gap is not None else None
        if cue is None or cue.group(0).strip().casefold() in _SOURCE_OR_IMPERSONAL:
            continue
        if entity.start > 0 and not _PLACE_SUBJECT_LEAD.search(text, max(0, entity.start - 12), entity.start):
            continue
        name = entity.canonical or entity.text
        found.append(NamedMention(name, entity.entity_id or None, entity.start, entity.end, False, rank=_RANKS["ORG"]))
    return found


def _police_by_place(text: str, entities: Sequence[Entity]) -> list[NamedMention]:
    """Police forces English names by their place and a lower-case noun ("Montgomery County police"): an
    organisation, which "police said" later in the article means."""
    found: list[NamedMention] = []
    for entity in entities:
        if entity.label != "LOC" or not 0 <= entity.start < entity.end <= len(text):
            continue
        police = _POLICE_AFTER_PLACE.match(text, entity.end)
        if police is not None:
            name = f"{entity.text} police"
            found.append(NamedMention(name, None, entity.start, police.end(), False, rank=_RANKS["ORG"]))
    return found


#: "police" right after a place's name, as the force's name ends ("Baton Rouge police said").
_POLICE_AFTER_PLACE = re.compile(r"[ \t]{1,2}police(?!\w)")


def _complement_before_title(text: str, lead_end: int) -> bool:
    """Whether a name's title follows a preposition: "sich an US-Präsident Donald Trump gewandt", "to President X"."""
    title = _TITLE_BEFORE.search(text, max(0, lead_end - 30), lead_end)
    if title is None:
        return False
    word = title.group(1).rstrip(".").casefold()
    if word not in name_cues.PERSON_CUES and word.rsplit("-", 1)[-1] not in name_cues.PERSON_CUES:
        return False
    before = title.start(1)
    return bool(
        _COMPLEMENT_LEAD.search(text, max(0, before - 24), before)
        or _TITLE_PREPOSITION.search(text, max(0, before - 6), before)
    )


#: The word right before a name, hyphenated compounds whole ("US-Präsident").
_TITLE_BEFORE = re.compile(r"([\w.-]{1,25})\s{1,2}$")
#: A preposition right before a person's title, where the pattern above wants an article ("an US-Präsident").
_TITLE_PREPOSITION = re.compile(r"(?<!\w)an\s{1,3}$", re.IGNORECASE)


#: The most words of a name the Arabic press sets in marks after a verb of saying.
_QUOTED_NAME_MAX_WORDS = 2
#: A name set in marks ends at a comma (Arabic or Latin) or runs straight into "that" (إن/أن).
_QUOTED_NAME_END = re.compile(r"\s{0,2}(?:[،,]|(?:إن|أن)\s)")


def _quoted_names(
    text: str, language: str, pairs: Sequence[_Span], speakers: Sequence[NamedMention]
) -> list[NamedMention]:
    """Speakers' names the Arabic press sets in marks right after the verb: 'وأضاف "أمين"، ...', 'وعقب "الديهي"،'.

    A name of one or two words between marks, right after a verb of saying and before a comma,
    is the subject of that verb. It takes the name and id of the person named in full whose
    name ends with it ("تامر أمين"), else stands as written.
    """
    cue_re = cues.cue_pattern(language)
    if language != "ar" or cue_re is None:
        return []
    # Each person by the last word of their name: the canonical names first, then as the article writes them.
    by_surname: dict[str, NamedMention] = {}
    for written in ([s.name for s in speakers], [text[s.start : s.end] for s in speakers]):
        for speaker, name in zip(speakers, written, strict=True):
            if speaker.is_person and name.split():
                by_surname.setdefault(name.split()[-1], speaker)
    found: list[NamedMention] = []
    for span in pairs:
        body = text[span.start : span.end]
        words = body.split()
        if not 0 < len(words) <= _QUOTED_NAME_MAX_WORDS or not _QUOTED_NAME_END.match(text, span.close_end):
            continue
        lead = text[max(0, span.open_start - 25) : span.open_start].rstrip()
        if not any(verb.end() == len(lead) for verb in cue_re.finditer(lead)):
            continue  # the verb must come right before the marks
        full = by_surname.get(words[-1])
        name, entity_id = (full.name, full.entity_id) if full is not None else (body, None)
        found.append(NamedMention(name, entity_id, span.start, span.end, True))
    return found


def _held_role(speaker: NamedMention, language: str, holders: Sequence[_Holder]) -> bool:
    """Whether a tagged "name" is only a role (and its complement) that someone named earlier holds.

    "El Presidente comentó", "– dodaje. Przewodniczący Episkopatu Polski ..." after "abp Stanisław
    Gądecki, Przewodniczący Episkopatu Polski".

    That person speaks, found as for any "the president" (:func:`_by_role`); a role nobody holds in
    the article ("Papa" where no pope is named with it) stays a name of its own.
    """
    role_re = cues.role_pattern(language)
    name = speaker.name.strip()
    opening = role_re.match(name) if role_re is not None else None
    if opening is None:
        return False
    rest = name[opening.end() :].split()
    if rest:
        # "Przewodniczący Episkopatu Polski", "Ministro de Salud": the role and its complement, no name after
        # it; "Präsident Macron", "Premier Mateusz Morawiecki" name someone.
        head = rest[0]
        if not (head.islower() or is_dictionary_word(head, language)) or is_first_name(head):
            return False
    role = opening.group(0).casefold()
    return any(h.position < speaker.start and _same_role(h.role, role) for h in holders)


def _after_title(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a title or role ("papież Franciszek", "Sen. Collins")."""
    return bool(name_cues.title_before(text, start))


#: A preposition (with its article) before a name that makes the name a complement ("la gauche de X").
#: Comitatives ("with X", "avec X") are left out: the one accompanying may well be the one who speaks.
_COMPLEMENT_LEAD = re.compile(
    r"(?<!\w)(?:in|at|to|about|against|of|for|à|au|aux|auprès\s{1,3}d[eu]|devant|dans|chez|contre|de|du|des|"
    r"pour|sur|im|am|an(?=\s{1,3}d[ei][rmns]\s)|auf|bei|beim|gegenüber|über|von|vom|für|gegen|ante|contra|sobre|al|del|para|"
    r"w|we|na|do|od|o|przy|dla|przez|przed|pod|nad|u|wobec|po|"
    # Arabic, and headed by, led by, in the presence of ("برئاسة عمرو الجنايني").
    rf"{_ARABIC_PREPOSITIONS}|برئاسة|بقيادة|بحضور)"
    r"\s{1,3}(?:(?:the|la|le|les|el|los|las|dem|den|der|die|das)\s{1,3}|l['’]\s{0,2}|d['’]\s{0,2})?$",
    re.IGNORECASE,
)


#: Languages whose nouns show their case, so that a name in the genitive or locative is nobody's subject.
_CASE_LANGUAGES = frozenset(["pl"])


def _after_cue(text: str, start: int, cue_re: re.Pattern[str] | None) -> bool:
    """Whether a name comes right after a verb of saying ('", so Gallera', "sagte Laschet"): its subject, named
    as a speaker, no passing guess of the tagger's even when the article names it once."""
    if cue_re is None:
        return False
    lead = text[max(0, start - _CUE_BEFORE_NAME_CHARS) : start]
    return any(match.end() == len(lead.rstrip()) for match in cue_re.finditer(lead.rstrip()))


#: How far back from a name a verb of saying is looked for (the verb and a space or two).
_CUE_BEFORE_NAME_CHARS = 30


def _case_marked(name: str, language: str) -> bool:
    """Whether every word of a "name" is an inflected form of a common word, never a subject.

    Polish "Nowego Roku" (of "Nowy Rok"), "Ceremonii Matki Maryi Świętej": a tagger's capitalised
    phrase in the genitive; a name with one word in its own form ("Ambasada Rosji", "Andersa Igemana") stays.
    """
    words = name.split()
    return language in _CASE_LANGUAGES and bool(words) and all(is_inflected_form(w, language) for w in words)


def _common_noun(text: str, entity: Entity) -> bool:
    """A one-word name right after a demonstrative ("este Pacto", "ce Conseil") is a capitalised common noun."""
    return " " not in entity.text.strip() and bool(_DEMONSTRATIVE.search(text, max(0, entity.start - 12), entity.start))


def _surname_mentions(
    text: str, speakers: Sequence[NamedMention], cue_re: re.Pattern[str] | None
) -> list[NamedMention]:
    """Bare surnames of named people ("Peter Siddle" ... "Siddle added") the entity finder left out.

    A family name written first ("Seo Jung-jin" ... "ha detto Seo") counts only right after a verb of
    saying, where it is the verb's subject; elsewhere a name's first word is as often a given name or a place.
    """
    surnames: dict[str, NamedMention] = {}
    family_first: dict[str, NamedMention] = {}
    for speaker in speakers:
        words = text[speaker.start : speaker.end].split()
        if speaker.is_person and len(words) >= 2 and len(words[-1]) > 2 and not words[-1][0].islower():
            surnames.setdefault(words[-1], speaker)
        if speaker.is_person and len(words) >= 2 and len(words[0]) > 2 and words[0][0].isupper():
            family_first.setdefault(words[0], speaker)
    family_first = {word: speaker for word, speaker in family_first.items() if word not in surnames} if cue_re else {}
    surnames = {**family_first, **surnames}
    if not surnames:
        return []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(surnames, key=len, reverse=True)) + r")(?!\w)"
    )
    covered = [(s.start, s.end) for s in speakers]
    found: list[NamedMention] = []
    for match in pattern.finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        if not match.group(0)[0].isupper() and not _after_arabic_speech_verb(text, match.start()):
            # A script without capitals (ظريف is also "nice"): a bare surname only right after a verb of saying.
            continue
        if match.group(0) in family_first and not _after_cue(text, match.start(), cue_re):
            continue
        owner = surnames[match.group(0)]
        found.append(NamedMention(owner.name, owner.entity_id, match.start(), match.end(), True))
    return found


def _after_arabic_speech_verb(text: str, position: int) -> bool:
    """Whether the word before ``position`` is an Arabic verb of saying, with or without و/ف ("وقال ظريف")."""
    before = text[max(0, position - 12) : position].split()
    if not before or text[position - 1 : position] not in (" ", "\t"):
        return False
    word = name_key(before[-1])  # the key the Arabic word lists are written in (bare alef, no short vowels)
    return word in name_cues.ARABIC_SPEECH_VERBS or (
        word[:1] in ("و", "ف") and word[1:] in name_cues.ARABIC_SPEECH_VERBS
    )


#: "ALSO READ: Sfundo soars with six distinctions": a link to another article, up to the end of its line,
#: sentence or the next quotation mark. The people it names are not this article's speakers.
_OTHER_ARTICLE = re.compile(
    r"(?:ALSO READ|READ ALSO|READ MORE|Also read|Read also|Read more|RELATED|Related:|Lire aussi|LIRE AUSSI|"
    r"À lire aussi|A lire aussi|Lesen Sie auch|LESEN SIE AUCH|Mehr zum Thema|Lea también|LEA TAMBIÉN|"
    r"Leer también|Ver también|Czytaj też|Czytaj także|CZYTAJ TEŻ|CZYTAJ TAKŻE|İlgili Haber|Bunu da okuyun)"
    r"[ \t]{0,2}:?[^\n“\"«„.!?]{0,150}"
)


def _links_to_other_articles(text: str) -> list[_Span]:
    """Stretches that link to other articles ("Lire aussi ..."), as spans for :func:`_mark_quoted`."""
    return [_Span(m.start(), m.end(), m.start(), m.end()) for m in _OTHER_ARTICLE.finditer(text)]


def _mark_quoted(
    speakers: list[NamedMention], spans: Sequence[_Span], names_in_marks: bool = False
) -> list[NamedMention]:
    """Flag names inside ``spans`` (quotation marks, reported clauses, links to other articles): people
    mentioned there are talked about and seldom speak. With ``names_in_marks``, a name that fills its
    marks (a newspaper's) is not flagged."""
    if not spans:
        return speakers
    spans = sorted(spans, key=lambda span: span.open_start)
    marked: list[NamedMention] = []
    index = 0
    for speaker in speakers:  # both sorted by start
        while index < len(spans) and spans[index].close_end <= speaker.start:
            index += 1
        inside = index < len(spans) and spans[index].open_start <= speaker.start < spans[index].close_end
        if inside and names_in_marks and _fills_marks(speaker, spans[index]):
            inside = False  # 'informuje "Dziennik Zachodni"', 'die Zeitung „Kayhan“': a name set in marks
        marked.append(replace(speaker, quoted=True) if inside else speaker)
    return marked


def _fills_marks(speaker: NamedMention, span: _Span) -> bool:
    """Whether a name is all that stands between a pair of quotation marks (give or take a mark it took in)."""
    return (
        span.open_start < span.start
        and abs(speaker.start - span.start) <= 1
        and abs(speaker.end - span.end) <= 1
        and span.end - span.start <= _QUOTED_NAME_MAX_CHARS
    )


#: The longest name read as set in quotation marks (a newspaper's or agency's name, not a sentence).
_QUOTED_NAME_MAX_CHARS = 40


# --- Gender of the people named ---------------------------------------------------------------------------------------

#: Clause boundaries: the noun phrase in apposition before a name starts after the last one.
_CLAUSE_BOUNDARY = re.compile(r"[,;:.!?()\n\"“”«»]")
#: Words that end a noun phrase without naming its head ("la femme de Jean": Jean is not the woman).
_NAME_COMPLEMENT = frozenset(["de", "du", "des", "d", "of", "von", "vom", "del", "di", "della", "z"])
#: A conjunction before a pronoun opens a new clause ("..., and he said"): the pronoun is its subject.
_CONJUNCTION_END = re.compile(r"(?<!\w)(?:and|but|et|mais|y|pero|und|aber|e|ma|i|ale)$", re.IGNORECASE)
#: Impersonal French "il" ("il y a", "il faut"): no person behind it.
_IMPERSONAL_IL = re.compile(
    r"(?:y|faut|fallait|faudra|s['’]agit|s['’]agissait|semble|suffit|reste|paraît|vaut|est (?:possible|probable|"
    r"important|nécessaire|clair|vrai|temps|difficile|urgent|question))\b",
    re.IGNORECASE,
)


def _with_genders(text: str, language: str, speakers: list[NamedMention], pairs: Sequence[_Span]) -> list[NamedMention]:
    """Give each person the gender the article's own words give them, by majority over their mentions.

    Evidence, per mention: a gendered title or determiner heading the noun phrase before the
    name ("Mme", "la directrice de l'OMS, X", "el líder X"), a gendered noun in apposition after
    it ("X, chercheuse au CERI"), and the first subject pronoun after it with nobody else named
    in between ("X est coincée au Pérou. Elle a ..."). A tie or no evidence leaves it unknown.
    """
    pronouns = cues.gender_pronoun_patterns(language)
    titles = cues.GENDERED_DETERMINERS.get(language)
    if pronouns is None and titles is None:
        return speakers
    votes: dict[str, list[int]] = {}
    people = [s for s in speakers if s.is_person and not s.quoted]
    for index, speaker in enumerate(people):
        vote = _title_gender(text, language, speaker) or _apposition_gender(text, language, speaker)
        if vote is None and pronouns is not None:
            limit = people[index + 1].start if index + 1 < len(people) else len(text)
            vote = _pronoun_after(text, speaker.end, min(limit, speaker.end + _CONTEXT), pronouns, pairs)
        if vote is not None:
            tally = votes.setdefault(speaker.name, [0, 0])
            tally[vote == "m"] += 1
    for name in {s.name for s in people if s.name.strip()}:
        # The given name's usual gender outweighs one pronoun that may point to someone else
        # ("X leitet die Schule mit Thomas Berger. „...“, sagte sie").
        given = first_name_gender(name.split(maxsplit=1)[0])
        if given in ("m", "f"):
            votes.setdefault(name, [0, 0])[given == "m"] += _GIVEN_NAME_VOTES
    genders = {name: ("f" if f > m else "m") for name, (f, m) in votes.items() if f != m}
    if not genders:
        return speakers
    return [replace(s, gender=genders.get(s.name)) if s.is_person else s for s in speakers]


#: How many mentions' worth of evidence a listed given name's gender counts for.
_GIVEN_NAME_VOTES = 2


def _title_gender(text: str, language: str, speaker: NamedMention) -> str | None:
    """The gender of the determiner or title that heads the noun phrase right before a name."""
    titles = cues.GENDERED_DETERMINERS.get(language)
    if not titles:
        return None
    window = text[max(0, speaker.start - 90) : speaker.start]
    # "le président du Pérou, Martin Vizcarra": one comma of apposition may stand before the name.
    appositive = window.rstrip().endswith(",")
    head = window.rstrip().removesuffix(",") if appositive else window
    phrase = head[max((m.end() for m in _CLAUSE_BOUNDARY.finditer(head)), default=0) :]
    words = [w.casefold() for w in re.findall(r"\w+\.?", phrase)]
    if not words or len(words) > (10 if appositive else 4):
        return None
    if not appositive and any(w.rstrip(".") in _NAME_COMPLEMENT for w in words[-3:]):
        return None  # "la femme du ministre X": X is not the woman
    if words[-1] in titles:  # "Mme X", "Frau X", "señora X"
        return titles[words[-1]]
    if not appositive:
        # "le président X", "la chanteuse américaine X": the determiner one or two words before the name.
        for determiner in words[-3:-1]:
            if determiner in titles:
                return titles[determiner]
        return None
    cue_re = cues.cue_pattern(language)
    first = 0
    if cue_re is not None and len(words) > 1 and cue_re.fullmatch(words[0]):
        first = 1  # "affirme la directrice Afrique de l'OMS, X"
    return titles.get(words[first])


def _apposition_gender(text: str, language: str, speaker: NamedMention) -> str | None:
    """The gender of a noun or adjective in apposition right after a name ("X, chercheuse au CERI")."""
    endings = cues.GENDERED_ENDINGS.get(language)
    after = text[speaker.end : speaker.end + 40]
    if not endings or not after.startswith(", "):
        return None
    for word in re.findall(r"[\w-]+", after)[:2]:
        for gender, pattern in endings:
            if pattern.search(word.casefold()):
                return gender
    return None


def _pronoun_after(
    text: str, start: int, end: int, patterns: tuple[tuple[str, re.Pattern[str]], ...], pairs: Sequence[_Span]
) -> str | None:
    """The gender of the first subject pronoun in [start, end) outside quotation marks, if it opens a clause."""
    found: list[tuple[int, str]] = []
    for gender, pattern in patterns:
        for match in pattern.finditer(text, start, end):
            lead = text[max(start, match.start() - 6) : match.start()].rstrip()
            if lead and lead[-1] not in ".,;!?\n" and not _CONJUNCTION_END.search(lead):
                continue  # a pronoun that opens a clause is a subject; "sans elle", "pour lui" are not
            if _IMPERSONAL_IL.match(text, match.end() + 1) or _overlaps_quote(pairs, match.start(), match.end()):
                continue
            found.append((match.start(), gender))
            break
    return min(found)[1] if found else None


def _name_runs(text: str) -> list[NamedMention]:
    """Capitalised word runs as stand-in person names, when no entity finder ran.

    A run of two or more words counts as a name; a single word only when it is the
    last word of such a name elsewhere in the text ("Ned Price" ... "Price"), so that
    capitalised nouns and sentence-initial words are not taken for people.
    """
    runs: list[tuple[int, list[str]]] = []
    full_names: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        start = match.start()
        if start > 0 and text[start - 1] in "'’":
            words = words[1:]  # "d'Etat Ned Price": the elided article's noun is not part of the name
        while words and words[0].lower() in _NAME_STOPWORDS:
            words = words[1:]
        if not words:
            continue
        start = match.start() + match.group(0).find(words[0])
        if len(words) >= 2 and not (_sentence_initial(text, start) and words[0].lower() in _NAME_STOPWORDS):
            full_names[words[-1]] = " ".join(words)
        runs.append((start, words))
    speakers: list[NamedMention] = []
    for start, words in runs:
        if len(words) == 1 and words[0] not in full_names:
            continue
        name = " ".join(words) if len(words) > 1 else full_names[words[0]]
        speakers.append(NamedMention(name, None, start, start + len(" ".join(words)), True))
    return speakers


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“”„«»'‘’—–-")
    return not before or before[-1] in ".!?\n:"


def _focus(
    speakers: Sequence[NamedMention], position: int, previous: Quote | None, gender: str | None = None
) -> tuple[str | None, str | None]:
    """The person in focus at ``position``.

    The speaker of a quote that ended shortly before (the thread of the story), else
    the last person named before ``position`` outside quotation marks, else the last speaker.
    With ``gender`` ("f"/"m", from the pronoun that points back), people known to be of
    the other gender are passed over: "Y, who met X... , a-t-elle dit" means the woman.
    """
    # Speakers are sorted by start: walk back from ``position`` only.
    upto = bisect.bisect_left(speakers, position, key=lambda s: s.start)
    recent = speakers[max(0, upto - _FOCUS_LOOKBACK) : upto]
    mentions = Counter(s.name for s in recent)
    previous_fits = previous is not None and _fits(_gender_of(recent, previous.speaker), gender)
    if previous is not None and previous.speaker is not None and 0 <= position - previous.end <= _THREAD_CHARS:
        named_since = any(
            s.is_person
            and not s.quoted
            and s.start >= previous.end
            and s.name != previous.speaker
            and _fits(s.gender, gender)
            and not _passing_guess(s, mentions)
            for s in recent
        )
        if not named_since and previous_fits:  # nobody else named since the last quote: its speaker goes on
            return previous.speaker, previous.speaker_id
    candidate: NamedMention | None = None
    for speaker in reversed(recent):
        if (
            speaker.end <= position
            and speaker.is_person
            and not speaker.quoted
            and _fits(speaker.gender, gender)
            and not _passing_guess(speaker, mentions)
        ):
            if position - speaker.end > _FOCUS_CHARS or (candidate and candidate.start - speaker.end > _CONTEXT):
                break
            if not speaker.oblique:
                # The last person named as a clause's subject, before one named only as a complement
                # ("X denounced ... the radical left of Y. «...», a-t-il lâché": X).
                return speaker.name, speaker.entity_id
            candidate = candidate or speaker
    if candidate is not None:
        return candidate.name, candidate.entity_id
    if previous is not None and previous.speaker is not None and previous_fits:
        return previous.speaker, previous.speaker_id
    return None, None


def _passing_guess(mention: NamedMention, mentions: Counter[str]) -> bool:
    """Whether a one-word name is mentioned only once (``mentions``: names counted in the stretch looked at):
    as often a tagger's guess ("near the Hazrat Nizamuddin station") as a person, too weak to take the focus.
    A name right after a title ("papież Franciszek") or a listed given name ("Ahmet") is no guess."""
    name = mention.name.strip()
    single = " " not in name and mentions[mention.name] == 1
    return single and not mention.titled and not is_first_name(name)


def _fits(known: str | None, wanted: str | None) -> bool:
    """Whether a person of gender ``known`` (None: not known) can be the one a pronoun of ``wanted`` means."""
    return known is None or wanted is None or known == wanted


def _gender_of(speakers: Sequence[NamedMention], name: str | None) -> str | None:
    """The known gender of the person called ``name`` (every mention of a name carries the same one)."""
    return next((s.gender for s in reversed(speakers) if s.name == name and s.gender), None) if name else None


def _nearest(
    speakers: Sequence[NamedMention], start: int, end: int, anchor: int, text: str | None = None
) -> NamedMention | None:
    """The speaker inside [start, end) nearest ``anchor``; persons before organisations."""
    first = bisect.bisect_left(speakers, start, key=lambda s: s.start)
    last = bisect.bisect_left(speakers, end, key=lambda s: s.start)
    inside = [s for s in speakers[first:last] if s.end <= end and not s.quoted]
    if text is not None:
        # "a-t-il dit à l'AFP", "told to Reuters": the one spoken to is no speaker; nor is a place or
        # an interlocutor after a preposition ("she said in Parliament", "auprès de l'AFP").
        inside = [
            s
            for s in inside
            if not (_DATIVE.search(text, max(0, s.start - 8), s.start) and not _german_nominative_der(text, s))
            and not _OBLIQUE.search(text, max(0, s.start - 24), s.start)
            and not _after_medium(text, s.start)
        ]
    if not inside:
        return None
    best_rank = min(s.rank for s in inside)
    preferred = [s for s in inside if s.rank == best_rank]
    return min(preferred, key=lambda s: min(abs(s.start - anchor), abs(s.end - anchor)))


#: Endings of German nouns that are mostly feminine ("Zeitung", "Agentur", "Presse"), or of an adjective's
#: dative ("Süddeutschen"): after "der" such a name is spoken to ("sagte der Zeitung"), not speaking.
_GERMAN_DATIVE_AFTER_DER = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ei|ie|ik|ur|in|e|en|a)$")


def _german_nominative_der(text: str, mention: NamedMention) -> bool:
    """Whether "der" before ``mention`` is the nominative of a masculine name ("teilte der Landkreis Leer mit"):
    its first word a noun of no feminine ending, not an acronym ("sagte der dpa")."""
    if not text.endswith("der ", 0, mention.start):
        return False
    first = _WORD.match(text, mention.start)
    word = first.group() if first is not None else ""
    return len(word) > 3 and word[0].isupper() and not word.isupper() and not _GERMAN_DATIVE_AFTER_DER.search(word)


def _possessor_aide(
    text: str, language: str, named: NamedMention | None, end: int, speakers: Sequence[NamedMention]
) -> NamedMention | None:
    """The person named after a possessor and a role ("sagte Bersets Sprecher Peter Lauener", "said Trump's
    spokesman Hogan Gidley"): that person speaks, not the possessor. ``named`` itself otherwise."""
    role_re = cues.role_pattern(language)
    if named is None or role_re is None:
        return named
    after = bisect.bisect_right(speakers, named.start, key=lambda s: s.start)
    following = next((s for s in speakers[after:] if s.start >= named.end), None)
    if following is None or following.end > end or not following.is_person:
        return named
    between = _POSSESSIVE_ENDING.sub("", text[named.end : following.start]).strip()
    return following if between and role_re.fullmatch(between) else named


#: A possessive ending left after a name ("'s", "’s", "’"): no part of the role that follows it.
_POSSESSIVE_ENDING = re.compile(r"^(?:['’]s?)")


#: A relative clause or an apposition opening right after a name ("X, who manages ...", "X, qui dirige ...",
#: "X, der ...", "X, el director de ...").
_DESCRIPTION_OPENING = re.compile(
    r"\s{0,2},\s{0,2}(?:who|whose|qui|dont|lequel|laquelle|quien|quienes|que|cuyo|cuya|der|die|dessen|deren|"
    r"welcher|welche|che|cui|il\s{1,2}quale|la\s{1,2}quale|"
    r"któr(?:y|a|e|ego|ej|emu|ym|ych|zy|ą)|"
    # An apposition that opens on an article ("Fernando Simón, el director del Centro ..., confirmó").
    r"the|el|la|le|les|l['’])(?!\w)",
    re.IGNORECASE,
)


def _relative_head(
    text: str, speakers: Sequence[NamedMention], start: int, chosen: NamedMention | None, language: str
) -> NamedMention | None:
    """The person whose relative clause or apposition holds ``chosen``, else ``chosen``.

    "Sunil Kumar, who manages a shelter near the Nizamuddin station, told Al Jazeera": the
    name nearest the verb sits inside the relative clause; the one it describes speaks. An
    apposition may open on a bare role noun of ``language`` too ("Mayank Pareek, presidente di
    Tata Motors, ha dichiarato").
    """
    if chosen is None:
        return None
    role_re = cues.role_pattern(language)
    first = bisect.bisect_left(speakers, start, key=lambda s: s.start)
    for speaker in speakers[first:]:
        if speaker.start >= chosen.start:
            break
        if not speaker.is_person or speaker.quoted or speaker.rank > chosen.rank or speaker.name == chosen.name:
            continue
        opening = _DESCRIPTION_OPENING.match(text, speaker.end, chosen.start)
        if opening is None and role_re is not None and text.startswith(",", speaker.end):
            # "X, presidente di Y": the role right after the comma, in lower case (not a list of names).
            after = _strip(text, speaker.end + 1, chosen.start)[0]
            opening = role_re.match(text, after, chosen.start) if text[after : after + 1].islower() else None
        if opening is not None and "," not in text[opening.end() : chosen.start]:
            return speaker
    return chosen


# --- Attribution ----------------------------------------------------------------------------------------------------


def _content_end(text: str, position: int) -> int:
    """Where the text before ``position`` stops being white space (looking back a bounded stretch)."""
    start = max(0, position - _CONTEXT)
    return start + len(text[start:position].rstrip())


def _clause_after(text: str, position: int, limit: int) -> int:
    """End of the clause that follows a closing mark: sentence end, next quote or the window's end."""
    stop = min(limit, position + _CONTEXT)
    match = _SENTENCE_END.search(text, position, stop)
    stop = match.start() if match else stop
    # "... leading German prelate says | News Headlines": a page title's site name is no part of the clause.
    separator = _TITLE_SEPARATOR.search(text, position, stop)
    return separator.start() if separator else stop


def _clause_before(text: str, position: int, limit: int) -> int:
    """Start of the clause that leads into an opening mark (the sentence it sits in)."""
    start = max(limit, position - _CONTEXT)
    last = start
    for match in _SENTENCE_END.finditer(text, start, position):
        last = match.end()
    for match in _TITLE_SEPARATOR.finditer(text, last, position):
        last = match.end()
    return last


#: A spaced vertical bar: the break between a page title and its site's name ("... says | News Headlines").
_TITLE_SEPARATOR = re.compile(r"[ \t][|][ \t]")


#: The source already quoted, named again only as such ("la même source", "notre source", "the same source").
_SAME_SOURCE = re.compile(
    r"(?<!\w)(?:(?:la|cette)\s{1,2}même\s{1,2}source|notre\s{1,2}source|(?:la|esta)\s{1,2}misma\s{1,2}fuente|"
    r"nuestra\s{1,2}fuente|the\s{1,2}same\s{1,2}source|dieselbe\s{1,2}Quelle|die\s{1,2}gleiche\s{1,2}Quelle)(?!\w)",
    re.IGNORECASE,
)


def _attribute(
    text: str,
    language: str,
    span: _Span,
    speakers: Sequence[NamedMention],
    prev_close: int,
    next_open: int,
    previous: Quote | None,
    previous_span: _Span | None,
    holders: Sequence[_Holder] = (),
) -> Quote:
    body = text[span.start : span.end]
    cue_re = cues.cue_pattern(language)
    after_start = span.close_end
    after_end = _clause_after(text, after_start, next_open)
    before_end = span.open_start
    before_start = _clause_before(text, before_end, prev_close)
    content_end = _content_end(text, before_end)
    if before_start == before_end and content_end > 0 and text[content_end - 1] == ":":
        # "X a déclaré :\n« ... »": the lead-in ends the previous paragraph.
        before_start = _clause_before(text, content_end, prev_close)
    if (
        after_end == next_open < len(text)
        and text[after_start:next_open].rstrip().endswith(":")
        and not _comma_closed(text, span)
    ):
        # The words after this quote lead into the next one ("Officials said: “...”"); after a comma they
        # attribute this quote first ("« A », commente-t-il, en rappelant : « B »").
        after_end = after_start
    if _new_sentence_after(text, span, after_end):
        after_end = after_start  # '“... at the front.” She said thieves ...': the next sentence, not an attribution
    cue_match = cue_re.search(text, after_start, after_end) if cue_re else None
    if (
        cue_match is not None
        and cue_match.group(0) in cues.PARTICIPLE_CUES
        and not _PARTICIPLE_GAP.fullmatch(text, after_start, cue_match.start())
    ):
        # '"Biz bakamayız" cevabı alıp yıkıldıklarını belirten Özçelik': a participle attributes the quote it
        # follows at once ('"…" diyen Kınık', '"…"nu belirten X'), not one further back in its clause.
        cue_match = None
    side = "after"
    if cue_match is None and cue_re is not None:
        matches = list(cue_re.finditer(text, before_start, before_end))
        cue_match = matches[-1] if matches else None
        side = "before"
    headline = _headline_speaker(text, span, speakers)
    if headline is not None:
        return Quote(body, span.start, span.end, headline.name, headline.entity_id, None, "direct")
    if cue_match is None and cue_re is not None and not text[before_start:before_end].strip():
        # A quote standing as its own paragraph: the previous paragraph may introduce it
        # ("The minister posted on Facebook: ..." / "... wrote on Sunday.").
        para_start = text.rfind("\n", max(0, before_end - _CONTEXT), before_end)
        if para_start > 0 and not text[para_start:before_end].strip():
            lead_end = _content_end(text, para_start)
            lead_start = _clause_before(text, max(0, lead_end - 1), max(prev_close, lead_end - _CONTEXT))
            matches = list(cue_re.finditer(text, lead_start, lead_end))
            if matches and not _introduces(text, matches[-1].end(), lead_end):
                matches = []  # "X a demandé une dérogation ... sur Internet." is no lead-in to a quote
            if matches:
                speaker = _nearest(speakers, lead_start, lead_end, matches[-1].start())
                if speaker is not None:
                    return Quote(
                        body, span.start, span.end, speaker.name, speaker.entity_id, matches[-1].group(0), "direct"
                    )
    if cue_match is None and cue_re is not None:
        incise = _incise(text, language, span, speakers, cue_re, previous)
        if incise is not None:
            return incise
    if cue_match is None and language == "de":
        reported = cues.KONJUNKTIV_LEAD.match(text, before_start, before_end)
        if reported is not None:
            # 'Er habe die Hoffnung, dass ..., "das hat ..."': reported speech going on, its speaker in focus.
            pronoun = (reported.group("pronoun") or reported.group("inverted")).casefold()
            gender = {"er": "m", "sie": "f"}.get(pronoun)
            name, entity_id = _focus(speakers, span.open_start, previous, gender)
            return Quote(body, span.start, span.end, name, entity_id, None, "direct")
    if cue_match is None:
        attributed = _unlisted_attribution(text, language, span, after_end, speakers, previous, holders)
        if attributed is not None:
            return replace(attributed, text=body)
        # A quote with no cue that follows a quote closely continues it ("“A,” he said. “B.”"); a short
        # lower-case fragment ("repasser l'épreuve « dans les mêmes conditions »") is the writer's own phrase.
        fragment = not _long_enough(body, _MIN_FRAGMENT_WORDS) and body[:1].islower()
        if previous is not None and previous_span is not None and previous.speaker is not None and not fragment:
            gap = text[previous_span.close_end : span.open_start]
            if (
                len(gap) <= _CONTEXT
                and ("\n\n" not in gap or not gap.strip() or _attribution_only(gap, previous))
                and not _thread_breaks(text, language, previous_span, span, speakers, previous.speaker)
            ):
                return Quote(body, span.start, span.end, previous.speaker, previous.speaker_id, None, "direct")
        if _long_enough(body, _MIN_UNATTRIBUTED_WORDS):
            person = _sentence_subject(text, span, before_start, speakers) or _paragraph_person(text, span, speakers)
            if person is not None:
                return Quote(body, span.start, span.end, person.name, person.entity_id, None, "direct")
        elif text[before_start:before_end].rstrip().endswith(":") and _long_enough(body):
            # "Manuela Wolter bringt es auf den Punkt: „...“": the sentence's subject leads into the quote.
            # It must open the sentence, or follow only its role ("Rektorin Manuela Schätzler"):
            # "Críticas a Luis Pardo: «...»" names someone else's target.
            person = _sentence_subject(text, span, before_start, speakers)
            role_re = cues.role_pattern(language)
            lead = text[before_start : person.start].strip() if person is not None else ""
            if person is not None and (not lead or (role_re is not None and role_re.fullmatch(lead))):
                return Quote(body, span.start, span.end, person.name, person.entity_id, None, "direct")
        return Quote(body, span.start, span.end, None, None, None, "direct")
    cue = cue_match.group(0).strip()
    # Where the verb's subject is read: the attribution after the quote, or the lead-in before it.
    window = (after_start, after_end) if side == "after" else (before_start, before_end)
    if previous is not None and previous.speaker is not None and _SAME_SOURCE.search(text, *window):
        # "…», précise la même source", "Notre source ajoute : « … »": the source quoted just before.
        return Quote(body, span.start, span.end, previous.speaker, previous.speaker_id, cue, "direct")
    if _unnamed_subject(text, language, cue_match, side, before_start, after_end):
        # '“...,” a spokesman said', 'Ein Freund von Tom Hagen sagte: „...“': someone the article leaves unnamed,
        # unless the noun heads an organisation's name given before ('sagte die Polizei' after "Polizei Köln").
        organisation = _organisation_by_noun(text, language, *window, cue_match, speakers)
        name, entity_id = (organisation.name, organisation.entity_id) if organisation else (None, None)
        return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
    impersonal = cue.casefold() in cues.IMPERSONAL_CUES
    if impersonal and language == "tr":
        # "Başbakanlık’tan yapılan açıklamada, “...” denildi": the statement's source, in the ablative.
        statement = _statement_source(text, before_start, span.open_start, speakers)
        if statement is not None:
            return Quote(body, span.start, span.end, statement[0], statement[1], cue, "direct")
    if side == "after":
        # The last words before the verb, whole: a pronoun there is its subject ("she said"; not the "he" of
        # "the hospital said").
        lead = (
            text[max(after_start, cue_match.start() - _PRONOUN_LEAD_CHARS) : cue_match.start()]
            if language in _NO_SPACE_LANGUAGES  # no words to widen to: "他说" has its pronoun right there
            else _whole_words_before(text, after_start, cue_match.start(), _PRONOUN_LEAD_CHARS)
        )
        pronoun_re, plural_re = cues.pronoun_pattern(language), cues.plural_pronoun_pattern(language)
        if _INVERTED_PLURAL.search(cue) or (plural_re and plural_re.search(lead)):
            return Quote(body, span.start, span.end, None, None, cue, "direct")  # "they said": a group
        if cues.is_plural_cue(language, cue) and _nearest(speakers, after_start, after_end, 0) is None:
            # '"...", insisten.': a group speaks; the organisation described nearby, else nobody sure.
            group = _group_speaker(text, language, span, after_end, speakers)
            return Quote(body, span.start, span.end, group[0], group[1], cue, "direct")
        if cue.casefold() in cues.SOURCE_PREPOSITIONS:
            head = _WORD.findall(text[cue_match.end() : min(after_end, cue_match.end() + 20)])[:1]
            if head and head[0].casefold() in cues.OBJECT_PRONOUNS:
                # "X est éprouvé par « ... », selon elle": the source is someone in focus before X's clause.
                gender = cues.pronoun_gender(language, text[cue_match.start() : cue_match.end() + 8])
                name, entity_id = _focus(speakers, before_start, previous, gender)
                return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        if _IMPERSONAL_INVERTED.search(cue):
            # "a-t-on indiqué au ministère": "on" is nobody in focus; the place it speaks from may name it.
            source = _impersonal_source(text, cue_match.end(), after_end, speakers)
            name, entity_id = (source.name, source.entity_id) if source is not None else (None, None)
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        # The pronoun before the cue ("she said") or right after it ("dijo ella", "sagte er").
        trailing = text[cue_match.end() : min(after_end, cue_match.end() + 8)].lstrip()
        said_by_pronoun = (
            _INVERTED_SINGULAR.search(cue)
            or (pronoun_re and pronoun_re.search(lead))
            or (pronoun_re and pronoun_re.match(trailing))
        )
        if _neuter_subject(text, language, after_start, cue_match.start()):
            # '"...," it said': the organisation in focus, never a person.
            name, entity_id = _organisation_in_focus(speakers, span.open_start, previous)
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        if said_by_pronoun and not _nearest(speakers, after_start, cue_match.start(), 0):
            gender = cues.pronoun_gender(language, f"{lead} {cue} {trailing}")
            name, entity_id = _focus(speakers, span.open_start, previous, gender)
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        if impersonal:
            # '"...", si legge nella dichiarazione, aggiungendo che il Centro ...': the statement's organisation,
            # named before; a name after the impersonal verb is what the statement says, not who says it.
            issued = _described_organisation(text, language, after_start, after_end, speakers)
            if issued is not None:
                return Quote(body, span.start, span.end, issued.name, issued.entity_id, cue, "direct")
        search_end = cue_match.end() if cue.lower() in cues.ADDRESSEE_CUES else after_end
        speaker = _relative_head(
            text, speakers, after_start, _nearest(speakers, after_start, search_end, cue_match.start(), text), language
        )
        speaker = _possessor_aide(text, language, speaker, search_end, speakers)
        role_re = cues.role_pattern(language)
        if (
            speaker is not None
            and speaker.rank == _RANKS["ORG"]
            and role_re
            and role_re.search(text, after_start, after_end)
        ):
            # "said the leader of the Greens": a person, not the organisation.
            name, entity_id = _by_role(text, language, after_start, after_end, holders) or _focus(
                speakers, span.open_start, previous
            )
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        if speaker is None:
            held = _by_role(text, language, after_start, after_end, holders)
            if held is not None:  # "a fait valoir le ministre": the minister named earlier
                return Quote(body, span.start, span.end, held[0], held[1], cue, "direct")
            if _definite_role_subject(text, language, after_start, cue_match.start()):
                # '“...” the store manager said.' with no manager named before: someone unnamed, not the
                # person in focus.
                return Quote(body, span.start, span.end, None, None, cue, "direct")
        if speaker is None:
            organisation = _described_organisation(
                text, language, after_start, after_end, speakers
            ) or _organisation_by_noun(text, language, after_start, after_end, cue_match, speakers)
            if organisation is not None:
                return Quote(body, span.start, span.end, organisation.name, organisation.entity_id, cue, "direct")
        if speaker is None:
            named = _cue_subject(text, language, after_start, after_end, cue_match)
            if named is None:  # '“...”, afirmó el gobierno en un comunicado': an institution speaking as such
                institution = _institution_subject(text, language, after_start, after_end, cue_match)
                if institution is not None:
                    return Quote(
                        body, span.start, span.end, _particular(institution, speakers, span.start), None, cue, "direct"
                    )
            if named is not None:  # '“...,” Adams said.' with "Adams" untagged or taken for a place
                return Quote(body, span.start, span.end, named, None, cue, "direct")
        if speaker is None and not _names_someone_else(text, language, after_start, after_end, cue_match):
            # Speaker before the quote ('Erdoğan, “...” dedi.'): the clause's subject comes first.
            if language in _SUBJECT_LAST_LANGUAGES:
                # "Deneyimli teknik direktör, Galatasaray karşısında ... çizerek, “...” dedi": a role opening the
                # sentence is its subject, whoever the clauses after it name.
                held = _opening_role(text, language, before_start, before_end, holders)
                if held is not None:
                    return Quote(body, span.start, span.end, held[0], held[1], cue, "direct")
            speaker = _nearest(speakers, before_start, before_end, before_start)
            if language in _SUBJECT_LAST_LANGUAGES:
                # Turkish puts a participle clause before the subject ("... kaydeden Karaali, “...” dedi"):
                # a name that ends right before the quote, after only a comma, is the subject.
                adjacent = _nearest(speakers, before_start, before_end, before_end)
                if adjacent is not None and _SUBJECT_COMMA.fullmatch(text, adjacent.end, before_end):
                    speaker = adjacent
            unnamed_re = cues.unnamed_person_pattern(language)
            if speaker is None and unnamed_re is not None and unnamed_re.search(text, before_start, before_end):
                # 'Bir bakanlık yetkilisi, “...” dedi.': someone the article leaves unnamed, not the one in focus.
                return Quote(body, span.start, span.end, None, None, cue, "direct")
            if speaker is None and not impersonal:
                name, entity_id = _focus(speakers, span.open_start, previous)
                return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
    else:
        # "signé par l'administrateur de l'Institut, Dr Amadou Alpha Sall, ladite fondation a fait savoir
        # que « ... »": the description after the comma is the subject.
        speaker, before_start = _subject_of_cue(text, language, speakers, before_start, before_end, cue_match.start())
        if speaker is None or (speaker.rank == _RANKS["ORG"] and _role_governs(text, language, speaker)):
            # "Explicó el presidente: «...»", "le président de la SPA, qui se dit « ... »": the holder named earlier.
            held = _by_role(text, language, before_start, before_end, holders)
            if held is not None:
                return Quote(body, span.start, span.end, held[0], held[1], cue, "direct")
        if speaker is None and cues.is_plural_cue(language, cue):
            group = _group_speaker(text, language, span, span.open_start, speakers)  # 'Dijeron: "..."'
            return Quote(body, span.start, span.end, group[0], group[1], cue, "direct")
        if speaker is None:
            organisation = _organisation_by_noun(text, language, before_start, before_end, cue_match, speakers)
            if organisation is not None:  # "Police said: “...”" after "Prince George's County Police"
                return Quote(body, span.start, span.end, organisation.name, organisation.entity_id, cue, "direct")
            named = _cue_subject(text, language, before_start, before_end, cue_match)
            if named is None:  # "La préfecture a déclaré : « ... »": an institution speaking as such
                described = _institution_before(text, language, before_start, cue_match.start())
                if described is not None:
                    return Quote(
                        body,
                        span.start,
                        span.end,
                        _particular(described.name, speakers, span.start),
                        None,
                        cue,
                        "direct",
                    )
            if named is not None:  # "l’Ifop assure que « ... »", "SJ Label also said, “...”"
                return Quote(body, span.start, span.end, named, None, cue, "direct")
        if (
            speaker is None
            and not impersonal
            and not _names_someone_else(text, language, before_start, before_end, cue_match)
        ):
            # "elle a déclaré : « ... »", "selon lui, « ... »": the pronoun beside the cue.
            around = text[max(before_start, cue_match.start() - 12) : min(before_end, cue_match.end() + 8)]
            name, entity_id = _focus(speakers, span.open_start, previous, cues.pronoun_gender(language, around))
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
    if speaker is None:
        return Quote(body, span.start, span.end, None, None, cue, "direct")
    return Quote(body, span.start, span.end, speaker.name, speaker.entity_id, cue, "direct")


def _whole_words_before(text: str, start: int, end: int, chars: int) -> str:
    """The last ``chars`` characters of text[start:end], widened back to the start of the word they cut."""
    cut = max(start, end - chars)
    while cut > start and text[cut - 1].isalnum() and text[cut].isalnum():
        cut -= 1
    return text[cut:end]


#: Characters before a verb of saying read for its pronoun subject ("..., she said").
_PRONOUN_LEAD_CHARS = 12
#: Languages written without spaces between words.
_NO_SPACE_LANGUAGES = frozenset(["zh"])


@dataclass(frozen=True, slots=True)
class _Holder:
    """A person the article gives a role ("le ministre de l'Intérieur, X", "X, presidente de ...")."""

    role: str
    position: int
    name: str
    entity_id: str | None


#: A lower-case word: a clause's own word, not part of a name.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{2,}(?![\w'’-])")
#: A role in apposition after a name must come within this many words of the comma ("X, le président de").
_ROLE_AFTER_WORDS = 3
#: Languages without articles: a bare role noun ("powiedział minister") is as definite as "the minister".
_ARTICLELESS = frozenset(["pl", "tr"])
#: A definite determiner right before a role noun: "le ministre", "el presidente", "the minister", "der 45-Jährige".
_DEFINITE_END = re.compile(
    r"(?<!\w)(?:the|le|la|l['’]|el|der|die|den|dem|des|du|del)\s{0,3}(?:[\w-]{1,20}\s{1,3}){0,2}$", re.IGNORECASE
)


def _unnamed_subject(
    text: str, language: str, cue_match: re.Match[str], side: str, before_start: int, after_end: int
) -> bool:
    """Whether the verb of saying's subject is someone unnamed ("a spokesman said", "said a source").

    The description stands right before the verb, or, after a quote, right after it.
    """
    pattern = cues.unnamed_person_pattern(language)
    if pattern is None:
        return False
    lead_start = max(before_start if side == "before" else 0, cue_match.start() - _UNNAMED_REACH)
    for match in pattern.finditer(text, lead_start, cue_match.start()):
        if "," in text[match.end() : cue_match.start()]:
            continue  # "Ikhsan Asaad, an official of PLN, said": the description stands beside a name
        between = _WORD.findall(text, match.end(), cue_match.start())
        # Nothing between, or the person's complement ("ein Freund von Tom Hagen sagte", "a friend of hers said").
        if not between or (between[0].casefold() in _COMPLEMENT_WORDS and len(between) <= _UNNAMED_COMPLEMENT_WORDS):
            return True
    if side == "after":
        limit = min(after_end, cue_match.end() + _UNNAMED_REACH)
        following = pattern.match(text, cue_match.end() + 1, limit)
        # "said a spokesman for the firm, John Smith": the name the description leads to speaks.
        return following is not None and not _APPOSED_NAME.match(text, following.end(), after_end)
    return False


#: A comma and a capitalised word right after an unnamed person's description: the name it is apposed to.
_APPOSED_NAME = re.compile(r"[^,.;:!?\n]{0,40},[ \t]{1,2}[A-ZÀ-ÖØ-Þ]")


#: Characters between a verb of saying and the unnamed person who is its subject ("said a government source").
_UNNAMED_REACH = 60
#: Words that open a person's complement ("of", "von", "de"), and the most words it may have before the verb.
_COMPLEMENT_WORDS = frozenset(["of", "von", "de", "del", "du", "des", "d"])
_UNNAMED_COMPLEMENT_WORDS = 4


def _role_holders(text: str, language: str, speakers: Sequence[NamedMention]) -> list[_Holder]:
    """Each person named with a role in apposition or as a title, with the role noun (casefolded).

    "le ministre de l'Intérieur, Christophe Castaner", "Prime Minister Pedro Sanchez",
    "Jacques-Charles Fombonne, le président de la SPA": a later "le ministre", "the prime minister",
    "le président de la SPA" with no name means this person.
    """
    role_re = cues.role_pattern(language)
    if role_re is None:
        return []
    found: list[_Holder] = []
    previous_person_end = 0
    for speaker in speakers:
        if not speaker.is_person or speaker.quoted:
            continue
        # A role before another person and a word of the clause is that person's ("Store manager Ann Lee saw
        # Derrick Graham": Lee's); an organisation, even one tagged a person, may stand between in apposition
        # ("el líder de los Verdes, Werner Kogler").
        window_start = max(0, speaker.start - 90)
        if previous_person_end > window_start and _LOWER_WORD.search(text, previous_person_end, speaker.start):
            window_start = previous_person_end
        previous_person_end = speaker.end
        window = text[window_start : speaker.start].rstrip()
        head = window.removesuffix(",")
        phrase = head[max((m.end() for m in _CLAUSE_BOUNDARY.finditer(head)), default=0) :]
        # The role heads the phrase that ends at the name: few words may follow it ("le ministre de l'Intérieur,").
        roles = [m.group(0) for m in role_re.finditer(phrase) if len(_WORD.findall(phrase[m.end() :])) <= 5][-1:]
        after = text[speaker.end : speaker.end + 90]
        if after.startswith(","):
            clause = after[1:]
            stop = _CLAUSE_BOUNDARY.search(clause)
            clause = clause[: stop.start() if stop else len(clause)]
            match = role_re.search(clause)
            if match is not None and len(_WORD.findall(clause[: match.start()])) < _ROLE_AFTER_WORDS:
                roles.append(match.group(0))
        found.extend(_Holder(r.casefold(), speaker.start, speaker.name, speaker.entity_id) for r in roles)
    return found


def _same_role(a: str, b: str) -> bool:
    """Whether two role nouns are the same role ("président"/"présidente", "minister"/"ministers"), a German
    compound's head included ("Bundeskanzlerin"/"Kanzlerin"), but not a deputy's or a former holder's
    ("Vizekanzler"/"Kanzler")."""
    if a.startswith(b) or b.startswith(a):
        return True
    for compound, head in ((a, b), (b, a)):
        stem = _ROLE_ENDING.sub("", head)
        at = compound.rfind(stem)
        if len(stem) >= _MIN_ROLE_STEM and at > 0 and not compound[:at].endswith(_NOT_THE_HOLDER_PREFIXES):
            return _ROLE_ENDING.sub("", compound[at:]) == stem
    return False


#: Endings of a role noun's feminine and plural forms (Kanzlerin, Minister, Präsidenten).
_ROLE_ENDING = re.compile(r"(?:innen|in|en|e|n|s)$")
#: Shortest role stem read inside a compound.
_MIN_ROLE_STEM = 4
#: Prefixes of a compound role whose holder is someone else than the head's (a deputy, a former holder).
_NOT_THE_HOLDER_PREFIXES = ("vize", "alt", "ex", "ex-", "ko", "co", "unter", "stellvertretende")


def _by_role(
    text: str, language: str, start: int, end: int, holders: Sequence[_Holder]
) -> tuple[str | None, str | None] | None:
    """The person earlier given the role that a definite role noun in [start, end) names ("le ministre").

    None when the clause names no role with a definite determiner, or nobody before was given it.
    """
    role_re = cues.role_pattern(language)
    if role_re is None or not holders:
        return None
    for match in role_re.finditer(text, start, end):
        if language not in _ARTICLELESS and not _DEFINITE_END.search(text, max(0, match.start() - 30), match.start()):
            continue
        role = match.group(0).casefold()
        held = [h for h in holders if h.position < match.start() and _same_role(h.role, role)]
        if held:
            return held[-1].name, held[-1].entity_id
        # A lead may name the role before the person ("…, the Turkish vice president said. … Vice President
        # Fuat Oktay told …"): the first one given the role after it, when nobody was before.
        later = [h for h in holders if h.position > end and _same_role(h.role, role)]
        if later:
            return later[0].name, later[0].entity_id
    return None


def _definite_role_subject(text: str, language: str, start: int, cue_start: int) -> bool:
    """Whether the attribution [start, cue_start) is only a short definite description closing on a role noun
    ("the store manager", "le directeur"), before the verb."""
    role_re = cues.role_pattern(language)
    lead = text[start:cue_start].strip(_ATTRIBUTION_PUNCTUATION)
    if role_re is None or len(lead.split()) > _ROLE_SUBJECT_WORDS or not _DEFINITE_START.match(lead):
        return False
    return any(not lead[match.end() :].strip() for match in role_re.finditer(lead))


#: Most words of a definite description standing as an attribution's subject ("the store manager").
_ROLE_SUBJECT_WORDS = 4
#: A definite article opening a description.
_DEFINITE_START = re.compile(r"(?:the|le|la|l['’]|el|der|die|il|lo)\s", re.IGNORECASE)


def _role_governs(text: str, language: str, speaker: NamedMention) -> bool:
    """Whether an organisation is the complement of a role noun right before it ("le président de la SPA").

    An organisation whose own name opens on a role ("El Ministro de Salud Pública afirmó") is no
    speaker at all when someone holds that role: :func:`_held_role` takes it out first.
    """
    role_re = cues.role_pattern(language)
    before = text[max(0, speaker.start - 40) : speaker.start]
    if role_re is None:
        return False
    matches = list(role_re.finditer(before))
    return bool(matches) and len(_WORD.findall(before[matches[-1].end() :])) <= 2


#: A lower-case quote shorter than this is a fragment of the writer's sentence, not a statement going on.
_MIN_FRAGMENT_WORDS = 5
#: Words read, after a comma-closed quote, for its attribution when the verb is not a listed cue.
_UNLISTED_ATTRIBUTION_WORDS = 6


def _unlisted_attribution(
    text: str,
    language: str,
    span: _Span,
    after_end: int,
    speakers: Sequence[NamedMention],
    previous: Quote | None,
    holders: Sequence[_Holder] = (),
) -> Quote | None:
    """A quote closed by a comma, then a person or a role named within a few words: its attribution.

    '“We will win,” quipped Ann Lee.' / '"...", considerado el sumo pontífice': a comma that
    closes the quotation announces the attribution, whatever its verb. Without a person or a
    role noun in those first words, None (the words are not taken for an attribution).
    """
    closing = text[span.end : span.close_end + 1]
    if "," not in closing and "،" not in closing:
        return None
    words = list(_WORD.finditer(text, span.close_end, after_end))[:_UNLISTED_ATTRIBUTION_WORDS]
    if not words:
        return None
    clause_end = words[-1].end()
    clause = text[span.close_end : clause_end]
    speaker = _nearest(speakers, span.close_end, clause_end, span.close_end, text)
    if speaker is not None and speaker.is_person:
        return Quote("", span.start, span.end, speaker.name, speaker.entity_id, None, "direct")
    role_re = cues.role_pattern(language)
    if speaker is None and role_re is not None and role_re.search(clause):
        name, entity_id = _by_role(text, language, span.close_end, clause_end, holders) or _focus(
            speakers, span.open_start, previous
        )
        if name is not None:
            return Quote("", span.start, span.end, name, entity_id, None, "direct")
    return None


#: Capital letters that open a name in the Latin-script languages (the class the name patterns below share).
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
#: Capitalised words before the name that opens a headline: a title or organisation ("ATSO Başkanı Göktaş:").
_TITLE_WORDS = re.compile(rf"(?:[{_CAPITALS}][\w.'’-]{{0,30}}[ \t]{{1,2}}){{1,3}}")
#: Words a line may hold before the colon of "Name: “quote”" ("Diosdado Cabello en Venezuela:").
_HEADLINE_LEAD_WORDS = 6


def _headline_speaker(text: str, span: _Span, speakers: Sequence[NamedMention]) -> NamedMention | None:
    """The person a line opens on when it reads "Name: “quote”" (a headline or transcript convention).

    The colon must stand right before the opening mark, and the line must begin with the
    person's name followed by at most a few words ("X in Caracas:"); a name deeper in the
    line, or an organisation, gives nothing.
    """
    colon = _content_end(text, span.open_start)
    if colon == 0 or text[colon - 1] != ":":
        return None
    line_start = text.rfind("\n", max(0, colon - 120), colon) + 1
    if line_start == 0 and colon > 120:
        return None
    lead = text[line_start : colon - 1]
    opening = len(lead) - len(lead.lstrip(" \t\"“”«»'‘’"))
    opens = line_start + opening
    people = [
        s
        for s in _people_between(speakers, line_start, colon)
        if s.start == opens or (s.start > opens and _TITLE_WORDS.fullmatch(text, opens, s.start))
    ]
    if not people or len(_WORD.findall(text, people[0].end, colon)) > _HEADLINE_LEAD_WORDS:
        return None
    if _ANY_QUOTE_MARK.search(text, people[0].end, colon):
        return None  # "X im “Frühstart”: “...”": the marks of a title stand between the name and the quote
    return people[0]


def _comma_closed(text: str, span: _Span) -> bool:
    """Whether a comma closes the quotation (inside or right after its marks): an attribution follows."""
    return "," in text[span.end : span.close_end] or text[span.close_end : span.close_end + 3].lstrip()[:1] == ","


#: At most this many words may follow, in its own clause, the cue of a paragraph introducing the next quote.
_LEAD_IN_WORDS = 8
_CLAUSE_COMMA = re.compile(r"[,;]")


def _introduces(text: str, cue_end: int, lead_end: int) -> bool:
    """Whether a paragraph ending at ``lead_end`` announces a quotation by the cue ending at ``cue_end``.

    It does when it ends on a colon ("The minister posted on Facebook:") or the cue's clause ends
    within a few words ("... she wrote on Sunday.", "affirme X, qui ..."); a cue whose clause runs on
    with its own object ("X asked for an exemption so that ... online."), says nothing about the next
    paragraph.
    """
    if text[lead_end - 1 : lead_end] == ":":
        return True
    comma = _CLAUSE_COMMA.search(text, cue_end, lead_end)
    return len(_WORD.findall(text[cue_end : comma.start() if comma else lead_end])) <= _LEAD_IN_WORDS


#: The most characters of a Chinese attribution sentence after a quote ("他在推特上写道。").
_CJK_ATTRIBUTION_CHARS = 16
_CJK_CLAUSE_END = re.compile("[。，！？,]")


def _new_sentence_after(text: str, span: _Span, limit: int) -> bool:
    """Whether the quote ends its sentence: a full stop inside the marks, then a capitalised word.

    An attribution after a quote follows a comma ("“...,” she said"); after "“....” She said
    that ..." a new sentence starts, whose cue belongs to its own statement.
    """
    if span.end <= span.start:
        return False
    if text[span.end - 1] in "。！？":
        # Chinese has no capitals: after a full stop inside the marks, a short sentence of its own is the
        # attribution ("…。”王毅说。"), and a longer one is the story going on ("…是不合适的。”参议员宣誓…，但他表示…").
        tail = _CJK_CLAUSE_END.search(text, span.close_end, span.close_end + _CJK_ATTRIBUTION_CHARS)
        return tail is None or tail.group(0) != "。"
    if text[span.end - 1] != ".":
        return False
    following = text[span.close_end : min(limit, span.close_end + 20)].lstrip()
    return bool(following) and following[0].isupper()


#: What stands before an attribution set inside the marks: a comma, a dash (a hyphen between spaces, as
#: typed: "... powrót - powiedział Trump - Joe ..."), or "!"/"?".
_INCISE_LEAD = re.compile(r"(?:[,—–!?]|\s-)\s{0,3}$")
#: A subject pronoun fused to an inverted cue: "a-t-il ajouté", "dit-elle", "ajoute-t-on".
_INVERTED_SINGULAR = re.compile(r"-(?:t-)?(?:il|elle|on)\b", re.IGNORECASE)
_INVERTED_PLURAL = re.compile(r"-(?:ils|elles)\b", re.IGNORECASE)


def _incise(
    text: str,
    language: str,
    span: _Span,
    speakers: Sequence[NamedMention],
    cue_re: re.Pattern[str],
    previous: Quote | None,
) -> Quote | None:
    """A cue set inside the quotation marks: « On était là, explique Béatrice. Ç'a été ... »."""
    body = text[span.start : span.end]
    for match, _, stop in _incise_cues(text, span, cue_re):
        incise_end = stop.start() if stop else span.end
        in_incise = [replace(s, quoted=False) for s in speakers if match.end() <= s.start < incise_end]
        speaker = _nearest(in_incise, match.end(), incise_end, match.end())
        cue = match.group(0).strip()
        if speaker is not None:
            return Quote(body, span.start, span.end, speaker.name, speaker.entity_id, cue, "direct")
        if _INVERTED_PLURAL.search(cue):
            return Quote(body, span.start, span.end, None, None, cue, "direct")
        pronoun_re = cues.pronoun_pattern(language)
        if _INVERTED_SINGULAR.search(cue) or (pronoun_re and pronoun_re.search(text, match.end(), incise_end)):
            gender = cues.pronoun_gender(language, text[match.start() : min(incise_end, match.end() + 12)])
            name, entity_id = _focus(speakers, span.open_start, previous, gender)
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        role_re = cues.role_pattern(language)
        described = _described_person(text, language, match.start(), incise_end, match, role_re) if role_re else None
        if described is not None:
            # « A, explique l'athlète. B »: a description of the person in focus, of its gender.
            name, entity_id = _focus(speakers, span.open_start, previous, described or None)
            return Quote(body, span.start, span.end, name, entity_id, cue, "direct")
        return None
    return None


def _incise_cues(
    text: str, span: _Span, cue_re: re.Pattern[str]
) -> Iterator[tuple[re.Match[str], int, re.Match[str] | None]]:
    """Verbs of saying inside the marks right after a comma, dash or "!"/"?": an attribution set in the quote.

    Yields the verb, where its leading punctuation stands, and the end of its sentence inside
    the marks (None when the quote ends first).
    """
    for match in cue_re.finditer(text, span.start, span.end):
        lead = _INCISE_LEAD.search(text, max(span.start, match.start() - 4), match.start())
        if lead is not None:
            yield match, lead.start(), _SENTENCE_END.search(text, match.end(), span.end)


def _incise_split(text: str, language: str, span: _Span) -> tuple[int, int] | None:
    """Where an attribution set inside the marks cuts a quotation in two: (end of the first, start of the second).

    « On n’en sait pas plus que vous, expliquait M. Dupont quelques jours avant. Ça va mal ! »:
    the attribution runs from the comma before its verb of saying to the end of its sentence,
    and both sides hold words of their own. None when the quotation has no such attribution.
    """
    cue_re = cues.cue_pattern(language)
    if cue_re is None:
        return None
    for _, lead, stop in _incise_cues(text, span, cue_re):
        if text[lead] != ",":
            continue
        if stop is None:
            return None
        first_end = _strip(text, span.start, lead)[1]
        second_start = _strip(text, stop.end(), span.end)[0]
        if len(_WORD.findall(text, span.start, first_end)) < MIN_QUOTE_WORDS:
            return None
        if len(_WORD.findall(text, second_start, span.end)) < MIN_QUOTE_WORDS:
            return None
        return first_end, second_start
    return None


def _people_between(speakers: Sequence[NamedMention], start: int, end: int) -> list[NamedMention]:
    """Persons named in [start, end) outside quotation marks, in text order."""
    first = bisect.bisect_left(speakers, start, key=lambda s: s.start)
    last = bisect.bisect_left(speakers, end, key=lambda s: s.start)
    return [s for s in speakers[first:last] if s.end <= end and s.is_person and not s.quoted]


def _thread_breaks(
    text: str, language: str, previous_span: _Span, span: _Span, speakers: Sequence[NamedMention], name: str | None
) -> bool:
    """Whether the words between two quotes stop the first one's speaker from going on in the second.

    They do when a sentence between them opens on another person ('“...” Director Rob Reiner
    wished for “...”'), or when the writer's own sentence stands between them: a sentence
    ending in the gap without a cue before it (a cue there is the first quote's attribution,
    '“A,” he said. “B.”').
    """
    start, end = previous_span.close_end, span.open_start
    boundaries = [start] if text[previous_span.end - 1 : previous_span.end] in (".", "!", "?") else []
    stops = list(_SENTENCE_END.finditer(text, start, end))
    boundaries.extend(m.end() for m in stops)
    for person in _people_between(speakers, start, end):
        if person.name == name or " " not in person.name.strip():
            continue  # one capitalised word opening a sentence ("Cómo tratamos ...") is often a tagger's guess
        opening = max((b for b in boundaries if b <= person.start), default=None)
        if opening is not None and len(_WORD.findall(text[opening : person.start])) <= _SUBJECT_LEAD_WORDS:
            return True
    if not stops or not _WORD.search(text, start, stops[0].start()):
        return False  # the first quote (or the reported clause) ends the sentence itself
    cue_re = cues.cue_pattern(language)
    return cue_re is not None and cue_re.search(text, start, stops[0].start()) is None


#: Words a sentence may open with before its subject's name: a role or title ("Director", "La ministra").
_SUBJECT_LEAD_WORDS = 3


def _sentence_subject(
    text: str, span: _Span, sentence_start: int, speakers: Sequence[NamedMention]
) -> NamedMention | None:
    """The person a cue-less quote's sentence opens on, when it names nobody else before the quote.

    'Director Rob Reiner, for example, wished for a year that “...”': the sentence's subject
    is the one whose words are quoted. A name deeper in the sentence is an object
    ("dumping on Donald Trump and wishing for “...”") and gives nothing.
    """
    people = _people_between(speakers, sentence_start, span.open_start)
    if not people or (" " not in people[0].name.strip() and not is_first_name(people[0].name.strip())):
        return None  # nobody, or one capitalised word (a tagger's guess as often as a name, unless a given name)
    # The subject opens the sentence; people named after it are its objects ("X schätzte Kupfer: ...").
    lead = _WORD.findall(text[sentence_start : people[0].start])
    return people[0] if len(lead) <= _SUBJECT_LEAD_WORDS else None


def _paragraph_person(text: str, span: _Span, speakers: Sequence[NamedMention]) -> NamedMention | None:
    """The one person the paragraph names before a cue-less quote ("X s'estime chanceux. « ... »")."""
    para_start = text.rfind("\n", max(0, span.open_start - _CONTEXT), span.open_start) + 1
    if para_start == 0 and span.open_start > _CONTEXT:
        return None
    people = {s.name: s for s in _people_between(speakers, para_start, span.open_start)}
    return next(iter(people.values())) if len(people) == 1 else None


#: Words that may sit beside a cue without naming anyone ("he then added", "a-t-il encore ajouté").
_FILLERS = frozenset(
    [
        # Where it was said: "ha affermato oggi in una nota", "said in a statement", "dijo en un comunicado".
        "statement",
        "interview",
        "release",
        "briefing",
        "conference",
        "press",
        "communiqué",
        "entretien",
        "comunicado",
        "nota",
        "entrevista",
        "rueda",
        "prensa",
        "comunicato",
        "dichiarazione",
        "intervista",
        "conferenza",
        "stampa",
        "einer",
        "erklärung",
        "mitteilung",
        "pressekonferenz",
        "oświadczeniu",
        "komunikacie",
        "wywiadzie",
        "заявлении",
        "интервью",
        "also",
        "then",
        "later",
        "still",
        "again",
        "further",
        "too",
        "afterwards",
        "recently",
        "yesterday",
        "today",
        "earlier",
        "once",
        "on",
        "in",
        "at",
        "the",
        "aussi",
        "encore",
        "ensuite",
        "alors",
        "également",
        "enfin",
        "hier",
        "aujourd",
        "plus",
        "tard",
        "déjà",
        "auch",
        "noch",
        "dann",
        "weiter",
        "später",
        "bereits",
        "gestern",
        "heute",
        "am",
        "también",
        "además",
        "luego",
        "después",
        "ayer",
        "hoy",
        "ya",
        "más",
        "tarde",
        "este",
        "esta",
        "anche",
        "poi",
        "ancora",
        "inoltre",
        "ieri",
        "oggi",
        "też",
        "także",
        "jeszcze",
        "potem",
        "wczoraj",
        "dziś",
        "również",
        "da",
        "de",
        "ayrıca",
        "dün",
        "bugün",
        "также",
        "еще",
        "ещё",
        "потом",
        "вчера",
        "сегодня",
        # A conjunction going on after the verb ("dijo, pero «...»") names nobody.
        "pero",
        "aber",
        "mais",
        "sondern",
        "fakat",
        "jednak",
        "però",
    ]
)


#: The impersonal French "on" fused to an inverted cue ("a-t-on indiqué", "précise-t-on").
_IMPERSONAL_INVERTED = re.compile(r"-(?:t-)?on\b", re.IGNORECASE)
#: Where an impersonal "on" speaks from: "au ministère", "à l'Élysée", "auprès de la préfecture".
_SPOKEN_FROM = re.compile(
    r"\s{0,3}(?:au|à\s{1,3}la|à\s{1,3}l['’]|auprès\s{1,3}d[eu]|auprès\s{1,3}de\s{1,3}la|du\s{1,3}côté\s{1,3}d[eu])"
    r"\s{0,3}([\w-]{2,30})",
    re.IGNORECASE,
)


#: A Turkish statement's source in the ablative: "Başbakanlık’tan yapılan açıklamada", "Bakanlıktan gelen duyuruda".
_TURKISH_STATEMENT = re.compile(
    r"['’]?(?:dan|den|tan|ten)\s{1,3}(?:yapılan|gelen)\s{1,3}(?:yazılı\s{1,3})?(?:açıklama|duyuru|bildiri)",
    re.IGNORECASE,
)


def _statement_source(
    text: str, start: int, end: int, speakers: Sequence[NamedMention]
) -> tuple[str, str | None] | None:
    """The name a Turkish "statement made by X" names in [start, end), as (name, entity id).

    The tagger's span stops at the apostrophe or takes the case ending in. A name it missed still
    shows by Turkish spelling, which sets a proper noun's ending off with an apostrophe
    ("Başbakanlık’tan"); a common noun takes it without one ("Kulüpten").
    """
    for match in _TURKISH_STATEMENT.finditer(text, start, end):
        for speaker in speakers:
            if speaker.start < match.start() <= speaker.end + 1 and not speaker.quoted:
                return speaker.name, speaker.entity_id
        if text[match.start()] in "'’":
            run = _TURKISH_NAME_BEFORE.search(text, max(start, match.start() - 60), match.start())
            if run is not None:
                return run.group(0), None
            continue
        # "Kulüpten yapılan açıklamada": the body named earlier by that noun ("Fenerbahçe Kulübü").
        noun = _WORD_ENDING.search(text, max(0, match.start() - 20), match.start())
        stem = noun.group(0).casefold()[:_TURKISH_STEM] if noun is not None else ""
        if noun is None or len(stem) < _TURKISH_STEM:
            continue
        named = [
            s for s in speakers if s.end <= noun.start() and any(w.casefold().startswith(stem) for w in s.name.split())
        ]
        if named:
            return named[-1].name, named[-1].entity_id
    return None


#: Letters a Turkish noun and the organisation's name must share ("Kulüp"/"Kulübü", "Bakanlık"/"Bakanlığı").
_TURKISH_STEM = 4
#: The word that ends where a match starts (a Turkish noun before its case ending).
_WORD_ENDING = re.compile(r"\w+$")


#: Capitalised words ending right before a Turkish case ending's apostrophe ("Sağlık Bakanlığı", "Başbakanlık").
_TURKISH_NAME_BEFORE = re.compile(r"[A-ZÇĞİÖŞÜ][\wçğıöşü]+(?:\s[A-ZÇĞİÖŞÜ][\wçğıöşü]+){0,3}$")


def _impersonal_source(text: str, start: int, end: int, speakers: Sequence[NamedMention]) -> NamedMention | None:
    """The organisation an impersonal cue speaks from: named there, or named elsewhere by the same head noun.

    '"...", a-t-on indiqué au ministère.' with "le ministère de l'Agriculture" named in the article.
    """
    where = _SPOKEN_FROM.match(text, start, end)
    if where is None:
        return None
    named_there = _nearest(speakers, where.start(1), end, where.start(1))
    if named_there is not None and named_there.rank == _RANKS["ORG"] and named_there.start <= where.end(1):
        return named_there
    head = where.group(1).casefold()
    same_head = [s for s in speakers if s.rank == _RANKS["ORG"] and s.name.casefold().split(maxsplit=1)[:1] == [head]]
    return min(same_head, key=lambda s: abs(s.start - start)) if same_head else None


def _described_organisation(
    text: str, language: str, start: int, end: int, speakers: Sequence[NamedMention]
) -> NamedMention | None:
    """The organisation last named before a clause that says "the company said" (None without one).

    One named as a clause's subject comes before one named only as a complement
    ("Sony hat seine Teilnahme am Mobile World Congress abgesagt ... schreibt die Gruppe": Sony).
    """
    pattern = cues.organisation_pattern(language)
    match = pattern.search(text, start, end) if pattern else None
    if match is None:
        return None
    # "l'association ... a déclaré": an organisation whose name holds the noun ("Association X") first.
    head = _description_head(match)
    return _organisation_before(start, speakers, head)


def _description_head(description: re.Match[str]) -> str:
    """The noun that heads an organisation's description, lower-cased, without the French article fused to it
    ("l'association": "association")."""
    return description.group(0).split()[-1].casefold().removeprefix("l'").removeprefix("l’")


def _organisation_before(start: int, speakers: Sequence[NamedMention], head: str | None = None) -> NamedMention | None:
    """The organisation last named before ``start``: one whose name holds the noun ``head`` first, then one
    named as a clause's subject, then one named only as a complement."""
    upto = bisect.bisect_left(speakers, start, key=lambda s: s.start)
    complement: NamedMention | None = None
    subject: NamedMention | None = None
    for speaker in reversed(speakers[max(0, upto - _FOCUS_LOOKBACK) : upto]):
        if start - speaker.end > _FOCUS_CHARS:
            break
        if speaker.rank == _RANKS["ORG"] and not speaker.quoted:
            if head is not None and head in _WORD.findall(speaker.name.casefold()):
                return speaker
            if not speaker.oblique:
                subject = subject or speaker
            complement = complement or speaker
    return subject or complement


def _neuter_subject(text: str, language: str, start: int, end: int) -> bool:
    """Whether the words in [start, end), quotation marks and commas aside, are the neuter pronoun alone: the
    subject of "..., it said", which points to an organisation, never to a person."""
    pattern = cues.neuter_pronoun_pattern(language)
    words = text[start:end].strip(_ATTRIBUTION_PUNCTUATION)
    return pattern is not None and bool(words) and pattern.fullmatch(words) is not None


def _organisation_in_focus(
    speakers: Sequence[NamedMention], position: int, previous: Quote | None
) -> tuple[str | None, str | None]:
    """The organisation "it" points to at ``position``: the speaker of a quote that ended shortly before where
    that speaker is an organisation, else the organisation last named before; nobody without one."""
    if previous is not None and previous.speaker is not None and 0 <= position - previous.end <= _THREAD_CHARS:
        upto = bisect.bisect_left(speakers, position, key=lambda s: s.start)
        recent = speakers[max(0, upto - _FOCUS_LOOKBACK) : upto]
        if any(s.name == previous.speaker and s.rank == _RANKS["ORG"] for s in recent):
            return previous.speaker, previous.speaker_id
    organisation = _organisation_before(position, speakers)
    return (organisation.name, organisation.entity_id) if organisation is not None else (None, None)


def _organisation_by_noun(
    text: str, language: str, start: int, end: int, cue_match: re.Match[str], speakers: Sequence[NamedMention]
) -> NamedMention | None:
    """The organisation named earlier whose name holds the common noun beside a verb of saying.

    "Police said" after "Prince George's County Police", "the hospital said" after "North York General
    Hospital", "teilte die Polizei mit" after "Polizei Köln": the noun that is the verb's subject (the word
    right before the verb, or right after it) is the head of the organisation's name. Only an ordinary word
    of the language (the dictionary lists it) is read so: a name beside the verb is the speaker itself.
    """
    before = _WORD.findall(text, max(start, cue_match.start() - _CUE_SUBJECT_CHARS), cue_match.start())
    while before and before[-1].casefold() in _VERB_NEIGHBOURS:
        before.pop()
    after = _WORD.findall(text, cue_match.end(), min(end, cue_match.end() + _CUE_SUBJECT_CHARS))[:2]
    return _organisation_with_noun(_common_nouns((*before[-1:], *after), language), start, speakers)


def _common_nouns(words: Sequence[str], language: str) -> set[str]:
    """The words long enough to head an organisation's name that the dictionary lists (German nouns as written),
    lower-cased: a name among them is no common noun."""
    return {
        word.casefold() for word in words if len(word) >= _MIN_ORGANISATION_NOUN and lemma(word, language) is not None
    }


def _organisation_with_noun(nouns: set[str], start: int, speakers: Sequence[NamedMention]) -> NamedMention | None:
    """The organisation last named before ``start`` whose name holds one of ``nouns`` (lower-cased)."""
    if not nouns:
        return None
    upto = bisect.bisect_left(speakers, start, key=lambda s: s.start)
    for speaker in reversed(speakers[max(0, upto - _FOCUS_LOOKBACK) : upto]):
        if start - speaker.end > _FOCUS_CHARS:
            break
        # A one-word "organisation" that is the noun itself ("Fuentes") is a tagger's guess, not a name.
        if len(_WORD.findall(speaker.name)) > 1 and _organisation_named_by(speaker, nouns):
            return speaker
    if nouns & _GENERIC_BODIES:
        # "Police said ..." before "the Detroit Police Department's Eighth Precinct": the force the article names
        # later is the fullest name it gives them.
        return next((s for s in speakers[upto:] if _organisation_named_by(s, nouns)), None)
    return None


def _organisation_named_by(speaker: NamedMention, nouns: set[str]) -> bool:
    """Whether ``speaker`` is an organisation, named outside a quote, whose name holds one of ``nouns``."""
    return (
        speaker.rank == _RANKS["ORG"]
        and not speaker.quoted
        and bool(nouns & set(_WORD.findall(speaker.name.casefold())))
    )


#: Shortest noun read as the head of an organisation's name ("police", "Polizei"; not "the", "die").
_MIN_ORGANISATION_NOUN = 4


def _group_speaker(
    text: str, language: str, span: _Span, end: int, speakers: Sequence[NamedMention]
) -> tuple[str | None, str | None]:
    """The organisation a plural cue's group is, when described nearby ("desde la plataforma"), else unknown.

    The description must share its noun with the organisation's name ("la plataforma" ...
    "Plataforma Feminista 8M"): a group of people is not whichever organisation came last.
    """
    pattern = cues.organisation_pattern(language)
    start = max(0, span.open_start - _CONTEXT)
    found = list(pattern.finditer(text, start, end)) if pattern else []
    if not found:
        return None, None
    head = found[-1].group(0).split()[-1].casefold()
    upto = bisect.bisect_left(speakers, found[-1].start(), key=lambda s: s.start)
    for speaker in reversed(speakers[max(0, upto - _FOCUS_LOOKBACK) : upto]):
        if found[-1].start() - speaker.end > _FOCUS_CHARS:
            break
        if speaker.rank == _RANKS["ORG"] and head in _WORD.findall(speaker.name.casefold()):
            return speaker.name, speaker.entity_id
    return None, None


#: Languages where the subject comes last before its quote, after the clauses that describe it.
_SUBJECT_LAST_LANGUAGES = frozenset(["tr"])
#: All that may stand between such a subject and its quote's opening mark (an initial's full stop: "Osman K.,").
_SUBJECT_COMMA = re.compile(r"\.?\s{0,2}[,:]\s{0,3}")
#: Most words of a role phrase that opens a sentence as its subject ("Deneyimli teknik direktör,").
_OPENING_ROLE_WORDS = 4


def _opening_role(
    text: str, language: str, start: int, end: int, holders: Sequence[_Holder]
) -> tuple[str | None, str | None] | None:
    """The person holding the role that opens [start, end) as its subject, a comma right after it."""
    role_re = cues.role_pattern(language)
    opening = text[start:end].lstrip()
    comma = opening.find(",")
    if role_re is None or comma < 0 or len(_WORD.findall(opening[:comma])) > _OPENING_ROLE_WORDS:
        return None
    roles = list(role_re.finditer(opening, 0, comma))
    if not roles or opening[roles[-1].end() : comma].strip():
        return None
    offset = end - len(opening)
    return _by_role(text, language, offset, offset + comma, holders)


#: Languages whose names are told by capitals, where a name the tagger missed can be read beside a cue.
_CAPITALISED_LANGUAGES = frozenset(["en", "fr", "es", "de", "it", "pl", "tr"])
#: Auxiliaries and adverbs that may stand between a subject and its verb of saying ("Celltrion has confirmed").
_SUBJECT_VERB_FILLERS = frozenset(
    ["has", "have", "had", "a", "ont", "avait", "ha", "han", "había", "hat", "hatte", "haben", "è", "został"]
)
#: Words beside a verb of saying that are not its subject ("has", "also", "then").
_VERB_NEIGHBOURS = _SUBJECT_VERB_FILLERS | _FILLERS
#: One to four capitalised words (an acronym, "SJ Label", "Pérez Carcedo"), with nothing after them.
_CAPITALISED_RUN_END = re.compile(
    r"(?:^|(?<=[\s(\[\"“”«»„]))(?P<article>[lLdD]['’])?"
    rf"((?:[{_CAPITALS}][\w&'’-]{{0,30}}[ \t]{{1,2}}){{0,3}}[{_CAPITALS}][\w&-]{{0,30}})$"
)
#: The same run right after an inverted verb ("said Adams", "observe l’Ifop"), with an article before it.
_CAPITALISED_RUN_START = re.compile(
    r"\s{0,2}(?P<article>(?:the|la|le|les|el|los|las|der|die|das|den|dem)\s{1,2}|[lL]['’])?"
    # A common noun may describe the name ("assure le collectif Noustoutes38", "said the firm Ipsos").
    r"(?:[a-zà-öø-ÿ][\w-]{2,15}\s{1,2})?"
    rf"(?P<name>(?:[{_CAPITALS}][\w&'’-]{{0,30}}[ \t]{{1,2}}){{0,3}}[{_CAPITALS}][\w&-]{{0,30}})"
    # The clause ends after the name: "said Adams." (not "ha dicho el Santo Padre sobre ...").
    r"(?=\s{0,2}(?:[,.;:!?)\n]|$))"
)
#: A German article or possessive right before capitalised words: they are a noun ("die Sprecherin").
_GERMAN_DETERMINER = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(name_cues.GERMAN_DETERMINERS))})\s{{1,2}}$", re.IGNORECASE
)
#: How far from the cue a missed name is read.
_CUE_SUBJECT_CHARS = 60


def _cue_subject(
    text: str, language: str, start: int, end: int, cue_match: re.Match[str], *, inverted: bool = True
) -> str | None:
    """A name right beside the verb of saying that the entity finder missed or took for a place.

    '“...,” Adams said.', "l’Ifop assure que « ... »", "Celltrion has confirmed", "said Adams":
    the subject slot of the verb holds capitalised words. They are taken for a name only when
    they look like one: a word the language's dictionary does not know ("Ifop", "Celltrion"),
    or, outside German, capitals in mid-sentence; capitals that open a sentence on common words
    ("Officials have said") are not a name, nor is a word the text also writes in lower case.
    ``inverted`` also reads the words right after the verb ("said Adams").
    """
    # "A website called tuoitrenews.vn reported that", "..., reports timesofindia.com": a site by its address.
    domain = _DOMAIN_BEFORE_CUE.search(text, max(start, cue_match.start() - _CUE_SUBJECT_CHARS), cue_match.start())
    if domain is None and inverted:
        domain = _DOMAIN_AFTER_CUE.match(text, cue_match.end(), min(end, cue_match.end() + _CUE_SUBJECT_CHARS))
    if domain is not None:
        return domain.group("domain")
    if language not in _CAPITALISED_LANGUAGES:
        return None
    named = _name_before_cue(text, language, start, cue_match.start())
    if named is not None or not inverted or cue_match.group(0).strip().casefold() in cues.ADDRESSEE_CUES:
        return named  # after "told", the name is the one spoken to ("told Community News")
    cue_end = cue_match.end()
    after = _CAPITALISED_RUN_START.match(text[cue_end : min(end, cue_end + _CUE_SUBJECT_CHARS)])
    if after is None or (language == "de" and after.group("article") and not after.group("name").isupper()):
        return None  # "so die Initiatoren", "twitterte den Sender": German nouns with their article
    name = after.group("name")
    return name if _name_shaped(text, language, name, cue_end + after.start("name")) else None


#: A web address without its scheme ("tuoitrenews.vn", "news.sky.com"): a site that reports.
_DOMAIN = r"(?P<domain>(?<![\w@/.-])[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{1,40}){0,2}\.[a-z]{2,6})(?![\w@/-]|\.\w)"
#: A web address as the whole subject right before a verb of saying ("tuoitrenews.vn reported").
_DOMAIN_BEFORE_CUE = re.compile(_DOMAIN + r"[ \t]{1,3}(?:(?:has|had|also)[ \t]{1,3})?$")
#: A web address anywhere in an attribution's source.
_DOMAIN_IN_SOURCE = re.compile(_DOMAIN)
#: A web address right after a verb of saying ("..., reports timesofindia.com").
_DOMAIN_AFTER_CUE = re.compile(r"[ \t]{1,3}" + _DOMAIN)


def _name_before_cue(text: str, language: str, start: int, cue_start: int) -> str | None:
    """The capitalised words that end right before a verb of saying, if they read as its subject's name."""
    offset = max(start, cue_start - _CUE_SUBJECT_CHARS)
    window = text[offset:cue_start].rstrip()
    for _ in range(2):  # "Celltrion has confirmed", "SJ Label also said"
        last = window.rsplit(maxsplit=1)[-1:]
        if not last or (last[0] not in _SUBJECT_VERB_FILLERS and last[0] not in _FILLERS):
            break
        window = window[: len(window) - len(last[0])].rstrip()
    before = _CAPITALISED_RUN_END.search(window)
    if before is None:
        return None
    # "L'entourage d'Emmanuel Macron explique", "el ministro de Defensa aseguró": a complement.
    if (before.group("article") or "l")[0] in "dD" or _COMPLEMENT_LEAD.search(
        text, max(0, offset + before.start() - 24), offset + before.start()
    ):
        return None
    run_start, name = offset + before.start(2), before.group(2)
    words = name.split()
    for first in range(len(words) - 1, 0, -1):
        if not is_dictionary_word(words[first], language):
            # "- Bioprocess Insider Celltrion has confirmed": a headline runs into the sentence;
            # the name is the shortest tail of the run that holds a word no dictionary knows.
            run_start += len(name) - len(" ".join(words[first:]))
            name = " ".join(words[first:])
            break
    if language == "de" and _GERMAN_DETERMINER.search(text, max(0, run_start - 16), run_start):
        return None  # "Ihre Pressesprecherin hatte erklärt": a noun with its article, no name
    return name if _name_shaped(text, language, name, run_start) else None


def _name_shaped(text: str, language: str, name: str, position: int) -> bool:
    """Whether capitalised words at ``position`` read as a name (see :func:`_cue_subject`)."""
    words = name.split()
    first = words[0].casefold()
    pronoun_re, role_re = cues.pronoun_pattern(language), cues.role_pattern(language)
    if first in _NAME_STOPWORDS or (pronoun_re and pronoun_re.fullmatch(first)) or (role_re and role_re.search(name)):
        return False
    weekday_re = weekday_pattern(language)
    if weekday_re is not None and weekday_re.fullmatch(first):
        return False  # "the Turkish vice president said Wednesday": a day, no one speaking
    place = resolve_place(name, language)
    if place is not None and place.kind == "country":
        return False  # "le Canada a annoncé": a country acts, its government speaks
    unknown = any(not is_dictionary_word(word, language) for word in words)
    if not unknown and (language == "de" or _sentence_initial(text, position)):
        return False
    # A word the article also writes in lower case is a common word capitalised by position.
    return words[0].lower() not in _lower_case_words(text)


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (read once per article, however many quotes ask)."""
    return frozenset(word for word in _WORD.findall(text) if word.islower())


#: A definite article opening a phrase.
_LEADING_ARTICLE = re.compile(
    # A whole word: "lo" is no article of "local police", "den" none of "Denver police".
    r"^(?:(?:the|le|la|les|el|los|las|der|die|das|dem|den|des|il|lo)\s{1,2}|l['’]\s{0,2})",
    re.IGNORECASE,
)
#: A complementizer right after a verb of saying: the clause that follows is the content.
_COMPLEMENTIZER = re.compile(r"\s{0,3}(?:que|qu['’]|that|dass|che|że|iż)(?!\w)", re.IGNORECASE)


#: The one spoken to, named right after a verb of saying in Italian, Spanish or Polish ("ha detto al Detroit Free
#: Press", "dijo a Efe", "powiedział PAP" is left out: the case ending, not a preposition, marks it).
_DATIVE_AFTER_CUE = re.compile(
    r"\s{1,2}(?:al|alla|allo|ai|agli|alle|all['’]|a\s{1,2}la|a\s{1,2}los|a\s{1,2}las|a)\s{0,2}"
    r"(?:[A-ZÀ-Ý][\w.&'’-]{0,30}\s{0,2}){1,5}"
)


#: A preposition right after a verb of saying in a pro-drop language: a complement follows, no subject
#: ("scrisse all'epoca", "dijo en un comunicado", "powiedział w rozmowie").
_COMPLEMENT_AFTER_CUE = re.compile(
    r"\s{1,2}(?:(?:all|dell|nell|sull|dall)['’]|(?:in|nel|nella|nei|nelle|con|su|sul|sulla|per|da|dal|dalla|durante|"
    r"dopo|en|por|para|desde|tras|ante|sobre|w|we|na|podczas|przez|po)\s)",
    re.IGNORECASE,
)


def _names_someone_else(text: str, language: str, start: int, end: int, cue_match: re.Match[str]) -> bool:
    """Whether the clause's subject is a common noun ("officials said"), not a pronoun or nothing."""
    pronoun_re, role_re = cues.pronoun_pattern(language), cues.role_pattern(language)
    if cue_match.group(0).strip().casefold() in cues.SOURCE_PREPOSITIONS:
        # "selon leur comité", "according to officials": the source is the phrase right after the preposition.
        source = text[cue_match.end() : min(end, cue_match.end() + 40)]
        head = _WORD.findall(source)[:2]
        described = _LEADING_ARTICLE.sub("", source.lstrip())  # "selon le secrétaire d'État": a role
        if not head or head[0].casefold() in cues.OBJECT_PRONOUNS or (role_re and role_re.match(described)):
            return False
        return language not in ("zh", "ar")
    clause = text[start:end]
    if language in _SUBJECT_LAST_LANGUAGES:
        # '"...", diyerek hakaret etmeye başladı': the verb ends its clause; what follows it goes on with the
        # sentence, and only words between the quote and the verb could name its subject.
        clause = text[start : cue_match.start()]
    elif _COMPLEMENTIZER.match(text, cue_match.end(), end):
        # '"...", y asegura que su grupo exigirá ...': what follows "que" is what was said, not who said it.
        clause = text[start : cue_match.end()]
    if language in _PRO_DROP and cue_match.start() > start:
        # "En ese sentido, destacó que «...»": a phrase set off by a comma before a subject-less verb
        # is no subject; only the words after the last comma before the verb may name one.
        comma = text.rfind(",", start, cue_match.start())
        if comma >= 0:
            clause = text[comma + 1 : end]
    if language in _PRO_DROP and _COMPLEMENT_AFTER_CUE.match(text, cue_match.end(), end):
        # '"...", scrisse all'epoca', '"...", dijo en la rueda de prensa': a complement after a subject-less
        # verb names no subject; only the words before the verb may.
        clause = text[start : cue_match.end()]
    dative = _DATIVE_AFTER_CUE.match(text, cue_match.end(), end) if language in _PRO_DROP else None
    if dative is not None:
        # '"...", ha detto al Detroit Free Press': the one spoken to, named after the verb, is no subject.
        clause = clause.replace(dative.group(0), " ", 1)
    if (
        (pronoun_re and pronoun_re.search(clause))
        or (role_re and role_re.search(clause))
        or _INVERTED_SINGULAR.search(clause)
    ):
        return False  # "he said", "the minister added": the person in focus
    cue_re = cues.cue_pattern(language)
    leftover = cue_re.sub(" ", clause) if cue_re else clause.replace(cue_match.group(0), " ")
    words = [w for w in _WORD.findall(leftover) if not w.isdigit()]
    # A weekday or a short adverb beside the cue does not name a speaker.
    content = [w for w in words if w.lower() not in _FILLERS and len(w) > 3]
    return len(content) > 0 and language not in ("zh", "ar")


# --- Reported speech ------------------------------------------------------------------------------------------------


def _overlaps_quote(spans: Sequence[_Span], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a direct quote's marks; ``spans`` are sorted and do not overlap."""
    index = bisect.bisect_right(spans, start, key=lambda s: s.open_start) - 1
    for span in spans[max(0, index) : index + 2 + (end - start) // 2]:
        if span.open_start < end and start < span.close_end:
            return True
        if span.open_start >= end:
            break
    return False


#: The French impersonal subject right before a conditional cue ("On aurait dit que": "it looked as if").
_IMPERSONAL_ON = re.compile(r"(?<!\w)on\s{1,3}$", re.IGNORECASE)


def _reported(
    text: str, language: str, speakers: Sequence[NamedMention], spans: Sequence[_Span], holders: Sequence[_Holder] = ()
) -> list[Quote]:
    pattern = cues.reported_pattern(language)
    if pattern is None:
        return []
    found: list[Quote] = []
    for match in pattern.finditer(text):
        if _overlaps_quote(spans, match.start(), match.start() + 1):
            continue
        if (
            match.groupdict().get("mood_unread") is not None
            and not _german_subjunctive_clause(text, match.end())
            and not (_GERMAN_INTENT_CUE.search(match.group(0)) and _german_infinitive_clause(text, match.end()))
        ):
            continue  # "sagte, er kommt": a clause in the indicative after the comma is the writer's
        conditional = match.group(0).casefold().startswith("aurait")
        if conditional and _IMPERSONAL_ON.search(text, max(0, match.start() - 6), match.start()):
            continue  # "on aurait dit que ...": "it was as if", nobody said anything
        _report(text, language, speakers, spans, holders, found, match, match.end())
    if language in PARSED_LANGUAGES:
        # What the patterns cannot read past ("X, a former chief of staff, said Y's position changed").
        clauses = [(q.start, q.end) for q in found]
        quoted = [(span.open_start, span.close_end) for span in spans]
        for parsed in parsed_reports(text, language, [start for start, _ in clauses], quoted):
            if _overlaps_quote(spans, parsed.cue_start, parsed.clause_start + 1) or any(
                start <= parsed.clause_start < end or parsed.cue_start <= start < parsed.clause_start
                for start, end in clauses
            ):
                continue
            cue = _WHOLE_STRETCH.match(text, parsed.cue_start, parsed.cue_end)
            if cue is not None:
                speaker = _parsed_subject(text, parsed, speakers)
                _report(text, language, speakers, spans, holders, found, cue, parsed.clause_start, speaker)
        found.sort(key=lambda quote: quote.start)
    return found


#: German verbs of announcing, promising and calling on someone, whose reported words may be an infinitive
#: clause ("kündigte an, die Maßnahmen zu verlängern", "rief die Bürger dazu auf, zu Hause zu bleiben").
_GERMAN_INTENT_CUE = re.compile(
    r"^(?:kündigt|angekündigt|versprach|verspricht|versprochen|rief|ruft|aufgerufen|forderte|fordert|drohte|droht|"
    r"appellierte|appelliert|warf|wirft|werfen)",
    re.IGNORECASE,
)
#: The last word of an infinitive clause: "zu" and the verb, or the verb with "zu" inside (abzuschaffen).
_INFINITIVE_END = re.compile(r"(?:\bzu\s[a-zäöüß]{2,30}|\b[a-zäöüß]{2,12}zu[a-zäöüß]{2,20}en)\s{0,2}$")
#: How far an infinitive clause's end is looked for.
_INFINITIVE_REACH = 300


def _german_infinitive_clause(text: str, start: int) -> bool:
    """Whether the German clause at ``start`` is an infinitive clause running to its sentence's end."""
    reach = min(len(text), start + _INFINITIVE_REACH)
    end = _SENTENCE_END.search(text, start, reach)
    if end is None and reach < len(text):
        return False
    return _INFINITIVE_END.search(text, start, end.start() if end is not None else reach) is not None


#: A German clause's verb in Konjunktiv I stands among its first this many words.
_SUBJUNCTIVE_REACH_WORDS = 8
#: Lower-case words ending in -e that the dictionary lists as verb forms but that open clauses as other words.
_NOT_SUBJUNCTIVE = frozenset(["ohne", "gerne", "bitte", "danke", "habe"])


def _german_subjunctive_clause(text: str, start: int, end: int | None = None) -> bool:
    """Whether the German clause at ``start`` (ending by ``end``) has a verb in Konjunktiv I among its first words.

    A third person singular Konjunktiv I is the stem plus -e ("untergrabe", "fordere", "gelte"): a
    lower-case word (nouns are capitalised) that the dictionary lists under an infinitive its form
    without the -e begins; "ich" before it makes it the indicative of the first person.
    """
    mapping = dictionary("de")
    previous = ""
    for count, match in enumerate(_WORD.finditer(text, start, min(len(text) if end is None else end, start + 200))):
        if count >= _SUBJUNCTIVE_REACH_WORDS:
            break
        word = match.group()
        if (
            len(word) > 3
            and text[match.start() - 1 : match.start()] not in _WORD_JOINERS  # "Nach\xadfrage": a noun's end
            and word.endswith("e")
            and word.islower()
            and word not in _NOT_SUBJUNCTIVE
            and previous.casefold() != "ich"
        ):
            infinitive = mapping.get(word.encode(), b"").decode()
            # The infinitive is the form plus -n ("gelte": gelten), the form with -n for its -e ("fordere":
            # fordern) or with -eln for -le ("handle": handeln); "seine" under "sein", "eine" under "ein" are
            # determiners.
            if infinitive in (word + "n", word[:-1] + "n", word[:-2] + "e" + word[-2] + "n"):
                return True
        previous = word
    return False


#: Characters that join a word to the one before it: what follows is no word of its own.
_WORD_JOINERS = frozenset("\xad-")


#: Matches any stretch it is given: a parsed verb of saying as the ``re.Match`` the cue patterns give.
_WHOLE_STRETCH = re.compile(r"[\s\S]+")


def _parsed_subject(
    text: str, parsed: ParsedReport, speakers: Sequence[NamedMention]
) -> tuple[str | None, str | None] | None:
    """The speaker the parse's subject settles, else None (the subject is left to :func:`_report`'s reading).

    A plural common noun ("officials said", "las autoridades dicen que") is no one person: no speaker; but
    "police", plural only in grammar, is a body, left to that reading.
    A name is the mention it falls in, wherever that stands before the verb ("Tuckerman Babcock, a former
    chief of staff of Mike Dunleavy, said": Babcock, not the name nearest the verb).
    """
    if parsed.subject_kind == "plural":
        if text[parsed.subject_start : parsed.subject_end].casefold() in _GENERIC_BODIES:
            return None  # "Montgomery County police said": a body, plural only in grammar
        return None, None
    if parsed.subject_kind == "name":
        upto = bisect.bisect_right(speakers, parsed.subject_start, key=lambda s: s.start)
        for mention in reversed(speakers[max(0, upto - 3) : upto]):
            if mention.start <= parsed.subject_start < mention.end and not mention.quoted:
                return mention.name, mention.entity_id
    return None


def _report(
    text: str,
    language: str,
    speakers: Sequence[NamedMention],
    spans: Sequence[_Span],
    holders: Sequence[_Holder],
    found: list[Quote],
    match: re.Match[str],
    clause_start: int,
    given_speaker: tuple[str | None, str | None] | None = None,
) -> None:
    """Add to ``found`` the clause reported by the verb of saying ``match`` from ``clause_start``, with its speaker.

    ``given_speaker``, where the parse has settled it, is taken instead of reading the words before the verb.
    """
    end_match = _SENTENCE_END.search(text, clause_start, min(len(text), clause_start + _MAX_REPORTED_CHARS))
    clause_end = end_match.start() if end_match else min(len(text), clause_start + _MAX_REPORTED_CHARS)
    mark = _ANY_QUOTE_MARK.search(text, clause_start, clause_end)
    while mark is not None and (fragment_end := _quoted_fragment_end(text, mark.start(), clause_end)) is not None:
        # 'aseguró que no pasará “nada” cuando vuelva': a word or two quoted inside the clause is part of it.
        mark = _ANY_QUOTE_MARK.search(text, fragment_end, clause_end)
    clause_end = mark.start() if mark else clause_end  # a stray mark ends the reported clause
    clause_start, clause_end = _strip(text, clause_start, clause_end)
    if clause_end - clause_start < 10 or _overlaps_quote(spans, clause_start, clause_end):
        return
    lead_start = max(0, match.start() - 12)
    conjunction = _CONJUNCTION_END.search(text[lead_start : match.start()].rstrip())
    # The clause that runs up to this verb, if any: ``found`` is in text order for the patterns' clauses,
    # but the parse's come after all of them, so the last one found may lie further on.
    before = [index for index, quote in enumerate(found) if quote.start < match.start() < quote.end]
    if conjunction and before:
        # "X dijo que A, pero reconoció que B": the second verb shares the first one's subject;
        # the first clause ends at the conjunction.
        first = found[before[-1]]
        first_end = _strip(text, first.start, lead_start + conjunction.start())[1]
        while first_end > first.start and text[first_end - 1] in ",;":
            first_end -= 1
        found[before[-1]] = replace(first, text=text[first.start : first_end], end=first_end)
        found.append(
            Quote(
                text[clause_start:clause_end],
                clause_start,
                clause_end,
                first.speaker,
                first.speaker_id,
                match.group(0).strip(),
                "indirect",
            )
        )
        return
    name, entity_id = (
        given_speaker if given_speaker is not None else _reported_speaker(text, language, speakers, holders, match)
    )
    if (
        name is None
        and given_speaker is None
        and language in _PRO_DROP
        and not cues.is_plural_cue(language, match.group(0).split()[0])  # "Señalaron que": a group
    ):
        name, entity_id = _pro_drop_continuation(text, found, match)
    cue = match.group(0).strip()
    found.append(Quote(text[clause_start:clause_end], clause_start, clause_end, name, entity_id, cue, "indirect"))


#: Farthest a pro-drop verb of saying may stand from the reported clause before it and still go on with it.
_CONTINUATION_CHARS = 400


def _pro_drop_continuation(text: str, found: Sequence[Quote], match: re.Match[str]) -> tuple[str | None, str | None]:
    """The speaker of the reported clause just before a subject-less verb of saying ("El gobierno de Zacatecas
    informó que ... . En un comunicado, describió que ..."): an organisation's statement goes on, where no
    person is in focus. (None, None) when the verb has words of a subject before it or nothing precedes it."""
    sentence_start = _clause_before(text, match.start(), 0)
    if len(_WORD.findall(text, sentence_start, match.start())) > _PRO_DROP_SUBJECT_WORDS:
        return None, None
    previous = [q for q in found if q.end <= match.start()]
    if not previous or previous[-1].speaker is None or match.start() - previous[-1].end > _CONTINUATION_CHARS:
        return None, None
    return previous[-1].speaker, previous[-1].speaker_id


#: Most words of a quoted fragment inside a reported clause ("she is “proud” of them").
_FRAGMENT_WORDS = 4


def _quoted_fragment_end(text: str, opening: int, limit: int) -> int | None:
    """Where the few quoted words opening at ``opening`` end (after their closing mark), if the clause goes on
    after them; None for a longer quotation, an unclosed mark, or marks that end the clause."""
    closing = _ANY_QUOTE_MARK.search(text, opening + 1, min(limit, opening + 1 + _FRAGMENT_WORDS * 20))
    if closing is None or not 0 < len(_WORD.findall(text, opening + 1, closing.start())) <= _FRAGMENT_WORDS:
        return None
    if not _WORD.search(text, closing.end(), limit):
        return None  # the fragment ends the clause: the words before it are the clause, as before
    return closing.end()


def _reported_speaker(
    text: str, language: str, speakers: Sequence[NamedMention], holders: Sequence[_Holder], match: re.Match[str]
) -> tuple[str | None, str | None]:
    """Who the verb of saying ``match`` has as its subject, read from the words before it (and, in German, after)."""
    inverted = match.groupdict().get("inverted")
    if inverted is not None:
        # "señala Saldarriaga que ...": the subject stands between the verb and "que".
        named = _nearest(speakers, match.start("inverted"), match.end("inverted"), match.start("inverted"))
        if named is not None:
            return named.name, named.entity_id
        return inverted, None
    sentence_start = max(_clause_before(text, match.start(), 0), match.start() - _CONTEXT)
    # German puts the subject after the verb when the sentence opens on something else
    # ("Zugleich beschwerte sich Fontana, dass ..."): it is read up to the comma.
    subject_end = match.end() if language == "de" else match.start()
    # "..., alongside Peter Weber, the magazine announced the cover ...": the description after
    # the last comma is the subject, not a name earlier in the sentence.
    speaker, sentence_start = _subject_of_cue(text, language, speakers, sentence_start, subject_end, match.start())
    if speaker is not None and speaker.end <= match.start():
        pronoun = _pronoun_subject(text, language, speaker.end, match.start())
        if pronoun is not None:
            # "... the trial of President Donald Trump, but she says it is": the pronoun between the name and the
            # verb is the subject, and points to the person in focus of its gender.
            return _focus(speakers, match.start(), None, cues.pronoun_gender(language, pronoun))
    if language == "de":
        if (
            speaker is not None
            and speaker.start > match.start()
            and cues.is_plural_cue(language, match.group(0).split()[0])
            and _GERMAN_AGENT_BEFORE.search(text, max(0, speaker.start - 8), speaker.start)
        ):
            return None, None  # "sagten die von Reuters befragten Analysten, dass": unnamed people, polled by a name
        pronoun_after = _GERMAN_PRONOUN_AFTER_VERB.match(text, match.start())
        if pronoun_after is not None and not cues.is_plural_cue(language, pronoun_after.group("verb")):
            # "Außerdem sagte er, ...", "Zudem rechnet sie damit, dass ...": the pronoun after the verb is its
            # subject, the person in focus of its gender, not a name earlier in the sentence or its object after
            # it ("wirft er dem Intendanten Wilhelm vor, ...").
            pronoun_gender = "m" if pronoun_after.group("pronoun").casefold() == "er" else "f"
            return _focus(speakers, match.start(), None, pronoun_gender)
    institution = _institution_before(text, language, sentence_start, match.start())
    if institution is not None and speaker is not None and speaker.end <= institution.start:
        # "[headline naming X] El gobierno de Zacatecas informó que": the description right before the verb is
        # its subject, not a name further back.
        return _particular(institution.name, speakers, match.start()), None
    subject = text[sentence_start : match.start()]
    pronoun_re, role_re = cues.pronoun_pattern(language), cues.role_pattern(language)
    # A role word inside the subject's own name ("Prince George's County Police said") is no role; one before
    # or after it is ("el líder de Los Verdes expresó").
    role_start = match.start() - len(subject[-60:])
    role_words = (
        subject[-60:]
        if speaker is None or speaker.start < role_start
        else f"{text[role_start : speaker.start]} {text[speaker.end : match.start()]}"
    )
    by_role = bool(role_re and role_re.search(role_words))
    name: str | None
    plural_re = cues.plural_pronoun_pattern(language)
    if speaker is None and plural_re and plural_re.match(subject.lstrip(' "“”«»')):
        name, entity_id = None, None  # "They opened the letter to the chairman, saying that": a group
    elif speaker is not None and (speaker.is_person or not by_role):
        name, entity_id = speaker.name, speaker.entity_id
    elif by_role and _POSSESSED_ROLE.search(role_words):
        name, entity_id = None, None  # "Ihre Pressesprecherin hatte erklärt, ...": an aide the article leaves unnamed
    elif by_role or (pronoun_re and pronoun_re.search(subject[-40:])):
        # "El líder de Los Verdes expresó que": the role's holder, the person in focus.
        gender = None if by_role else cues.pronoun_gender(language, subject[-20:])
        held = _by_role(text, language, match.start() - len(subject[-60:]), match.start(), holders) if by_role else None
        name, entity_id = held or _focus(speakers, match.start(), None, gender)
    elif speaker is None and _neuter_subject(text, language, sentence_start, match.start()):
        name, entity_id = _organisation_in_focus(speakers, match.start(), None)  # "It said the plan ..."
    elif speaker is None and _ends_on_organisation(language, subject):
        # "At the time the firm said the plan was ...": the organisation named before.
        described_start = match.start() - len(subject[-_DESCRIBED_SUBJECT_CHARS:])
        organisation = _described_organisation(text, language, described_start, match.start(), speakers)
        name, entity_id = (organisation.name, organisation.entity_id) if organisation else (None, None)
    elif (
        language in _PRO_DROP
        and len(_WORD.findall(subject)) <= _PRO_DROP_SUBJECT_WORDS
        and not cues.is_plural_cue(language, match.group(0).split()[0])
    ) or (language == "de" and subject.strip().casefold() in _GERMAN_ELLIPSIS and match.group(0).endswith("dass ")):
        # "De igual forma, informó que ...", "Señaló que ...": the verb alone, the person in focus. German
        # leaves the subject out after "Und" ("Und kündigt an, dass ..."): the previous sentence's goes on.
        name, entity_id = _focus(speakers, match.start(), None)
    else:
        organisation = _organisation_by_noun(text, language, sentence_start, match.start(), match, speakers)
        if organisation is not None:  # "Police said the officer was placed on leave"
            name, entity_id = organisation.name, organisation.entity_id
        else:
            # "Celltrion has confirmed it will ...": a name the entity finder missed, right before the verb.
            name = _cue_subject(text, language, sentence_start, match.start(), match, inverted=False)
            entity_id = None
    if name is None and institution is not None:
        # "La préfecture a indiqué que ...", "Die Polizei teilte mit, ...": an institution speaking as such.
        name = _particular(institution.name, speakers, match.start())
    if name is None and language == "de":
        verb = _WORD.match(text, match.start())  # "..., teilte die Polizei mit, ..."
        name = _particular(
            _institution_after(text, language, verb.end(), match.end()) if verb else None, speakers, match.start()
        )
    return name, entity_id


#: A German description of a person by their post in an organisation named after it ("der Arzneimittelexperte des
#: WIdO", "die Sprecherin der Stadtwerke"): the compound's end is a person's noun.
_GERMAN_MEMBER_OF = re.compile(
    r"(?<!\w)(?:der|die)\s{1,2}(?:[A-ZÄÖÜ][a-zäöüß]{0,25})?(?:[Ee]xpert(?:e|in)|[Ss]precher(?:in)?|[Cc]hef(?:in)?|"
    r"[Ll]eiter(?:in)?|[Dd]irektor(?:in)?|[Vv]orsitzende|[Pp]räsident(?:in)?)\s{1,2}(?:des|der)\s"
)
#: "von" right before a name: the agent of a participle ("die von Reuters befragten Analysten"), not a subject.
_GERMAN_AGENT_BEFORE = re.compile(r"(?<!\w)von\s{1,2}$")
#: A German verb with its subject pronoun after it, an adverb or two between ("sagte er", "betonte zudem sie").
_GERMAN_PRONOUN_AFTER_VERB = re.compile(
    r"(?P<verb>\w+)(?:\s{1,2}(?:[a-zäöüß]+))?\s{1,2}(?P<pronoun>er|sie)(?=[\s,])", re.IGNORECASE
)


def _pronoun_subject(text: str, language: str, start: int, verb_start: int) -> str | None:
    """The singular subject pronoun right before a verb at ``verb_start`` (after ``start``), if one stands there.

    One lower-case word may come between ("she also says"), no punctuation; a plural pronoun is no person's.
    """
    pronoun_re = cues.pronoun_pattern(language)
    if pronoun_re is None or language in _NO_PRONOUN_LOOKBACK:
        return None
    found = list(pronoun_re.finditer(text, max(start, verb_start - _PRONOUN_REACH), verb_start))
    if not found:
        return None
    last = found[-1]
    plural_re = cues.plural_pronoun_pattern(language)
    if plural_re is not None and plural_re.fullmatch(last.group(0)):
        return None
    between = text[last.end() : verb_start].split()
    if len(between) > 1 or (between and not (between[0].isalpha() and between[0].islower())):
        return None
    return last.group(0)


#: How far before a verb its pronoun subject is looked for ("she also says").
_PRONOUN_REACH = 20
#: Languages whose pronoun list holds words that are also other words ("o", "on", "sie" as "you").
_NO_PRONOUN_LOOKBACK = frozenset(["tr", "pl", "de", "zh", "ar"])
#: A role noun after a possessive determiner, closing a subject ("his spokesman", "Ihre Pressesprecherin"): someone
#: working for the person in focus, not that person.
_POSSESSED_ROLE = re.compile(
    r"(?<!\w)(?:his|her|their|its|sein|seine|seiner|ihr|ihre|ihrer|son|sa|ses|leur|leurs|su|sus)\s{1,2}"
    r"(?:[\w-]{1,25}\s{1,2})?[\w-]{1,30}\s{0,2}$",
    re.IGNORECASE,
)
#: German sentence openers after which a verb goes on with the previous sentence's subject ("Und kündigt an").
_GERMAN_ELLIPSIS = frozenset(["und", "aber", "doch", "und auch"])


def _ends_on_organisation(language: str, subject: str) -> bool:
    """Whether a clause's subject ends on a definite description of an organisation ("the firm", "el club")."""
    pattern = cues.organisation_pattern(language)
    tail = subject[-_DESCRIBED_SUBJECT_CHARS:]
    # One adverb may stand before the verb ("the company also announced", "el club también informó").
    return pattern is not None and any(
        not tail[m.end() :].strip(" ,") or _one_adverb(tail[m.end() :]) for m in pattern.finditer(tail)
    )


def _one_adverb(words: str) -> bool:
    """Whether ``words`` are one adverb that leaves the subject before it the verb's ("also", "también")."""
    split = words.split()
    return len(split) == 1 and split[0] in _SUBJECT_ADVERBS


#: Adverbs that stand between a subject and its verb without changing who speaks.
_SUBJECT_ADVERBS = frozenset(
    [
        *("also", "later", "then", "earlier", "previously", "recently", "further", "now", "subsequently"),
        *("separately", "también", "además", "luego", "anche", "poi", "inoltre"),
    ]
)
#: A definite description as the whole subject after a comma (", the magazine announced", ", el club explicó").
_DESCRIBED_SUBJECT = re.compile(
    r"[,;]\s{1,2}(?:the|this|le|la|l['’]|ledit|ladite|cette|ce|el|dicho|dicha|der|die|das)\s{0,2}"
    r"[a-zà-ÿ][\w-]{1,20}(?:\s{1,2}[a-zà-ÿ][\w-]{1,20})?\s{1,2}$"
)
#: How far before its verb such a description is looked for.
_DESCRIBED_SUBJECT_CHARS = 60


def _subject_of_cue(
    text: str, language: str, speakers: Sequence[NamedMention], start: int, end: int, cue_start: int
) -> tuple[NamedMention | None, int]:
    """The named subject of a verb of saying at ``cue_start`` in [start, end), and where its clause starts.

    A definite description after the last comma ("..., the magazine announced") is the subject and starts
    the clause; otherwise the name nearest the verb (or the person a relative clause describes) is.
    """
    if language == "zh" and text[max(start, cue_start - 1) : cue_start] in ("，", ","):
        # "西达拉迈亚周三…批评总理莫迪，称“…”": a verb after a comma goes on with the sentence's subject, the first
        # person named in it, not the object named last.
        first_person = _first_person(speakers, start, cue_start)
        if first_person is not None:
            return first_person, start
    described = _described_subject(text, speakers, start, cue_start)
    start = start if described is None else described
    speaker = _relative_head(text, speakers, start, _nearest(speakers, start, end, cue_start, text), language)
    if speaker is not None and speaker.oblique and not speaker.is_person:
        # "... outside the top 10 of the ICC's rankings ... and admits he "...": a person's pronoun beside the
        # verb is its subject, not the organisation in a complement ("El comunicado del CD de Xerez señala" is).
        pronoun_re = cues.pronoun_pattern(language)
        if pronoun_re is not None and pronoun_re.search(text, max(start, cue_start - 12), min(end, cue_start + 24)):
            speaker = None
    if speaker is None and described is not None:
        speaker = _described_organisation(text, language, start, cue_start, speakers)
    return speaker, start


def _described_subject(text: str, speakers: Sequence[NamedMention], floor: int, verb_start: int) -> int | None:
    """Where a definite description that is the verb's whole subject starts (from its comma), if there is one.

    ", the magazine announced", ", ladite fondation a fait savoir": nobody is named between it and
    the verb, so a name earlier in the sentence is not the subject. None when there is no such description.
    """
    found = _DESCRIBED_SUBJECT.search(text, max(floor, verb_start - _DESCRIBED_SUBJECT_CHARS), verb_start)
    if found is None or _people_between(speakers, found.start(), verb_start):
        return None
    return found.start()


#: Quoted pairs beyond which a text is scanned for framing verbs once rather than once per pair.
_PARTIAL_SCAN_ONCE = 200
#: Most words in a partial quote, a phrase quoted inside the writer's own sentence.
_PARTIAL_MAX_WORDS = _MIN_UNATTRIBUTED_WORDS - 1
#: Most words between the verb that attributes a partial quote and its opening mark.
_PARTIAL_GAP_WORDS = 12
#: Most words before a pro-drop verb that opens its sentence ("Zadeklarował, że będzie to „...”").
_PRO_DROP_LEAD_WORDS = 2


def _partial_quotes(
    text: str,
    language: str,
    pairs: Sequence[_Span],
    taken: Sequence[tuple[int, int]],
    speakers: Sequence[NamedMention],
    holders: Sequence[_Holder],
) -> list[QuoteSite]:
    """Short quoted phrases that the subject of their sentence is said to have used.

    'Braulick says he was left "shaken up"', "l'Institution juge la requête « mal fondée »":
    a verb of saying or framing comes before the phrase in its sentence, and its subject (a
    name, a role's holder, or the person a pronoun points to) speaks. A phrase no one is said
    to have used (the writer's scare quotes, a term, a title) stays out.
    """
    verb_re = cues.framing_pattern(language)
    if verb_re is None:
        return []
    extents = _Extents(taken)
    found: list[QuoteSite] = []
    # A text of very many quoted pairs (hostile input) is scanned for verbs once, not once per pair: the same
    # verbs, found in one pass, whatever their number.
    verbs_once = list(verb_re.finditer(text)) if len(pairs) > _PARTIAL_SCAN_ONCE else None
    verb_ends = [match.end() for match in verbs_once] if verbs_once is not None else []
    for span in pairs:
        if span.chain is not None or _in_capitals(text, span.start, span.end):
            continue
        words = len(_WORD.findall(text, span.start, span.end))
        if not 0 < words <= _PARTIAL_MAX_WORDS or extents.overlap(span.open_start, span.close_end):
            continue
        if _NAMED_RIGHT_AFTER.search(text, max(0, span.open_start - 40), span.open_start) or _name_like(text, span):
            continue
        if _kind_named(text, language, span):
            continue
        sentence_start = _clause_before(text, span.open_start, 0)
        verb = None
        if verbs_once is not None:
            last = bisect.bisect_right(verb_ends, span.open_start) - 1
            verb = verbs_once[last] if last >= 0 and verbs_once[last].start() >= sentence_start else None
        else:
            for match in verb_re.finditer(text, sentence_start, span.open_start):
                verb = match  # the last verb before the phrase governs it
        if verb is not None and len(_WORD.findall(text, verb.end(), span.open_start)) > _PARTIAL_GAP_WORDS:
            verb = None
        if verb is None and language == "de":
            # German puts the participle last ("hat die Lage als «sehr besorgniserregend» bezeichnet").
            verb = _GERMAN_FRAMING_AFTER.match(text, span.close_end)
        if verb is None:
            continue
        name, entity_id = _partial_speaker(text, language, sentence_start, verb, span, speakers, holders)
        if name is None:
            continue
        body = text[span.start : span.end]
        quote = Quote(body, span.start, span.end, name, entity_id, verb.group(0).strip(), "direct")
        found.append(QuoteSite(quote, span.open_start, span.close_end))
    return found


#: A German framing verb right after a quoted phrase: the participle that ends the clause ("als «...» bezeichnet")
#: or the verb of an inverted main clause ("«...» wertete er"). Not "genannt": a name given ("der «X» genannte Ort").
_GERMAN_FRAMING_AFTER = re.compile(
    r"\s{0,3}(?:bezeichnet|bezeichnete|gewertet|wertete|kritisiert|gelobt|verurteilt)(?!\w)",
    re.IGNORECASE,
)
#: Echoed phrases are matched on runs of at most this many words (a headline's quote is short).
_ECHO_MAX_WORDS = 12
#: An echoed phrase needs at least this many words: two words ("très rapide", "film noir") are as
#: often the writer's term that a speaker also used.
_ECHO_MIN_WORDS = 3


def _echoes(text: str, pairs: Sequence[_Span], quotes: list[Quote], marks: list[tuple[int, int]]) -> None:
    """Give quoted words that repeat someone's quote elsewhere in the article that person's name.

    "Michel Barnier ‘not optimistic’ deal ..." above '“I have to say I’m not optimistic ...,”
    Mr Barnier told reporters': a headline or summary that quotes words said in the body
    quotes their speaker. Quotes left to nobody take the speaker; short phrases left out as
    titles are kept when their words are someone's. Words that two speakers both said stay
    as they are. Matching looks up word runs in a table of the attributed quotes' runs, so
    the cost stays linear in the quotes' length.
    """
    said: dict[tuple[str, ...], set[tuple[str, str | None]]] = {}
    for quote in quotes:
        if quote.speaker is None or quote.kind != "direct":
            continue
        words = [w.casefold() for w in _WORD.findall(quote.text)]
        for size in range(_ECHO_MIN_WORDS, _ECHO_MAX_WORDS + 1):
            for first in range(len(words) - size + 1):
                said.setdefault(tuple(words[first : first + size]), set()).add((quote.speaker, quote.speaker_id))
        if len(words) > _ECHO_MAX_WORDS:
            said.setdefault(tuple(words), set()).add((quote.speaker, quote.speaker_id))

    def speaker_of(start: int, end: int) -> tuple[str, str | None] | None:
        words = tuple(w.casefold() for w in _WORD.findall(text, start, end))
        if len(words) < _ECHO_MIN_WORDS:
            return None
        found = said.get(words)  # runs up to the limit, whole quotes beyond it
        return next(iter(found)) if found is not None and len(found) == 1 else None

    for index, quote in enumerate(quotes):
        if quote.speaker is None and quote.kind == "direct":
            echoed = speaker_of(quote.start, quote.end)
            if echoed is not None:
                quotes[index] = replace(quote, speaker=echoed[0], speaker_id=echoed[1])
    taken = _Extents(marks)
    for span in pairs:
        if span.chain is not None or taken.overlap(span.open_start, span.close_end) or _name_like(text, span):
            continue
        if _NAMED_RIGHT_AFTER.search(text, max(0, span.open_start - 40), span.open_start):
            continue
        echoed = speaker_of(span.start, span.end)
        if echoed is not None:
            quote = Quote(text[span.start : span.end], span.start, span.end, echoed[0], echoed[1], None, "direct")
            _add_site(quotes, marks, QuoteSite(quote, span.open_start, span.close_end))


def _quoted_subheadings(
    text: str,
    language: str,
    pairs: Sequence[_Span],
    quotes: Sequence[Quote],
    marks: Sequence[tuple[int, int]],
    speakers: Sequence[NamedMention],
) -> list[QuoteSite]:
    """Quoted words in capitals set as a paragraph of their own: a subheading quoting the section's speaker.

    News agencies head a section with its speaker's words ("¶ "HAREKAT BAŞARIYLA DEVAM EDİYOR" ¶ Bakan Akar,
    ... dedi"). The speaker is the one of the section's first quote, within the next two paragraphs; else
    the person named in the next paragraph where that paragraph has a verb of saying; else nobody named.
    """
    taken = _Extents(list(marks))
    cue_re = cues.cue_pattern(language)
    by_start = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in by_start]
    found: list[QuoteSite] = []
    for span in pairs:
        if taken.overlap(span.open_start, span.close_end):
            continue
        if not (_own_paragraph(text, span) or _glued_between_sentences(text, span)):
            continue
        body = text[span.start : span.end]
        letters = [c for c in body if c.isalpha()]
        if len(letters) < _SUBHEADING_LETTERS or len(body.split()) < 2 or not all(c.isupper() for c in letters):
            continue
        paragraph_start, paragraph_end = _next_paragraph(text, span.close_end)
        section_end = _next_paragraph(text, paragraph_end)[1]
        following = bisect.bisect_left(starts, span.close_end)
        name: str | None = None
        entity_id: str | None = None
        if following < len(starts) and starts[following] < section_end:
            name, entity_id = by_start[following].speaker, by_start[following].speaker_id
        else:
            named = _first_person(speakers, paragraph_start, paragraph_end)
            if named is not None and cue_re is not None and cue_re.search(text, named.end, paragraph_end):
                name, entity_id = named.name, named.entity_id
        found.append(
            QuoteSite(
                Quote(body, span.start, span.end, name, entity_id, None, "direct"), span.open_start, span.close_end
            )
        )
    return found


def _glued_between_sentences(text: str, span: _Span) -> bool:
    """Whether a quote's marks touch a sentence's end before and the next sentence's first capital after.

    A scrape that drops a subheading's line breaks leaves it so: '... kaydetti.'GÖZLERİMİZİN ÖNÜNDE
    YATIYOR'Anne Gülsüm Özçelik ...'.
    """
    return (
        span.open_start > 0
        and text[span.open_start - 1] in ".!?"
        and span.close_end < len(text)
        and text[span.close_end].isupper()
    )


def _first_person(speakers: Sequence[NamedMention], start: int, end: int) -> NamedMention | None:
    """The first person named in [start, end) outside quotes, else None."""
    for index in range(bisect.bisect_left(speakers, start, key=lambda m: m.start), len(speakers)):
        mention = speakers[index]
        if mention.start >= end:
            break
        if mention.is_person and not mention.quoted:
            return mention
    return None


#: Fewest letters of a quoted subheading ("AKIL SAĞLIĞIM BOZUK").
_SUBHEADING_LETTERS = 8


def _next_paragraph(text: str, position: int) -> tuple[int, int]:
    """Where the first paragraph after the one holding ``position`` starts and ends (blank lines skipped)."""
    end = text.find("\n", position)
    if end < 0:
        return len(text), len(text)
    start = _strip(text, end, len(text))[0]
    next_end = text.find("\n", start)
    return start, len(text) if next_end < 0 else next_end


def _name_like(text: str, span: _Span) -> bool:
    """Whether quoted words are a name (every word capitalised: 'sagte er der "Rheinischen Post"')."""
    words = _WORD.findall(text, span.start, span.end)
    return len(words) > 1 and all(word[0].isupper() for word in words)


#: Languages whose press sets a quote off by a dash before its attribution ("... – powiedział X.").
_DASH_ATTRIBUTION_LANGUAGES = frozenset(["pl", "ru"])
#: A spaced dash inside a line: it may close a quote, with the verb of saying right after it.
_DASH_BEFORE_CUE = re.compile(r"[ \t][-–—][ \t]{1,3}(?=\w)")
#: A spaced dash opening a quote inside a paragraph, after the previous sentence ended.
_DASH_OPENING = re.compile(r"(?:(?<=[.!?:\"”»])|^)[ \t]{0,3}[-–—][ \t]{1,3}(?=\w)", re.MULTILINE)


#: An unopened quote before "– powiedział X" runs back to its paragraph's start when the paragraph is
#: this short (characters); further back, the paragraph is more likely the writer's and it takes one sentence.
_DASH_PARAGRAPH_CHARS = 300


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence that ends at ``end`` begins, at ``start`` or after it."""
    last = start
    for boundary in _SENTENCE_END.finditer(text, start, end):
        if text[boundary.end() : end].strip():
            last = boundary.end()
    return last


def _dash_attributed(
    text: str, language: str, marks: Sequence[tuple[int, int]], speakers: Sequence[NamedMention]
) -> list[QuoteSite]:
    """Quotes without quotation marks closed by a dash and a verb of saying (pl, ru).

    "- Nie ma zbawienia bez kobiety - dodał.", "Minister nie przytoczył dowodów – zauważył Igor
    Nikołajczuk.": the quote runs back to the dash that opened it, else to its paragraph's start.
    The speaker is named after the verb, or is the person in focus when the verb stands alone.
    """
    cue_re = cues.cue_pattern(language)
    if language not in _DASH_ATTRIBUTION_LANGUAGES or cue_re is None:
        return []
    extents = _Extents(marks)
    found: list[QuoteSite] = []
    floor = 0  # the end of the last quote found: the next one starts after it
    for dash in _DASH_BEFORE_CUE.finditer(text):
        cue = cue_re.match(text, dash.end())
        if cue is None or cue.group(0).casefold() in cues.SOURCE_PREPOSITIONS:
            continue
        paragraph = text.rfind("\n", max(0, dash.start() - MAX_QUOTE_CHARS), dash.start()) + 1
        start = max(floor, paragraph, extents.free_back(dash.start()))
        opened = False
        for opening in _DASH_OPENING.finditer(text, start, dash.start()):
            start, opened = opening.end(), True  # the last dash that opens a quote before this one
        if not opened and (start != paragraph or dash.start() - start > _DASH_PARAGRAPH_CHARS):
            # No opening dash, and the stretch is not a short paragraph of its own (a text scraped without
            # paragraph breaks, or one going on after another quote): the quote is the sentence before the dash.
            start = _last_sentence_start(text, start, dash.start())
        body_start, body_end = _strip(text, start, dash.start())
        floor = cue.end()  # each stretch of text is scanned once: the scan stays linear
        if not _long_enough(text[body_start:body_end]) or extents.overlap(body_start, body_end):
            continue
        tail_end = _clause_after(text, cue.end(), len(text))
        speaker = _nearest(speakers, cue.end(), tail_end, cue.end(), text)
        name: str | None
        entity_id: str | None
        if speaker is not None:
            name, entity_id = speaker.name, speaker.entity_id
        elif not _WORD.search(text, cue.end(), tail_end) or language in _PRO_DROP:
            name, entity_id = _focus(speakers, body_start, None)
        else:
            name, entity_id = None, None
        body = text[body_start:body_end]
        quote = Quote(body, body_start, body_end, name, entity_id, cue.group(0).strip(), "direct")
        found.append(QuoteSite(quote, body_start, body_end))
    return found


#: How far after someone's quote a sentence in Konjunktiv I still goes on with their reported words.
_KONJUNKTIV_REACH = 400


#: Words that point back to the source last named ("demnach", "den Angaben zufolge", "laut der Analyse"): the
#: sentence goes on with that source's report, in any mood.
_GERMAN_SAME_SOURCE = re.compile(
    r"(?<!\w)(?:demnach|den\s{1,2}Angaben\s{1,2}zufolge|nach\s{1,2}(?:seinen|ihren|deren|dessen)\s{1,2}Angaben|"
    r"(?:laut|nach)\s{1,2}(?:der|dem|des)\s{1,2}(?:Analyse|Studie|Bericht|Untersuchung|Mitteilung|Umfrage|Erhebung)|"
    r"(?:dem|der)\s{1,2}(?:Bericht|Analyse|Studie|Mitteilung|Umfrage|Erhebung)\s{1,2}zufolge)(?!\w)",
    re.IGNORECASE,
)


#: A German sentence opening on a subordinate clause ("Ob er komme, ...", "In welcher Form dies geschehen solle"),
#: whose Konjunktiv is the writer's indirect question or condition, not someone's words going on.
_GERMAN_SUBORDINATE_OPENING = re.compile(
    r"\s{0,3}(?:(?:in|mit|auf|zu|an|aus|von|bei|nach|für|unter|über)\s{1,2})?"
    r"(?:ob|wenn|falls|obwohl|obgleich|weil|da|dass|als|bevor|nachdem|während|sobald|solange|damit|wie|was|wer|"
    r"wo|warum|weshalb|wann|welche[rsmn]?)(?!\w)",
    re.IGNORECASE,
)


def _german_subjunctive_main_clause(text: str, start: int, end: int) -> bool:
    """Whether the German sentence [start, end) opens on a main clause in Konjunktiv I, before any comma
    ("Oxycodon zähle nicht zu ..."; not "Einige kritisieren, dass er wenig spende")."""
    if _GERMAN_SUBORDINATE_OPENING.match(text, start, end):
        return False
    comma = text.find(",", start, end)
    return _german_subjunctive_clause(text, start, end if comma < 0 else comma)


def _konjunktiv_continuations(
    text: str,
    language: str,
    quotes: Sequence[Quote],
    marks: Sequence[tuple[int, int]],
    speakers: Sequence[NamedMention],
) -> list[QuoteSite]:
    """German sentences in Konjunktiv I or II right after someone's quote: their reported words going on.

    '„...“, sagte er der „Rheinischen Post“. Die Abgabenlast müsse gerechter verteilt werden.': the
    mood alone says whose words these are, when nobody else is named in between.
    """
    if language != "de":
        return []
    extents = _Extents(marks)
    # A report by nobody named ("teilte die Polizei mit") goes on as well, still by nobody named.
    attributed = sorted((q for q in quotes if q.speaker is not None or q.cue is not None), key=lambda q: q.end)
    ends = [q.end for q in attributed]
    found: list[QuoteSite] = []
    for start, end in _free_sentences(text, extents, _POSTPOSED_MIN_CHARS):
        # Only near someone's quote is the mood read (the dictionary look-ups cost most).
        index = bisect.bisect_right(ends, start) - 1
        if index < 0 or start - ends[index] > _KONJUNKTIV_REACH:
            continue
        if not (
            cues.KONJUNKTIV_CLAUSE.match(text, start, end)
            or cues.KONJUNKTIV_II_CLAUSE.match(text, start, end)
            or _german_subjunctive_main_clause(text, start, end)
            or _GERMAN_SAME_SOURCE.search(text, start, end)
        ):
            continue
        last = attributed[index]
        # Those the attribution itself names ("sagte ein Sprecher des Außenbeauftragten Josep Borrell") are no one
        # else: count from the end of the last quote's sentence.
        closing = _SENTENCE_END.search(text, last.end, start)
        since = closing.end() if closing is not None else last.end
        if any(person.name != last.speaker for person in _people_between(speakers, since, start)):
            continue  # someone else named since: the mood no longer says whose words these are
        clause_start, clause_end = _strip(text, start, end)
        body = text[clause_start:clause_end]
        quote = Quote(body, clause_start, clause_end, last.speaker, last.speaker_id, None, "indirect")
        found.append(QuoteSite(quote, clause_start, clause_end))
        attributed.insert(index + 1, quote)  # the next sentence may go on from this one
        ends.insert(index + 1, quote.end)
    return found


class _Extents:
    """Extents of the quotes already found, for overlap tests in O(log n)."""

    def __init__(self, extents: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(extents)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the extents up to each one
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def overlap(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps any extent."""
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start

    def free_back(self, position: int) -> int:
        """The end of the last extent that starts before ``position`` (0 if none)."""
        index = bisect.bisect_left(self.starts, position) - 1
        return self.reach[index] if index >= 0 else 0

    def free_until(self, start: int, end: int) -> int:
        """Where the first extent inside [start, end) begins (``end`` if none); ``start`` if one covers it."""
        index = bisect.bisect_left(self.starts, start)
        if index > 0 and self.reach[index - 1] > start:
            return start
        return min(end, self.starts[index]) if index < len(self.starts) else end


def _partial_speaker(
    text: str,
    language: str,
    sentence_start: int,
    verb: re.Match[str],
    span: _Span,
    speakers: Sequence[NamedMention],
    holders: Sequence[_Holder],
) -> tuple[str | None, str | None]:
    """The subject of the verb that attributes a partial quote: who is said to have used the phrase."""
    cue = verb.group(0).strip().casefold()
    if _unnamed_subject(text, language, verb, "before", sentence_start, span.open_start):
        return None, None  # "Ein Freund von Tom Hagen sagte: „...“": someone unnamed
    if cue in _SOURCE_OR_IMPERSONAL or cues.is_plural_cue(language, cue):
        if cue not in cues.SOURCE_PREPOSITIONS:
            return None, None
        source = _nearest(speakers, verb.end(), span.open_start, verb.end(), text)  # "selon X, ... « ... »"
        return (source.name, source.entity_id) if source is not None else (None, None)
    subject = _nearest(speakers, sentence_start, verb.start(), verb.start(), text)
    subject = _relative_head(text, speakers, sentence_start, subject, language)
    if subject is not None and not _people_between(speakers, subject.end, verb.start())[1:]:
        return subject.name, subject.entity_id
    lead = text[max(sentence_start, verb.start() - 30) : verb.end() + 8]
    pronoun_re, role_re = cues.pronoun_pattern(language), cues.role_pattern(language)
    if role_re and role_re.search(lead):
        held = _by_role(text, language, max(sentence_start, verb.start() - 60), verb.start(), holders)
        if held is not None:
            return held
    pro_drop = language in _PRO_DROP and len(_WORD.findall(text, sentence_start, verb.start())) <= _PRO_DROP_LEAD_WORDS
    points = bool(pronoun_re and pronoun_re.search(lead)) or "-t-" in cue or pro_drop
    return _pointed_person(language, lead, points, speakers, sentence_start)


#: Reported speech with its attribution after it, for these languages ("Prices will rise, he said.").
_POSTPOSED_LANGUAGES = frozenset(["en", "fr", "de", "es"])
#: Most words after the comma in a post-posed attribution ("she said in a statement on Monday").
_POSTPOSED_TAIL_WORDS = 9
#: Most words in one that opens on its verb, which may say when and where before who ("a déclaré dimanche à
#: Berlin le ministre allemand de l'Intérieur").
_POSTPOSED_INVERTED_TAIL_WORDS = 15
#: A word as written between spaces ("co-dirigeant", "l'Intérieur").
_TOKEN = re.compile(r"\S+")
#: Fewest characters in a sentence read for a quote without marks.
_POSTPOSED_MIN_CHARS = 20
#: Fewest words in the reported clause before it.
_POSTPOSED_CLAUSE_WORDS = 3
#: Cues after which no person's reported words stand: a source ("selon X") or an impersonal form.
_SOURCE_OR_IMPERSONAL = cues.SOURCE_PREPOSITIONS | cues.IMPERSONAL_CUES
#: Most words before a pro-drop verb of saying with no subject of its own ("De igual forma, informó que").
_PRO_DROP_SUBJECT_WORDS = 3
#: Pro-drop languages, where the verb alone attributes ("..., señaló."): the person in focus speaks.
_PRO_DROP = frozenset(["es", "it", "pl"])


def _long_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without its outer white space, if it holds a reported clause's fewest words; else None."""
    clause_start, clause_end = _strip(text, start, end)
    if len(_WORD.findall(text, clause_start, clause_end)) < _POSTPOSED_CLAUSE_WORDS:
        return None
    return clause_start, clause_end


def _found_extents(spans: Sequence[_Span], quotes: Sequence[Quote]) -> _Extents:
    """The extents of the direct quotes' marks and of the quotes found so far."""
    return _Extents([(s.open_start, s.close_end) for s in spans] + [(q.start, q.end) for q in quotes])


def _free_sentences(
    text: str, taken: _Extents, min_chars: int = 0, *, marks: _Extents | None = None
) -> Iterator[tuple[int, int]]:
    """[start, end) of each sentence of ``min_chars`` to ``_MAX_REPORTED_CHARS`` that overlaps nothing in ``taken``.

    The sentences a rule for quotes without marks may read: those holding no quote found before.
    With ``marks`` (direct quotes' marks, not in ``taken``), a sentence whose first marks come late
    yields its head before them ("..., so Rita Atzwanger, Geschäftsführerin der Region „Mitten im Innviertel“").
    """
    sentence_start = 0
    ends = itertools.chain(((m.start(), m.end()) for m in _SENTENCE_END.finditer(text)), [(len(text), len(text))])
    for sentence_end, next_start in ends:
        start = sentence_start
        sentence_start = next_start
        if sentence_end <= start:
            continue  # the text ended on a sentence end: no last stretch left
        if not min_chars <= sentence_end - start <= _MAX_REPORTED_CHARS or taken.overlap(start, sentence_end):
            continue
        end = marks.free_until(start, sentence_end) if marks is not None else sentence_end
        if end - start >= min_chars and (marks is None or not marks.overlap(start, end)):
            yield start, end


def _postposed(
    text: str,
    language: str,
    speakers: Sequence[NamedMention],
    spans: Sequence[_Span],
    holders: Sequence[_Holder],
    taken: Sequence[Quote],
) -> list[Quote]:
    """Reported clauses whose attribution follows them after a comma, with no quotation marks.

    "Extremists will be removed from the KSK, he said.", "La tomate est la première culture
    légumière, rappelle le ministère.", "Die Lage sei ernst, sagte Scholz." The attribution
    must open with a verb of saying (or a subject and one) and name or point to a speaker;
    sentences holding a direct quote or a reported clause are left to those rules.
    """
    cue_re = cues.cue_pattern(language)
    if language not in _POSTPOSED_LANGUAGES or cue_re is None:
        return []
    found: list[Quote] = []
    # In German a reported clause found later in the sentence leaves its head free, as a direct quote does ("Die
    # Regierung unternehme alles, sagte Köstinger und appellierte an Zivildiener, sich zu melden"); elsewhere the
    # head of such a sentence is mostly its own report's lead ("..., according to the fire department, which
    # reported that ...").
    head_free = language == "de"
    marks = _Extents([(s.open_start, s.close_end) for s in spans] + [(q.start, q.end) for q in taken if head_free])
    taken_quotes = _Extents([] if head_free else [(q.start, q.end) for q in taken])
    for start, end in _free_sentences(text, taken_quotes, _POSTPOSED_MIN_CHARS, marks=marks):
        # Before a quote later in the sentence only an inverted attribution reads as one ("..., so Rita
        # Atzwanger, Chefin der Region „Mitten im Innviertel“"); "..., Macron a dénoncé « ... »" is his speech.
        inverted_only = marks.overlap(start, _content_end(text, end) + 2)
        comma = text.find(",", start, end)
        while comma >= 0:
            quote = _postposed_at(text, language, start, comma, end, cue_re, speakers, holders, inverted_only)
            if quote is not None:
                found.append(quote)
                break
            comma = text.find(",", comma + 1, end)
    return found


#: An attribution set off by two commas inside a sentence (", a-t-il poursuivi,", ", he said,").
_INCISE = re.compile(r",[ \t]{0,2}([^,.;:!?\n\"“”«»]{2,40}?)[ \t]{0,2},[ \t]{0,2}")
#: Most words in such an attribution.
_INCISE_WORDS = 5


def _incised(
    text: str,
    language: str,
    speakers: Sequence[NamedMention],
    spans: Sequence[_Span],
    holders: Sequence[_Holder],
    taken: Sequence[Quote],
) -> list[Quote]:
    """Reported speech after an attribution set off inside the sentence.

    "Par conséquent, a-t-il poursuivi, tant que le dernier électeur n'est pas venu voter, ...",
    "C'est pourquoi, dit-il, la CENI a dû ...": the words after the attribution, to the end
    of the sentence, are the speaker's. The attribution must be a verb of saying with an
    inverted pronoun or a name ("dit-il", "said the minister"), no more than a few words.
    """
    cue_re = cues.cue_pattern(language)
    if language not in _POSTPOSED_LANGUAGES or cue_re is None:
        return []
    found: list[Quote] = []
    pronoun_re = cues.pronoun_pattern(language)
    for start, end in _free_sentences(text, _found_extents(spans, taken), _POSTPOSED_MIN_CHARS):
        for incise in _INCISE.finditer(text, start, end):
            middle_start, middle_end = incise.span(1)
            cue_match = cue_re.search(text, middle_start, middle_end)
            if cue_match is None or len(_WORD.findall(text, middle_start, middle_end)) > _INCISE_WORDS:
                continue
            middle = text[middle_start:middle_end]
            if cue_match.group(0).strip().casefold() in _SOURCE_OR_IMPERSONAL or cues.is_plural_cue(
                language, cue_match.group(0)
            ):
                continue
            inverted = _INVERTED_SINGULAR.search(middle) or (
                pronoun_re is not None and pronoun_re.fullmatch(text[cue_match.end() : middle_end].strip())
            )
            named = _nearest(speakers, cue_match.end(), middle_end, cue_match.end(), text)
            if not inverted and named is None:
                continue  # ", selon les cas,", ", a-t-on dit," or a verb with its own object
            clause = _long_clause(text, incise.end(), end)
            if clause is None:
                continue
            clause_start, clause_end = clause
            name, entity_id = _tail_speaker(
                text, language, middle_start, middle_end, cue_match, speakers, holders, incise.start()
            )
            body = text[clause_start:clause_end]
            found.append(Quote(body, clause_start, clause_end, name, entity_id, cue_match.group(0).strip(), "indirect"))
            break
    return found


#: Most words between a fronted source's preposition and the comma that ends it.
_FRONTED_SOURCE_WORDS = 14


#: Languages whose fronted source is followed by the clause's verb with no comma ("Laut X wird ...").
_COMMALESS_FRONTING = frozenset(["de"])


def _fronted(
    text: str, language: str, speakers: Sequence[NamedMention], spans: Sequence[_Span], taken: Sequence[Quote]
) -> list[Quote]:
    """Reported clauses after a fronted source: "Selon le ministre Gabriel Attal, la rentrée aura lieu ...".

    The source must be named (a person or an organisation, possibly after its role and a
    comma: "Pour le président du Conseil du Trésor, Christian Dubé, la relance ...").
    """
    lead_re, role_re = cues.fronted_source_pattern(language), cues.role_pattern(language)
    if lead_re is None:
        return []
    found: list[Quote] = []
    for start, end in _free_sentences(text, _found_extents(spans, taken)):
        if language == "de":
            german = _german_fronted(text, start, end, speakers)
            if german is not None:
                found.append(german)
                continue
        lead = lead_re.match(text, start, end)
        if lead is None:
            continue
        comma = text.find(",", lead.end(), end)
        if language in _COMMALESS_FRONTING:
            # "Laut Anna Lang wird die Fabrik ... öffnen": the name, then the clause, with no comma between.
            named = _nearest(speakers, lead.end(), min(end, lead.end() + _CONTEXT // 4), lead.end())
            if named is not None and not text[lead.end() : named.start].strip():
                comma = named.end - 1 if text[named.end - 1] == "," else named.end
            elif named is None or text[lead.end() : named.start].strip():
                institution = _commaless_institution(text, language, lead, end, speakers)
                if institution is not None:
                    found.append(institution)
                    continue
        if comma < 0 or len(_WORD.findall(text, lead.end(), comma)) > _FRONTED_SOURCE_WORDS:
            continue
        source = _nearest(speakers, lead.end(), comma, comma)
        if source is None:
            # "Selon le ministère, ..." after "ministère de la Santé": the organisation whose noun it is.
            nouns = _common_nouns(_WORD.findall(text, lead.end(), comma), language)
            source = _organisation_with_noun(nouns, lead.start(), speakers)
        if role_re is not None and role_re.search(text, lead.end(), comma) and not (source and source.is_person):
            # A role: its holder speaks, named after it between commas ("Pour le président du Conseil du
            # Trésor, Christian Dubé, ..."); an organisation there is the holder's employer, not the source.
            apposition_end = text.find(",", comma + 1, end)
            source = None
            if apposition_end > 0 and len(_WORD.findall(text, comma + 1, apposition_end)) <= _SUBJECT_LEAD_WORDS + 1:
                named = _nearest(speakers, comma + 1, apposition_end, comma)
                if named is not None and named.is_person:
                    source, comma = named, apposition_end
        if source is None:
            continue
        if source.is_person and role_re is not None:
            # "Selon Djamel Fourar, porte-parole du comité scientifique, la situation ...": the name's role
            # set off by commas describes the source and is no part of what it says.
            role_end = text.find(",", comma + 1, end)
            described = _LEADING_ARTICLE.sub("", text[comma + 1 : role_end].lstrip()) if role_end > 0 else ""
            if described and role_re.match(described) and len(_WORD.findall(described)) <= _ROLE_APPOSITION_WORDS:
                comma = role_end
        clause = _long_clause(text, comma + 1, end)
        if clause is None:
            continue
        clause_start, clause_end = clause
        cue = text[lead.start() : lead.end()].strip(' "“”«»„')
        body = text[clause_start:clause_end]
        found.append(Quote(body, clause_start, clause_end, source.name, source.entity_id, cue, "indirect"))
    return found


#: A German public body named by its bare noun after "laut" ("Laut Polizei sind ...", "laut Staatsanwaltschaft").
_GERMAN_BARE_INSTITUTION = re.compile(
    rf"(?=[A-ZÄÖÜ])[\w-]{{0,25}}?(?i:{cues.GERMAN_INSTITUTION_NOUNS})(?:e?s)?(?=[ \t,])"
)


def _commaless_institution(
    text: str, language: str, lead: re.Match[str], end: int, speakers: Sequence[NamedMention]
) -> Quote | None:
    """The clause after a fronted source (``lead``, its preposition) that is an institution's description, with
    no comma between ("Nach Angaben der Polizei wurde der Mann ..."): reported by the institution, else None.

    A German bare noun ("Laut Polizei sind ...") is the organisation named before with that noun ("Polizei
    Köln"), else the institution as such, save the police (:func:`_particular`)."""
    pattern = cues.institution_subject_pattern(language)
    if pattern is None:
        return None
    # The lead may end on the description's article ("nach Angaben der"): the description may start there.
    article = text.rfind(" ", lead.start(), lead.end() - 1) + 1
    described = pattern.match(text, _strip(text, lead.end(), end)[0], end) or pattern.match(text, article, end)
    speaker = None
    if described is None and language == "de":
        described = _GERMAN_BARE_INSTITUTION.match(text, _strip(text, lead.end(), end)[0], end)  # "Laut Polizei sind"
        if described is not None:
            speaker = _bare_institution_speaker(described.group(0), lead.start(), speakers)
    if described is None or text[described.end() : described.end() + 1] not in (" ", ","):
        return None
    clause_start, clause_end = _sentence_body(text, described.end() + 1, end)
    if len(_WORD.findall(text, clause_start, clause_end)) < _POSTPOSED_CLAUSE_WORDS:
        return None
    cue = text[lead.start() : lead.end()].strip(' "“”«»„')
    name, entity_id = (
        speaker if speaker is not None else (_particular(_without_article(described), speakers, lead.start()), None)
    )
    return Quote(text[clause_start:clause_end], clause_start, clause_end, name, entity_id, cue, "indirect")


def _anaphoric(
    text: str, language: str, speakers: Sequence[NamedMention], spans: Sequence[_Span], taken: Sequence[Quote]
) -> list[Quote]:
    """Sentences attributed by the next one through a pronoun: "In Bolivien wird am 3. Mai gewählt. Das teilte
    die Wahlkommission am Freitag mit.", "... . Así lo informó la Policía Nacional."

    The sentence before must be whole and free of quotes, and the speaker named after the verb (an
    organisation by its noun, "die Polizei" after "Polizei Köln"); nobody named, nothing is taken.
    """
    pattern = cues.anaphoric_attribution_pattern(language)
    if pattern is None:
        return []
    found: list[Quote] = []
    previous: tuple[int, int] | None = None
    for start, end in _free_sentences(text, _found_extents(spans, taken)):
        match = pattern.match(text, start, end)
        if match is not None and previous is not None and not text[previous[1] : start].strip(" .!\t"):
            speaker = _named_in_attribution(text, match.end(), end, speakers)
            name, entity_id = (speaker.name, speaker.entity_id) if speaker is not None else (None, None)
            institution = None
            if name is None:
                # "Das teilte die Wahlkommission in La Paz mit.": an institution the article names no other way.
                institution = _institution_after(text, language, match.end(), end)
                name = _particular(institution, speakers, start)
            clause_start, clause_end = _sentence_body(text, *previous)
            # "Das teilten die Behörden von Spitzbergen mit.", "Dies verlautete aus Konzernkreisen.": people or
            # circles the article leaves unnamed report it too, nobody in particular.
            attributed = (
                name is not None
                or institution is not None
                or _plural_unnamed(text, language, match.start(), end, match)
                or _FROM_CIRCLES.search(text, match.end(), end) is not None
            )
            if attributed and len(_WORD.findall(text, clause_start, clause_end)) >= _POSTPOSED_CLAUSE_WORDS:
                cue = match.group(0).strip(' "“”«»„')
                body = text[clause_start:clause_end]
                found.append(Quote(body, clause_start, clause_end, name, entity_id, cue, "indirect"))
        previous = (start, end)
    return found


#: Circles a report comes from, unnamed ("aus Konzernkreisen", "aus Regierungskreisen", "aus Verhandlerkreisen").
_FROM_CIRCLES = re.compile(r"(?<!\w)aus\s{1,2}[\w-]{0,30}kreisen(?!\w)", re.IGNORECASE)
#: Most words of a role set off by commas after a fronted source's name ("porte-parole du comité scientifique").
_ROLE_APPOSITION_WORDS = 8


#: People the article leaves unnamed, in the plural, as the subject of an attribution ("officials said",
#: "ont annoncé les autorités", "so die Initiatoren"): reported speech whose speaker is unknown.
_PLURAL_PEOPLE: dict[str, re.Pattern[str]] = {
    language: re.compile(rf"\s{{1,2}}(?:{words})(?:\s{{1,2}}(?:have|had))?(?!\w)\s{{0,2}}", re.IGNORECASE)
    for language, words in {
        "en": r"(?:(?:the|some|many)\s{1,2})?(?:[a-z][a-z.-]{1,20}\s{1,2})?(?:officials|lawyers|experts|analysts|"
        r"authorities|investigators|researchers|scientists|doctors|residents|witnesses|prosecutors|organi[sz]ers|"
        r"sources|police officers|activists|economists)",
        "fr": r"(?:les|des|certains|plusieurs)\s{1,2}(?:autorités|responsables|enquêteurs|organisateurs|experts|"
        r"analystes|chercheurs|scientifiques|médecins|habitants|témoins|procureurs|sources|policiers|gendarmes|"
        r"pompiers|secours|militants|économistes|initiateurs)",
        "es": r"(?:las|los|algunos|algunas|varios|varias)\s{1,2}(?:autoridades|responsables|investigadores|"
        r"organizadores|expertos|analistas|científicos|médicos|vecinos|testigos|fiscales|fuentes|policías|agentes|"
        r"bomberos|activistas|economistas)",
        "de": r"(?:(?:die|einige|mehrere|viele)\s{1,2})?(?:Behörden|Verantwortlichen|Ermittler|Veranstalter|"
        r"Organisatoren|Initiatoren|Experten|Analysten|Forscher|Wissenschaftler|Ärzte|Anwohner|Zeugen|"
        r"Staatsanwälte|Polizisten|Aktivisten|Ökonomen)",
    }.items()
}


def _plural_unnamed(text: str, language: str, start: int, end: int, cue_match: re.Match[str]) -> bool:
    """Whether an attribution's subject is unnamed people, before the verb or right after it."""
    pattern = _PLURAL_PEOPLE.get(language)
    if pattern is None:
        return False
    return bool(pattern.fullmatch(text, start, cue_match.start()) or pattern.match(text, cue_match.end(), end))


def _organisation_subject(
    text: str,
    language: str,
    start: int,
    end: int,
    cue_match: re.Match[str],
    speakers: Sequence[NamedMention],
    focus_at: int,
) -> NamedMention | None:
    """The organisation named before that a definite description as the subject of ``cue_match`` stands for
    ("the company said", "teilte der Konzern mit"): the description right before the verb or right after it, in
    the attribution [start, end); ``focus_at`` is where what it said starts."""
    pattern = cues.organisation_pattern(language)
    if pattern is None:
        return None
    before = text[start : cue_match.start()].strip(_ATTRIBUTION_PUNCTUATION)
    after = _NON_SPACE.search(text, cue_match.end(), end)
    described = pattern.fullmatch(before) if before else None
    if described is None and not before and after is not None:
        described = pattern.match(text, after.start(), end)
    if described is None or _ANY_QUOTE_MARK.match(text, _content_end_after(text, described.end())):
        return None  # 'schrieb die Gruppe "Amazon-Mitarbeiter für Klimagerechtigkeit"': its name follows, in marks
    head = _description_head(described)
    organisation = _organisation_before(start, speakers, head)
    if organisation is not None and focus_at < organisation.start and text[focus_at : organisation.start].strip():
        # One named inside what was said, not as its subject, is talked about ("…, is India's first … ESIC Pod,
        # according to the statement"): the one named before it.
        return _organisation_before(focus_at, speakers, head)
    return organisation


def _content_end_after(text: str, position: int) -> int:
    """The first position at or after ``position`` that is not a space or tab."""
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _described_after_verb(
    text: str,
    language: str,
    start: int,
    end: int,
    cue_re: re.Pattern[str],
    speakers: Sequence[NamedMention],
    focus_at: int,
) -> tuple[str, NamedMention | None] | None:
    """The verb of saying that opens the attribution [start, end) and who its subject, right after it, is: someone
    unnamed ("sagte ein Sprecher des Ministeriums": None) or the organisation named before that a definite
    description stands for ("teilte der Konzern mit"); None when the attribution is anything else."""
    verb = _opening_verb(text, start, end, cue_re, bounded=True)
    if verb is None or verb.group(0).strip().casefold() in _SHORT_SOURCE_CUES | cues.SOURCE_PREPOSITIONS:
        return None
    if _unnamed_attribution(text, language, start, end, verb):
        return verb.group(0).strip(), None
    organisation = _organisation_subject(text, language, start, end, verb, speakers, focus_at)
    return (verb.group(0).strip(), organisation) if organisation is not None else None


def _opening_verb(
    text: str, start: int, end: int, cue_re: re.Pattern[str], *, bounded: bool = False
) -> re.Match[str] | None:
    """The verb of saying that opens the attribution [start, end), past the space after its comma; None when its
    first word is no verb of saying. ``bounded`` keeps the verb inside the attribution."""
    first_word = _NON_SPACE.search(text, start, end)
    if first_word is None:
        return None
    return cue_re.match(text, first_word.start(), end) if bounded else cue_re.match(text, first_word.start())


def _inverted_and_named(
    text: str, language: str, start: int, end: int, cue_re: re.Pattern[str], speakers: Sequence[NamedMention]
) -> bool:
    """Whether the attribution [start, end) opens on its verb and ends on a name, in a language that puts the
    subject after the verb ("a déclaré dimanche à Berlin le ministre de l'Intérieur, Horst Seehofer")."""
    if language not in _INVERTED_SUBJECT_LANGUAGES:
        return False
    verb = _opening_verb(text, start, end, cue_re)
    if verb is None or verb.group(0).strip().casefold() in _SHORT_SOURCE_CUES:
        return False  # "..., so das Ausmass ... von Bianca ab": "so" opens many a clause
    words = list(_TOKEN.finditer(text, start, end))
    tail_of_attribution = words[-_NAME_AT_END_WORDS].start() if len(words) >= _NAME_AT_END_WORDS else start
    return any(
        not speaker.quoted and not speaker.oblique and tail_of_attribution <= speaker.start <= speaker.end <= end
        for speaker in speakers
    )


#: Languages whose attribution after a clause may open on the verb and end on who spoke.
_INVERTED_SUBJECT_LANGUAGES = frozenset(["fr", "es", "de"])
#: Cues too short or too common to open a long attribution ("so").
_SHORT_SOURCE_CUES = frozenset(["so"])
#: The name that ends such an attribution starts within its last words.
_NAME_AT_END_WORDS = 4


def _postposed_at(
    text: str,
    language: str,
    start: int,
    comma: int,
    end: int,
    cue_re: re.Pattern[str],
    speakers: Sequence[NamedMention],
    holders: Sequence[_Holder],
    inverted_only: bool = False,
) -> Quote | None:
    """The reported clause [start, comma) if the words after ``comma`` attribute it, else None.

    ``inverted_only``: the verb must open the attribution ("..., sagte Scholz", "..., so Scholz").
    """
    next_comma = text.find(",", comma + 1, end)
    next_comma = end if next_comma < 0 else next_comma
    if language == "de":
        german = _german_attribution(text, start, comma, next_comma, speakers)
        if german is not None:
            return german
    tail_words = _WORD.findall(text, comma + 1, next_comma)
    # The holder of a role may be named after one more comma ("…, a indiqué le ministre de la Santé, Olivier Véran").
    tail_end = (
        next_comma if next_comma == end else _with_apposition(text, language, comma + 1, next_comma, end, speakers)
    )
    if len(tail_words) > _POSTPOSED_TAIL_WORDS:
        # Where and how it was said closes many attributions ("..., explicó el Gobierno regional en un
        # comunicado"): no part of who said it.
        trimmed_end = _without_channel(text, language, comma + 1, tail_end)
        trimmed_end = _inverted_named_tail(text, language, comma + 1, trimmed_end, cue_re, speakers)
        trimmed_words = _WORD.findall(text, comma + 1, trimmed_end)
        if trimmed_words and len(trimmed_words) <= _POSTPOSED_TAIL_WORDS:
            tail_end, tail_words = trimmed_end, trimmed_words
        elif (
            described := _described_after_verb(text, language, comma + 1, tail_end, cue_re, speakers, start)
        ) is not None:
            # "..., sagte ein Sprecher des EU-Außenbeauftragten Josep Borrell am Samstag in Brüssel", "..., teilte
            # das SDAX-Unternehmen am späten Donnerstagabend in Köln mit": however long what follows, the verb's
            # subject is someone unnamed, or the organisation the description stands for.
            clause = _long_clause(text, start, comma)
            if clause is None:
                return None
            verb, speaker = described
            name, entity_id = (speaker.name, speaker.entity_id) if speaker is not None else (None, None)
            return Quote(text[clause[0] : clause[1]], *clause, name, entity_id, verb, "indirect")
        elif len(_WORD.findall(text, comma + 1, tail_end)) > _POSTPOSED_INVERTED_TAIL_WORDS or not _inverted_and_named(
            text, language, comma + 1, tail_end, cue_re, speakers
        ):
            # Unless it opens on its verb and ends on a name, which may come after when and where ("..., a
            # déclaré dimanche à Berlin le ministre allemand de l'Intérieur, Horst Seehofer").
            return None
    if not tail_words:
        return None
    # The cue may look past the attribution's trimmed end: "gab die Polizei am Dienstag" counts as a verb of
    # saying for the "bekannt" of "auf einer Pressekonferenz bekannt", trimmed off as the channel.
    first_cue = cue_re.search(text, comma + 1, max(tail_end, next_comma))
    if first_cue is not None and first_cue.start() >= tail_end:
        first_cue = None
    if (
        first_cue is not None
        and first_cue.group(0).strip().casefold() in cues.SOURCE_PREPOSITIONS
        and not text[comma + 1 : first_cue.start()].strip()
        and _UNNAMED_REPORTS.fullmatch(text, first_cue.end(), tail_end)
    ):
        # "..., according to reports", "..., según los informes": reported by sources the article leaves unnamed.
        clause = _long_clause(text, start, comma)
        if clause is None:
            return None
        return Quote(text[clause[0] : clause[1]], *clause, None, None, first_cue.group(0).strip(), "indirect")
    cue_match = _verb_after_source(text, cue_re, first_cue, tail_end)
    # The cue opens the attribution, or follows its subject ("he said", "the minister added").
    lead_words = _lead_words(text, comma + 1, cue_match.start(), speakers) if cue_match else 0
    if cue_match is None or (inverted_only and lead_words > 0):
        return None
    unnamed = _unnamed_attribution(text, language, comma + 1, tail_end, cue_match)
    # A name right before the verb may follow a longer description ("ABC Los Angeles station KABC reported").
    named_subject = _nearest(speakers, comma + 1, cue_match.start(), cue_match.start())
    described_name = (
        named_subject is not None
        and not text[named_subject.end : cue_match.start()].strip()
        and not _DESCRIPTION_BREAK.search(text, comma + 1, named_subject.start)
    )
    if lead_words > (_UNNAMED_LEAD_WORDS if unnamed or described_name else 4):
        return None
    cue = cue_match.group(0).strip()
    source = cue.casefold() in cues.SOURCE_PREPOSITIONS
    plural_people = _plural_unnamed(text, language, comma + 1, tail_end, cue_match)
    group = cues.is_plural_cue(language, cue) and not plural_people
    # "..., ont annoncé dimanche la SNCF et la RATP": the first of the sources named after a plural verb.
    coordinated = _nearest(speakers, cue_match.end(), tail_end, cue_match.end(), text) if group and not source else None
    if coordinated is None and (cue.casefold() in cues.IMPERSONAL_CUES or group):
        # "..., hieß es am Markt", "..., teilten die Verantwortlichen mit", "..., según indicaron": reported by
        # nobody named. The German verb opens the attribution ("..., Unwahrheiten zu sagen" is none); elsewhere a
        # bare plural verb is too loose ("..., cuentan desde la plataforma"): only after "según".
        clause = _long_clause(text, start, comma)
        lead = text[comma + 1 : cue_match.start()].strip().casefold()
        opens = not lead if language == "de" else lead in cues.SOURCE_PREPOSITIONS
        if clause is None or not opens:
            return None
        return Quote(text[clause[0] : clause[1]], *clause, None, None, cue, "indirect")
    if source and text[comma + 1 : cue_match.start()].strip():
        return None  # "..., les chiffres selon X": the source of a phrase, not of the clause
    clause = _long_clause(text, start, comma)
    if clause is None:
        return None
    clause_start, clause_end = clause
    body = text[clause_start:clause_end]
    if coordinated is not None:
        return Quote(body, clause_start, clause_end, coordinated.name, coordinated.entity_id, cue, "indirect")
    name, entity_id = _tail_speaker(text, language, comma + 1, tail_end, cue_match, speakers, holders, clause_start)
    if plural_people and not _nearest(speakers, comma + 1, tail_end, cue_match.start(), text):
        # "..., ont annoncé les autorités de la région": unknown people.
        return Quote(body, clause_start, clause_end, None, None, cue, "indirect")
    if name is None and unnamed:
        # "..., a senior U.S. official said Friday": reported speech of someone the article leaves unnamed.
        return Quote(body, clause_start, clause_end, None, None, cue, "indirect")
    if name is None:  # "..., Netwerk24 reported.": a name the tagger missed or took for a place
        name = _cue_subject(text, language, comma + 1, tail_end, cue_match)
    if name is None:
        # "..., teilte der italienische Zivilschutz mit.", "..., police said.": an institution speaking as such,
        # the one named before by its noun, else named by its description.
        institution = _institution_subject(text, language, comma + 1, tail_end, cue_match)
        if institution is not None:
            organisation = _organisation_by_noun(text, language, comma + 1, tail_end, cue_match, speakers)
            if organisation is not None:
                return Quote(body, clause_start, clause_end, organisation.name, organisation.entity_id, cue, "indirect")
            return Quote(
                body, clause_start, clause_end, _particular(institution, speakers, clause_start), None, cue, "indirect"
            )
        # "..., teilte der Konzern am Montag mit" after "der VW-Konzern": the organisation the description stands for.
        organisation = _organisation_subject(text, language, comma + 1, tail_end, cue_match, speakers, clause_start)
        if organisation is not None:
            return Quote(body, clause_start, clause_end, organisation.name, organisation.entity_id, cue, "indirect")
    if (source or inverted_only) and _nearest(speakers, cue_match.end(), tail_end, cue_match.end(), text) is None:
        # "..., según el cuerpo de seguridad" after "Policía Nacional": the organisation named earlier whose name
        # holds the source's noun; else nobody sure ("según él" is too vague).
        organisation = (
            _organisation_by_noun(text, language, comma + 1, tail_end, cue_match, speakers) if source else None
        )
        if organisation is None:
            return None  # "..., según Eduardo Strusi": a named source reports the clause
        return Quote(body, clause_start, clause_end, organisation.name, organisation.entity_id, cue, "indirect")
    if name is None and not (language in _PRO_DROP and not text[comma + 1 : cue_match.start()].strip()):
        return None  # nobody named or pointed to: "..., said goodbye" is no attribution
    return Quote(body, clause_start, clause_end, name, entity_id, cue, "indirect")


#: Words that a description before a name does not hold: it would be a clause of its own ("prosperity on all
#: GCC states").
_DESCRIPTION_BREAK = re.compile(r"(?<!\w)(?:and|or|on|in|at|of|to|for|with|by|from)(?!\w)")
#: Unnamed reports or sources after "according to" ("reports", "los informes", "des sources", "Berichten").
_UNNAMED_REPORTS = re.compile(
    r"[ \t]{1,2}(?:(?:media|press|local|news|several|some|the|state|official|los|las|des|plusieurs|varios|varias|"
    r"medios|locales)[ \t]{1,2}){0,2}"
    r"(?:reports|sources|media|informes|reportes|fuentes|medios|informations|médias|berichten|quellen|medien)"
    # "..., according to state media citing local authorities": still nobody named.
    r"(?:[ \t]{1,2}citing[ \t]{1,2}(?:local[ \t]{1,2}|the[ \t]{1,2})?(?:authorities|officials|police|sources))?"
    r"[ \t]{0,2}[.!]?[ \t]{0,2}",
    re.IGNORECASE,
)
#: What may stand between a quote's closing mark and the words of its attribution.
_ATTRIBUTION_PUNCTUATION = " \t,;:\"'“”«»„‘’‚"
#: Most words after an attribution's verb and its institution subject ("police said on Monday in a statement").
_INSTITUTION_TAIL_WORDS = 8


def _institution_subject(text: str, language: str, start: int, end: int, cue_match: re.Match[str]) -> str | None:
    """The description of an institution that is the subject of an attribution [start, end), without its article.

    "the police said", "a indiqué la préfecture", "teilte die zuständige Polizei am Dienstag mit": the verb's
    subject right before it, or right after it. None when there is none, or when more than a few words follow
    (a clause of its own, not the close of an attribution).
    """
    pattern = cues.institution_subject_pattern(language)
    if pattern is None or _COMPLEMENTIZER.match(text, cue_match.end(), end):
        return None
    lead = _subject_words(text[start : cue_match.start()].strip(_ATTRIBUTION_PUNCTUATION).split())
    if not lead:
        return _institution_after(text, language, cue_match.end(), end)
    subject = pattern.fullmatch(" ".join(lead))
    if subject is None or len(_WORD.findall(text, cue_match.end(), end)) > _INSTITUTION_TAIL_WORDS:
        return None
    return _without_article(subject)


def _subject_words(words: list[str]) -> list[str]:
    """A verb's subject, word by word, without the auxiliaries and adverbs that close it ("the police have")."""
    kept = len(words)
    while kept and words[kept - 1].casefold() in _VERB_NEIGHBOURS:
        kept -= 1
    return words[:kept]


#: Bodies a bare common noun names without saying which one ("laut Polizei", "police said"): nobody in
#: particular, as "officials" are, unless the article named the organisation before ("Polizei Köln").
_GENERIC_BODIES = frozenset(["police", "polizei", "policía", "polizia", "policja", "полиция"])


#: Adjectives before a generic body's noun that leave it as vague as the bare noun ("the local police").
_VAGUE_BODY_ADJECTIVES = frozenset(
    ["local", "zuständige", "zuständigen", "örtliche", "örtlichen", "lokale", "lokalen", "ermittelnde", "ermittelnden"]
)


def _particular(institution: str | None, speakers: Sequence[NamedMention], position: int) -> str | None:
    """An institution's description as a speaker: a generic body named by its bare noun ("police said") is the
    organisation of that noun last named before ``position`` ("Montgomery County police" after "Arlington County
    police"), else the one the article names most ("Detroit Police Department", named only further on), else
    nobody in particular."""
    if institution is None:
        return None
    words = _LEADING_ARTICLE.sub("", institution).split()
    # "die zuständige Polizei", "the local police": such adjectives say no more which body it is; "state police",
    # "federal police" name one.
    if not words or any(word.casefold() not in _VAGUE_BODY_ADJECTIVES for word in words[:-1]):
        return institution
    noun = words[-1].casefold()
    if noun not in _GENERIC_BODIES:
        return institution
    bodies = [s for s in speakers if _organisation_named_by(s, {noun})]
    before = [s for s in bodies if s.start < position]
    if before:
        return before[-1].name
    named = Counter(s.name for s in bodies)
    return named.most_common(1)[0][0] if named else None


def _bare_institution_speaker(
    noun: str, position: int, speakers: Sequence[NamedMention]
) -> tuple[str | None, str | None]:
    """Who a German public body named by its bare noun is ("laut Polizei", "Laut Staatsanwaltschaft"): the
    organisation with that noun named before ``position`` ("Polizei Köln"), else the body as such, save the
    police (:func:`_particular`)."""
    organisation = _organisation_with_noun({noun.casefold()}, position, speakers)
    if organisation is not None:
        return organisation.name, organisation.entity_id
    return _particular(noun, speakers, position), None


def _without_article(description: re.Match[str]) -> str | None:
    """An institution's description as its name: the words matched, without the article that opens them."""
    return _LEADING_ARTICLE.sub("", description.group(0)).strip() or None


@lru_cache(maxsize=32)
def _time_before_subject(language: str) -> re.Pattern[str] | None:
    """A weekday (from the date finder's table) or a day word that may stand between an inverted verb of saying
    and its subject ("explicó este miércoles el Gobierno regional"); None for a language without weekdays."""
    weekdays = WEEKDAYS.get(language)
    if not weekdays:
        return None
    days = "|".join((*weekdays, *_DAY_WORDS.get(language, ())))
    return re.compile(rf"(?:(?:{_DAY_DETERMINERS})\s{{1,2}})?(?:{days})(?!\w)\s{{1,2}}", re.IGNORECASE)


#: Words before a weekday where a language writes one ("este miércoles", "am Montag", "on Monday").
_DAY_DETERMINERS = r"este|esta|el|ce|cette|am|on|this|last"
#: Day words besides the weekdays.
_DAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("today", "yesterday", "morning", "evening"),
    "fr": ("hier", "matin", "soir"),
    "de": ("heute", "gestern", "Abend", "Morgen"),
    "es": ("hoy", "ayer", "anoche", "mañana"),
}


class _Described(NamedTuple):
    """An institution's description before a verb of saying: its name and where it starts in the text."""

    name: str
    start: int


def _institution_before(text: str, language: str, start: int, end: int) -> _Described | None:
    """The description of an institution that ends [start, end) right before a verb of saying (auxiliaries
    aside), without its article: "La préfecture a", "Die Regierung in Athen"; else None."""
    pattern = cues.institution_subject_pattern(language)
    if pattern is None:
        return None
    runs = list(_NON_SPACE_RUN.finditer(text, start, end))
    words = _subject_words([run.group(0) for run in runs])
    # The fullest description first: "Monroe police" names a force, "police" alone does not.
    for size in range(min(len(words), _INSTITUTION_SUBJECT_WORDS), 0, -1):
        subject = pattern.fullmatch(" ".join(words[-size:]))
        if subject is not None:
            name = _without_article(subject)
            return _Described(name, runs[len(words) - size].start()) if name is not None else None
    return None


#: Most words of an institution's description before its verb ("the Italian civil protection agency").
_INSTITUTION_SUBJECT_WORDS = 5
#: A run of characters other than white space (a word with the punctuation glued to it).
_NON_SPACE_RUN = re.compile(r"\S+")


def _institution_after(text: str, language: str, start: int, end: int) -> str | None:
    """The description of an institution that opens [start, end) after a verb of saying, without its article,
    when no more than a few words follow it ("teilte der italienische Zivilschutz in Rom mit"); else None."""
    pattern = cues.institution_subject_pattern(language)
    if pattern is None:
        return None
    start = _strip(text, start, end)[0]
    time_re = _time_before_subject(language)
    when = time_re.match(text, start, end) if time_re is not None else None
    subject = pattern.match(text, when.end() if when is not None else start, end)
    if subject is None or len(_WORD.findall(text, subject.end(), end)) > _INSTITUTION_TAIL_WORDS:
        return None
    role_re = cues.role_pattern(language)
    if role_re is not None and role_re.match(text[subject.end() : end].lstrip()):
        return None  # "said the police chief": a person, whose role names the institution
    return _without_article(subject)


def _lead_words(text: str, start: int, cue_start: int, speakers: Sequence[NamedMention]) -> int:
    """Words before the verb of an attribution [start, cue_start), a name right before the verb counted as one
    ("deputy police chief Bill Bonney said": four), so that a title does not push the name out of reach."""
    named = _nearest(speakers, start, cue_start, cue_start)
    if named is not None and not text[named.end : cue_start].strip():
        return len(_WORD.findall(text, start, named.start)) + 1
    return len(_WORD.findall(text, start, cue_start))


def _without_channel(text: str, language: str, start: int, end: int) -> int:
    """Where an attribution [start, end) ends once a closing channel phrase is cut off ("en un comunicado",
    "in a statement", "dans un communiqué", "in einer Mitteilung"); ``end`` when there is none."""
    channel = cues.channel_tail_pattern(language)
    match = channel.search(text, start, end) if channel is not None else None
    return match.start() if match is not None else end


#: Most words between an opening verb of saying and the name it inverts ("sagte EU-Industriekommissar Thierry Breton").
_INVERTED_NAME_REACH_WORDS = 3


def _inverted_named_tail(
    text: str, language: str, start: int, end: int, cue_re: re.Pattern[str], speakers: Sequence[NamedMention]
) -> int:
    """Where an attribution [start, end) that opens on its verb ends, once the name after it is read.

    "…, sagte EU-Industriekommissar Thierry Breton im Anschluss an ein Treffen in Brüssel": what follows
    the name (where and when it was said) is no part of who said it. Returns ``end`` when the verb does not
    open the attribution or no name follows it closely.
    """
    cue_match = _opening_verb(text, start, end, cue_re, bounded=True)
    if cue_match is None:
        return end
    first = bisect.bisect_left(speakers, cue_match.end(), key=lambda s: s.start)
    if first == len(speakers) or speakers[first].end > end or speakers[first].quoted:
        return end
    named = speakers[first]
    if len(_WORD.findall(text[cue_match.end() : named.start])) > _INVERTED_NAME_REACH_WORDS:
        return end
    aide = _possessor_aide(text, language, named, end, speakers)  # "sagte Bersets Sprecher Peter Lauener"
    return aide.end if aide is not None else named.end


def _verb_after_source(
    text: str, cue_re: re.Pattern[str], cue_match: re.Match[str] | None, end: int
) -> re.Match[str] | None:
    """The verb of saying right after a source preposition ("según informó el director"), else ``cue_match``.

    The preposition then introduces the verb's subject like any other attribution, and the subject named
    after the verb speaks; a preposition alone ("según el director") stays the source it is.
    """
    if cue_match is None or cue_match.group(0).strip().casefold() not in cues.SOURCE_PREPOSITIONS:
        return cue_match
    verb = cue_re.search(text, cue_match.end(), end)
    if verb is not None and not text[cue_match.end() : verb.start()].strip():
        return verb
    return cue_match


def _with_apposition(
    text: str, language: str, start: int, comma: int, end: int, speakers: Sequence[NamedMention]
) -> int:
    """Where an attribution [start, comma) ends: at ``end`` when it closes on a role whose holder is named after
    ``comma`` ("…, según informó el encargado de Guardia, José González del Cerro."), else at ``comma``."""
    if len(_WORD.findall(text, comma + 1, end)) > _SUBJECT_LEAD_WORDS + 1:
        return comma
    named = _nearest(speakers, comma + 1, end, comma)
    if named is None or not named.is_person:
        return comma
    role_re = cues.role_pattern(language)
    if role_re is not None and role_re.search(text, start, comma):
        return end
    # Whatever the description before it ("el encargado de Guardia"), a person's name and nothing else
    # after the comma is its apposition.
    return end if not text[comma + 1 : named.start].strip() and not _WORD.search(text, named.end, end) else comma


#: German attributions after the clause that the general rule cannot read: the subject between "wie" and the
#: verb at the end (", wie die Polizei am Montag mitteilte"), and the impersonal "hieß es" with its source
#: (", hieß es aus dem Ministerium", ", heißt es in der Antwort der Bundesregierung").
_GERMAN_REPORTING_VERB = (
    r"(?P<verb>(?:mit|an|bekannt|fest)?(?:teilte|teilten|kündigte|kündigten|gab|gaben|stellte|stellten)|"
    r"meldete|meldeten|berichtete|berichteten|erklärte|erklärten|sagte|sagten|betonte|betonten|"
    r"bestätigte|bestätigten|schrieb|schrieben|verkündete|verkündeten|mitteilt|berichtet|meldet|erklärt|sagt|"
    r"twitterte|twitterten|informierte|informierten|erläuterte|erläuterten|ergänzte|ergänzten|schreibt|"
    # The perfect and the passive ("wie die Polizei mitgeteilt hat", "wie am Montag bekanntgegeben wurde").
    r"(?:mitgeteilt|berichtet|gemeldet|erklärt|gesagt|bestätigt|bekanntgegeben|angekündigt|geschrieben|"
    r"getwittert|betont|verkündet|informiert)(?:[ \t]{1,2}(?:hat|hatte|haben|hatten|wurde|wurden))?|"
    # A document's content: "wie aus einem Dekret des Präsidenten hervorgeht", "wie es in der Mitteilung hieß".
    r"hervorgeht|hervorging|hieß|hiess|heißt|heisst)"
)
_GERMAN_WIE_ATTRIBUTION = re.compile(
    # Machine translation writes "als" or "da" for the "as" of "as the police said"
    r"[ \t]{0,2}(?:wie|als|da)[ \t]{1,2}(?P<subject>[^,;:!?\n\"“”„«»]{2,80}?)[ \t]{1,2}"
    + _GERMAN_REPORTING_VERB
    + r"[ \t]{0,2}[.!]?[ \t]{0,2}$"
)
#: The passive leaves the subject out: "..., wie mitgeteilt wurde" (reported by nobody named; not "wie berichtet",
#: the writer's own earlier report).
_GERMAN_WIE_PASSIVE = re.compile(
    r"[ \t]{0,2}wie[ \t]{1,2}(?P<subject>)(?P<verb>(?:mitgeteilt|gemeldet|bekanntgegeben|bestätigt|angekündigt)"
    r"[ \t]{1,2}(?:wurde|wurden))[ \t]{0,2}[.!]?[ \t]{0,2}$"
)
#: The same attributions opening the sentence: "Wie die Polizei mitteilte, wurde …", "Der Polizei zufolge …".
_GERMAN_FRONTED_ATTRIBUTION = re.compile(
    r"[ \t]{0,2}(?:Wie[ \t]{1,2}(?P<subject>[^,;:!?\n\"“”„«»]{2,80}?)[ \t]{1,2}"
    + _GERMAN_REPORTING_VERB
    + r"[ \t]{0,2},|(?P<source>[^,;:!?\n\"“”„«»]{2,60}?)[ \t]{1,2}zufolge)[ \t]{0,2},?[ \t]{1,2}"
)
_GERMAN_HIESS_ES = re.compile(
    r"[ \t]{0,2}(?P<verb>(?:hieß|hiess|heißt|heisst)[ \t]{1,2}es)"
    # Where it was said: "aus Regierungskreisen", "am Markt", "unter Händlern", "auf Anfrage".
    r"(?P<source>[ \t]{1,2}(?:aus|in|von|bei|im|vom|beim|am|an|auf|unter|nach|zur|zum)"
    r"[ \t]{1,2}[^,;:!?\n\"“”„«»]{2,80}?)?[ \t]{0,2}[.!]?[ \t]{0,2}$"
)


def _named_in_attribution(text: str, start: int, end: int, speakers: Sequence[NamedMention]) -> NamedMention | None:
    """Who an attribution's subject or source [start, end) names: a name there, else the organisation named
    before whose name holds one of its capitalised nouns ("die Polizei" after "Polizei Köln"), else None."""
    named = _nearest(speakers, start, end, end)
    if named is not None:
        return named
    nouns = {word.casefold() for word in _WORD.findall(text, start, end) if word[:1].isupper()}
    return _organisation_with_noun(nouns, start, speakers)


def _sentence_body(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the white space around it and the full stops or exclamation marks that close it."""
    start, end = _strip(text, start, end)
    while end > start and text[end - 1] in ".!":
        end -= 1
    return start, end


#: A source named inside a German sentence, after its first words ("Das Duo schlug laut Polizei ein Fenster ein",
#: "Dabei wurde nach Angaben der Feuerwehr niemand verletzt"), with the article before its name.
_GERMAN_INLINE_SOURCE = re.compile(
    rf"(?<=\s)(?:laut|{cues.GERMAN_SOURCE_NOUN_LEAD})\s{{1,2}}(?:(?:der|des|dem|den|einem|einer)\s{{1,2}})?"
)
#: Fewest characters of a German sentence before a source inside it: one that opens the sentence is fronted.
_INLINE_SOURCE_LEAD = 12


def _german_inline_sources(
    text: str, speakers: Sequence[NamedMention], spans: Sequence[_Span], taken: Sequence[Quote]
) -> list[Quote]:
    """German sentences that name their source inside them ("Das Duo schlug laut Polizei ein Fenster ein"):
    the whole sentence is reported by the one named (a name, or an institution by its noun), as a clause with
    its source in front is (:func:`_fronted`); "laut Berichten" names nobody and gives nothing."""
    found: list[Quote] = []
    for start, end in _free_sentences(text, _found_extents(spans, taken)):
        lead = _GERMAN_INLINE_SOURCE.search(text, start + _INLINE_SOURCE_LEAD, end)
        if lead is None:
            continue
        named = _nearest(speakers, lead.end(), min(end, lead.end() + _CONTEXT // 4), lead.end())
        name: str | None
        if named is not None and not text[lead.end() : named.start].strip():
            name, entity_id = named.name, named.entity_id
        else:
            institution = _GERMAN_BARE_INSTITUTION.match(text, lead.end(), end)
            if institution is None:
                continue
            name, entity_id = _bare_institution_speaker(institution.group(0), lead.start(), speakers)
        clause_start, clause_end = _strip(text, start, end)
        if len(_WORD.findall(text, clause_start, clause_end)) < _POSTPOSED_CLAUSE_WORDS:
            continue
        cue = lead.group(0).split()[0]
        found.append(Quote(text[clause_start:clause_end], clause_start, clause_end, name, entity_id, cue, "indirect"))
    return found


def _german_fronted(text: str, start: int, end: int, speakers: Sequence[NamedMention]) -> Quote | None:
    """The clause after a German attribution that opens the sentence ("Wie die Polizei mitteilte, …",
    "Der Polizei zufolge …"), with the speaker named there (an organisation by its noun), else None.

    A "zufolge" source must be named: "Berichten zufolge" (according to reports) names nobody and gives nothing.
    """
    match = _GERMAN_FRONTED_ATTRIBUTION.match(text, start, end)
    if match is None:
        return None
    group = "subject" if match.group("subject") else "source"
    name, entity_id = _german_attribution_speaker(text, match, group, speakers)
    if name is None and group == "source":
        return None
    clause_start, clause_end = _sentence_body(text, match.end(), end)
    if len(_WORD.findall(text[clause_start:clause_end])) < _POSTPOSED_CLAUSE_WORDS:
        return None
    cue = match.group("verb") if group == "subject" else "zufolge"
    return Quote(text[clause_start:clause_end], clause_start, clause_end, name, entity_id, cue, "indirect")


def _german_attribution(
    text: str, start: int, comma: int, tail_end: int, speakers: Sequence[NamedMention]
) -> Quote | None:
    """The reported clause [start, comma) of a German "wie X mitteilte" or "hieß es (aus X)" after it, else None.

    The speaker is the one named in the subject or source; an organisation's noun ("die Polizei") is the
    organisation named before with that noun; anyone else ("die Behörden", "Regierungskreise") is left unnamed.
    """
    wie = _GERMAN_WIE_ATTRIBUTION.fullmatch(text, comma + 1, tail_end) or _GERMAN_WIE_PASSIVE.fullmatch(
        text, comma + 1, tail_end
    )
    match = wie if wie is not None else _GERMAN_HIESS_ES.fullmatch(text, comma + 1, tail_end)
    if match is None:
        return None
    clause = _long_clause(text, start, comma)
    if clause is None:
        return None
    clause_start, clause_end = clause
    group = "subject" if wie else "source"
    name, entity_id = _german_attribution_speaker(text, match, group, speakers) if match.group(group) else (None, None)
    return Quote(
        text[clause_start:clause_end], clause_start, clause_end, name, entity_id, match.group("verb"), "indirect"
    )


def _german_attribution_speaker(
    text: str, match: re.Match[str], group: str, speakers: Sequence[NamedMention]
) -> tuple[str | None, str | None]:
    """Who the subject or source of a German attribution (``group`` of ``match``) names: a name there, or the
    organisation named before with its noun, else an institution by its description ("wie die Polizei am
    Mittwoch mitteilte": Polizei); (None, None) for anyone else ("die Behörden", "Berichten zufolge")."""
    subject = text[match.start(group) : match.end(group)].strip()
    unnamed = cues.unnamed_person_pattern("de")
    if unnamed is not None and unnamed.match(subject):
        return None, None  # "wie ein Journalist der Nachrichtenagentur Keystone-SDA berichtete": someone unnamed
    speaker = _named_in_attribution(text, match.start(group), match.end(group), speakers)
    if speaker is not None:
        return speaker.name, speaker.entity_id
    domain = _DOMAIN_IN_SOURCE.search(subject)
    if domain is not None:  # "heißt es in einer Analyse der Buchungsplattform billiger-mietwagen.de"
        return domain.group("domain"), None
    organisation_re = cues.organisation_pattern("de")
    if group == "subject" and organisation_re is not None and organisation_re.match(subject):
        # "wie das Unternehmen am Neujahrstag mitteilte": the organisation named before.
        organisation = _described_organisation(text, "de", match.start(group), match.end(group), speakers)
        if organisation is not None:
            return organisation.name, organisation.entity_id
    institution = _institution_after(text, "de", match.start(group), match.end(group))
    # "wie die Agentur für Arbeit am Mittwoch mitteilte": when it was said is no part of who said it.
    subject = _GERMAN_TIME_AFTER_SUBJECT.sub("", subject)
    if institution is None and group == "subject" and _SOURCE_AS_WRITTEN.fullmatch(subject):
        # "wie owl24.de* berichtet", "wie Focus Online meldet": a medium the tagger did not find, as written;
        # not a common noun alone ("wie die Zeitung berichtete").
        name = _LEADING_ARTICLE.sub("", subject).rstrip("*")
        if " " in name or "." in name or dictionary("de").get(name.encode()) is None:
            return name, None
        named_before = _named_with_noun(text, name, match.start(group))
        if named_before is not None:
            return named_before, None  # "wie die S-Bahn twitterte" after "bei der Berliner S-Bahn"
    return _particular(institution, speakers, match.start(group)), None


def _named_with_noun(text: str, noun: str, position: int) -> str | None:
    """The last name before ``position`` written as a capitalised word and the common noun ``noun`` ("Berliner
    S-Bahn", "Deutsche Bahn" for "die Bahn"), which the entity finder may have missed; None if there is none. A
    determiner that opens a sentence capitalised ("Die Zeitung schrieb") is no part of a name."""
    found = [
        match.group()
        for match in _name_with_noun_pattern(noun).finditer(text, max(0, position - _FOCUS_CHARS), position)
        if match["first"].casefold() not in name_cues.GERMAN_DETERMINERS
    ]
    return found[-1] if found else None


@lru_cache(maxsize=64)
def _name_with_noun_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<first>[A-ZÄÖÜ][a-zäöüß]{{2,20}})[ \t]{re.escape(noun)}(?![\w-])")


#: A source written as one to three capitalised words or a web address, after an optional article.
_SOURCE_AS_WRITTEN = re.compile(
    r"(?:(?:der|die|das|den|dem)[ \t])?(?:[A-ZÄÖÜ][\w.-]{1,30}|[a-z][\w-]{1,30}\.[a-z]{2,4})\*?"
    # A name may join its nouns with a small word ("Agentur für Arbeit", "Verband der Automobilindustrie").
    r"(?:[ \t](?:(?:für|der|des|von|und|zur|zum)[ \t])?[A-ZÄÖÜ][\w.-]{1,30}){0,2}"
)
#: When a German attribution's subject spoke, after it ("am Mittwoch", "am Montagabend", "heute", "bereits").
_GERMAN_TIME_AFTER_SUBJECT = re.compile(
    r"(?:[ \t](?:am[ \t][A-ZÄÖÜ]\w{2,20}|heute|gestern|bereits|zuletzt|nun|jetzt|inzwischen|zudem|auch|ebenfalls))+$"
)


#: Most words before the verb in an attribution to someone unnamed ("a senior U.S. official said").
_UNNAMED_LEAD_WORDS = 6


def _unnamed_attribution(text: str, language: str, start: int, end: int, cue_match: re.Match[str]) -> bool:
    """Whether an attribution [start, end) gives the verb an unnamed subject: "a spokesman said", "said a source"."""
    pattern = cues.unnamed_person_pattern(language)
    if pattern is None:
        return False
    before = pattern.fullmatch(text[start : cue_match.start()].strip())
    return before is not None or pattern.match(text, cue_match.end() + 1, end) is not None


def _tail_speaker(
    text: str,
    language: str,
    start: int,
    end: int,
    cue_match: re.Match[str],
    speakers: Sequence[NamedMention],
    holders: Sequence[_Holder],
    focus_at: int,
) -> tuple[str | None, str | None]:
    """Who the attribution after a reported clause names: a name, a role's holder, or the pronoun's person."""
    if _neuter_subject(text, language, start, cue_match.start()):
        return _organisation_in_focus(speakers, focus_at, None)  # "..., it said in a statement"
    pronoun_re, role_re = cues.pronoun_pattern(language), cues.role_pattern(language)
    speaker = _possessor_aide(text, language, _nearest(speakers, start, end, cue_match.start(), text), end, speakers)
    if speaker is not None and _post_in_organisation(text, language, start, end, speaker, speakers):
        # "..., so der Arzneimittelexperte des WIdO": a person of the organisation named after, the one in focus.
        return _focus(speakers, focus_at, None)
    if speaker is not None and (speaker.is_person or not (role_re and role_re.search(text, start, end))):
        return speaker.name, speaker.entity_id
    if role_re and role_re.search(text, start, end):
        held = _by_role(text, language, start, end, holders)
        if held is not None:
            return held
        described = _described_person(text, language, start, end, cue_match, role_re)
        if described is not None:
            # "..., said the 78-year-old", "..., erklärte der Senator": a description of someone nobody was
            # given it before stands for the person in focus, of the description's gender.
            return _focus(speakers, focus_at, None, described or None)
    around = text[start : min(end, cue_match.end() + 8)]
    points = (
        bool(pronoun_re and pronoun_re.search(around))
        or "-t-" in cue_match.group(0)
        or (language in _PRO_DROP and not text[start : cue_match.start()].strip())
    )
    return _pointed_person(language, around, points, speakers, focus_at)


def _post_in_organisation(
    text: str, language: str, start: int, end: int, speaker: NamedMention, speakers: Sequence[NamedMention]
) -> bool:
    """Whether ``speaker``, an organisation, is named in an attribution [start, end) only as the one a person
    described by their post belongs to ("der Arzneimittelexperte des WIdO", "die Sprecherin der Stadtwerke")."""
    member_of = _GERMAN_MEMBER_OF.search(text, start, end) if language == "de" and not speaker.is_person else None
    return member_of is not None and _nearest(speakers, member_of.end(), end, member_of.end()) == speaker


#: German definite articles of a singular person's description by the gender they give ("der 78-Jährige").
_GERMAN_ARTICLE_GENDERS = {"der": "m", "die": "f"}


def _described_person(
    text: str, language: str, start: int, end: int, cue_match: re.Match[str], role_re: re.Pattern[str]
) -> str | None:
    """The gender ("f", "m", or "" when unknown) of a definite role noun that is the whole subject of the verb of
    saying ``cue_match`` in the attribution [start, end): right before the verb ("the senator said") or right
    after it ("erklärte der Senator am Montag"); None when the subject is anything else.
    """
    before = text[start : cue_match.start()].strip()
    after = text[cue_match.end() : end].strip()
    articles = {**cues.GENDERED_DETERMINERS.get(language, {}), **(_GERMAN_ARTICLE_GENDERS if language == "de" else {})}
    for words, at_start in ((before, False), (after, True)):
        if not words:
            continue
        described = _DEFINITE_DESCRIPTION.match(words)
        if described is None:
            continue
        role = role_re.search(words, described.end("article"), described.end())
        if role is None or (not at_start and described.end() != len(words)):
            continue
        gender = articles.get(described.group("article").casefold(), "")
        for ending_gender, pattern in cues.GENDERED_ENDINGS.get(language, ()):
            if pattern.search(role.group(0).casefold()):
                gender = ending_gender
        return gender
    return None


#: A definite article and up to three more words: the description that may be an attribution's subject.
_DEFINITE_DESCRIPTION = re.compile(
    r"(?P<article>the|le|la|el|der|die|l['’])(?:(?<=['’])|\s{1,3})(?:[\w-]{1,25}(?:\s{1,3}|$)){1,3}", re.IGNORECASE
)


def _pointed_person(
    language: str, words: str, points: bool, speakers: Sequence[NamedMention], position: int
) -> tuple[str | None, str | None]:
    """The person in focus at ``position`` when ``words`` point to one (a pronoun, "-t-il", a subject-less
    verb: ``points``), with the pronoun's gender; nobody for a plural pronoun or when nothing points."""
    plural_re = cues.plural_pronoun_pattern(language)
    if not points or (plural_re and plural_re.search(words)):
        return None, None
    return _focus(speakers, position, None, cues.pronoun_gender(language, words))
