"""RSS and Atom feeds: their entries (link, title, publication time, summary).

Used by ``newsprism watch``, which fetches each new entry's page. feedparser reads
local files and URLs when handed a string; it only ever gets bytes here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx
from lxml import etree
from lxml.html import fragment_fromstring

from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors
from newsprism.extract.normalize import normalize_text, normalize_title
from newsprism.sources.fetch import DEFAULT_TIMEOUT_S, fetch_url, is_url


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed.

    Attributes:
        url: The entry's link (absolute when the feed's address is known).
        title: Its headline, plain text.
        published: Publication (else update) time, ISO 8601 in UTC.
        summary: Its summary, plain text.
        id: The entry's guid / Atom id when given.
        source: The feed's title.
    """

    url: str | None
    title: str
    published: str | None
    summary: str
    id: str | None = None
    source: str | None = None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _plain(html: str) -> str:
    """Text of an HTML fragment (summaries are often HTML)."""
    if "<" not in html and "&" not in html:
        return normalize_text(html)
    try:
        return normalize_text(fragment_fromstring(html, create_parent="div").text_content())
    except (etree.ParserError, ValueError):
        return normalize_text(html)


def _time(entry: Any) -> str | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment:
        return None
    try:
        year, month, day, hour, minute, second = (int(v) for v in moment[:6])
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def parse_feed(data: bytes, where: str = "<feed>", *, base_url: str | None = None) -> list[FeedEntry]:
    """Parse an RSS or Atom document.

    Args:
        data: The feed's bytes.
        where: Feed file or URL named in error messages.
        base_url: The feed's address, against which relative links are resolved.

    Raises:
        BadInputError: E018 when ``data`` is no feed feedparser can read.
    """
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    feed_title = normalize_title(parsed.get("feed", {}).get("title", "")) or None
    result: list[FeedEntry] = []
    for entry in parsed.get("entries") or []:
        link = entry.get("link")
        item = FeedEntry(
            url=link.strip() or None if isinstance(link, str) else None,
            title=normalize_title(_plain(entry.get("title", ""))),
            published=_time(entry),
            summary=_plain(entry.get("summary", "")),
            id=entry.get("id") or None,
            source=feed_title,
        )
        if item.url or item.title or item.summary:
            result.append(item)
    # A malformed feed that still gave entries is kept: feeds in the wild are often broken.
    if not result:
        if parsed.get("bozo"):
            detail = _one_line(parsed.get("bozo_exception") or "malformed document")
            raise BadInputError(Errors.E018.format(where=where, detail=detail))
        if not parsed.get("version"):
            raise BadInputError(Errors.E018.format(where=where, detail="not an RSS or Atom document"))
    return result


def load_feed(
    source: bytes | str,
    settings: Settings,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    client: httpx.Client | None = None,
) -> list[FeedEntry]:
    """Read a feed from bytes, an ``http(s)://`` URL or a local file.

    Raises:
        BadInputError: E010 for a missing file, E002 for one over the size limit,
            E011 when the URL cannot be fetched, E018 when the document is no feed.
    """
    if isinstance(source, bytes):
        return parse_feed(source)
    if is_url(source):
        fetched = fetch_url(source, settings, timeout=timeout, client=client)
        return parse_feed(fetched.content, source, base_url=fetched.final_url)
    path = Path(source)
    if not path.is_file():
        raise BadInputError(Errors.E010.format(where=source))
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise BadInputError(Errors.E002.format(where=source, size=size, limit=settings.max_file_bytes))
    return parse_feed(path.read_bytes(), source)
