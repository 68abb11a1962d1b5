"""Entity linking: one canonical id and name per person, organisation or place, whatever the language.

Three layers, from most to least certain:

1. packaged data: places from the gazetteer (``loc:FR``, ``loc:DE-BY``,
   ``loc:geonames:2988507``) and the hand-written alias table of frequent
   organisations and leaders (``org:nato`` for NATO, OTAN, НАТО, الناتو, 北约);
2. within an article, a surname alone links to the full name seen in the same
   article ("Emmanuel Macron" ... "Macron");
3. otherwise a stable id from the name's transliterated, spelling-folded key
   (``per:wladimir-putin`` and ``per:vladimir-putin`` meet), so the same name links
   across articles and scripts; :class:`Linker` also links a bare surname in one
   article to the only full name with that surname seen in others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from anyascii import anyascii

from newsprism.analyze import name_cues
from newsprism.analyze.chinese import MIDDLE_DOTS
from newsprism.analyze.entities import RawSpan, is_latin_script
from newsprism.analyze.entity_bounds import is_dictionary_word
from newsprism.analyze.first_names import given_name_of
from newsprism.analyze.gazetteer import BIG_CITY, AliasEntry, latin_key, lookup_alias
from newsprism.analyze.places import resolve_place
from newsprism.records import Analysis, AnalyzedArticle, Entity, EntityLabel

__all__ = ["Linker", "entity_slug", "link", "link_across", "spelling_key"]

# Spelling variants that transliteration leaves apart (Wladimir/Vladimir, Poutine/Putin, Zelenskyy/Zelensky).
_FOLDS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ph", "f"),
    ("kh", "h"),
    ("ck", "k"),
    ("ou", "u"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
)
_DOUBLE = re.compile(r"(\w)\1+")
_TRAILING_E = re.compile(r"(?<=\w{4})e\b")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def spelling_key(surface: str) -> str:
    """Transliterated, spelling-folded key: equal for spellings of one name across languages."""
    key = latin_key(surface)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    key = _TRAILING_E.sub("", _DOUBLE.sub(r"\1", key))
    return key.strip()


def entity_slug(label: str, surface: str) -> str:
    """Stable id of an entity no packaged table knows: ``per:vladimir-putin``."""
    slug = _NON_SLUG.sub("-", spelling_key(surface)).strip("-")
    return f"{label.lower()}:{slug or 'x'}"


def _readable(surface: str) -> str:
    """A Latin-script name for display: the surface where it is Latin, else its transliteration."""
    if all(ord(ch) < 0x250 for ch in surface if ch.isalpha()):  # typographic marks aside ("George’s")
        return " ".join(surface.split())
    ascii_form = " ".join(anyascii(surface).split())
    return ascii_form.title() if ascii_form else surface


def link(text: str, spans: Sequence[RawSpan], language: str) -> tuple[Entity, ...]:
    """Turn an article's raw name spans into linked entities.

    Args:
        text: The article text the spans' offsets refer to.
        spans: Raw spans (from :func:`newsprism.analyze.entities.raw_spans`).
        language: ISO 639-1 code (selects inflection rules for places).

    Returns:
        Entities in text order with ``canonical`` (readable, Latin-script where possible) and ``entity_id``.
    """
    resolved: list[Entity] = []
    titled: dict[str, Entity] = {}  # names linked through their title ("Pope" + "Francis"), by surface
    for span in spans:
        surface = text[span.start : span.end]
        alias = lookup_alias(surface) or _headed_alias(surface, span.label, language)
        title = name_cues.title_before(text, span.start) if alias is None and span.label == "PER" else ""
        if title:
            alias = lookup_alias(f"{title} {surface}")
        entity = _resolve(surface, span, language, alias)
        if title and alias is not None:
            titled.setdefault(surface, entity)
        resolved.append(entity)
    # The same name again without its title ("Pope Francis ... Francis said") is the same person.
    resolved = [
        replace(entity, canonical=titled[entity.text].canonical, entity_id=titled[entity.text].entity_id)
        if entity.text in titled and entity.label == "PER"
        else entity
        for entity in resolved
    ]
    return tuple(_link_bracketed_originals(text, _link_acronyms(text, _link_surnames(resolved, language))))


def _resolve(surface: str, span: RawSpan, language: str, alias: AliasEntry | None) -> Entity:
    """The entity a span names: its listed ``alias`` (looked up by the caller), a place, or the name itself."""
    if alias is not None and alias.label in ("PER", "ORG", "LOC", "MISC"):
        label: EntityLabel = alias.label  # type: ignore[assignment]
        return Entity(surface, label, span.start, span.end, alias.canonical, alias.entity_id)
    if span.label == "LOC":
        place = resolve_place(surface, language)
        if place is not None:
            return Entity(surface, "LOC", span.start, span.end, place.name, f"loc:{place.code}")
    name = _polish_nominative(surface) if language == "pl" and span.label == "PER" else surface
    return Entity(surface, span.label, span.start, span.end, _readable(name), entity_slug(span.label, name))


def _polish_nominative(surface: str) -> str:
    """A Polish person's name in the nominative where the text declines it ("Według Łukasza Szumowskiego" ->
    "Łukasz Szumowski"), so that every case of the name is one entity; else the name as written.

    The given name must be a declined form of a listed one, or the surname end in an unambiguous oblique
    adjectival ending (-skiego, -ckiego, -skiej ...); other surnames are kept as written.
    """
    first, *rest = surface.split()
    given = given_name_of(first, "pl") if rest else None
    return " ".join([given or first, *(_polish_surname_nominative(word) for word in rest)])


def _polish_surname_nominative(word: str) -> str:
    """An adjectival surname's nominative where it ends in a listed oblique ending, else the word as written."""
    for ending, nominative in _POLISH_SURNAME_CASES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return word


