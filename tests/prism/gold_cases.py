"""The prism's gold cases on the bundled sample corpus: build each story's prism and check it.

Shared by ``tests/prism/test_sample_corpus.py`` (which asserts the cases) and
``bench/prism.py --gold`` (which counts them). Gold labels are in
``tests/fixtures/sample_gold.json`` (schema at the top of ``tests/test_sample_corpus.py``).

Quotes and dates are filled in by calling their finders directly when the analyzer
does not yet produce them (they are wired into ``analyze/mentions.py`` separately).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.analyze import Analyzer
from newsprism.config import Settings
from newsprism.prism import build_prism
from newsprism.records import Analysis, AnalyzedArticle, Article, IngestIssue, Prism, Story
from newsprism.sample import sample_corpus_path
from newsprism.sources import iter_articles

GOLD_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "sample_gold.json"
CASE_TYPES = ("shared", "unique", "disputed-number", "disputed-date", "voice", "timeline")


@dataclass(frozen=True, slots=True)
class StoryPrism:
    """One gold story's prism, with the map from article id to gold article key."""

    name: str
    prism: Prism
    gold_key: dict[str, str]


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One gold case and whether the prism gets it right (``detail`` says what was found)."""

    story: str
    kind: str
    passed: bool
    detail: str


def load_gold() -> dict[str, Any]:
    """The sample corpus's gold labels."""
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def _with_mentions(article: Article, analysis: Analysis) -> Analysis:
    """Quotes and dates from their finders where the analyzer left them empty."""
    from newsprism.analyze.dates import find_dates
    from newsprism.analyze.quotes import find_quotes

    quotes = analysis.quotes or find_quotes(article.text, analysis.language, analysis.entities)
    dates = analysis.dates or find_dates(article.text, analysis.language, analysis.reference_date)
    return dataclasses.replace(analysis, quotes=quotes, dates=dates)


def analysed_stories(gold: dict[str, Any]) -> dict[str, tuple[Story, list[AnalyzedArticle], dict[str, str]]]:
    """Every non-distractor gold story: its Story, analysed articles and id -> gold key map."""
    stories = {name: s for name, s in gold["stories"].items() if not s["distractor"]}
    keys = [k for s in stories.values() for k in s["articles"]]
    folder = sample_corpus_path()
    files = [str(folder / gold["articles"][k]["file"]) for k in keys]
    articles = [a for a in iter_articles(files, Settings()) if not isinstance(a, IngestIssue)]
    by_stem = {Path(a.path_or_url or "").stem: a for a in articles}
    analyses = {a.id: _with_mentions(a, x) for a, x in zip(articles, Analyzer().analyze_many(articles), strict=True)}
    result = {}
    for name, story in stories.items():
        members = [by_stem[k] for k in story["articles"]]
        analysed = [AnalyzedArticle(a, analyses[a.id]) for a in members]
        gold_key = {a.id: k for a, k in zip(members, story["articles"], strict=True)}
        result[name] = (Story(name, story["title"], tuple(a.id for a in members)), analysed, gold_key)
    return result


def build_prisms(
    stories: dict[str, tuple[Story, list[AnalyzedArticle], dict[str, str]]],
    build: Callable[[Story, list[AnalyzedArticle]], Prism] | None = None,
) -> list[StoryPrism]:
    """Each story's prism (``build`` defaults to :func:`build_prism` with the bundled encoder)."""
    if build is None:
        from newsprism.analyze.encoder import default_encoder

        encoder = default_encoder()

        def build(story: Story, analysed: list[AnalyzedArticle]) -> Prism:
            return build_prism(story, analysed, encoder=encoder)

    return [StoryPrism(name, build(story, analysed), keys) for name, (story, analysed, keys) in stories.items()]


def _has(text: str, keywords: Iterable[str]) -> bool:
    lowered = text.lower()
    return all(k.lower() in lowered for k in keywords)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _version_matches(version_text: str, gold_value: str) -> bool:
    """A disputed version's wording matches a gold value: same digits, or one wording inside the other."""
    a, b = version_text.lower(), gold_value.lower()
    if a in b or b in a:
        return True
    digits_a, digits_b = _digits(a), _digits(b)
    return bool(digits_a) and digits_a == digits_b


