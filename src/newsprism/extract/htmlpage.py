"""HTML pages: the article's main text and metadata, without navigation or boilerplate.

trafilatura finds the main text, title, byline, site name and date; htmldate looks
for a publication date when trafilatura finds none. Nothing is fetched: both
libraries download when handed a URL string, so they only ever get a parsed tree.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import htmldate
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors
from newsprism.extract.decoding import declared_charset, decode_bytes
from newsprism.extract.metadata import normalize_language, parse_published, site_of
from newsprism.extract.normalize import normalize_text, normalize_title, paragraphs_to_blocks

# The libraries log extraction trouble as errors; newsprism reports it as E007 instead.
# A NullHandler keeps Python's last-resort handler from printing them to stderr,
# while an application that configures logging still receives them.
for _name in ("trafilatura", "htmldate", "readability", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Meta tags giving the publication time, most specific first.
_PUBLISHED_XPATH = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//time[@itemprop="datePublished"]/@datetime',
    '//meta[@property="og:published_time"]/@content',
    '//meta[@name="pubdate"]/@content',
    '//meta[@name="publishdate"]/@content',
    '//meta[@name="dc.date.issued"]/@content',
    '//meta[@name="DC.date.issued"]/@content',
)
_LANGUAGE_XPATH = (
    "/html/@lang",
    "/html/@xml:lang",
    '//meta[@http-equiv="content-language"]/@content',
    '//meta[@http-equiv="Content-Language"]/@content',
    '//meta[@property="og:locale"]/@content',
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What was extracted from one HTML page (text normalised, paragraphs apart)."""

    text: str
    title: str = ""
    author: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None


def _first(tree: HtmlElement, xpaths: tuple[str, ...]) -> list[str]:
    values: list[str] = []
    for xpath in xpaths:
        try:
            found = tree.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
        except Exception:  # noqa: S112 - a malformed document just lacks this value
            continue
        values.extend(str(v).strip() for v in found if str(v).strip())
    return values


def _timestamp(tree: HtmlElement, day: str | None) -> str | None:
    """A full publication time from meta tags or JSON-LD, agreeing with ``day`` when known."""
    candidates = _first(tree, _PUBLISHED_XPATH)
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        candidates.extend(_JSON_LD_PUBLISHED.findall(str(script)))
    for candidate in candidates:
        try:
            value = parse_published(candidate)
        except ValueError:
            continue
        if len(value) > 10 and (day is None or value.startswith(day)):
            return value
    return None


def _published(tree: HtmlElement, extracted: str | None, url: str | None) -> str | None:
    day: str | None = None
    if extracted:
        try:
            day = parse_published(extracted)[:10]
        except ValueError:
            day = None
    if day is None:
        # Text patterns as a last resort; a bare year (a copyright line) gives January 1st,
        # which is no publication date: a wrong date would mislead clustering's time window.
        try:
            found = htmldate.find_date(tree, extensive_search=True, original_date=True, url=url)
        except Exception:  # htmldate fails on odd markup; the date is optional
            found = None
        day = found[:10] if found and found[4:10] != "-01-01" else None
    return _timestamp(tree, day) or day


def _drop_heading(text: str, title: str) -> str:
    """Remove the headline when the extracted text repeats it as its first paragraph."""
    first, _, rest = text.partition("\n\n")
    if title and first.casefold() == title.casefold():
        return rest
    return text


def _as_str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def extract_html(html: str | bytes, where: str, settings: Settings, url: str | None = None) -> HtmlPage:
    """Extract the article from an HTML page.

    Args:
        html: The page, as text or as raw bytes (decoded here, honouring ``<meta charset>``).
        where: File, URL or JSON line named in error messages.
        settings: ``max_file_bytes`` bounds the page's size before parsing.
        url: The page's address when known (helps date and metadata extraction; never fetched).

    Returns:
        The main text (normalised, one blank line between paragraphs, headline
        removed) and the metadata found. Long texts are not cut here.

    Raises:
        BadInputError: E002 for a page over the size limit, E003/E004 for bytes that
            do not decode, E007 when the page holds no article text (or less than
            ``settings.min_text_chars``: what is left is menus and footers).
    """
    size = len(html)
    if size > settings.max_file_bytes:
        raise BadInputError(Errors.E002.format(where=where, size=size, limit=settings.max_file_bytes))
    if isinstance(html, bytes):
        html = decode_bytes(html, where, declared=declared_charset(html))
    if not html.strip():
        raise BadInputError(Errors.E007.format(where=where))
    try:
        tree = load_html(html)
    except Exception as exc:  # lxml refuses some inputs outright
        raise BadInputError(Errors.E007.format(where=where)) from exc
    if tree is None:
        raise BadInputError(Errors.E007.format(where=where))
    try:
        document = bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:  # trafilatura signals "nothing found" with errors
        raise BadInputError(Errors.E007.format(where=where)) from exc
    if document is None:
        raise BadInputError(Errors.E007.format(where=where))
    meta: dict[str, Any] = document if isinstance(document, dict) else document.as_dict()
    title = normalize_title(_as_str(meta.get("title")) or "")
    text = _drop_heading(normalize_text(paragraphs_to_blocks(_as_str(meta.get("text")) or "")), title)
    if len(text) < max(settings.min_text_chars, 1):
        # Menus and footers are all some pages have left after extraction.
        raise BadInputError(Errors.E007.format(where=where))
    page_url = url or _as_str(meta.get("url"))
    languages = [code for code in map(normalize_language, _first(tree, _LANGUAGE_XPATH)) if code]
    return HtmlPage(
        text=text,
        title=title,
        author=_as_str(meta.get("author")),
        source=_as_str(meta.get("sitename")) or site_of(page_url),
        published=_published(tree, _as_str(meta.get("date")), page_url),
        language=languages[0] if languages else None,
        url=page_url,
    )