#: Oblique endings of Polish adjectival surnames and their nominatives (Szumowskiego -> Szumowski,
#: Kidawy-Błońskiej -> ... -Błońska).
_POLISH_SURNAME_CASES = (
    ("skiego", "ski"),
    ("ckiego", "cki"),
    ("dzkiego", "dzki"),
    ("skiemu", "ski"),
    ("ckiemu", "cki"),
    ("skim", "ski"),
    ("ckim", "cki"),
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("ską", "ska"),
    ("cką", "cka"),
)


def _headed_alias(surface: str, label: EntityLabel, language: str) -> AliasEntry | None:
    """The organisation a name ends on, after common nouns that only say what it is ("Движение ХАМАС",
    "Movimiento Hamás"), when the alias table knows the end as an organisation; else None."""
    words = surface.split()
    if label != "ORG" or len(words) < 2:
        return None
    for cut in range(1, len(words)):
        if not is_dictionary_word(words[cut - 1], language):
            return None
        alias = lookup_alias(" ".join(words[cut:]))
        if alias is not None and alias.label == "ORG":
            return alias
    return None


#: What parts a name's words: white space, and the middle dot of foreign names in Chinese (哈桑·鲁哈尼).
_NAME_PARTS = re.compile(rf"[\s{MIDDLE_DOTS}]+")


def _link_surnames(entities: list[Entity], language: str = "und") -> list[Entity]:
    """A one-word name that is the last word of a full personal name in the same article is that person."""
    full_names: dict[str, Entity] = {}
    for entity in entities:
        words = _NAME_PARTS.split(entity.text)
        if entity.label == "PER" and len(words) > 1:
            full_names.setdefault(spelling_key(words[-1]), entity)
    if not full_names:
        return entities
    linked: list[Entity] = []
    for entity in entities:
        words = _NAME_PARTS.split(entity.text)
        person = full_names.get(spelling_key(entity.text)) if len(words) == 1 else None
        # A "place" that is a person's surname here was mislabelled (Buhari; Kaya, a town of Burkina Faso, after
        # "Ahmet Kaya"); a country or a big city keeps its own name (Jordan after Michael Jordan).
        if person is not None and (entity.label != "LOC" or _minor_place(entity.text, language)):
            linked.append(replace(entity, label="PER", canonical=person.canonical, entity_id=person.entity_id))
        else:
            linked.append(entity)
    return linked


def _minor_place(surface: str, language: str) -> bool:
    """No place the gazetteer knows, or a town or region small enough to yield to a person's surname."""
    place = resolve_place(surface, language)
    return place is None or (place.kind != "country" and place.population < BIG_CITY)


#: "Banco de Venezuela (BDV)": an acronym defined in brackets right after a name, or the name after it.
_BRACKETED_ACRONYM = re.compile(r"[ \t]{0,2}\([ \t]{0,2}([^\W\d_][\w&.-]{1,9})[ \t]{0,2}\)")
_BRACKETED_NAME_START = re.compile(r"[ \t]{0,2}\([ \t]{0,2}")
_ACRONYM_SKIPPED = frozenset(["&", "-", "."])
#: Small lower-case words that join two parts of one name ("y de", "of the", "für").
_NAME_JOINT = re.compile(r"(?:[ \t]{1,2}[a-zà-öø-ÿ]{1,4}){1,3}[ \t]{1,2}")