def check_shared(item: StoryPrism, story: dict[str, Any]) -> CaseResult:
    """The fact every source tells is one ``shared`` unit carrying the gold keywords."""
    keywords = story["shared_fact"]["keywords"]
    everyone = set(item.gold_key)
    best = (0, "")
    for unit in item.prism.units:
        carrying = [s for s in unit.sentences if keywords.get(s.language) and _has(s.text, keywords[s.language])]
        if not carrying:
            continue
        if unit.status == "shared" and {s.article_id for s in unit.sentences} == everyone and len(carrying) >= 2:
            return CaseResult(item.name, "shared", True, f"{unit.id}: {len(carrying)} keyword sentences")
        best = max(best, (len(unit.article_ids), f"{unit.id} {unit.status} {len(unit.article_ids)}/{len(everyone)}"))
    return CaseResult(item.name, "shared", False, best[1] or "no unit carries the keywords")


def check_unique(item: StoryPrism, story: dict[str, Any]) -> CaseResult:
    """The fact one outlet alone tells is ``unique`` to it."""
    fact = story["unique_fact"]
    for unit in item.prism.units:
        for s in unit.sentences:
            if item.gold_key[s.article_id] == fact["article"] and _has(s.text, fact["keywords"]):
                owners = [item.gold_key[a] for a in unit.article_ids]
                passed = unit.status == "unique" and owners == [fact["article"]]
                return CaseResult(item.name, "unique", passed, f"{unit.id} {unit.status} {owners}")
    return CaseResult(item.name, "unique", False, "no sentence carries the keywords")


def _disagreements(prism: Prism) -> Iterable[tuple[str, Any]]:
    for unit in prism.units:
        for disagreement in unit.disagreements:
            yield unit.id, disagreement


def check_disputed(item: StoryPrism, case: dict[str, Any]) -> CaseResult:
    """Two outlets' versions of one number or date are flagged side by side, each with its source."""
    kind = case["kind"]
    wanted = {key: (case.get("dates") or {}).get(key, value) for key, value in case["values"].items()}
    for unit_id, disagreement in _disagreements(item.prism):
        if disagreement.kind != kind:
            continue
        found = 0
        for key, value in wanted.items():
            for version in disagreement.versions:
                carriers = {item.gold_key.get(a) for a in version.article_ids}
                text_ok = _version_matches(version.text, value) or (kind == "date" and version.value == value)
                if key in carriers and text_ok:
                    found += 1
                    break
        if found == len(wanted):
            unit = next(u for u in item.prism.units if u.id == unit_id)
            return CaseResult(item.name, f"disputed-{kind}", unit.status == "disputed", f"{unit_id} {unit.status}")
    return CaseResult(item.name, f"disputed-{kind}", False, f"{case['about']}: not flagged")


def check_voice(item: StoryPrism, story: dict[str, Any]) -> CaseResult:
    """A statement carried in two languages is one voice with a rendering from each outlet."""
    wanted = story["voice"]["articles"]
    best = ""
    for voice in item.prism.voices:
        hits = {
            item.gold_key[r.article_id]
            for r in voice.renderings
            if item.gold_key[r.article_id] in wanted and _has(r.text, wanted[item.gold_key[r.article_id]]["quote"])
        }
        if hits == set(wanted):
            return CaseResult(item.name, "voice", True, f"{voice.id} ({voice.speaker})")
        if hits:
            best = best or f"{voice.id} ({voice.speaker}) has only {sorted(hits)}"
    return CaseResult(item.name, "voice", False, best or "no rendering carries the quote keywords")


def check_timeline(item: StoryPrism) -> CaseResult:
    """The timeline is in date order and holds story events, not only publications."""
    days = [e.date.split("/", 1)[0][:10] for e in item.prism.timeline]
    events = sum(1 for e in item.prism.timeline if e.kind == "event")
    return CaseResult(item.name, "timeline", days == sorted(days) and events > 0, f"{events} events")


def evaluate(items: Iterable[StoryPrism], gold: dict[str, Any]) -> list[CaseResult]:
    """Every gold case of every story."""
    results: list[CaseResult] = []
    for item in items:
        story = gold["stories"][item.name]
        results.append(check_shared(item, story))
        results.append(check_unique(item, story))
        results.extend(check_disputed(item, case) for case in story.get("disputed", []))
        results.append(check_voice(item, story))
        results.append(check_timeline(item))
    return results
