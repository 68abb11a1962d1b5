"""Helpers shared by the prism renderers: source labels, safe links, status order."""

from __future__ import annotations

from urllib.parse import urlsplit

from newsprism.records import Prism, PrismArticle

#: Order in which statuses are presented (most telling first).
STATUS_ORDER: tuple[str, ...] = ("shared", "disputed", "partial", "unique")
STATUS_LABELS: dict[str, str] = {
    "shared": "told by all sources",
    "disputed": "sources differ on a detail",
    "partial": "told by several sources",
    "unique": "told by one source only",
}
_MAX_URL = 2_000


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL without control characters, else None."""
    if not url or len(url) > _MAX_URL or any(ord(ch) < 32 or ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url


def source_labels(prism: Prism) -> dict[str, str]:
    """A short label per article: ``S1 Outlet`` (``S1`` alone when the outlet is unknown)."""
    labels = {}
    for number, article in enumerate(prism.articles, 1):
        name = (article.source or "").strip()
        labels[article.id] = f"S{number} {name}" if name else f"S{number}"
    return labels


def article_by_id(prism: Prism) -> dict[str, PrismArticle]:
    """The prism's articles by id."""
    return {article.id: article for article in prism.articles}


def status_counts(prism: Prism) -> dict[str, int]:
    """How many units have each status (every status present, zero when none)."""
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for unit in prism.units:
        counts[unit.status] += 1
    return counts