def _is_acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are the initials of ``name``'s words, in order, small words skippable.

    "BDV" / "Banco de Venezuela", "EZLN" / "Ejército de Liberación Nacional Zapatista",
    "OMS" / "Organisation mondiale de la santé"; a capitalised word may not be skipped.
    """
    letters = [c.casefold() for c in acronym if c not in _ACRONYM_SKIPPED]
    if len(letters) < 2 or sum(c.isupper() for c in acronym) < 2:
        return False
    words = [w for w in re.split(r"[\s'’-]+", name) if w]
    capitals = sorted(w[0].casefold() for w in words if w[0].isupper())
    if capitals == sorted(letters):
        return True  # a translation may reorder the words ("Ejército de Liberación Nacional Zapatista (EZLN)")
    return _initials_fit(tuple(letters), tuple(w.casefold() for w in words), tuple(w[0].isupper() for w in words))


@lru_cache(maxsize=1024)
def _initials_fit(letters: tuple[str, ...], words: tuple[str, ...], capitalised: tuple[bool, ...]) -> bool:
    """Whether ``letters`` spell the initials of ``words`` in order, small words skippable, capitalised ones not.

    A word may give a letter of its own after its initial too ("JAL" / "Japan Airlines": L of "lines"),
    which acronyms of compound words do.
    """
    if not words:
        return not letters
    word, rest, capitals = words[0], words[1:], capitalised[1:]
    if not letters or letters[0] != word[0]:
        # "Banco Central de Venezuela" is not "BDV": a capitalised word gives its initial.
        return not capitalised[0] and _initials_fit(letters, rest, capitals)
    # The initial, then as many more of the word's own letters, in order, as the rest of the acronym needs.
    taken, inside = 1, 1
    while True:
        if _initials_fit(letters[taken:], rest, capitals):
            return True
        if taken >= len(letters) or taken > _LETTERS_WITHIN_WORD:
            return False
        found = word.find(letters[taken], inside)
        if found < 0:
            return False
        taken, inside = taken + 1, found + 1


#: Most letters of an acronym one word may give after its initial ("JAL" / "Japan Airlines").
_LETTERS_WITHIN_WORD = 1


_OPENING_BRACKET = re.compile(r"\([ \t]{0,2}$")
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Most words of a name spelled out before its bracketed acronym.
_EXPANSION_WORDS = 8


def _expansion_before(text: str, bracket: int, acronym: str) -> str | None:
    """The words right before ``bracket`` that ``acronym`` abbreviates, from a capitalised word on."""
    line_start = max(text.rfind("\n", max(0, bracket - 120), bracket) + 1, bracket - 120)
    words = [(m.start(), m.group()) for m in _PHRASE_WORD.finditer(text, line_start, bracket)]
    for count in range(2, min(_EXPANSION_WORDS, len(words)) + 1):
        start, first = words[-count]
        elided = re.match(r"[lLdD]['’]", first)  # "L'Agence régionale de santé (ARS)"
        if elided:
            start, first = start + 2, first[2:]
        if not first[:1].isupper():
            continue
        phrase = text[start : words[-1][0] + len(words[-1][1])]
        if _is_acronym_of(acronym, phrase):
            return phrase
    return None


def _link_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """An acronym the article defines beside a name ("Banco de Venezuela (BDV)") is that name's entity.

    Both orders count ("BDV (Banco de Venezuela)"); the letters must be the name's initials.
    An acronym the alias table already knows keeps its id.
    """
    defined: dict[str, Entity] = {}
    by_start = {entity.start: entity for entity in entities}
    for index, entity in enumerate(entities):
        bracket = _BRACKETED_ACRONYM.match(text, entity.end)
        if bracket is None:
            continue
        # The name may be cut in two by the tagger ("Central Sindical Independiente" + "y de" + "Funcionarios").
        for first in entities[max(0, index - 1) : index + 1]:
            name = text[first.start : entity.end]
            if (
                first.label != "LOC"
                and len(name.split()) > 1
                and (first is entity or _NAME_JOINT.fullmatch(text, first.end, entity.start))
                and _is_acronym_of(bracket.group(1), name)
            ):
                defined.setdefault(bracket.group(1), first)
                break
    for entity in entities:  # "BDV (Banco de Venezuela)"
        bracket = _BRACKETED_NAME_START.match(text, entity.end)
        full = by_start.get(bracket.end()) if bracket is not None else None
        if full is not None and _is_acronym_of(entity.text, full.text):
            defined.setdefault(entity.text, full)
    for entity in entities:  # "la Fédération nationale de la minoterie (FNM)": a name the tagger missed
        if entity.text in defined or not _OPENING_BRACKET.search(text, max(0, entity.start - 3), entity.start):
            continue
        phrase = _expansion_before(text, entity.start - 1, entity.text)
        if phrase is not None:
            label: EntityLabel = "ORG" if entity.label in ("LOC", "MISC") else entity.label
            defined[entity.text] = Entity(phrase, label, entity.start, entity.end, _readable(phrase), "")
    # What each acronym and its spelled-out name become, worked out once per acronym. The id comes
    # from the acronym, which other articles and languages share ("GHV" in an English report on the
    # Gewerkschaft Hafen und Verkehr); a name the alias table knows keeps its own, and an acronym the
    # alias table knows (OTAN, NATO) is left as it is.
    targets: dict[str, tuple[EntityLabel, str, str]] = {}
    for acronym, full in defined.items():
        if lookup_alias(acronym) is not None:
            continue
        entity_id = full.entity_id if full.entity_id and lookup_alias(full.text) else entity_slug(full.label, acronym)
        targets[acronym] = (full.label, full.canonical, entity_id)
        targets.setdefault(full.text, targets[acronym])  # "Banco de Venezuela" of "BDV"
    linked: list[Entity] = []
    for entity in entities:
        found = targets.get(entity.text)
        if found is None:
            linked.append(entity)
        else:
            label, canonical, entity_id = found
            linked.append(replace(entity, label=label, canonical=canonical, entity_id=entity_id))
    return linked


#: An opening bracket (Latin or full-width) right after a name, before the name's original spelling.
_BRACKET_AFTER_NAME = re.compile(r"[ \t]{0,2}[(（][ \t]{0,2}")
_BRACKET_CLOSE = re.compile(r"[ \t]{0,2}[)）]")


def _link_bracketed_originals(text: str, entities: list[Entity]) -> list[Entity]:
    """A name in another script followed by its Latin spelling in brackets is that one person or body.

    "卡罗琳娜·米拉内西 (Carolina Milanesi)", "Сергей Лавров (Sergey Lavrov)": both get the Latin name's
    canonical form and id, which articles in other languages share; so do the name's other mentions.
    """
    by_start = {entity.start: entity for entity in entities}
    targets: dict[str, Entity] = {}
    for entity in entities:
        if entity.label == "LOC" or is_latin_script(entity.text):
            continue
        bracket = _BRACKET_AFTER_NAME.match(text, entity.end)
        original = by_start.get(bracket.end()) if bracket is not None else None
        if (
            original is not None
            and original.label == entity.label
            and is_latin_script(original.text)
            and _BRACKET_CLOSE.match(text, original.end)
        ):
            targets.setdefault(entity.text, original)
    if not targets:
        return entities
    return [
        replace(entity, canonical=targets[entity.text].canonical, entity_id=targets[entity.text].entity_id)
        if entity.text in targets
        else entity
        for entity in entities
    ]


class Linker:
    """Links entities across articles: a bare surname joins the one full name that carries it.

    Keeps what it has seen, so feed it articles in any order; call :meth:`relink`
    to get an article's entities with ids resolved against everything seen so far.
    """

    def __init__(self) -> None:
        self._by_surname: dict[str, set[tuple[str, str]]] = {}

    def observe(self, entities: Iterable[Entity]) -> None:
        """Remember the full personal names of one article."""
        for entity in entities:
            words = entity.canonical.split()
            if entity.label == "PER" and len(words) > 1:
                self._by_surname.setdefault(spelling_key(words[-1]), set()).add((entity.entity_id, entity.canonical))

    def relink(self, entities: Sequence[Entity]) -> tuple[Entity, ...]:
        """An article's entities, a lone surname linked where exactly one known full name carries it."""
        out: list[Entity] = []
        for entity in entities:
            if entity.label == "PER" and len(entity.canonical.split()) == 1:
                people = self._by_surname.get(spelling_key(entity.canonical), set())
                if len(people) == 1:
                    entity_id, canonical = next(iter(people))
                    out.append(replace(entity, canonical=canonical, entity_id=entity_id))
                    continue
            out.append(entity)
        return tuple(out)


