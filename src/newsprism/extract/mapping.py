"""JSON objects to articles: field validation and normalisation.

Recognised fields (all optional but one of ``text`` and ``html``)::

    id         string or integer; the article's id (else derived from its content)
    url        string
    title      string
    text       string; plain body text
    html       string; an HTML page, used when there is no ``text``
    published  string; ISO 8601 date or date-time (RFC 2822 accepted), normalised
    source     string; the outlet
    language   string; a language tag, passed on as a hint (``fr-FR`` -> ``fr``)
    author     string, or a list of strings

``null`` counts as absent; other fields are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors
from newsprism.extract.article import Extracted, build_article
from newsprism.extract.htmlpage import extract_html
from newsprism.extract.metadata import normalize_language, parse_published, site_of

#: Longest accepted input id (ids appear in URLs and file names).
MAX_ID_CHARS = 256
_STRING_FIELDS = ("url", "title", "text", "html", "published", "source", "language")


def json_type(value: Any) -> str:
    """The JSON name of a Python value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _field_error(where: str, field: str, detail: str) -> BadInputError:
    return BadInputError(Errors.E006.format(where=where, field=field, detail=detail))


def _string(obj: Mapping[str, Any], field: str, where: str) -> str | None:
    value = obj.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _field_error(where, field, f"must be a string, not {json_type(value)}")
    return value


def _id(obj: Mapping[str, Any], where: str) -> str | None:
    value = obj.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _field_error(where, "id", f"must be a string or an integer, not {json_type(value)}")
    text = str(value).strip()
    if not text:
        raise _field_error(where, "id", "is empty")
    if len(text) > MAX_ID_CHARS:
        raise _field_error(where, "id", f"is longer than {MAX_ID_CHARS} characters")
    if any(ch in text for ch in "\n\r\t"):
        raise _field_error(where, "id", "contains line breaks or tabs")
    return text


def _author(obj: Mapping[str, Any], where: str) -> str | None:
    value = obj.get("author")
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        names = [" ".join(v.split()) for v in value]
        return "; ".join(name for name in names if name) or None
    if not isinstance(value, str):
        raise _field_error(where, "author", f"must be a string or a list of strings, not {json_type(value)}")
    return " ".join(value.split()) or None


def article_from_mapping(obj: Any, where: str, settings: Settings, path_or_url: str | None = None) -> Extracted:
    """Validate a JSON object and make it an article.

    Args:
        obj: The parsed JSON value (anything; non-objects are refused).
        where: File and line (or index) named in error messages.
        settings: Length limits.
        path_or_url: Recorded as where the article was read from.

    Raises:
        BadInputError: E005 when ``obj`` is no object, E006 for a field of the wrong
            type or value or when both ``text`` and ``html`` are missing, E007 when
            ``html`` holds no article text, E008 when the text is too short.
    """
    if not isinstance(obj, Mapping):
        raise BadInputError(Errors.E005.format(where=where, detail=f"expected an object, got {json_type(obj)}"))
    fields = {name: _string(obj, name, where) for name in _STRING_FIELDS}
    article_id = _id(obj, where)
    author = _author(obj, where)
    published = fields["published"]
    if published is not None and published.strip():
        try:
            published = parse_published(published)
        except ValueError:
            raise _field_error(where, "published", f"is not an ISO 8601 date ({published[:40]!r})") from None
    else:
        published = None
    url = (fields["url"] or "").strip() or None
    title = fields["title"] or ""
    text = fields["text"]
    source = (fields["source"] or "").strip() or None
    language = normalize_language(fields["language"])
    if text is None or (not text.strip() and fields["html"]):
        html = fields["html"]
        if html is None:
            raise _field_error(where, "text", "is missing (give 'text' or 'html')")
        page = extract_html(html, where, settings, url=url)
        text = page.text
        title = title or page.title
        url = url or page.url
        source = source or page.source
        published = published or page.published
        language = language or page.language
        author = author or page.author
    return build_article(
        text=text,
        where=where,
        settings=settings,
        title=title,
        id=article_id,
        url=url,
        source=source or site_of(url),
        published=published,
        language=language,
        author=author,
        path_or_url=path_or_url,
    )
