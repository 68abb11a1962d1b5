"""The prism on the bundled sample corpus, analysed by the real Analyzer, against its gold labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsprism.analyze import Analyzer
from newsprism.config import Settings
from newsprism.prism import build_prism
from newsprism.records import AnalyzedArticle, IngestIssue, Prism, Story
from newsprism.sources import iter_articles

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "sample_gold.json"


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    if not GOLD.exists():
        pytest.skip(f"sample gold labels not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def prisms(gold: dict[str, Any], sample_dir: Path) -> dict[str, tuple[Prism, dict[str, str]]]:
    """Each real story's prism, and the map from article id to gold article key."""
    stories = {name: s for name, s in gold["stories"].items() if not s["distractor"]}
    keys = [k for s in stories.values() for k in s["articles"]]
    files = [str(sample_dir / gold["articles"][k]["file"]) for k in keys]
    articles = [a for a in iter_articles(files, Settings()) if not isinstance(a, IngestIssue)]
    by_file = {Path(a.path_or_url or "").name: a for a in articles}
    analyses = dict(zip((a.id for a in articles), Analyzer().analyze_many(articles), strict=True))
    result = {}
    for name, story in stories.items():
        members = [by_file[gold["articles"][k]["file"]] for k in story["articles"]]
        analysed = [AnalyzedArticle(a, analyses[a.id]) for a in members]
        gold_key = {a.id: k for a, k in zip(members, story["articles"], strict=True)}
        prism = build_prism(Story(name, story["title"], tuple(a.id for a in members)), analysed)
        result[name] = (prism, gold_key)
    return result


@pytest.mark.slow
def test_each_sentence_in_one_unit_and_timeline_in_order(prisms: dict[str, tuple[Prism, dict[str, str]]]) -> None:
    for prism, _ in prisms.values():
        seen = [(s.article_id, s.index) for u in prism.units for s in u.sentences]
        assert len(seen) == len(set(seen))
        days = [e.date.split("/", 1)[0][:10] for e in prism.timeline]
        assert days == sorted(days)


@pytest.mark.slow
def test_unique_fact_is_unique_to_its_outlet(
    gold: dict[str, Any], prisms: dict[str, tuple[Prism, dict[str, str]]]
) -> None:
    for name, (prism, gold_key) in prisms.items():
        fact = gold["stories"][name]["unique_fact"]
        units = [
            u
            for u in prism.units
            for s in u.sentences
            if gold_key[s.article_id] == fact["article"] and all(w in s.text for w in fact["keywords"])
        ]
        assert units, f"{name}: no sentence carries {fact['keywords']}"
        assert units[0].status == "unique", name
        assert [gold_key[a] for a in units[0].article_ids] == [fact["article"]]


@pytest.mark.slow
def test_shared_fact_is_carried_across_languages(
    gold: dict[str, Any], prisms: dict[str, tuple[Prism, dict[str, str]]]
) -> None:
    """The shared fact's sentences are joined across sources; in most stories across languages."""
    joined_across_languages = 0
    for name, (prism, _) in prisms.items():
        keywords = gold["stories"][name]["shared_fact"]["keywords"]
        best = 0
        for unit in prism.units:
            carrying = {
                s.article_id
                for s in unit.sentences
                if keywords.get(s.language) and all(w in s.text for w in keywords[s.language])
            }
            if carrying:
                best = max(best, len(unit.article_ids))
                if len({s.language for s in unit.sentences}) > 1 and len(carrying) > 1:
                    joined_across_languages += 1
        assert best >= 2, f"{name}: the shared fact is never joined"
    assert joined_across_languages >= len(prisms) // 2