def link_across(analyses: Iterable[Analysis]) -> dict[str, str]:
    """One entity id per person or organisation across the articles of one story.

    Within a story, three kinds of ids name the same entity: the same name under
    different labels (``org:kurski`` and ``per:kurski``: the finders disagree), a
    surname or shorter form alone (``per:macron`` in one article, ``Emmanuel Macron``
    in another), and spellings that fold to one key (Poutine, Путин). Places keep
    their gazetteer ids. A short form that ends more than one full name (two people
    called Uslu) stays unlinked.

    Args:
        analyses: The analysed articles of one story.

    Returns:
        Every entity id seen, mapped to its story-wide id (itself where nothing joins it).
    """
    mentions: Counter[str] = Counter()
    labels: dict[str, EntityLabel] = {}
    words: dict[str, tuple[str, ...]] = {}
    listed_places: set[str] = set()
    for analysis in analyses:
        for entity in analysis.entities:
            mentions[entity.entity_id] += 1
            labels.setdefault(entity.entity_id, entity.label)
            words.setdefault(entity.entity_id, tuple(spelling_key(w) for w in entity.canonical.split()))
            if entity.label == "LOC" and entity.entity_id != entity_slug("LOC", entity.canonical):
                listed_places.add(entity.entity_id)
    canonical = {entity_id: entity_id for entity_id in mentions}
    # Gazetteer places keep their ids (Georgia the state is not Georgia the person); every other name may join.
    names = [entity_id for entity_id in words if entity_id not in listed_places and words[entity_id]]

    def rank(entity_id: str) -> tuple[int, int, int, str]:
        # Longer names first (they say more), then persons (short forms are usually surnames), then frequency.
        return (-len(words[entity_id]), labels[entity_id] != "PER", -mentions[entity_id], entity_id)

    # The same folded name under different labels or ids is one entity (the finders disagree on labels).
    by_key: dict[tuple[str, ...], list[str]] = {}
    for entity_id in names:
        by_key.setdefault(words[entity_id], []).append(entity_id)
    for group in by_key.values():
        best = min(group, key=rank)
        for entity_id in group:
            canonical[entity_id] = best
    # A shorter form that ends exactly one longer name (Macron -> Emmanuel Macron) is that entity.
    # Each longer name under every shorter ending of its words: one lookup per name, not one scan per pair.
    by_ending: dict[tuple[str, ...], set[str]] = {}
    for name in {canonical[entity_id] for entity_id in names if len(words[entity_id]) > 1}:
        for cut in range(1, len(words[name])):
            by_ending.setdefault(words[name][cut:], set()).add(name)
    for entity_id in names:
        longer = by_ending.get(words[canonical[entity_id]], set())
        if len(longer) == 1:
            canonical[entity_id] = next(iter(longer))
    return canonical


