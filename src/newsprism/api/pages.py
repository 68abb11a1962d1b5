"""Server-rendered web pages. Every piece of article content is escaped; no scripts are served."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from newsprism.records import AnalyzedArticle
from newsprism.report.stories import PAGE_STYLE, stories_to_html

_NAV = "<nav><a href='/'>Stories</a> · <a href='/compare'>Compare two articles</a> · <a href='/api/docs'>API</a></nav>"
_MARK_STYLE = """
nav{margin-bottom:1rem}nav a{color:#3538cd}
.text p{max-width:48rem}.meta{color:#667085;margin:.2rem 0 1rem}
mark{border-radius:3px;padding:0 .1rem}mark.PER{background:#fde7c8}mark.ORG{background:#d7ecff}
mark.LOC,mark.place{background:#d9f5df}mark.MISC{background:#ede0ff}mark.date{background:#fff3a3}
mark.quote{background:#ffe0e6}.legend mark{margin-right:.4rem}
textarea{width:100%;min-height:12rem;font:inherit}table{border-collapse:collapse}
td,th{border-bottom:1px solid #e4e7ec;padding:.3rem .8rem;text-align:left}.error{color:#b42318}
"""


def _page(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "form-action 'self'\">"
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}{_MARK_STYLE}</style></head>"
        f"<body>{_NAV}{body}</body></html>"
    )


def story_list(stories: Sequence[Mapping[str, Any]]) -> str:
    """The home page: every story with its articles."""
    links = {s["id"]: f"/stories/{s['id']}" for s in stories}
    article_links = {a["id"]: f"/articles/{a['id']}" for s in stories for a in s["articles"]}
    return stories_to_html(stories, title="newsprism — stories", links=links, article_links=article_links, nav=_NAV)


def _highlighted(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """``text`` with non-overlapping spans wrapped in ``<mark>``; first-starting, longest span wins."""
    parts: list[str] = []
    cursor = 0
    for start, end, css, tip in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < cursor or end > len(text) or start >= end:
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f"<mark class='{css}' title='{escape(tip, quote=True)}'>{escape(text[start:end])}</mark>")
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def article_page(item: AnalyzedArticle, story_id: str | None) -> str:
    """One article with its entities, places, dates and quotes highlighted."""
    article, analysis = item.article, item.analysis
    spans: list[tuple[int, int, str, str]] = []
    spans += [(q.start, q.end, "quote", f"quote by {q.speaker or 'unknown speaker'}") for q in analysis.quotes]
    spans += [(e.start, e.end, e.label, f"{e.label}: {e.canonical}") for e in analysis.entities]
    spans += [(p.start, p.end, "place", f"place: {p.name} ({p.code})") for p in analysis.places]
    spans += [(d.start, d.end, "date", f"date: {d.value}") for d in analysis.dates]
    paragraphs = []
    offset = 0
    for block in article.text.split("\n\n"):
        block_spans = [
            (s - offset, e - offset, c, t) for s, e, c, t in spans if offset <= s and e <= offset + len(block)
        ]
        paragraphs.append(f"<p>{_highlighted(block, block_spans)}</p>")
        offset += len(block) + 2
    story = f" · <a href='/stories/{escape(story_id, quote=True)}'>its story</a>" if story_id else ""
    meta = " · ".join(
        escape(x) for x in (article.source or "unknown source", article.published or "undated", analysis.language)
    )
    legend = (
        "<p class='legend'><mark class='PER'>person</mark><mark class='ORG'>organisation</mark>"
        "<mark class='LOC'>place</mark><mark class='MISC'>other</mark><mark class='date'>date</mark>"
        "<mark class='quote'>quote</mark></p>"
    )
    body = f"<h1>{escape(article.title)}</h1><p class='meta'>{meta}{story}</p>{legend}<div class='text'>"
    body += "".join(paragraphs) + "</div>"
    return _page(article.title or article.id, body)


def compare_page(
    text1: str = "", text2: str = "", scores: Mapping[str, float] | None = None, error: str | None = None
) -> str:
    """A form to paste two articles, and their seven similarity scores once submitted."""
    body = (
        "<h1>Compare two articles</h1>"
        "<p class='meta'>First line = title. Scores: 1 = very similar, 4 = very dissimilar.</p>"
    )
    if error:
        body += f"<p class='error'>{escape(error)}</p>"
    if scores:
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{v:.2f}</td></tr>" for k, v in scores.items())
        body += f"<table id='scores'>{rows}</table>"
    body += (
        "<form method='post' action='/compare'>"
        f"<p><label>Article A<textarea name='text1'>{escape(text1)}</textarea></label></p>"
        f"<p><label>Article B<textarea name='text2'>{escape(text2)}</textarea></label></p>"
        "<p><button type='submit'>Compare</button></p></form>"
    )
    return _page("newsprism — compare", body)
