"""prism_to_html: one self-contained page, every piece of article content escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsprism.prism import build_prism
from newsprism.report.prism_html import prism_to_html
from tests.prism.factory import story_of
from tests.prism.hostile import URL_BREAKER, hostile_prism
from tests.prism.scenario import three_sources


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = _Collector()
    collector.feed(page)
    return collector.tags


def test_hostile_content_cannot_add_tags_attributes_or_links() -> None:
    page = prism_to_html(hostile_prism())
    tags = tags_of(page)
    assert not [t for t, _ in tags if t in {"script", "img", "iframe", "object", "link", "base", "form"}]
    for _, attrs in tags:
        assert not any(name.startswith("on") for name in attrs)
        assert all("javascript:" not in (value or "").lower() for value in attrs.values())
    hrefs = [attrs["href"] for tag, attrs in tags if tag == "a" and attrs.get("href")]
    external = [h for h in hrefs if h and not h.startswith("#")]
    assert external == [f"https://news.example/a?b=1&c={URL_BREAKER}"]  # intact once parsed, and the only link out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()


def test_page_is_self_contained() -> None:
    articles = three_sources()
    page = prism_to_html(build_prism(story_of(*articles), articles))
    tags = tags_of(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not [t for t, _ in tags if t in {"script", "link", "img", "iframe"}]
    assert "@import" not in page
    assert "url(" not in page
    csp = [a for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp
    assert "default-src 'none'" in (csp[0]["content"] or "")
    # Outbound links only to the sources' own http(s) URLs.
    assert {a["href"] for t, a in tags if t == "a" and not (a.get("href") or "#").startswith("#")} == {
        "https://wire.example/story"
    }


def test_sources_side_by_side_with_sentences_coloured_by_status() -> None:
    articles = three_sources()
    prism = build_prism(story_of(*articles), articles)
    page = prism_to_html(prism)
    tags = tags_of(page)
    assert len([a for t, a in tags if t == "article"]) == 3
    marked = [a for t, a in tags if t == "a" and "data-u" in a]
    # Every sentence of every source is marked with its unit and status.
    assert len(marked) == sum(len(a.analysis.sentences) for a in articles)
    statuses = {re.search(r"st-(\w+)", a["class"] or "").group(1) for a in marked}  # type: ignore[union-attr]
    assert statuses == {"shared", "partial", "unique", "disputed"}
    ids = {a["id"] for t, a in tags if a.get("id")}
    assert {u.id for u in prism.units} <= ids  # each highlighted sentence links to its unit
    for heading in ("Sources side by side", "Facts", "Voices", "Timeline", "Who and where"):
        assert heading in page
    assert "130.000" in page
    assert "100,000" in page


def test_text_between_sentences_is_kept() -> None:
    articles = three_sources()
    page = prism_to_html(build_prism(story_of(*articles), articles))
    text = re.sub(r"<[^>]+>", "", page)
    for article in articles:
        assert article.article.text.replace('"', "&quot;").replace("'", "&#x27;") in text