def relink_story(items: Sequence[AnalyzedArticle]) -> list[AnalyzedArticle]:
    """The articles of one story with entity and speaker ids made story-wide by :func:`link_across`.

    Each linked mention takes the id and canonical name of the entity it was joined to, so
    "Macron" in one article and "Emmanuel Macron" in another, or Poutine and Путин, count as
    one entity (and one speaker) in the story's prism. Surface forms and offsets are kept.
    """
    mapping = link_across(item.analysis for item in items)
    names: dict[str, str] = {}
    for item in items:
        for entity in item.analysis.entities:
            if mapping.get(entity.entity_id, entity.entity_id) == entity.entity_id:
                names.setdefault(entity.entity_id, entity.canonical)
    relinked: list[AnalyzedArticle] = []
    for item in items:
        analysis = item.analysis
        entities = tuple(
            replace(e, entity_id=target, canonical=names.get(target, e.canonical))
            for e in analysis.entities
            for target in (mapping.get(e.entity_id, e.entity_id),)
        )
        quotes = tuple(
            replace(q, speaker_id=target, speaker=names.get(target, q.speaker))
            if q.speaker_id is not None and (target := mapping.get(q.speaker_id, q.speaker_id)) != q.speaker_id
            else q
            for q in analysis.quotes
        )
        relinked.append(AnalyzedArticle(item.article, replace(analysis, entities=entities, quotes=quotes)))
    return relinked
