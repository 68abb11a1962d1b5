"""Story lists and story details as JSON-ready dicts, Markdown and a self-contained HTML page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from newsprism.records import Article, Story


def article_summary(article: Article, language: str | None = None) -> dict[str, Any]:
    """The article fields of the ``stories --json`` contract."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "language": language or article.language,
        "published": article.published,
        "path_or_url": article.path_or_url,
    }


def short_time(value: str | None) -> str:
    """``2026-10-07T08:15:00+02:00`` as ``2026-10-07 08:15``; ``undated`` when unknown."""
    if not value:
        return "undated"
    return value[:16].replace("T", " ")


def story_to_dict(story: Story, articles: Sequence[tuple[Article, str]]) -> dict[str, Any]:
    """A story with its articles, as in ``newsprism stories --json``."""
    return {
        "id": story.id,
        "title": story.title,
        "size": len(articles),
        "languages": list(story.languages),
        "first_published": story.first_published,
        "last_published": story.last_published,
        "articles": [article_summary(article, language) for article, language in articles],
    }


def stories_to_markdown(stories: Sequence[Mapping[str, Any]]) -> str:
    """A Markdown list of stories and their articles."""
    lines = [f"# Stories ({len(stories)})", ""]
    for story in stories:
        languages = ", ".join(story["languages"])
        lines.append(f"## {story['title']}  \n`{story['id']}` · {story['size']} articles · {languages}")
        lines.append("")
        for article in story["articles"]:
            source = article["source"] or "unknown source"
            lines.append(f"- [{article['language']}] {article['title']} — {source}, {short_time(article['published'])}")
        lines.append("")
    return "\n".join(lines)


PAGE_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:70rem;color:#1d2330;
line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}.muted{color:#667085}
.story{border:1px solid #d0d5dd;border-radius:8px;padding:1rem 1.2rem;margin:1rem 0;background:#fff}
.story h2{font-size:1.15rem;margin:.1rem 0 .4rem}
.lang{display:inline-block;font-size:.75rem;font-weight:600;background:#eef2ff;color:#3538cd;border-radius:4px;
padding:0 .35rem;margin-right:.35rem;text-transform:uppercase}
ul{padding-left:1.1rem;margin:.3rem 0}li{margin:.15rem 0}
"""


def _linked(story: Mapping[str, Any], links: Mapping[str, str]) -> str:
    title = escape(story["title"])
    href = links.get(story["id"])
    return f"<a href='{escape(href, quote=True)}'>{title}</a>" if href else title


def stories_to_html(
    stories: Sequence[Mapping[str, Any]],
    title: str = "newsprism — stories",
    links: Mapping[str, str] | None = None,
    article_links: Mapping[str, str] | None = None,
    nav: str = "",
) -> str:
    """One self-contained HTML page listing stories; every article field is escaped.

    Args:
        stories: Story dicts as made by :func:`story_to_dict`.
        title: Page heading.
        links: Relative links per story id (e.g. to the story's prism page).
        article_links: Relative links per article id.
        nav: Trusted HTML put at the top of the page (the web app's navigation).
    """
    links = links or {}
    article_links = article_links or {}
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}</style></head><body>{nav}",
        f"<h1>{escape(title)}</h1><p class='muted'>{len(stories)} stories</p>",
    ]
    for story in stories:
        languages = "".join(f"<span class='lang'>{escape(code)}</span>" for code in story["languages"])
        parts.append(
            f"<section class='story' id='{escape(story['id'], quote=True)}'><h2>{_linked(story, links)}</h2>"
            f"<div class='muted'>{story['size']} articles {languages}</div><ul>"
        )
        for article in story["articles"]:
            headline = escape(article["title"])
            if article["id"] in article_links:
                headline = f"<a href='{escape(article_links[article['id']], quote=True)}'>{headline}</a>"
            parts.append(
                f"<li><span class='lang'>{escape(article['language'] or '?')}</span>{headline}"
                f" <span class='muted'>— {escape(article['source'] or 'unknown source')},"
                f" {escape(short_time(article['published']))}</span></li>"
            )
        parts.append("</ul></section>")
    parts.append("</body></html>")
    return "".join(parts)
